// What every Bot API call the bot makes goes through — the bot's own Api and the fresh Api that
// each conversation builds for itself (grammY's conversations do not inherit the bot's transformers,
// so without this a reply from inside a conversation that met a 429 failed the whole update).
import { autoRetry } from '@grammyjs/auto-retry';
import type { Api, Transformer } from 'grammy';
import { botApiFetch } from './bot-api-fetch.ts';
import { waitingOutFloods } from './flood-wait.ts';
import { directJsonCalls } from './json-calls.ts';

/** Telegram refuses callback answers longer than this (in characters). */
export const CALLBACK_ANSWER_MAX = 200;

export interface ApiPolicyOptions {
  apiRoot: string;
  token: string;
  /** The longest one 429 `retry_after` that is waited out; longer ones fail the call. */
  maxRetrySeconds: number;
}

/** Shortens a callback answer to what Telegram accepts, instead of failing the press. */
export const clampCallbackAnswers: Transformer = (prev, method, payload, signal) => {
  if (method === 'answerCallbackQuery') {
    const text = (payload as { text?: string } | undefined)?.text;
    if (text !== undefined && [...text].length > CALLBACK_ANSWER_MAX) {
      payload = { ...payload, text: [...text].slice(0, CALLBACK_ANSWER_MAX - 1).join('') + '…' } as typeof payload;
    }
  }
  return prev(method, payload, signal);
};

/** The fetch of the bot's Api client: every call, conversations' included, waits out a bounded 429. */
export function botClientFetch(options: Pick<ApiPolicyOptions, 'maxRetrySeconds'>): typeof botApiFetch {
  return waitingOutFloods(botApiFetch, { maxRetrySeconds: options.maxRetrySeconds });
}

/**
 * Installs the policy on the bot's Api: file-less calls straight through as JSON (with the same 429
 * waits as the client's fetch), callback answers kept within Telegram's limit, bounded retries of
 * 5xx. Conversations' Apis get `conversationApiPolicy` instead: their calls must pass through the
 * conversation's own recording transformer, which the direct JSON path would bypass.
 */
export function applyApiPolicy(api: Api, options: ApiPolicyOptions): void {
  api.config.use(directJsonCalls(options.apiRoot, options.token, botClientFetch(options)));
  api.config.use(clampCallbackAnswers);
  // Bounded: a person waiting for an answer is better served by an error than by a minute of silence.
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: options.maxRetrySeconds, rethrowInternalServerErrors: false, rethrowHttpErrors: true }));
}

/** For a conversation's Api: it already waits out 429s in the client's fetch; answers are clamped. */
export function conversationApiPolicy(api: Api): void {
  api.config.use(clampCallbackAnswers);
}
