// Workshops in private: /workshop opens one (a conversation), /workshops lists open ones and the
// person's own; the `ws:` buttons (join, leave, close, turn into a draft) work here and on the card
// in the developers' chat alike, each checked in the service for the person who pressed.
import { Composer, InlineKeyboard } from 'grammy';
import { ServiceError } from '../../services/users.ts';
import { canOpenWorkshops, type WorkshopView } from '../../services/groups/workshops.ts';
import type { BotContext } from '../context.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { installWorkshopConversation, WORKSHOP } from '../conversations/workshop.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';

const LIST_MAX = 15;

function line(ctx: BotContext, w: WorkshopView): string {
  const members = w.cap !== null ? ctx.t('workshop-list-members-cap', { count: w.memberCount, cap: w.cap }) : ctx.t('workshop-list-members', { count: w.memberCount });
  const title = w.link ? `<a href="${escapeHtml(w.link)}">${escapeHtml(w.title)}</a>` : `<b>${escapeHtml(w.title)}</b>`;
  return `• ${title} — ${escapeHtml(w.authorName)}, ${members}${w.status !== 'open' ? ` (${ctx.t(`workshop-state-${w.status}`)})` : ''}`;
}

/** The `ws:` buttons, shared by the private chat and the developers' chat (the group composer mounts it too). */
export function workshopButtons(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { workshops } = deps.services;
  feature.callbackQuery(/^ws:([jlcpt]):(\d{1,9})$/, async (ctx) => {
    const person = ctx.person;
    if (!person?.registeredAt) return void (await ctx.answerCallbackQuery({ text: ctx.t('workshop-register-first', { bot: ctx.me.username }), show_alert: true }));
    const id = Number(ctx.match[2]);
    try {
      switch (ctx.match[1]) {
        case 'j': {
          const { outcome, view } = await workshops.join(person, id);
          await ctx.answerCallbackQuery({ text: ctx.t(outcome === 'joined' ? 'workshop-joined' : 'workshop-already', { title: view.title.slice(0, 60) }), show_alert: outcome === 'joined' });
          if (outcome === 'joined') await workshops.refreshCard(view, ctx.api);
          return;
        }
        case 'l': {
          const { outcome, view } = await workshops.leave(person, id);
          await ctx.answerCallbackQuery({ text: ctx.t(outcome === 'left' ? 'workshop-left' : 'workshop-not-member') });
          if (outcome === 'left') await workshops.refreshCard(view, ctx.api);
          return;
        }
        case 'c': {
          const view = await workshops.close(person, id);
          await ctx.answerCallbackQuery({ text: ctx.t('workshop-closed-done') });
          await workshops.refreshCard(view, ctx.api);
          return;
        }
        case 'p': {
          const { view, projectId } = await workshops.toProject(person, id);
          await ctx.answerCallbackQuery({ text: ctx.t('workshop-project-done', { project: projectId }), show_alert: true });
          await workshops.refreshCard(view, ctx.api);
          if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('workshop-project-next', { project: projectId, title: escapeHtml(view.title), count: view.memberCount }), { parse_mode: 'HTML' });
          return;
        }
        case 't': {
          const view = await workshops.restoreTopic(person, id, ctx.api);
          await ctx.answerCallbackQuery();
          await ctx.reply(ctx.t(view.cardPinned ? 'workshop-restored' : 'workshop-opened-unpinned', { title: escapeHtml(view.title), link: view.link ?? '' }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
          return;
        }
      }
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code, { ...error.vars, bot: ctx.me.username }).slice(0, 200), show_alert: true });
    }
  });
  return feature;
}

export function workshopsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { workshops, users, directory } = deps.services;
  // Installed before the command that enters it: a conversation must be known when entered.
  installWorkshopConversation(feature, { workshops, users, directory, clock: deps.clock, timeZone: deps.timeZone, plugins: deps.conversationPlugins });
  const priv = feature.chatType('private');

  priv.command('workshop', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!canOpenWorkshops(person)) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-author') })));
    if (!(await deps.services.groups.activeChat('developers'))) return void (await ctx.reply(ctx.t('workshop-no-chat')));
    await startConversation(ctx, WORKSHOP, person.id);
  });

  // /group belongs in the group being linked; here it only says so.
  priv.command('group', (ctx) => ctx.reply(ctx.t('group-only-in-group')));

  priv.command('workshops', async (ctx) => {
    const open = await workshops.listOpen();
    const mine = ctx.person ? (await workshops.listMine(ctx.person.id)).filter((w) => !open.some((o) => o.id === w.id) || w.authorId === ctx.person!.id) : [];
    const parts = [ctx.t('workshop-list-title')];
    parts.push(open.length ? open.slice(0, LIST_MAX).map((w) => line(ctx, w)).join('\n') : ctx.t('workshop-list-empty'));
    const keyboard = new InlineKeyboard();
    for (const w of open.slice(0, LIST_MAX)) if (w.authorId !== ctx.person?.id) keyboard.text(ctx.t('workshop-btn-join-named', { title: w.title.slice(0, 30) }), `ws:j:${w.id}`).row();
    const own = mine.filter((w) => w.authorId === ctx.person?.id && w.status !== 'project');
    if (mine.length) parts.push('', ctx.t('workshop-list-mine'), mine.slice(0, LIST_MAX).map((w) => line(ctx, w)).join('\n'));
    for (const w of own.slice(0, LIST_MAX)) {
      if (w.status === 'open') keyboard.text(ctx.t('workshop-btn-close-named', { title: w.title.slice(0, 24) }), `ws:c:${w.id}`);
      keyboard.text(ctx.t('workshop-btn-project-named', { title: w.title.slice(0, 24) }), `ws:p:${w.id}`).row();
    }
    if (ctx.person && canOpenWorkshops(ctx.person)) parts.push('', ctx.t('workshop-list-hint'));
    await ctx.reply(parts.join('\n').slice(0, 4096), { parse_mode: 'HTML', reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  });

  feature.use(workshopButtons(deps));
  return feature;
}
