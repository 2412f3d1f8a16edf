// Bot API methods that never carry a file, posted as JSON straight through botApiFetch instead of
// grammY's general client path (which, per call, looks through the payload for files, builds an
// abort controller, a timer and three racing promises, and serialises with a replacer function).
// Catalogue browsing is two such calls per press. Anything else, and every upload, takes grammY's
// path; results and failures look the same either way (the Telegram answer, or an HttpError).
// Network failures are retried here a bounded number of times: auto-retry, above, would retry them
// without end, and a handler holding its chat for minutes is worse than an error.
import { HttpError, type Transformer } from 'grammy';
import { botApiFetch } from './bot-api-fetch.ts';

const JSON_ONLY = new Set([
  'answerCallbackQuery',
  'editMessageText',
  'editMessageReplyMarkup',
  'sendMessage',
  'deleteMessage',
  'getUpdates',
  'getMe',
  'setMyCommands',
  'deleteWebhook',
]);

/** grammY leaves out null and undefined values; plain JSON.stringify keeps nulls, so only then the slow way. */
function serialise(payload: Record<string, unknown>): string {
  const text = JSON.stringify(payload);
  return text.includes('null') ? JSON.stringify(payload, (_, v: unknown) => v ?? undefined) : text;
}

/** Network failures are tried again this many times, a little later each time, unless aborted. */
const NETWORK_RETRIES = [500, 2_000];

export function directJsonCalls(apiRoot: string, token: string, fetch: typeof botApiFetch = botApiFetch): Transformer {
  const base = `${apiRoot}/bot${token}/`;
  return async (prev, method, payload, signal) => {
    if (!JSON_ONLY.has(method)) return prev(method, payload, signal);
    // Outside the network handling: a payload that cannot be serialised is a bug to report, not to retry.
    const body = serialise((payload ?? {}) as Record<string, unknown>);
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(base + method, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'keep-alive' },
          body,
          signal: signal as never,
        });
        return (await response.json()) as never;
      } catch (error) {
        const delay = NETWORK_RETRIES[attempt];
        if (delay === undefined || signal?.aborted) throw new HttpError(`Network request for '${method}' failed!`, error);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
