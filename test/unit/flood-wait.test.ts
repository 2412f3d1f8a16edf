// The 429 waits under every Bot API call of the bot, and the callback-answer clamp.
import { describe, expect, it } from 'vitest';
import type { BotApiResponse } from '../../src/telegram/bot-api-fetch.ts';
import { CALLBACK_ANSWER_MAX, clampCallbackAnswers } from '../../src/telegram/api-policy.ts';
import { retryAfterOf, waitingOutFloods } from '../../src/telegram/flood-wait.ts';

function answer(status: number, body: unknown): BotApiResponse {
  const text = JSON.stringify(body);
  return { ok: status < 300, status, statusText: '', json: async () => JSON.parse(text), text: async () => text };
}
const tooMany = (seconds: number) => answer(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry later', parameters: { retry_after: seconds } });

describe('waiting out 429s', () => {
  it('waits the retry_after Telegram names and sends the same call again', async () => {
    const answers = [tooMany(2), tooMany(1), answer(200, { ok: true, result: 7 })];
    const bodies: unknown[] = [];
    const waits: number[] = [];
    const fetch = waitingOutFloods(async (_url, init) => (bodies.push(init?.body), answers.shift()!), { maxRetrySeconds: 5, sleep: async (ms) => waits.push(ms) });
    const response = await fetch('http://api/sendMessage', { method: 'POST', body: '{"text":"hi"}' });
    expect(await response.json()).toEqual({ ok: true, result: 7 });
    expect(waits).toEqual([2000, 1000]);
    expect(bodies).toEqual(['{"text":"hi"}', '{"text":"hi"}', '{"text":"hi"}']);
  });

  it('hands back a wait longer than allowed, and the third 429 in a row, unchanged', async () => {
    const long = waitingOutFloods(async () => tooMany(60), { maxRetrySeconds: 10, sleep: async () => undefined });
    const refused = await long('http://api/sendMessage', { body: '{}' });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error_code: 429, parameters: { retry_after: 60 } });

    let calls = 0;
    const stormy = waitingOutFloods(async () => (calls++, tooMany(1)), { maxRetrySeconds: 10, maxAttempts: 3, sleep: async () => undefined });
    expect((await stormy('http://api/x', { body: '{}' })).status).toBe(429);
    expect(calls).toBe(3);
  });

  it('does not resend a streamed upload', async () => {
    const { Readable } = await import('node:stream');
    let calls = 0;
    const fetch = waitingOutFloods(async () => (calls++, tooMany(1)), { maxRetrySeconds: 10, sleep: async () => undefined });
    expect((await fetch('http://api/sendDocument', { body: Readable.from(['x']) })).status).toBe(429);
    expect(calls).toBe(1);
  });

  it('reads retry_after only from a well-formed answer', () => {
    expect(retryAfterOf('{"parameters":{"retry_after":3}}')).toBe(3);
    expect(retryAfterOf('{"parameters":{"retry_after":"3"}}')).toBeNull();
    expect(retryAfterOf('<html>')).toBeNull();
  });
});

describe('callback answers', () => {
  it('are shortened to the 200 characters Telegram accepts, counting characters, not bytes', async () => {
    let sent: { text?: string } | undefined;
    const prev = (async (_method: string, payload: unknown) => ((sent = payload as { text?: string }), { ok: true, result: true })) as never;
    await clampCallbackAnswers(prev, 'answerCallbackQuery', { callback_query_id: '1', text: 'Отозван: '.repeat(40) } as never);
    expect([...sent!.text!].length).toBe(CALLBACK_ANSWER_MAX);
    expect(sent!.text!.endsWith('…')).toBe(true);
    await clampCallbackAnswers(prev, 'answerCallbackQuery', { callback_query_id: '1', text: 'коротко' } as never);
    expect(sent!.text).toBe('коротко');
  });
});
