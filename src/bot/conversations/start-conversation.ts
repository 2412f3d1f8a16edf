// Enters a conversation after leaving any other one: a person may move on, e.g. from a half-done
// submission (its draft stays in the database) to editing their profile, without an error.
import type { BotContext } from '../context.ts';

export async function startConversation(ctx: BotContext, id: string, ...args: unknown[]): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(id, ...args);
}
