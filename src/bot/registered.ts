// Most features are for registered people only. One place answers everyone else: a reply to a
// message or command, an alert on a button press (a press cannot be answered with a message
// without leaving the button's spinner turning).
import type { Context } from 'grammy';
import type { Person } from '../services/users.ts';
import type { BotContext } from './context.ts';

export type RegisteredPerson = Person & { registeredAt: Date };

/** The person behind the update when registered; otherwise tells them to register and gives null. */
export async function registeredPerson(ctx: BotContext): Promise<RegisteredPerson | null> {
  return registeredOrRefuse(ctx, ctx.person);
}

/** The same check for a person looked up another way (deep links open before the person is cached). */
export async function registeredOrRefuse(ctx: Context & { t(key: string): string }, person: Person | null | undefined): Promise<RegisteredPerson | null> {
  if (person?.registeredAt) return person as RegisteredPerson;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('not-registered'), show_alert: true });
  else await ctx.reply(ctx.t('not-registered'));
  return null;
}
