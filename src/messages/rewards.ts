// Notices about points, levels and badges: the award and level messages after a grade, a revoked badge.
import type { Rule } from '../domain/badges.ts';
import { escapeHtml } from '../render/escape.ts';
import type { NoticeKind, RenderContext } from './notice.ts';

export interface Named {
  nameRu: string;
  nameEn: string;
}

const nameIn = (n: Named, locale: string) => (locale === 'en' ? n.nameEn : n.nameRu);

/**
 * A badge rule in plain words (HTML-safe) in the reader's language («выполнить 20 шагов…»).
 * `ignoreName`: the guild or direction the rule leaves out, when it has one.
 */
export function ruleText(t: RenderContext['t'], locale: string, rule: Rule | null, ignoreName?: Named | string | null): string {
  if (!rule) return t('achievements-rule-broken');
  const vars: Record<string, string | number> = { threshold: rule.threshold };
  for (const [key, value] of Object.entries(rule.options)) vars[key] = value;
  if (rule.metric === 'completed_projects_of_kind') vars.kind = t(`achievements-kind-${rule.options.kind}`);
  let text = t(`achievements-rule-${rule.metric}`, vars);
  if (ignoreName) text += t('achievements-rule-ignore', { name: escapeHtml(typeof ignoreName === 'string' ? ignoreName : nameIn(ignoreName, locale)) });
  return text;
}

export interface BadgeEarnedData {
  badge: Named;
  rule: Rule | null;
  ignore?: Named | string | null;
}

export const badgeEarned: NoticeKind<BadgeEarnedData> = {
  category: 'award',
  render: (d, ctx) => ({
    method: 'sendMessage',
    payload: {
      text: ctx.t('achievements-badge-earned', { badge: escapeHtml(nameIn(d.badge, ctx.locale)), rule: ruleText(ctx.t, ctx.locale, d.rule, d.ignore) }),
      parse_mode: 'HTML',
    },
  }),
};

export const badgeRevoked: NoticeKind<{ badge: Named }> = {
  category: null,
  render: (d, ctx) => ({
    method: 'sendMessage',
    payload: { text: ctx.t('achievements-badge-revoked-notice', { badge: escapeHtml(nameIn(d.badge, ctx.locale)) }), parse_mode: 'HTML' },
  }),
};

export interface LevelReachedData {
  level: Named;
  points: number;
  next: { level: Named; toNext: number } | null;
}

export const levelReached: NoticeKind<LevelReachedData> = {
  category: 'award',
  render: (d, ctx) => {
    const next = d.next
      ? ctx.t('achievements-level-next', { level: escapeHtml(nameIn(d.next.level, ctx.locale)), points: d.next.toNext })
      : ctx.t('achievements-level-top');
    return {
      method: 'sendMessage',
      payload: { text: ctx.t('achievements-level-reached', { level: escapeHtml(nameIn(d.level, ctx.locale)), points: d.points, next }), parse_mode: 'HTML' },
    };
  },
};
