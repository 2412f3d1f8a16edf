// /workshop: an author describes a workshop — the idea, the «финальный образ», the path, the guilds
// it needs, a deadline for forming the group and a cap — sees the card and opens it.
import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Composer, type Middleware } from 'grammy';
import { formatDay } from '../../domain/dates.ts';
import { parseLocalDay, zonedInstant } from '../../domain/slots.ts';
import { parseCap, WORKSHOP_LIMITS } from '../../domain/workshops.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { DirectoryService } from '../../services/directory.ts';
import type { UserService } from '../../services/users.ts';
import type { WorkshopInput, WorkshopOpened, WorkshopService } from '../../services/groups/workshops.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { ask, Cancelled } from './ask.ts';
import { outcome } from './outcome.ts';

export const WORKSHOP = 'workshop';
const PREFIX = 'wsf:';

export interface WorkshopConversationDeps {
  workshops: WorkshopService;
  users: UserService;
  directory: DirectoryService;
  clock: Clock;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
}

export function installWorkshopConversation(composer: Composer<BotContext>, deps: WorkshopConversationDeps): void {
  async function askText(conversation: KodoConversation, ctx: ConvContext, key: string, max: number, optional = false): Promise<string> {
    let problem: string | null = null;
    for (;;) {
      const text = (problem ? `${problem}\n\n` : '') + ctx.t(key, { max });
      const keyboard = optional ? new InlineKeyboard().text(ctx.t('btn-skip'), `${PREFIX}skip`) : undefined;
      const answer = await ask(conversation, ctx, { text, keyboard }, { prefix: PREFIX, acceptText: true });
      if (answer.kind === 'button') return '';
      const value = answer.text.trim();
      if (value && value.length <= max) return value;
      problem = ctx.t(value ? 'workshop-too-long' : 'workshop-empty', { max, length: value.length });
    }
  }

  async function workshop(conversation: KodoConversation, ctx: ConvContext, userId: number) {
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    try {
      await ctx.reply(ctx.t('workshop-intro'), { parse_mode: 'HTML' });
      const title = await askText(conversation, ctx, 'workshop-ask-title', WORKSHOP_LIMITS.title);
      const idea = await askText(conversation, ctx, 'workshop-ask-idea', WORKSHOP_LIMITS.idea);
      const outcomeText = await askText(conversation, ctx, 'workshop-ask-outcome', WORKSHOP_LIMITS.outcome, true);
      const path = await askText(conversation, ctx, 'workshop-ask-path', WORKSHOP_LIMITS.path, true);

      const guilds = await conversation.external(() => deps.directory.guilds());
      const chosen = new Set<string>();
      let editMessageId: number | undefined;
      for (;;) {
        const buttons = guilds.map((g) => InlineKeyboard.text(`${chosen.has(g.code) ? '✅ ' : ''}${locale === 'en' ? g.nameEn : g.nameRu}`, `${PREFIX}g:${g.code}`));
        const rows = [];
        for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
        rows.push([InlineKeyboard.text(ctx.t('btn-done'), `${PREFIX}done`)]);
        const answer = await ask(conversation, ctx, { text: ctx.t('workshop-ask-guilds'), keyboard: new InlineKeyboard(rows) }, { prefix: PREFIX, acceptText: false, editMessageId });
        editMessageId = answer.messageId;
        if (answer.kind !== 'button') continue;
        if (answer.data === 'done') break;
        const code = answer.data.replace(/^g:/, '');
        if (!guilds.some((g) => g.code === code)) continue;
        if (chosen.has(code)) chosen.delete(code);
        else chosen.add(code);
      }

      let formingUntil: Date | null = null;
      let problem: string | null = null;
      for (;;) {
        const now = new Date(await conversation.external(() => deps.clock.now().getTime()));
        const answer = await ask(conversation, ctx, { text: (problem ? `${problem}\n\n` : '') + ctx.t('workshop-ask-until'), keyboard: new InlineKeyboard().text(ctx.t('workshop-btn-no-date'), `${PREFIX}nodate`) }, { prefix: PREFIX, acceptText: true });
        if (answer.kind === 'button') break;
        const day = parseLocalDay(answer.text, now, deps.timeZone);
        const end = day && zonedInstant(day.year, day.month, day.day, 23, 59, deps.timeZone);
        if (end && end.getTime() > now.getTime()) {
          formingUntil = end;
          break;
        }
        problem = ctx.t('workshop-bad-date');
      }

      let cap: number | null = null;
      problem = null;
      for (;;) {
        const answer = await ask(conversation, ctx, { text: (problem ? `${problem}\n\n` : '') + ctx.t('workshop-ask-cap', { max: WORKSHOP_LIMITS.capMax }), keyboard: new InlineKeyboard().text(ctx.t('workshop-btn-no-cap'), `${PREFIX}nocap`) }, { prefix: PREFIX, acceptText: true });
        if (answer.kind === 'button') break;
        const parsed = parseCap(answer.text);
        if (parsed) {
          cap = parsed.cap;
          break;
        }
        problem = ctx.t('workshop-bad-cap', { max: WORKSHOP_LIMITS.capMax });
      }

      const input: WorkshopInput = { title, idea, outcome: outcomeText, path, guildCodes: [...chosen], formingUntil, cap };
      const guildNames = guilds.filter((g) => chosen.has(g.code)).map((g) => (locale === 'en' ? g.nameEn : g.nameRu)).join(', ') || '—';
      const preview = [
        ctx.t('workshop-preview'),
        '',
        `<b>${escapeHtml(title)}</b>`,
        escapeHtml(idea),
        outcomeText ? ctx.t('workshop-card-outcome', { text: escapeHtml(outcomeText) }) : '',
        path ? ctx.t('workshop-card-path', { text: escapeHtml(path) }) : '',
        ctx.t('workshop-card-guilds', { guilds: guildNames }),
        formingUntil ? ctx.t('workshop-card-until', { date: formatDay(formingUntil, locale, deps.timeZone) }) : '',
        cap !== null ? ctx.t('workshop-preview-cap', { cap }) : '',
      ].filter((line, i) => i < 2 || line).join('\n').slice(0, 4000);
      const confirm = await ask(conversation, ctx, { text: preview, keyboard: new InlineKeyboard().text(ctx.t('workshop-btn-open'), `${PREFIX}open`).text(ctx.t('btn-cancel'), `${PREFIX}cancel`) }, { prefix: PREFIX, acceptText: false });
      if (confirm.kind !== 'button' || confirm.data !== 'open') throw new Cancelled();

      await ctx.replyWithChatAction('typing').catch(() => undefined);
      const opened = await conversation.external(async () =>
        outcome(async (): Promise<WorkshopOpened> => {
          const person = await deps.users.byId(userId);
          if (!person) throw new Error('person vanished');
          return deps.workshops.open(person, input, ctx.api);
        }),
      );
      if (!opened.ok) {
        await ctx.reply(ctx.t(opened.code, { ...opened.vars, role: ctx.t('role-author') }), { parse_mode: 'HTML' });
        return;
      }
      const w = opened.value;
      await ctx.reply(ctx.t(w.cardPinned ? 'workshop-opened' : 'workshop-opened-unpinned', { title: escapeHtml(w.title), link: w.link ?? '' }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    } catch (error) {
      if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('workshop-cancelled')));
      throw error;
    }
  }

  composer.use(createConversation(workshop, { id: WORKSHOP, plugins: deps.plugins }));
}
