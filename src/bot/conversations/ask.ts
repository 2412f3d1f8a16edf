// One question in a conversation: shows a prompt, then waits until the person answers it with
// text or with a button of *that* prompt; everything else gets a clear answer and the question stays.
//
// An update that does not answer the question is dropped from the conversation's replay log
// (`conversation.skip()`), not kept: a person repeating a refused answer a thousand times must not
// make their stored state, and every later replay, a thousand answers longer.
import type { InlineKeyboard } from 'grammy';
import type { ConvContext, KodoConversation } from '../context.ts';

export interface Prompt {
  text: string;
  keyboard?: InlineKeyboard;
}

export type Answer = { kind: 'text'; text: string; ctx: ConvContext } | { kind: 'button'; data: string; ctx: ConvContext };
/** A document sent in answer, where the prompt takes files. */
export type FileAnswer = { kind: 'file'; fileId: string; name: string | null; size: number; ctx: ConvContext };

export interface AskOptions {
  /** Callback data this prompt's buttons start with; anything else is a stale or forged button. */
  prefix: string;
  acceptText: boolean;
  /** Documents answer the prompt too (see askWithFiles). */
  acceptFiles?: boolean;
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

/** The command a message starts with (`/cancel@bot x` → `cancel`), or null. */
export function commandOf(text: string | undefined): string | null {
  if (text === undefined || !text.startsWith('/')) return null;
  return text.slice(1).split(/[\s@]/, 1)[0]!.toLowerCase();
}

/**
 * Whether a press belongs to the prompt first shown as `promptMessageId`: a refused answer shows
 * the prompt again as a newer message, and since refusals are not replayed the conversation only
 * remembers the first one; older messages are earlier questions.
 */
export function isOwnPrompt(messageId: number | undefined, promptMessageId: number): boolean {
  return messageId !== undefined && messageId >= promptMessageId;
}

/** Drops the update being handled from the replay log; never returns. */
export async function refuse(conversation: KodoConversation): Promise<never> {
  await conversation.skip({ next: false });
  throw new Error('conversation.skip() returned');
}

export async function ask(conversation: KodoConversation, ctx: ConvContext, prompt: Prompt, options: AskOptions): Promise<Answer & { messageId: number }> {
  const answer = await askWithFiles(conversation, ctx, prompt, { ...options, acceptFiles: false });
  if (answer.kind === 'file') throw new Error('a file answered a prompt that takes none');
  return answer;
}

/** `ask` for prompts that also take a document (`acceptFiles`). */
export async function askWithFiles(conversation: KodoConversation, ctx: ConvContext, prompt: Prompt, options: AskOptions): Promise<(Answer | FileAnswer) & { messageId: number }> {
  const messageId = await showPrompt(ctx, prompt, options.editMessageId);
  const next = await conversation.wait();
  const query = next.callbackQuery;
  if (query) {
    const data = query.data ?? '';
    const pressedOn = query.message?.message_id;
    if (!isOwnPrompt(pressedOn, messageId) || !data.startsWith(options.prefix)) {
      const foreign = options.foreignButton?.(data) ?? { key: 'stale-button' };
      await next.answerCallbackQuery({ text: next.t(foreign.key), show_alert: foreign.alert });
      return refuse(conversation);
    }
    await next.answerCallbackQuery();
    return { kind: 'button', data: data.slice(options.prefix.length), ctx: next, messageId: pressedOn! };
  }
  const message = next.message;
  if (!message) return refuse(conversation); // edits, reactions and the like do not answer a question
  const command = commandOf(message.text);
  if (command === 'cancel') throw new Cancelled();
  if (command !== null) {
    await next.reply(next.t(options.texts?.busy ?? 'ask-continue'));
    await showPrompt(next, prompt);
    return refuse(conversation);
  }
  if (message.text !== undefined && options.acceptText) return { kind: 'text', text: message.text, ctx: next, messageId };
  if (options.acceptFiles && message.document) {
    const { file_id, file_name, file_size } = message.document;
    return { kind: 'file', fileId: file_id, name: file_name ?? null, size: file_size ?? 0, ctx: next, messageId };
  }
  await next.reply(next.t(options.acceptText ? (options.texts?.expectText ?? 'ask-expect-text') : (options.texts?.expectButtons ?? 'ask-expect-buttons')));
  await showPrompt(next, prompt);
  return refuse(conversation);
}
