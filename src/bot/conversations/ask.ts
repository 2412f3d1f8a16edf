// One question in a conversation: shows a prompt, then waits until the person answers it with
// text or with a button of *that* prompt; everything else gets a clear answer and the question stays.
import type { InlineKeyboard } from 'grammy';
import type { ConvContext, KodoConversation } from '../context.ts';

export interface Prompt {
  text: string;
  keyboard?: InlineKeyboard;
}

export type Answer = { kind: 'text'; text: string; ctx: ConvContext } | { kind: 'button'; data: string; ctx: ConvContext };

export interface AskOptions {
  /** Callback data this prompt's buttons start with; anything else is a stale or forged button. */
  prefix: string;
  acceptText: boolean;
  /** Edit this message in place instead of sending a new one (multi-select toggles, paging). */
  editMessageId?: number;
  /** Locale keys of the answers to off-track input, for conversations that word them their own way. */
  texts?: { busy?: string; expectText?: string; expectButtons?: string };
  /** The answer to a button this prompt does not own (default: "this button is out of date"). */
  foreignButton?: (data: string) => { key: string; alert?: boolean };
}

/** Raised when the person sends /cancel: the caller leaves without saving anything. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export async function showPrompt(ctx: ConvContext, prompt: Prompt, editMessageId?: number): Promise<number> {
  const options = { parse_mode: 'HTML' as const, reply_markup: prompt.keyboard };
  if (editMessageId !== undefined) {
    try {
      await ctx.api.editMessageText(ctx.chat!.id, editMessageId, prompt.text, options);
      return editMessageId;
    } catch (error) {
      // Unchanged content is fine; a deleted or too old message gets a fresh prompt instead.
      if (String((error as Error).message).includes('message is not modified')) return editMessageId;
    }
  }
  const sent = await ctx.reply(prompt.text, options);
  return sent.message_id;
}

export async function ask(conversation: KodoConversation, ctx: ConvContext, prompt: Prompt, options: AskOptions): Promise<Answer & { messageId: number }> {
  let messageId = await showPrompt(ctx, prompt, options.editMessageId);
  for (;;) {
    const next = await conversation.wait();
    const query = next.callbackQuery;
    if (query) {
      const data = query.data ?? '';
      if (query.message?.message_id !== messageId || !data.startsWith(options.prefix)) {
        const foreign = options.foreignButton?.(data) ?? { key: 'stale-button' };
        await next.answerCallbackQuery({ text: next.t(foreign.key), show_alert: foreign.alert });
        continue;
      }
      await next.answerCallbackQuery();
      return { kind: 'button', data: data.slice(options.prefix.length), ctx: next, messageId };
    }
    const message = next.message;
    if (!message) continue; // edits, reactions and the like do not answer a question
    const text = message.text;
    if (text !== undefined && text.startsWith('/')) {
      const command = text.slice(1).split(/[\s@]/, 1)[0]!.toLowerCase();
      if (command === 'cancel') throw new Cancelled();
      await next.reply(next.t(options.texts?.busy ?? 'ask-continue'));
      messageId = await showPrompt(next, prompt);
      continue;
    }
    if (text !== undefined && options.acceptText) return { kind: 'text', text, ctx: next, messageId };
    await next.reply(next.t(options.acceptText ? (options.texts?.expectText ?? 'ask-expect-text') : (options.texts?.expectButtons ?? 'ask-expect-buttons')));
    messageId = await showPrompt(next, prompt);
  }
}
