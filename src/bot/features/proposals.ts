// Proposals for improving KoDO: /propose sends one, /proposals shows mine; moderators get the queue
// (`prop:q:<page>`), a proposal's card (`prop:v:<id>`) and a status with a comment (`prop:s:…`).
import { Composer, InlineKeyboard } from 'grammy';
import { isProposalStatus, PROPOSAL_STATUSES } from '../../domain/proposals.ts';
import { formatDay } from '../../domain/dates.ts';
import type { ProposalView } from '../../services/groups/proposals.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { installProposalConversations, PROPOSAL, PROPOSAL_DECISION } from '../conversations/proposal.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';
import { truncate } from '../../domain/text.ts';

const isModerator = (ctx: BotContext) => !!ctx.person && (ctx.person.roles.includes('moderator') || ctx.person.roles.includes('admin'));

export function proposalsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { proposals } = deps.services;
  installProposalConversations(feature, { proposals, users: deps.services.users, plugins: deps.conversationPlugins });
  const priv = feature.chatType('private');
  const localeOf = async (ctx: BotContext) => ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru');

  priv.command('propose', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    await startConversation(ctx, PROPOSAL, person.id);
  });

  priv.command('proposals', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const locale = await localeOf(ctx);
    const mine = await proposals.mine(person.id);
    const lines = [ctx.t('proposal-mine-title')];
    if (!mine.length) lines.push(ctx.t('proposal-mine-empty'));
    for (const p of mine) {
      lines.push(ctx.t('proposal-mine-line', { id: p.id, date: formatDay(p.createdAt, locale, deps.timeZone), status: ctx.t(`proposal-status-${p.status}`), text: escapeHtml(truncate(p.text, 80)) }));
      if (p.comment) lines.push(ctx.t('proposal-mine-comment', { comment: escapeHtml(truncate(p.comment, 300)) }));
    }
    lines.push('', ctx.t('proposal-mine-hint'));
    const keyboard = new InlineKeyboard();
    if (isModerator(ctx)) keyboard.text(ctx.t('proposal-btn-queue'), 'prop:q:0');
    await ctx.reply(lines.join('\n').slice(0, 4096), { parse_mode: 'HTML', reply_markup: keyboard });
  });

  const refuse = async (ctx: BotContext, error: unknown) => {
    if (!(error instanceof ServiceError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(error.code, { ...error.vars, role: ctx.t('role-moderator') }).slice(0, 200), show_alert: true });
  };

  priv.callbackQuery(/^prop:q:(\d{1,4})$/, async (ctx) => {
    if (!ctx.person) return void (await ctx.answerCallbackQuery({ text: ctx.t('not-registered') }));
    try {
      const locale = await localeOf(ctx);
      const queue = await proposals.queue(ctx.person, Number(ctx.match[1]));
      await ctx.answerCallbackQuery();
      const lines = [ctx.t('proposal-queue-title', { total: queue.total, page: queue.page + 1, pages: queue.pages })];
      const keyboard = new InlineKeyboard();
      for (const p of queue.items) {
        lines.push(ctx.t('proposal-queue-line', { id: p.id, date: formatDay(p.createdAt, locale, deps.timeZone), status: ctx.t(`proposal-status-${p.status}`), name: escapeHtml(p.authorName), text: escapeHtml(truncate(p.text, 100)) }));
        keyboard.text(`№${p.id}`, `prop:v:${p.id}`);
      }
      keyboard.row();
      if (queue.page > 0) keyboard.text(ctx.t('btn-prev'), `prop:q:${queue.page - 1}`);
      if (queue.page + 1 < queue.pages) keyboard.text(ctx.t('btn-next'), `prop:q:${queue.page + 1}`);
      if (!queue.items.length) lines.push(ctx.t('proposal-queue-empty'));
      await ctx.editMessageText(lines.join('\n').slice(0, 4096), { parse_mode: 'HTML', reply_markup: keyboard }).catch(() => ctx.reply(lines.join('\n').slice(0, 4096), { parse_mode: 'HTML', reply_markup: keyboard }));
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  const card = (ctx: BotContext, p: ProposalView, locale: 'ru' | 'en') =>
    [
      ctx.t('proposal-card-title', { id: p.id, date: formatDay(p.createdAt, locale, deps.timeZone), name: escapeHtml(p.authorName) }),
      ctx.t('proposal-card-status', { status: ctx.t(`proposal-status-${p.status}`) }),
      '',
      escapeHtml(truncate(p.text, 3000)),
      p.comment ? `\n${ctx.t('proposal-mine-comment', { comment: escapeHtml(truncate(p.comment, 500)) })}` : '',
    ].join('\n');

  priv.callbackQuery(/^prop:v:(\d{1,9})$/, async (ctx) => {
    if (!ctx.person) return void (await ctx.answerCallbackQuery({ text: ctx.t('not-registered') }));
    try {
      if (!isModerator(ctx)) throw new ServiceError('need-role');
      const p = await proposals.view(ctx.person, Number(ctx.match[1]));
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard();
      for (const status of PROPOSAL_STATUSES) if (status !== p.status) keyboard.text(ctx.t(`proposal-status-${status}`), `prop:s:${p.id}:${p.revision}:${status}`);
      keyboard.row();
      if (p.fileId) keyboard.text(ctx.t('proposal-btn-file'), `prop:f:${p.id}`);
      keyboard.text(ctx.t('btn-back'), 'prop:q:0');
      await ctx.reply(card(ctx, p, await localeOf(ctx)).slice(0, 4096), { parse_mode: 'HTML', reply_markup: keyboard });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  priv.callbackQuery(/^prop:f:(\d{1,9})$/, async (ctx) => {
    if (!ctx.person) return void (await ctx.answerCallbackQuery({ text: ctx.t('not-registered') }));
    try {
      const p = await proposals.view(ctx.person, Number(ctx.match[1]));
      await ctx.answerCallbackQuery();
      if (!p.fileId) return;
      const caption = ctx.t('proposal-file-caption', { id: p.id });
      if (p.fileKind === 'photo') await ctx.replyWithPhoto(p.fileId, { caption });
      else await ctx.replyWithDocument(p.fileId, { caption });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  priv.callbackQuery(/^prop:s:(\d{1,9}):(\d{1,6}):([a-z]{1,10})$/, async (ctx) => {
    const status = ctx.match[3]!;
    if (!isProposalStatus(status)) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    if (!isModerator(ctx)) return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-moderator') }), show_alert: true }));
    await ctx.answerCallbackQuery();
    await startConversation(ctx, PROPOSAL_DECISION, ctx.person!.id, Number(ctx.match[1]), Number(ctx.match[2]), status);
  });

  feature.callbackQuery(/^prop:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
