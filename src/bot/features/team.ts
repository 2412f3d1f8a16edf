// A project's team in chat (`team:<projectId>`): co-authors added and removed, experts removed, an
// expert invite link made and, when someone opens it (`/start expert_<token>`), confirmed or declined.
import { createConversation } from '@grammyjs/conversations';
import { Composer, GrammyError, InlineKeyboard, type CallbackQueryContext, type Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { formatDay } from '../../domain/dates.ts';
import { deepLinkPayload } from '../../domain/deep-link.ts';
import { memberName, type TeamView } from '../../services/project-team.ts';
import { ServiceError } from '../../services/users.ts';
import { ask, Cancelled } from '../conversations/ask.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredOrRefuse, registeredPerson } from '../registered.ts';
import { truncate } from '../../domain/text.ts';

export const ADD_COAUTHOR = 'team-add-coauthor';
const NAME_IN_BUTTON = 28;
const HANDLE_MAX = 64;

type AnyContext = Context & I18nFlavor;

/** The team screen: who is on the project and what a manager can change. */
export function teamScreen(ctx: AnyContext, view: TeamView): { text: string; keyboard: InlineKeyboard } {
  const list = (people: TeamView['coauthors'], none: string) => (people.length ? people.map((p, i) => `${i + 1}. ${escapeHtml(memberName(p))}`).join('\n') : ctx.t(none));
  const lines = [
    ctx.t('team-title', { project: escapeHtml(view.projectTitle), id: String(view.projectId) }),
    ctx.t('team-author', { name: view.author ? escapeHtml(memberName(view.author)) : '—' }),
    '',
    ctx.t('team-coauthors'),
    list(view.coauthors, 'team-coauthors-none'),
    '',
    ctx.t('team-experts'),
    list(view.experts, 'team-experts-none'),
  ];
  if (view.waitingInvites.length) {
    lines.push('', ctx.t('team-waiting'), ...view.waitingInvites.map((w) => `• ${escapeHtml(memberName(w.person))}`));
  }
  lines.push('', ctx.t('team-hint'));
  const kb = new InlineKeyboard();
  const id = view.projectId;
  for (const w of view.waitingInvites) {
    kb.text(`✅ ${truncate(memberName(w.person), NAME_IN_BUTTON)}`, `team:ok:${w.id}`).text(ctx.t('team-btn-invite-decline'), `team:no:${w.id}`).row();
  }
  for (const c of view.coauthors) kb.text(ctx.t('team-btn-remove-coauthor', { name: truncate(memberName(c), NAME_IN_BUTTON) }), `team:rc:${id}:${c.id}`).row();
  for (const e of view.experts) kb.text(ctx.t('team-btn-remove-expert', { name: truncate(memberName(e), NAME_IN_BUTTON) }), `team:re:${id}:${e.id}`).row();
  kb.text(ctx.t('team-btn-add-coauthor'), `team:ac:${id}`).text(ctx.t('team-btn-invite'), `team:inv:${id}`).row();
  kb.text(ctx.t('team-btn-dashboard'), `dash:v:${id}`).text(ctx.t('team-btn-refresh'), `team:v:${id}`);
  return { text: lines.join('\n'), keyboard: kb };
}

export function teamFeature(deps: FeatureDeps): Composer<BotContext> {
  const { team, expertInvites, grading, users } = deps.services;
  const feature = new Composer<BotContext>();

  const refusal = (ctx: AnyContext, error: unknown): string => {
    if (error instanceof ServiceError) return ctx.t(error.code, error.vars);
    throw error;
  };

  // ── adding a co-author: a short conversation asking who ──────────────────

  async function addCoauthor(conversation: KodoConversation, ctx: ConvContext, projectId: number) {
    const keyboard = new InlineKeyboard().text(ctx.t('btn-cancel'), 'tca:cancel');
    let current = ctx;
    for (;;) {
      let answer;
      try {
        answer = await ask(conversation, current, { text: current.t('team-coauthor-ask'), keyboard }, { prefix: 'tca:', acceptText: true });
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error;
        await current.reply(current.t('team-coauthor-cancelled'));
        return;
      }
      current = answer.ctx;
      if (answer.kind === 'button') {
        await current.reply(current.t('team-coauthor-cancelled'));
        return;
      }
      const handle = answer.text.trim();
      const effectKey = `update:${current.update.update_id}`;
      const fromId = current.from!.id;
      const outcome = await conversation.external(async () => {
        const actor = await users.byTelegramId(fromId);
        if (!actor) return { done: true, key: 'not-registered', vars: {} };
        const target = handle.length <= HANDLE_MAX ? await users.byHandle(handle) : null;
        if (!target) return { done: false, key: 'team-coauthor-not-found', vars: { who: escapeHtml(truncate(handle, HANDLE_MAX)) } };
        try {
          const r = await team.addCoauthor(actor.id, projectId, target.id, effectKey);
          return { done: true, key: r.changed ? 'team-coauthor-added' : 'team-coauthor-already', vars: { name: escapeHtml(r.name), project: escapeHtml(r.projectTitle) } };
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          // Not registered yet: another name may be meant; anything else ends the question.
          return { done: error.code !== 'team-err-target-not-registered', key: error.code, vars: error.vars };
        }
      });
      await current.reply(current.t(outcome.key, outcome.vars), { parse_mode: 'HTML' });
      if (outcome.done) return;
    }
  }
  feature.use(createConversation(addCoauthor, { id: ADD_COAUTHOR, plugins: deps.conversationPlugins }));

  // ── the team screen ──────────────────────────────────────────────────────

  async function render(ctx: BotContext, projectId: number, inPlace: boolean): Promise<void> {
    const view = await team.view(ctx.person!.id, projectId);
    const { text, keyboard } = teamScreen(ctx, view);
    const options = { parse_mode: 'HTML' as const, reply_markup: keyboard };
    if (inPlace) {
      try {
        await ctx.editMessageText(text, options);
        return;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (error.description.includes('message is not modified')) return;
      }
    }
    await ctx.reply(text, options);
  }

  /** Runs a press: refusals (not a manager, gone) are answered and change nothing. */
  const press = (handler: (ctx: CallbackQueryContext<BotContext>) => Promise<void>) => async (ctx: CallbackQueryContext<BotContext>) => {
    if (!(await registeredPerson(ctx))) return;
    try {
      await handler(ctx);
    } catch (error) {
      await ctx.answerCallbackQuery({ text: refusal(ctx, error), show_alert: true });
    }
  };

  // `team:<id>` comes from other screens (/myprojects, /dashboard): a new message; `team:v:<id>` edits.
  feature.callbackQuery(/^team:(v:)?(\d{1,9})$/, press(async (ctx) => {
    await render(ctx, Number(ctx.match[2]), Boolean(ctx.match[1]));
    await ctx.answerCallbackQuery();
  }));

  feature.callbackQuery(/^team:rc:(\d{1,9}):(\d{1,9})$/, press(async (ctx) => {
    const projectId = Number(ctx.match[1]);
    const { changed } = await team.removeCoauthor(ctx.person!.id, projectId, Number(ctx.match[2]), ctx.effectKey);
    await ctx.answerCallbackQuery({ text: ctx.t(changed ? 'team-coauthor-removed' : 'stale-button') });
    // Someone who removed themselves may no longer see the team.
    await render(ctx, projectId, true).catch((error) => (error instanceof ServiceError ? undefined : Promise.reject(error)));
  }));

  feature.callbackQuery(/^team:re:(\d{1,9}):(\d{1,9})$/, press(async (ctx) => {
    const projectId = Number(ctx.match[1]);
    const { changed } = await grading.unassignExpert(ctx.person!.id, projectId, Number(ctx.match[2]), ctx.effectKey);
    await ctx.answerCallbackQuery({ text: ctx.t(changed ? 'review-unassigned' : 'stale-button') });
    await render(ctx, projectId, true);
  }));

  feature.callbackQuery(/^team:ac:(\d{1,9})$/, press(async (ctx) => {
    const projectId = Number(ctx.match[1]);
    // Refused here already, so a non-manager is not asked a question first.
    await team.view(ctx.person!.id, projectId);
    await ctx.answerCallbackQuery();
    await startConversation(ctx, ADD_COAUTHOR, projectId);
  }));

  feature.callbackQuery(/^team:inv:(\d{1,9})$/, press(async (ctx) => {
    const { token, expiresAt, projectTitle } = await expertInvites.create(ctx.person!.id, Number(ctx.match[1]), ctx.effectKey);
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    const link = `https://t.me/${ctx.me.username}?start=${deepLinkPayload({ kind: 'expert-invite', token })}`;
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('team-invite-created', { project: escapeHtml(projectTitle), link, date: formatDay(expiresAt, locale, deps.timeZone) }), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
  }));

  feature.callbackQuery(/^team:(ok|no):(\d{1,9})$/, press(async (ctx) => {
    const accept = ctx.match[1] === 'ok';
    const outcome = await expertInvites.decide(ctx.person!.id, Number(ctx.match[2]), accept);
    if (outcome.kind === 'already') {
      await ctx.answerCallbackQuery({ text: ctx.t('team-invite-already-decided'), show_alert: true });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      return;
    }
    const key = outcome.kind === 'accepted' ? 'team-invite-accepted' : 'team-invite-declined';
    await ctx.answerCallbackQuery({ text: ctx.t(key, { name: outcome.name }) });
    await ctx.reply(ctx.t(key, { name: escapeHtml(outcome.name) }), { parse_mode: 'HTML' });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  }));

  // Anything else under this prefix is stale or forged.
  feature.callbackQuery(/^team:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));

  // ── `/start expert_<token>`: the invited person asks to be the expert ─────

  deps.deepLinks.on('expert-invite', async (ctx, link) => {
    const person = await registeredOrRefuse(ctx, ctx.from ? await users.byTelegramId(ctx.from.id) : null);
    if (!person) return;
    const outcome = await expertInvites.open(person.id, link.token);
    const project = 'projectTitle' in outcome ? escapeHtml(outcome.projectTitle) : '';
    await ctx.reply(ctx.t(`team-invite-open-${outcome.kind}`, { project }), { parse_mode: 'HTML' });
  });

  return feature;
}
