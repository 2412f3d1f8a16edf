// Moderators correct people and organisations, merge duplicates, hide projects, withdraw items and read the audit trail (`mg:` and `aud:` buttons).
import { Composer, InlineKeyboard } from 'grammy';
import { formatDay } from '../../domain/dates.ts';
import { formatMinuteOfDay, localMinuteOfDay } from '../../domain/delivery-preferences.ts';
import { AUDIT_ENTITIES, canModerate, canReadAudit, parseAuditArgs, type AuditEntity } from '../../domain/moderation.ts';
import type { MergePreview, ModerationService, OrgKind } from '../../services/moderation.ts';
import { ServiceError, type Person, type UserService } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { fitParts, truncate } from '../../domain/text.ts';

const KIND_CODE: Record<OrgKind, string> = { municipality: 'm', institution: 'i' };
const CODE_KIND: Record<string, OrgKind> = { m: 'municipality', i: 'institution' };
const ENTITY_CODE: Record<AuditEntity, string> = { user: 'u', project: 'p', submission: 's', municipality: 'm', institution: 'i', practice: 'b', proposal: 'q', broadcast: 'n' };
const CODE_ENTITY = Object.fromEntries(Object.entries(ENTITY_CODE).map(([k, v]) => [v, k])) as Record<string, AuditEntity>;
const JSON_MAX = 300;


