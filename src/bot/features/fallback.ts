// Whatever no feature handled: unknown commands, buttons of old messages, stray messages.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  feature.chatType('private').on('message', async (ctx) => {
    if (!ctx.person?.registeredAt) return void (await ctx.reply(ctx.t('not-registered')));
    await ctx.reply(ctx.t('unknown-command'));
  });
  return feature;
}
