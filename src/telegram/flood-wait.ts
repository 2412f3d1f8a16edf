// Waits out Telegram's 429 "Too Many Requests" at the lowest level every call of the bot passes:
// the `fetch` of its Api client. Conversations build an Api of their own from the bot's client
// options and do not inherit its transformers, so a retry placed anywhere higher missed their
// replies; and here it sits below the conversation's record of each call, so a call retried after
// a 429 is still one call in the replay log.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BotApiResponse, botApiFetch } from './bot-api-fetch.ts';

type Fetch = typeof botApiFetch;

export interface FloodWaitOptions {
  /** The longest single `retry_after` waited out; a longer one is returned to the caller as is. */
  maxRetrySeconds: number;
  /** How many 429s in a row one call may wait out. */
  maxAttempts?: number;
  /** For tests: how a wait is done. */
  sleep?: (ms: number) => Promise<unknown>;
}

/** A response whose body was already read, handed back unchanged. */
function replayed(response: BotApiResponse, body: string): BotApiResponse {
  return { ok: response.ok, status: response.status, statusText: response.statusText, json: async () => JSON.parse(body), text: async () => body };
}

export function retryAfterOf(body: string): number | null {
  try {
    const parsed = JSON.parse(body) as { parameters?: { retry_after?: unknown } };
    const seconds = parsed.parameters?.retry_after;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  } catch {
    return null;
  }
}

export function waitingOutFloods(fetch: Fetch, options: FloodWaitOptions): Fetch {
  const maxAttempts = options.maxAttempts ?? 3;
  const wait = options.sleep ?? sleep;
  return async (url, init = {}) => {
    // A streamed upload cannot be sent twice: its 429 goes to the caller.
    const resendable = init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array;
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, init);
      if (response.status !== 429 || !resendable) return response;
      const body = await response.text();
      const seconds = retryAfterOf(body);
      if (seconds === null || seconds > options.maxRetrySeconds || attempt >= maxAttempts || init.signal?.aborted) return replayed(response, body);
      await wait(seconds * 1000);
    }
  };
}