export function moderatorEditsFeature(moderation: ModerationService, users: UserService, timeZone: string): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const errorText = (ctx: BotContext, error: unknown): string => {
    if (!(error instanceof ServiceError)) throw error;
    const vars = error.code === 'need-role' ? { role: ctx.t(`role-${error.vars.role}`) } : error.vars;
    return ctx.t(error.code, vars);
  };
  /** Replies with the service's refusal (a missing role included) instead of failing the update. */
  const attempt = async (ctx: BotContext, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      await ctx.reply(errorText(ctx, error), { parse_mode: 'HTML' });
    }
  };
  const moderatorOnly = async (ctx: BotContext): Promise<Person | null> => {
    if (ctx.person && canModerate(ctx.person.roles)) return ctx.person;
    await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') }));
    return null;
  };
  /** `#12` (KoDO's id, as /audit shows), `@username` or a Telegram id. */
  const findPerson = (handle: string) => (/^#\d{1,9}$/.test(handle) ? users.byId(Number(handle.slice(1))) : users.byHandle(handle));
  const nameOf = (p: Person) => escapeHtml(p.fullName ?? (p.username ? `@${p.username}` : String(p.telegramId)));

  // ── people ──
  feature.command('mod_name', async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    const m = /^\s*(\S+)\s+(.+)$/s.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('moderation-name-usage')));
    const target = await findPerson(m[1]!);
    if (!target) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(m[1]!) }), { parse_mode: 'HTML' }));
    await attempt(ctx, async () => {
      const r = await moderation.renamePerson(actor, target.id, m[2]!, ctx.effectKey);
      await ctx.reply(ctx.t('moderation-renamed', { before: escapeHtml(r.before ?? '—'), after: escapeHtml(r.after) }), { parse_mode: 'HTML' });
    });
  });

  feature.command(['mod_municipality', 'mod_institution'], async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    const kind: OrgKind = ctx.msg.text.startsWith('/mod_institution') ? 'institution' : 'municipality';
    const m = /^\s*(\S+)\s+(\d{1,9})\s*$/.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('moderation-org-usage')));
    const target = await findPerson(m[1]!);
    if (!target) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(m[1]!) }), { parse_mode: 'HTML' }));
    await attempt(ctx, async () => {
      const r = await moderation.setOrganisation(actor, target.id, kind, Number(m[2]), ctx.effectKey);
      await ctx.reply(ctx.t('moderation-org-set', { name: nameOf(target), municipality: escapeHtml(r.municipality ?? '—'), institution: escapeHtml(r.institution ?? '—') }), { parse_mode: 'HTML' });
    });
  });

  feature.command('orgs', async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    await attempt(ctx, async () => {
      const found = await moderation.findOrganisations(actor, ctx.match);
      if (!found.municipalities.length && !found.institutions.length) return void (await ctx.reply(ctx.t('moderation-orgs-none')));
      const lines = [
        `<b>${ctx.t('moderation-orgs-municipalities')}</b>`,
        ...found.municipalities.map((m) => `${m.id} · ${escapeHtml(m.name)}`),
        '',
        `<b>${ctx.t('moderation-orgs-institutions')}</b>`,
        ...found.institutions.map((i) => `${i.id} · ${escapeHtml(i.name)} (${escapeHtml(i.municipality)})`),
      ];
      await ctx.reply(fitParts(lines, '\n', 4000), { parse_mode: 'HTML' });
    });
  });

  // ── merging ──
  const previewText = (ctx: BotContext, p: MergePreview) => {
    const refs = p.references.filter((r) => r.rows > 0).map((r) => `• ${r.table}.${r.column}: ${r.rows}`);
    const head = ctx.t(`moderation-merge-preview-${p.kind}`, { duplicate: escapeHtml(p.duplicate.name), duplicateId: p.duplicate.id, kept: escapeHtml(p.kept.name), keptId: p.kept.id });
    const confirm = ctx.t('moderation-merge-confirm');
    // The question stays whatever is left out of a long list of references.
    return `${fitParts([head, ...(refs.length ? refs : [ctx.t('moderation-merge-nothing-points')])], '\n', 4000 - confirm.length - 2)}\n\n${confirm}`;
  };

  feature.command(['merge_municipality', 'merge_institution'], async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    const kind: OrgKind = ctx.msg.text.startsWith('/merge_institution') ? 'institution' : 'municipality';
    const m = /^\s*(\d{1,9})\s+(\d{1,9})\s*$/.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('moderation-merge-usage')));
    await attempt(ctx, async () => {
      const preview = await moderation.previewMerge(actor, kind, Number(m[1]), Number(m[2]));
      const kb = new InlineKeyboard().text(ctx.t('moderation-merge-yes'), `mg:do:${KIND_CODE[kind]}:${m[1]}:${m[2]}`).text(ctx.t('moderation-merge-no'), 'mg:no');
      await ctx.reply(previewText(ctx, preview), { parse_mode: 'HTML', reply_markup: kb });
    });
  });

  feature.callbackQuery('mg:no', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('moderation-merge-cancelled')).catch(() => undefined);
  });

  feature.callbackQuery(/^mg:do:([mi]):(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    const actor = ctx.person;
    if (!actor || !canModerate(actor.roles)) return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-moderator') }), show_alert: true }));
    const kind = CODE_KIND[ctx.match[1]!]!;
    try {
      const { moved } = await moderation.merge(actor, kind, Number(ctx.match[2]), Number(ctx.match[3]), ctx.effectKey);
      const rows = moved.reduce((sum, r) => sum + r.rows, 0);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t('moderation-merged', { rows }));
    } catch (error) {
      await ctx.answerCallbackQuery({ text: truncate(errorText(ctx, error), 200), show_alert: true });
    }
  });

  // ── projects ──
  feature.command(['project_hide', 'project_show', 'project_unpublish'], async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    const action = ctx.msg.text.startsWith('/project_hide') ? 'hide' : ctx.msg.text.startsWith('/project_show') ? 'show' : 'unpublish';
    const m = /^\s*(\d{1,9})(?:\s+(.+))?$/s.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('moderation-project-usage')));
    await attempt(ctx, async () => {
      const r = await moderation.changeProject(actor, Number(m[1]), action, m[2] ?? '', ctx.effectKey);
      await ctx.reply(ctx.t(r.changed ? `moderation-project-${action}-done` : 'moderation-nothing-changed', { title: escapeHtml(r.title) }), { parse_mode: 'HTML' });
    });
  });

  // ── hand-ins ──
  feature.command('withdraw', async (ctx) => {
    const actor = await moderatorOnly(ctx);
    if (!actor) return;
    const m = /^\s*(\d{1,9})\s+(\d{1,3})\s+(.+)$/s.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('moderation-withdraw-usage')));
    await attempt(ctx, async () => {
      const r = await moderation.withdrawItem(actor, Number(m[1]), Number(m[2]), m[3]!, ctx.effectKey);
      await ctx.reply(ctx.t('moderation-withdrawn', { item: escapeHtml(r.item), step: escapeHtml(r.step) }), { parse_mode: 'HTML' });
    });
  });

  // ── the trail ──
  const trailScreen = async (ctx: BotContext, actor: Person, entity: AuditEntity, id: number, page: number) => {
    const trail = await moderation.trail(actor, entity, id, page);
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    const json = (v: unknown) => escapeHtml(truncate(v === null || v === undefined ? '—' : JSON.stringify(v), JSON_MAX));
    const head = ctx.t('audit-title', { entity: ctx.t(`audit-entity-${entity}`), id, page: trail.page + 1, pages: trail.pages });
    const body = trail.entries.length
      ? trail.entries.map((e) => {
          const label = ctx.t(`audit-action-${e.action.replace(/\./g, '-')}`);
          const action = label.startsWith('audit-action-') ? e.action : label;
          const when = `${formatDay(e.at, locale, timeZone, true)}, ${formatMinuteOfDay(localMinuteOfDay(e.at, timeZone))}`;
          return ctx.t('audit-entry', { when, who: escapeHtml(e.actor ?? ctx.t('audit-system')), action: escapeHtml(action), before: json(e.before), after: json(e.after) });
        })
      : [ctx.t('audit-empty')];
    const kb = new InlineKeyboard();
    // Newer entries are on lower pages: «←» goes to newer ones.
    if (trail.page > 0) kb.text('← ' + ctx.t('audit-newer'), `aud:${ENTITY_CODE[entity]}:${id}:${trail.page - 1}`);
    if (trail.page < trail.pages - 1) kb.text(ctx.t('audit-older') + ' →', `aud:${ENTITY_CODE[entity]}:${id}:${trail.page + 1}`);
    return { text: fitParts([head, '', ...body], '\n\n', 4096), kb };
  };

  feature.command('audit', async (ctx) => {
    if (!ctx.person || !canReadAudit(ctx.person.roles)) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    const args = parseAuditArgs(ctx.match);
    if (!args) return void (await ctx.reply(ctx.t('audit-usage', { entities: AUDIT_ENTITIES.join(' | ') })));
    const actor = ctx.person;
    await attempt(ctx, async () => {
      const { text, kb } = await trailScreen(ctx, actor, args.entity, args.id, args.page - 1);
      await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb });
    });
  });

  feature.callbackQuery(/^aud:([upsmib]):(\d{1,9}):(\d{1,4})$/, async (ctx) => {
    const actor = ctx.person;
    if (!actor || !canReadAudit(actor.roles)) return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-moderator') }), show_alert: true }));
    const { text, kb } = await trailScreen(ctx, actor, CODE_ENTITY[ctx.match[1]!]!, Number(ctx.match[2]), Number(ctx.match[3]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: kb }).catch(() => undefined);
  });

  return feature;
}
