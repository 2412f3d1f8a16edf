// Personal flows run only in a person's private chat with the bot. In a group a conversation
// keyed by the chat would take one member's message as another's answer, and a button shown to one
// member could be pressed by any other; so updates from anywhere but a private chat reach only the
// group features (which check who pressed), and everything else there gets at most a short pointer
// to the private chat.
import { InlineKeyboard, type Middleware } from 'grammy';
import type { BotContext } from './context.ts';

/** Update kinds about the bot's own membership and group joins: never personal, handled by group features. */
const GROUP_ONLY_UPDATES = ['my_chat_member', 'chat_member', 'chat_join_request'] as const;

/** The command a group message addresses to this bot (`/x` or `/x@this_bot`), with its payload; null otherwise. */
export function commandForBot(text: string | undefined, botUsername: string): { command: string; payload: string } | null {
  const match = text === undefined ? null : /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text);
  if (!match) return null;
  if (match[2] !== undefined && match[2].toLowerCase() !== botUsername.toLowerCase()) return null;
  return { command: match[1]!.toLowerCase(), payload: (match[3] ?? '').trim() };
}

/** A `/start` payload as Telegram accepts it (1–64 of A–Z, a–z, 0–9, _ and -), or none. */
function startPayload(payload: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(payload) ? payload : '';
}

export function privateChatsOnly(groups: Middleware<BotContext>): Middleware<BotContext> {
  return async (ctx, next) => {
    const chatType = ctx.chat?.type;
    if (chatType === 'private' && !GROUP_ONLY_UPDATES.some((kind) => kind in ctx.update)) return next();

    // A press on a message sent through inline mode has no chat to answer in: answer the press alone.
    if (ctx.callbackQuery && !ctx.callbackQuery.message) return void (await ctx.answerCallbackQuery());
    if (chatType === undefined && !GROUP_ONLY_UPDATES.some((kind) => kind in ctx.update)) return; // inline queries, polls …

    let handled = true;
    await (groups as (c: BotContext, n: () => Promise<void>) => Promise<void>)(ctx, async () => {
      handled = false;
    });
    if (handled || chatType === 'channel') return;

    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t('group-private-button'), show_alert: true });
      return;
    }
    const command = commandForBot(ctx.message?.text, ctx.me.username);
    if (!command) return; // group chatter is not addressed to the bot
    const payload = command.command === 'start' ? startPayload(command.payload) : '';
    const link = `https://t.me/${ctx.me.username}${payload ? `?start=${payload}` : ''}`;
    await ctx.reply(ctx.t('group-private-only'), {
      reply_markup: new InlineKeyboard().url(ctx.t('group-open-private'), link),
      reply_parameters: ctx.message ? { message_id: ctx.message.message_id, allow_sending_without_reply: true } : undefined,
      message_thread_id: ctx.message?.is_topic_message ? ctx.message.message_thread_id : undefined,
    });
  };
}
