// /timetable: a moderator types the period's timetable in one message (dates × times, length, link,
// bookings per municipality), sees what it makes and publishes it.
import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Composer, type Middleware } from 'grammy';
import { formatDay } from '../../domain/dates.ts';
import { formatClock, parseTimetable, type Timetable } from '../../domain/slots.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { SlotService } from '../../services/groups/slots.ts';
import type { UserService } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { ask, Cancelled } from './ask.ts';
import { outcome } from './outcome.ts';

export const TIMETABLE = 'timetable';
const PREFIX = 'tt:';

export interface TimetableConversationDeps {
  slots: SlotService;
  users: UserService;
  clock: Clock;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
}

export function installTimetableConversation(composer: Composer<BotContext>, deps: TimetableConversationDeps): void {
  async function timetable(conversation: KodoConversation, ctx: ConvContext, userId: number) {
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    let problem: string | null = null;
    try {
      let parsed: Timetable;
      for (;;) {
        const answer = await ask(conversation, ctx, { text: (problem ? `${problem}\n\n` : '') + ctx.t('timetable-ask') }, { prefix: PREFIX, acceptText: true });
        if (answer.kind !== 'text') continue;
        const nowMs = await conversation.external(() => deps.clock.now().getTime());
        const result = parseTimetable(answer.text, new Date(nowMs), deps.timeZone);
        if (!('error' in result)) {
          parsed = result;
          break;
        }
        const vars: Record<string, string | number> = { ...('value' in result ? { value: escapeHtml(result.value) } : {}), ...('count' in result ? { count: result.count } : {}), ...('field' in result ? { field: ctx.t(`timetable-field-${result.field}`) } : {}) };
        problem = ctx.t(`timetable-bad-${result.error}`, vars);
      }
      const days = [...new Set(parsed.starts.map((s) => formatDay(s, locale, deps.timeZone)))];
      const times = [...new Set(parsed.starts.map((s) => formatClock(s, deps.timeZone)))];
      const preview = ctx.t('timetable-preview', {
        period: escapeHtml(parsed.period), count: parsed.starts.length, days: days.join(', '), times: times.join(', '), minutes: parsed.minutes,
        link: escapeHtml(parsed.onlineUrl ?? '—'), cap: parsed.perMunicipality,
      });
      const confirm = await ask(conversation, ctx, { text: preview, keyboard: new InlineKeyboard().text(ctx.t('timetable-btn-publish'), `${PREFIX}publish`).text(ctx.t('btn-cancel'), `${PREFIX}cancel`) }, { prefix: PREFIX, acceptText: false });
      if (confirm.kind !== 'button' || confirm.data !== 'publish') throw new Cancelled();
      const starts = parsed.starts.map((s) => s.getTime());
      const effectKey = `update:${ctx.update.update_id}`;
      const done = await conversation.external(() =>
        outcome(async () => {
          const person = await deps.users.byId(userId);
          if (!person) throw new Error('person vanished');
          return deps.slots.publish(person, { ...parsed, starts: starts.map((s) => new Date(s)) }, effectKey);
        }),
      );
      if (!done.ok) return void (await ctx.reply(ctx.t(done.code, { role: ctx.t('role-moderator') })));
      await ctx.reply(ctx.t('timetable-published', { created: done.value.created, existing: done.value.existing }));
    } catch (error) {
      if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('timetable-cancelled')));
      throw error;
    }
  }
  composer.use(createConversation(timetable, { id: TIMETABLE, plugins: deps.plugins }));
}
