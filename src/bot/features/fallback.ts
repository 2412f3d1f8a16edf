// Whatever no feature handled: unknown commands, buttons of old messages, stray messages.
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { registeredPerson } from '../registered.ts';

export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  feature.chatType('private').on('message', async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    await ctx.reply(ctx.t('unknown-command'));
  });
  return feature;
}
