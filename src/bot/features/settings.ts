// /settings: which messages a person receives, their quiet hours and language — one message edited in place.
import { Composer, InlineKeyboard } from 'grammy';
import { AWARD_MODES, formatMinuteOfDay, validQuietHours, type AwardMode, type DeliveryPreferences } from '../../domain/delivery-preferences.ts';
import type { DeliveryPreferenceService, PreferenceChange } from '../../services/delivery-preferences.ts';
import type { UserService } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { LOCALES, type LocaleCache, type LocaleCode } from '../i18n.ts';
import { registeredPerson } from '../registered.ts';

// Buttons carry the value they set (not "toggle"), so a doubled or stale press sets the same state again.
const TOGGLES = { d: 'deadlines', w: 'weeklyDigest', n: 'news', r: 'reviewSummary' } as const;
type ToggleCode = keyof typeof TOGGLES;
const QUIET_PRESETS: [number, number][] = [
  [22 * 60, 8 * 60],
  [23 * 60, 7 * 60],
  [21 * 60, 9 * 60],
  [0, 7 * 60],
];
const LANGUAGE_NAMES: Record<LocaleCode, string> = { ru: 'Русский', en: 'English' };

const onOff = (ctx: BotContext, on: boolean) => ctx.t(on ? 'settings-on' : 'settings-off');
const nextAward = (mode: AwardMode): AwardMode => AWARD_MODES[(AWARD_MODES.indexOf(mode) + 1) % AWARD_MODES.length]!;

function quietText(ctx: BotContext, p: DeliveryPreferences): string {
  const q = validQuietHours(p.quietFrom, p.quietTo);
  return q ? `${formatMinuteOfDay(q.from)}–${formatMinuteOfDay(q.to)}` : ctx.t('settings-off');
}

function mainScreen(ctx: BotContext, p: DeliveryPreferences, locale: LocaleCode, expert: boolean): { text: string; kb: InlineKeyboard } {
  const lines = [
    ctx.t('settings-title'),
    '',
    `${ctx.t('settings-deadlines')}: ${onOff(ctx, p.deadlines)}`,
    `${ctx.t('settings-weekly')}: ${onOff(ctx, p.weeklyDigest)}`,
    `${ctx.t('settings-awards')}: ${ctx.t(`settings-awards-${p.awards}`)}`,
    `${ctx.t('settings-news')}: ${onOff(ctx, p.news)}`,
    ...(expert ? [`${ctx.t('settings-review')}: ${onOff(ctx, p.reviewSummary)}`] : []),
    `${ctx.t('settings-quiet')}: ${quietText(ctx, p)}`,
    `${ctx.t('settings-language')}: ${LANGUAGE_NAMES[locale]}`,
    '',
    ctx.t('settings-hint'),
  ];
  const toggle = (code: ToggleCode, label: string, on: boolean) => kb.text(`${on ? '✅' : '▫️'} ${label}`, `set:t:${code}:${on ? 0 : 1}`).row();
  const kb = new InlineKeyboard();
  toggle('d', ctx.t('settings-deadlines'), p.deadlines);
  toggle('w', ctx.t('settings-weekly'), p.weeklyDigest);
  kb.text(`🏅 ${ctx.t('settings-awards')}: ${ctx.t(`settings-awards-${p.awards}`)} → ${ctx.t(`settings-awards-${nextAward(p.awards)}`)}`, `set:a:${nextAward(p.awards)}`).row();
  toggle('n', ctx.t('settings-news'), p.news);
  if (expert) toggle('r', ctx.t('settings-review'), p.reviewSummary);
  kb.text(`🌙 ${ctx.t('settings-quiet')}: ${quietText(ctx, p)}`, 'set:q').row();
  const other = LOCALES.find((l) => l !== locale) ?? locale;
  kb.text(`🌐 ${LANGUAGE_NAMES[other]}`, `set:l:${other}`);
  return { text: lines.join('\n'), kb };
}

