// /language: choose Russian or English; the choice is saved and used everywhere, conversations included.
import { Composer, InlineKeyboard } from 'grammy';
import type { UserService } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { LOCALES, type LocaleCache, type LocaleCode } from '../i18n.ts';

const LABELS: Record<LocaleCode, string> = { ru: '🇷🇺 Русский', en: '🇬🇧 English' };

export function languageFeature(users: UserService, cache: LocaleCache): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('language', async (ctx) => {
    const kb = new InlineKeyboard();
    for (const code of LOCALES) kb.text(LABELS[code], `lang:${code}`);
    await ctx.reply(ctx.t('language-choose'), { reply_markup: kb });
  });

  feature.callbackQuery(/^lang:(\w+)$/, async (ctx) => {
    const code = ctx.match[1] as LocaleCode;
    if (!LOCALES.includes(code)) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    await users.setLocale(BigInt(ctx.from.id), code);
    cache.set(ctx.from.id, code);
    await ctx.i18n.renegotiateLocale();
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('language-set')).catch(() => ctx.reply(ctx.t('language-set')));
  });

  return feature;
}
