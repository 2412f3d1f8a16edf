// What the builder's conversations share: a question that takes text (or a file, where asked) with
// Cancel and Skip buttons, service outcomes that survive the conversation's storage, and showing the
// builder's screen again once an answer is saved.
import { InlineKeyboard, type Middleware } from 'grammy';
import type { Services } from '../../services/index.ts';
import { ServiceError } from '../../services/users.ts';
import type { ConvContext, KodoConversation } from '../context.ts';
import type { Screen, ViewEnv } from '../views/catalogue-view.ts';
import { askWithFiles, Cancelled } from './ask.ts';

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
 * own buttons. /cancel or «Отмена» raises Cancelled; anything else gets a hint and the question
 * stays (and is not kept in the conversation's replay log, see ask.ts).
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
  const answer = await askWithFiles(conversation, ctx, { text, keyboard: kb }, {
    prefix: QUESTION_PREFIX,
    acceptText: true,
    acceptFiles: options.files,
    texts: { busy: 'authoring-finish-question-first', expectText: options.files ? 'authoring-expect-file-or-text' : 'ask-expect-text' },
    foreignButton: () => ({ key: 'authoring-finish-question-first' }),
  });
  if (answer.kind === 'text') return { kind: 'text', text: answer.text };
  if (answer.kind === 'file') return { kind: 'file', fileId: answer.fileId, name: answer.name ?? ctx.t('authoring-file-untitled'), size: answer.size };
  // The answered question keeps its text, without buttons that would do nothing now.
  await answer.ctx.api.editMessageReplyMarkup(answer.ctx.chat!.id, answer.messageId).catch(() => undefined);
  if (answer.data === 'cancel') throw new Cancelled();
  return { kind: 'button', data: answer.data };
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