function quietScreen(ctx: BotContext, p: DeliveryPreferences): { text: string; kb: InlineKeyboard } {
  const q = validQuietHours(p.quietFrom, p.quietTo);
  const kb = new InlineKeyboard();
  QUIET_PRESETS.forEach(([from, to], i) => {
    const current = q?.from === from && q?.to === to;
    kb.text(`${current ? '✅ ' : ''}${formatMinuteOfDay(from)}–${formatMinuteOfDay(to)}`, `set:qs:${from}:${to}`);
    if (i % 2 === 1) kb.row();
  });
  if (q) {
    const shift = (m: number, by: number) => (m + by + 1440) % 1440;
    const button = (label: string, from: number, to: number) => (from === to ? null : kb.text(label, `set:qs:${from}:${to}`));
    button(`${ctx.t('settings-quiet-from')} −1 ${ctx.t('settings-hour')}`, shift(q.from, -60), q.to);
    button(`${ctx.t('settings-quiet-from')} +1 ${ctx.t('settings-hour')}`, shift(q.from, 60), q.to);
    kb.row();
    button(`${ctx.t('settings-quiet-to')} −1 ${ctx.t('settings-hour')}`, q.from, shift(q.to, -60));
    button(`${ctx.t('settings-quiet-to')} +1 ${ctx.t('settings-hour')}`, q.from, shift(q.to, 60));
    kb.row();
    kb.text(ctx.t('settings-quiet-disable'), 'set:qs:off').row();
  }
  kb.text(ctx.t('settings-back'), 'set:home');
  const text = [ctx.t('settings-quiet-title'), '', `${ctx.t('settings-quiet')}: ${quietText(ctx, p)}`, '', ctx.t('settings-quiet-hint')].join('\n');
  return { text, kb };
}

export function settingsFeature(preferences: DeliveryPreferenceService, users: UserService, cache: LocaleCache): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const localeOf = async (ctx: BotContext): Promise<LocaleCode> => {
    const l = await ctx.i18n.getLocale();
    return (LOCALES as readonly string[]).includes(l) ? (l as LocaleCode) : LOCALES[0];
  };
  const isExpert = (ctx: BotContext) => Boolean(ctx.person?.roles.includes('expert'));

  feature.command('settings', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const { text, kb } = mainScreen(ctx, await preferences.of(person.id), await localeOf(ctx), isExpert(ctx));
    await ctx.reply(text, { reply_markup: kb });
  });

  const show = async (ctx: BotContext, screen: { text: string; kb: InlineKeyboard }) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(screen.text, { reply_markup: screen.kb }).catch(() => ctx.reply(screen.text, { reply_markup: screen.kb }));
  };

  feature.callbackQuery(/^set:/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const data = ctx.callbackQuery.data;
    let change: PreferenceChange | null = null;
    let screen: 'main' | 'quiet' = 'main';
    let m: RegExpExecArray | null;
    if (data === 'set:home') screen = 'main';
    else if (data === 'set:q') screen = 'quiet';
    else if ((m = /^set:t:([dwnr]):([01])$/.exec(data))) change = { field: TOGGLES[m[1] as ToggleCode], value: m[2] === '1' };
    else if ((m = /^set:a:(\w+)$/.exec(data)) && (AWARD_MODES as readonly string[]).includes(m[1]!)) change = { field: 'awards', value: m[1] as AwardMode };
    else if (data === 'set:qs:off') {
      change = { field: 'quiet', from: null, to: null };
      screen = 'quiet';
    } else if ((m = /^set:qs:(\d{1,4}):(\d{1,4})$/.exec(data)) && validQuietHours(Number(m[1]), Number(m[2]))) {
      change = { field: 'quiet', from: Number(m[1]), to: Number(m[2]) };
      screen = 'quiet';
    } else if ((m = /^set:l:(\w+)$/.exec(data)) && (LOCALES as readonly string[]).includes(m[1]!)) {
      // The same saving as /language: kept for the person and used everywhere.
      const code = m[1] as LocaleCode;
      await users.setLocale(BigInt(ctx.from.id), code);
      cache.set(ctx.from.id, code);
      await ctx.i18n.renegotiateLocale();
    } else return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    const prefs = change ? await preferences.change(person.id, change) : await preferences.of(person.id);
    await show(ctx, screen === 'quiet' ? quietScreen(ctx, prefs) : mainScreen(ctx, prefs, await localeOf(ctx), isExpert(ctx)));
  });

  return feature;
}
