// Achievements in chat: the profile tabs (Гильдии, Награды, Уровни, Квесты, Направления) that edit
// the profile message in place, /badges with progress and rules, /rating, and the moderators'
// /revoke_badge and /badge_rule.
import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import { formatDay, type Locale } from '../../domain/dates.ts';
import { bandName, standing, type LevelBand, type LevelStanding } from '../../domain/levels.ts';
import { localName as plainName, type AchievementsView, type BadgeView, type TagView } from '../../services/rewards.ts';
import type { RatedUnit } from '../../services/rating.ts';
import { ServiceError, type Person } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { profileKeyboard, profileMessage, type ProfileExtension } from './profile.ts';
import { registeredPerson } from '../registered.ts';

const TABS = ['guilds', 'badges', 'levels', 'quests', 'directions'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string): value is Tab => (TABS as readonly string[]).includes(value);

const localeOf = async (ctx: BotContext): Promise<Locale> => ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru');
const displayName = (p: Person) => escapeHtml(p.fullName ?? (p.username ? `@${p.username}` : String(p.telegramId)));
/** Names are data a moderator may edit: escaped like anything typed. */
const localName = (row: { nameRu: string; nameEn: string }, locale: string) => escapeHtml(plainName(row, locale));
const levelName = (band: LevelBand, locale: string) => escapeHtml(bandName(band, locale));
const isModerator = (ctx: BotContext) => Boolean(ctx.person?.roles.includes('moderator'));

function addTabRows(ctx: BotContext, kb: InlineKeyboard, active?: Tab): InlineKeyboard {
  // An empty row would reach Telegram as such: start a new one only after buttons.
  if (kb.inline_keyboard.at(-1)?.length) kb.row();
  TABS.forEach((tab, i) => {
    const label = ctx.t(`achievements-tab-${tab}`);
    kb.text(tab === active ? `• ${label} •` : label, `ach:tab:${tab}`);
    if (i === 2) kb.row();
  });
  return kb;
}

/** Telegram refuses an edit that changes nothing (the same tab pressed twice): that is fine. */
async function editInPlace(ctx: BotContext, text: string, kb: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: kb });
  } catch (error) {
    if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
  }
}

function bandRange(ctx: BotContext, band: LevelBand, maxPoints: number | null): string {
  return maxPoints === null ? ctx.t('achievements-levels-band-top', { from: band.minPoints }) : ctx.t('achievements-levels-band', { from: band.minPoints, to: maxPoints });
}

function nextLevelText(ctx: BotContext, level: LevelStanding, locale: Locale): string {
  return level.next ? ctx.t('achievements-level-next', { level: levelName(level.next, locale), points: level.toNext! }) : ctx.t('achievements-level-top');
}

function badgeLine(ctx: BotContext, b: BadgeView, locale: Locale, timeZone: string): string {
  const badge = localName(b, locale);
  if (b.award?.revokedAt) return ctx.t('achievements-badge-revoked-line', { badge });
  if (b.award) return ctx.t('achievements-badge-earned-line', { badge, date: formatDay(b.award.awardedAt, locale, timeZone, true) });
  if (!b.progress) return ctx.t('achievements-badge-broken-line', { badge });
  return ctx.t('achievements-badge-locked-line', { badge, progress: ctx.t('achievements-progress', { current: b.progress.current, threshold: b.progress.threshold }) });
}

const earnedCount = (view: AchievementsView) => view.badges.filter((b) => b.award && !b.award.revokedAt).length;

function tagLines(ctx: BotContext, rows: TagView[], locale: Locale, key: 'achievements-guilds-line' | 'achievements-directions-line'): string[] {
  return rows
    .filter((r) => r.acceptedSteps > 0)
    .map((r) => ctx.t(key, { name: localName(r, locale), projects: r.completedProjects, steps: r.acceptedSteps }));
}

