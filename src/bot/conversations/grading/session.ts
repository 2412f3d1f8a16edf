// What the grading screens share: the screen being shown and the way back, the grade draft, and
// asking one screen's question so that only that screen's buttons count.
import { InlineKeyboard, type Middleware } from 'grammy';
import type { Decision } from '../../../domain/grading.ts';
import type { GradingService, GradingView } from '../../../services/grading/index.ts';
import { ServiceError, type UserService } from '../../../services/users.ts';
import type { ConvContext, KodoConversation } from '../../context.ts';
import { ask, type Answer, type Prompt } from '../ask.ts';
import type { GradeDraftState } from './draft.ts';

export interface GradingConversationDeps {
  grading: GradingService;
  users: UserService;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
}

export type Screen =
  | { k: 'overview' }
  | { k: 'item'; i: number }
  | { k: 'itemComment'; i: number }
  | { k: 'criterion'; j: number }
  | { k: 'finish'; problem?: string }
  | { k: 'summary' }
  | { k: 'override' }
  | { k: 'why'; decision: Decision };

export type ScreenOf<K extends Screen['k']> = Extract<Screen, { k: K }>;

/** One screen's turn: true when the conversation is over. */
export type ScreenFn<K extends Screen['k']> = (s: GradingSession, screen: ScreenOf<K>) => Promise<boolean>;

export interface GradingSession {
  conversation: KodoConversation;
  ctx: ConvContext;
  deps: GradingConversationDeps;
  view: GradingView;
  actorId: number;
  /** A moderator's correction of a saved grade rather than an expert's first grade. */
  correcting: boolean;
  locale: string;
  draft: GradeDraftState;
  /** The screen shown next. */
  screen: Screen;
  /** The screens Back returns through. */
  history: Screen[];
  /** The message the next screen replaces (the previous screen's, when it was answered by a button). */
  edit: number | undefined;
  /** Callback prefix naming the submission (or grade) and the screen. */
  prefix(tag: string): string;
  /** Frees the expert's claim (nothing to free in a correction). */
  release(): Promise<void>;
}

export type Failure = { code: string; vars: Record<string, string | number> };
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

const SNIPPET_LABEL_MAX = 40;

export const label = (text: string, max = SNIPPET_LABEL_MAX) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Runs a service call inside `external`, turning its refusals into JSON-safe values. */
export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, vars: error.vars } };
    throw error;
  }
}

export function go(s: GradingSession, next: Screen): void {
  s.history.push(s.screen);
  s.screen = next;
}

export function back(s: GradingSession): void {
  s.screen = s.history.pop() ?? s.screen;
}

// A correction returns to the summary after each section; a grading goes on to the next one.
export const afterItems = (s: GradingSession): Screen => (s.correcting ? { k: 'summary' } : s.view.criteria.length ? { k: 'criterion', j: 0 } : { k: 'finish' });
export const afterCriteria = (s: GradingSession): Screen => (s.correcting ? { k: 'summary' } : { k: 'finish' });
export const nextItem = (s: GradingSession, i: number): Screen => (i + 1 < s.view.items.length ? { k: 'item', i: i + 1 } : afterItems(s));
export const nextCriterion = (s: GradingSession, j: number): Screen => (j + 1 < s.view.criteria.length ? { k: 'criterion', j: j + 1 } : afterCriteria(s));

export const snippetRows = (s: GradingSession, tag: string, count: number) =>
  s.view.snippets.slice(0, count).map((x) => [InlineKeyboard.text(`💬 ${label(x.text)}`, `${s.prefix(tag)}s:${x.id}`)]);
export const backRow = (s: GradingSession, tag: string) => [InlineKeyboard.text(s.ctx.t('btn-back'), `${s.prefix(tag)}back`)];

/**
 * Waits for the answer to one screen. Buttons count only from this screen's message and with this
 * screen's prefix (which names the submission and the screen), so a stale, doubled or forged
 * button — or one naming another submission — is answered and changes nothing.
 */
export async function askScreen(s: GradingSession, prompt: Prompt, o: { prefix: string; acceptText: boolean; edit?: number }): Promise<Answer & { messageId: number }> {
  return ask(s.conversation, s.ctx, prompt, {
    prefix: o.prefix,
    acceptText: o.acceptText,
    editMessageId: o.edit,
    texts: { busy: 'grading-busy', expectText: 'grading-expect-text', expectButtons: 'grading-expect-buttons' },
    // Another queue entry pressed mid-grading: say to finish this one first, loudly.
    foreignButton: (data) => (data.startsWith('rv:') ? { key: 'grading-finish-first', alert: true } : { key: 'stale-button' }),
  });
}
