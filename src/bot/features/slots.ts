// Discussion slots: /slots shows the timetable to everyone and lets a municipality's representative
// book, cancel or move a slot for one of their projects; /timetable lets a moderator publish one.
import { Composer, InlineKeyboard } from 'grammy';
import { formatDay, type Locale } from '../../domain/dates.ts';
import { beforeCutoff, formatClock } from '../../domain/slots.ts';
import type { SlotView } from '../../services/groups/slots.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { installTimetableConversation, TIMETABLE } from '../conversations/timetable.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';

type Translator = { t(key: string, vars?: Record<string, string | number>): string };

/** The timetable by day: «14 декабря», then each slot's time and who booked it. */
export function timetableText(ctx: Translator, slots: SlotView[], locale: Locale, timeZone: string): string {
  if (!slots.length) return ctx.t('slots-empty');
  const lines = [ctx.t('slots-title')];
  let day = '';
  let period = '';
  for (const s of slots) {
    if (s.period !== period) {
      period = s.period;
      lines.push('', ctx.t('slots-period', { period: escapeHtml(period) }));
      day = '';
    }
    const d = formatDay(s.startsAt, locale, timeZone);
    if (d !== day) {
      day = d;
      lines.push(`<b>${d}</b>`);
    }
    const time = `${formatClock(s.startsAt, timeZone)}–${formatClock(s.endsAt, timeZone)}`;
    lines.push(s.booking ? ctx.t('slots-line-booked', { time, municipality: escapeHtml(s.booking.municipality), project: escapeHtml(s.booking.project ?? '—') }) : ctx.t('slots-line-free', { time }));
  }
  const text = lines.join('\n');
  return text.length > 4000 ? `${text.slice(0, 3990)}\n…` : text;
}

export function slotsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { slots } = deps.services;
  installTimetableConversation(feature, { slots, users: deps.services.users, clock: deps.clock, timeZone: deps.timeZone, plugins: deps.conversationPlugins });
  const localeOf = async (ctx: BotContext): Promise<Locale> => ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru');

  async function screen(ctx: BotContext): Promise<{ text: string; keyboard: InlineKeyboard }> {
    const locale = await localeOf(ctx);
    const all = await slots.timetable();
    const parts = [timetableText(ctx, all, locale, deps.timeZone)];
    const keyboard = new InlineKeyboard();
    const person = ctx.person;
    const now = deps.clock.now();
    if (person?.registeredAt) {
      const mine = await slots.myBookings(person);
      if (mine.length) {
        parts.push('', ctx.t('slots-mine'));
        for (const b of mine) {
          const when = `${formatDay(b.startsAt, locale, deps.timeZone)} ${formatClock(b.startsAt, deps.timeZone)}`;
          parts.push(`• ${when} — ${escapeHtml(b.project ?? '—')}`);
          if (beforeCutoff(b.startsAt, now)) keyboard.text(ctx.t('slots-btn-cancel', { when }), `slot:x:${b.id}`).row();
        }
      }
      const projects = person.municipalityId ? await slots.projectsOf(person) : [];
      const free = all.filter((s) => !s.booking && beforeCutoff(s.startsAt, now)).slice(0, 24);
      if (projects.length && free.length) {
        parts.push('', ctx.t('slots-book-hint'));
        free.forEach((s, i) => {
          keyboard.text(`${formatDay(s.startsAt, locale, deps.timeZone)} ${formatClock(s.startsAt, deps.timeZone)}`, `slot:b:${s.id}`);
          if (i % 3 === 2) keyboard.row();
        });
      } else if (free.length) parts.push('', ctx.t(person.municipalityId ? 'slots-no-projects' : 'slots-no-municipality'));
    }
    return { text: parts.join('\n').slice(0, 4096), keyboard };
  }

  async function show(ctx: BotContext, edit: boolean): Promise<void> {
    const { text, keyboard } = await screen(ctx);
    const options = { parse_mode: 'HTML' as const, reply_markup: keyboard, link_preview_options: { is_disabled: true } };
    if (edit) await ctx.editMessageText(text, options).catch(() => ctx.reply(text, options));
    else await ctx.reply(text, options);
  }

  const priv = feature.chatType('private');
  priv.command('slots', (ctx) => show(ctx, false));

  priv.command('timetable', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!person.roles.includes('moderator') && !person.roles.includes('admin')) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    await startConversation(ctx, TIMETABLE, person.id);
  });

  const refuse = async (ctx: BotContext, error: unknown) => {
    if (!(error instanceof ServiceError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars).slice(0, 200), show_alert: true });
    await show(ctx, true);
  };

  priv.callbackQuery(/^slot:b:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const slotId = Number(ctx.match[1]);
    const projects = await slots.projectsOf(person);
    if (projects.length === 1) return book(ctx, slotId, projects[0]!.id);
    if (!projects.length) return void (await ctx.answerCallbackQuery({ text: ctx.t('slots-no-projects'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const p of projects) keyboard.text(p.title.slice(0, 40), `slot:p:${slotId}:${p.id}`).row();
    keyboard.text(ctx.t('btn-back'), 'slot:v');
    await ctx.editMessageText(ctx.t('slots-choose-project'), { reply_markup: keyboard }).catch(() => ctx.reply(ctx.t('slots-choose-project'), { reply_markup: keyboard }));
  });

  async function book(ctx: BotContext, slotId: number, projectId: number): Promise<void> {
    try {
      const result = await slots.book(ctx.person!, slotId, projectId);
      await ctx.answerCallbackQuery({ text: ctx.t(result.kind === 'booked' ? 'slots-booked' : 'slots-already-yours'), show_alert: result.kind === 'booked' });
      await show(ctx, true);
    } catch (error) {
      await refuse(ctx, error);
    }
  }

  priv.callbackQuery(/^slot:p:(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    await book(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
  });

  priv.callbackQuery(/^slot:x:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      await slots.cancel(person, Number(ctx.match[1]));
      await ctx.answerCallbackQuery({ text: ctx.t('slots-cancelled') });
      await show(ctx, true);
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  priv.callbackQuery('slot:v', async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx, true);
  });
  feature.callbackQuery(/^slot:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
