// What the builder's conversations share: a question that takes text (or a file, where asked) with
// Cancel and Skip buttons, service outcomes that survive the conversation's storage, and showing the
// builder's screen again once an answer is saved.
import { InlineKeyboard, type Middleware } from 'grammy';
import type { Services } from '../../services/index.ts';
import { ServiceError } from '../../services/users.ts';
import type { ConvContext, KodoConversation } from '../context.ts';
import type { Screen, ViewEnv } from '../views/catalogue-view.ts';
import { Cancelled, showPrompt } from './ask.ts';

/** Callback data of the builder's questions (Cancel, Skip, choices). */
export const QUESTION_PREFIX = 'aq:';

export interface AuthoringConversationDeps {
  services: Services;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
  now: () => Date;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; vars: Record<string, string | number> };

export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, vars: error.vars };
    throw error;
  }
}

/** Refusals that end the question (the project or step is not there or not the person's to change). */
export const FINAL_REFUSALS = new Set(['authoring-err-not-found', 'authoring-err-not-yours', 'authoring-err-finished', 'authoring-err-step-gone', 'authoring-err-conflict', 'authoring-err-not-author', 'authoring-err-not-moderator']);

export type Input =
  | { kind: 'text'; text: string }
  | { kind: 'file'; fileId: string; name: string; size: number }
  | { kind: 'button'; data: string };

export interface QuestionOptions {
  skip?: boolean;
  files?: boolean;
  /** Extra choice buttons: [label, data after the prefix]. */
  choices?: [string, string][];
  /** Choices per row. */
  perRow?: number;
}

/**
 * Asks one question and waits for its answer: text, a file (when `files`), or one of the question's
 * own buttons. /cancel or «Отмена» raises Cancelled; anything else gets a hint and the question stays.
 */
export async function question(conversation: KodoConversation, ctx: ConvContext, text: string, options: QuestionOptions = {}): Promise<Input> {
  const kb = new InlineKeyboard();
  (options.choices ?? []).forEach(([label, data], i) => {
    kb.text(label, QUESTION_PREFIX + data);
    if ((i + 1) % (options.perRow ?? 2) === 0) kb.row();
  });
  kb.row();
  if (options.skip) kb.text(ctx.t('authoring-btn-skip'), `${QUESTION_PREFIX}skip`);
  kb.text(ctx.t('authoring-btn-cancel'), `${QUESTION_PREFIX}cancel`);
  const prompt = { text, keyboard: kb };
  let messageId = await showPrompt(ctx, prompt);
  for (;;) {
    const next = await conversation.wait();
    const query = next.callbackQuery;
    if (query) {
      const data = query.data ?? '';
      if (query.message?.message_id !== messageId || !data.startsWith(QUESTION_PREFIX)) {
        await next.answerCallbackQuery({ text: next.t('authoring-finish-question-first') });
        continue;
      }
      await next.answerCallbackQuery();
      // The answered question keeps its text, without buttons that would do nothing now.
      await next.api.editMessageReplyMarkup(next.chat!.id, messageId).catch(() => undefined);
      const choice = data.slice(QUESTION_PREFIX.length);
      if (choice === 'cancel') throw new Cancelled();
      return { kind: 'button', data: choice };
    }
    const message = next.message;
    if (!message) continue;
    if (message.text?.startsWith('/')) {
      const command = message.text.slice(1).split(/[\s@]/, 1)[0]!.toLowerCase();
      if (command === 'cancel') throw new Cancelled();
      await next.reply(next.t('authoring-finish-question-first'));
      messageId = await showPrompt(next, prompt);
      continue;
    }
    if (message.text !== undefined) return { kind: 'text', text: message.text };
    if (options.files && message.document) {
      return { kind: 'file', fileId: message.document.file_id, name: message.document.file_name ?? ctx.t('authoring-file-untitled'), size: message.document.file_size ?? 0 };
    }
    await next.reply(next.t(options.files ? 'authoring-expect-file-or-text' : 'ask-expect-text'));
    messageId = await showPrompt(next, prompt);
  }
}

/** The view environment for screens built inside a conversation step (inside `external`). */
export async function envOf(ctx: ConvContext, deps: AuthoringConversationDeps): Promise<ViewEnv> {
  const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
  return { t: (key, vars) => ctx.t(key, vars), locale, timeZone: deps.timeZone, now: deps.now(), ref: await deps.services.catalogue.reference() };
}

/** A screen as plain data: what `external` stores must survive serialisation. */
export type PlainScreen = { text: string; inline_keyboard: InlineKeyboard['inline_keyboard'] };
export const plain = (screen: Screen): PlainScreen => ({ text: screen.text, inline_keyboard: screen.keyboard.inline_keyboard });

export async function sendScreen(ctx: ConvContext, screen: PlainScreen): Promise<void> {
  await ctx.reply(screen.text, { parse_mode: 'HTML', reply_markup: { inline_keyboard: screen.inline_keyboard }, link_preview_options: { is_disabled: true } });
}

/** A refusal in the person's words (values that are names are already safe for HTML). */
export const refusal = (ctx: ConvContext, r: { code: string; vars: Record<string, string | number> }) => ctx.t(r.code, r.vars);