export function achievementsFeature(deps: FeatureDeps): Composer<BotContext> {
  const { rewards, rating, users, directory } = deps.services;
  const feature = new Composer<BotContext>();
  const extension = profileAchievements(deps);

  async function tabText(ctx: BotContext, person: Person, tab: Tab): Promise<string> {
    const locale = await localeOf(ctx);
    const view = await rewards.view(person.id);
    const name = displayName(person);
    const lines: string[] = [];
    if (tab === 'guilds') {
      lines.push(ctx.t('achievements-guilds-title', { name }));
      const mine = view.guilds.filter((g) => g.inProfile).map((g) => localName(g, locale));
      lines.push(ctx.t('achievements-guilds-profile', { guilds: mine.join(', ') || '—' }));
      const worked = tagLines(ctx, view.guilds, locale, 'achievements-guilds-line');
      lines.push('', ...(worked.length ? worked : [ctx.t('achievements-guilds-empty')]));
      const craftsman = view.badges.find((b) => b.rule?.metric === 'completed_project_guilds');
      if (craftsman?.progress && !craftsman.award) {
        lines.push('', ctx.t('achievements-guilds-craftsman', { badge: localName(craftsman, locale), progress: ctx.t('achievements-progress', { current: craftsman.progress.current, threshold: craftsman.progress.threshold }) }));
      }
    } else if (tab === 'directions') {
      lines.push(ctx.t('achievements-directions-title', { name }));
      const worked = tagLines(ctx, view.directions, locale, 'achievements-directions-line');
      lines.push('', ...(worked.length ? worked : [ctx.t('achievements-directions-empty')]));
    } else if (tab === 'badges') {
      lines.push(ctx.t('achievements-badges-title', { name, earned: earnedCount(view), total: view.badges.length }), '');
      lines.push(...view.badges.map((b) => badgeLine(ctx, b, locale, deps.timeZone)));
      lines.push('', ctx.t('achievements-badges-more'));
    } else if (tab === 'levels') {
      const { level, bands, points } = view;
      lines.push(ctx.t('achievements-levels-title', { name }));
      lines.push(ctx.t('achievements-levels-current', { points, level: levelName(level.band, locale), band: bandRange(ctx, level.band, level.maxPoints) }));
      lines.push(nextLevelText(ctx, level, locale), '');
      bands.forEach((band, i) => {
        const range = bandRange(ctx, band, bands[i + 1] ? bands[i + 1]!.minPoints - 1 : null);
        lines.push(ctx.t(i === level.index ? 'achievements-levels-line-current' : 'achievements-levels-line', { level: levelName(band, locale), band: range }));
      });
      lines.push('', ctx.t('achievements-levels-how'), ctx.t('achievements-levels-rating'));
    } else {
      lines.push(ctx.t('achievements-quests-title', { name }), '');
      if (!view.quests.length) lines.push(ctx.t('achievements-quests-empty'));
      for (const q of view.quests) {
        const quest = localName(q, locale);
        const description = escapeHtml(locale === 'en' ? q.descriptionEn : q.descriptionRu);
        if (q.completedAt || q.progress?.met) {
          lines.push(ctx.t('achievements-quest-done', { quest, date: formatDay(q.completedAt ?? deps.clock.now(), locale, deps.timeZone, true), description }));
        } else {
          const progress = q.progress ? ctx.t('achievements-progress', { current: q.progress.current, threshold: q.progress.threshold }) : '—';
          lines.push(ctx.t('achievements-quest-open', { quest, progress, description }));
        }
      }
    }
    return lines.join('\n');
  }

  feature.callbackQuery(/^ach:tab:([a-z]+)$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const tab = ctx.match[1]!;
    if (tab === 'card') {
      await ctx.answerCallbackQuery();
      return editInPlace(ctx, await profileMessage(ctx, person, users, directory, extension), profileKeyboard(ctx, extension));
    }
    if (!isTab(tab)) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    await ctx.answerCallbackQuery();
    const kb = addTabRows(ctx, new InlineKeyboard(), tab).row().text(ctx.t('achievements-tab-card'), 'ach:tab:card');
    await editInPlace(ctx, await tabText(ctx, person, tab), kb);
  });

  // ── /badges: all of them with progress, and a page of rules ─────────────────

  async function badgesText(ctx: BotContext, person: Person): Promise<string> {
    const locale = await localeOf(ctx);
    const view = await rewards.view(person.id);
    const lines = [ctx.t('achievements-badges-list-title', { earned: earnedCount(view), total: view.badges.length }), ''];
    lines.push(...view.badges.map((b) => badgeLine(ctx, b, locale, deps.timeZone)));
    return lines.join('\n');
  }

  async function rulesText(ctx: BotContext): Promise<string> {
    const locale = await localeOf(ctx);
    const view = await rewards.view(ctx.person!.id);
    const lines = [ctx.t('achievements-rules-title'), ctx.t('achievements-rules-intro'), ''];
    for (const b of view.badges) lines.push(ctx.t('achievements-rules-line', { badge: localName(b, locale), rule: await rewards.ruleText(locale, b.rule) }));
    return lines.join('\n');
  }

  const listKeyboard = (ctx: BotContext) => new InlineKeyboard().text(ctx.t('achievements-btn-rules'), 'ach:rules');
  const rulesKeyboard = (ctx: BotContext) => new InlineKeyboard().text(ctx.t('achievements-btn-back-to-list'), 'ach:list');

  feature.command('badges', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    await ctx.reply(await badgesText(ctx, person), { parse_mode: 'HTML', reply_markup: listKeyboard(ctx) });
  });

  feature.callbackQuery(/^ach:(rules|list)$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    await ctx.answerCallbackQuery();
    if (ctx.match[1] === 'rules') await editInPlace(ctx, await rulesText(ctx), rulesKeyboard(ctx));
    else await editInPlace(ctx, await badgesText(ctx, person), listKeyboard(ctx));
  });

  // ── /rating ──────────────────────────────────────────────────────────────────

  feature.command('rating', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const locale = await localeOf(ctx);
    const result = await rating.forPerson(person.id);
    const score = (u: RatedUnit) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(u.score);
    const own = (u: RatedUnit | null, kind: 'institution' | 'municipality', of: number) => {
      if (!u) return ctx.t(`achievements-rating-no-${kind}`);
      const vars = { name: escapeHtml(u.name), place: u.place ?? 0, of, score: score(u), active: u.activeMembers, members: u.members };
      const line = ctx.t(u.place === null ? `achievements-rating-${kind}-unranked` : `achievements-rating-${kind}`, vars);
      return kind === 'institution' ? `${line}\n${ctx.t('rating-status-line', { status: ctx.t(`institution-status-${u.status}`) })}` : line;
    };
    const top = (units: RatedUnit[]) =>
      units.filter((u) => u.place !== null).slice(0, 3).map((u) => ctx.t('achievements-rating-top-line', { place: u.place!, name: escapeHtml(u.name), score: score(u) }));
    const lines = [
      ctx.t('achievements-rating-title', { days: rating.windowDays }),
      '',
      own(result.institution, 'institution', result.institutions.ranked),
      own(result.municipality, 'municipality', result.municipalities.ranked),
    ];
    const topInstitutions = top(result.institutions.units);
    const topMunicipalities = top(result.municipalities.units);
    if (topInstitutions.length) lines.push('', ctx.t('achievements-rating-top-institutions'), ...topInstitutions);
    if (topMunicipalities.length) lines.push('', ctx.t('achievements-rating-top-municipalities'), ...topMunicipalities);
    if (!topInstitutions.length && !topMunicipalities.length) lines.push('', ctx.t('achievements-rating-empty'));
    lines.push('', ctx.t('achievements-rating-formula', { badge: rating.weights.badgePoints, prior: rating.weights.priorMembers }));
    await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
  });

  // ── moderators: revoke an award, tune a rule (the service checks the role again) ──

  const needModerator = (ctx: BotContext) => ctx.t('need-role', { role: ctx.t('role-moderator') });
  const describeError = (ctx: BotContext, error: unknown) => {
    if (error instanceof ServiceError) return ctx.t(error.code, error.vars.role ? { ...error.vars, role: ctx.t(`role-${error.vars.role}`) } : error.vars);
    throw error;
  };

  feature.command('revoke_badge', async (ctx) => {
    if (!isModerator(ctx)) return void (await ctx.reply(needModerator(ctx)));
    const [handle, ...badgeWords] = ctx.match.trim().split(/\s+/).filter(Boolean);
    if (!handle) return void (await ctx.reply(ctx.t('achievements-revoke-usage')));
    const target = await users.byHandle(handle);
    if (!target) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(handle) }), { parse_mode: 'HTML' }));
    const locale = await localeOf(ctx);
    const active = (await rewards.awardsOf(target.id)).filter((a) => !a.revokedAt);
    if (badgeWords.length) {
      const wanted = badgeWords.join(' ');
      const badge = await rewards.findBadge(wanted);
      if (!badge) return void (await ctx.reply(ctx.t('achievements-badge-not-found', { badge: escapeHtml(wanted) }), { parse_mode: 'HTML' }));
      const award = active.find((a) => a.badgeCode === badge.code);
      if (!award) return void (await ctx.reply(ctx.t('achievements-user-badge-missing', { name: displayName(target), badge: localName(badge, locale) }), { parse_mode: 'HTML' }));
      try {
        const { changed } = await rewards.revokeAward(ctx.person!, award.id, ctx.effectKey);
        await ctx.reply(ctx.t(changed ? 'achievements-revoked' : 'achievements-revoke-already', { name: displayName(target), badge: localName(badge, locale) }), { parse_mode: 'HTML' });
      } catch (error) {
        await ctx.reply(describeError(ctx, error));
      }
      return;
    }
    if (!active.length) return void (await ctx.reply(ctx.t('achievements-revoke-none', { name: displayName(target) }), { parse_mode: 'HTML' }));
    const kb = new InlineKeyboard();
    active.forEach((a, i) => {
      kb.text(`🚫 ${plainName(a.badge, locale)}`, `ach:rv:${a.id}`);
      if (i % 2 === 1 && i < active.length - 1) kb.row();
    });
    await ctx.reply(ctx.t('achievements-revoke-choose', { name: displayName(target) }), { parse_mode: 'HTML', reply_markup: kb });
  });

  feature.callbackQuery(/^ach:(rv|rvy):(\d{1,9})$|^ach:rvn$/, async (ctx) => {
    if (!isModerator(ctx)) return void (await ctx.answerCallbackQuery({ text: needModerator(ctx), show_alert: true }));
    const [, verb, id] = ctx.match;
    if (!verb) {
      await ctx.answerCallbackQuery();
      return editInPlace(ctx, ctx.t('achievements-revoke-cancelled'), new InlineKeyboard());
    }
    const award = await rewards.award(Number(id));
    if (!award) return void (await ctx.answerCallbackQuery({ text: ctx.t('achievements-award-not-found') }));
    const target = await users.byId(award.userId);
    const locale = await localeOf(ctx);
    const vars = { name: target ? displayName(target) : String(award.userId), badge: localName(award.badge, locale) };
    if (verb === 'rv') {
      await ctx.answerCallbackQuery();
      if (award.revokedAt) return editInPlace(ctx, ctx.t('achievements-revoke-already', vars), new InlineKeyboard());
      const kb = new InlineKeyboard().text(ctx.t('achievements-btn-revoke-yes'), `ach:rvy:${award.id}`).text(ctx.t('achievements-btn-revoke-no'), 'ach:rvn');
      return editInPlace(ctx, ctx.t('achievements-revoke-confirm', vars), kb);
    }
    try {
      const { changed } = await rewards.revokeAward(ctx.person!, award.id, ctx.effectKey);
      await ctx.answerCallbackQuery();
      await editInPlace(ctx, ctx.t(changed ? 'achievements-revoked' : 'achievements-revoke-already', vars), new InlineKeyboard());
    } catch (error) {
      await ctx.answerCallbackQuery({ text: describeError(ctx, error), show_alert: true });
    }
  });

  feature.command('badge_rule', async (ctx) => {
    if (!isModerator(ctx)) return void (await ctx.reply(needModerator(ctx)));
    const locale = await localeOf(ctx);
    const [code, raw] = ctx.match.trim().split(/\s+/).filter(Boolean);
    if (!code || raw === undefined) {
      const view = await rewards.view(ctx.person!.id);
      const lines = [ctx.t('achievements-tune-usage'), ''];
      for (const b of view.badges) {
        lines.push(ctx.t('achievements-tune-line', { code: escapeHtml(b.code), badge: localName(b, locale), threshold: b.rule?.threshold ?? '—', version: b.ruleVersion }));
      }
      return void (await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' }));
    }
    const badge = await rewards.findBadge(code);
    if (!badge) return void (await ctx.reply(ctx.t('achievements-badge-not-found', { badge: escapeHtml(code) }), { parse_mode: 'HTML' }));
    if (!/^\d{1,6}$/.test(raw)) return void (await ctx.reply(ctx.t('achievements-tune-bad-threshold')));
    try {
      const result = await rewards.tuneBadge(ctx.person!, badge.code, Number(raw), ctx.effectKey);
      const vars = { badge: localName(badge, locale), threshold: result.rule.threshold, version: result.ruleVersion, rule: await rewards.ruleText(locale, result.rule) };
      await ctx.reply(ctx.t(result.changed ? 'achievements-tuned' : 'achievements-tune-unchanged', vars), { parse_mode: 'HTML' });
    } catch (error) {
      await ctx.reply(describeError(ctx, error), { parse_mode: 'HTML' });
    }
  });

  return feature;
}

/** The level line under the profile card and the tab buttons under its edit buttons. */
export function profileAchievements(deps: FeatureDeps): ProfileExtension {
  const { rewards } = deps.services;
  return {
    async footer(ctx, person) {
      const locale = await localeOf(ctx);
      const [points, bands] = await Promise.all([rewards.points(person.id), rewards.levelBands()]);
      const level = standing(points, bands);
      return ctx.t('achievements-profile-level', { level: levelName(level.band, locale), points, next: nextLevelText(ctx, level, locale) });
    },
    addButtons: (ctx, kb) => void addTabRows(ctx, kb),
  };
}
