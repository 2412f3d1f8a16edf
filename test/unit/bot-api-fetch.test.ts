// The Bot API fetch grammY uses: JSON and streamed multipart bodies, Telegram's error answers,
// aborts (long polling stopped, timeouts) and unreachable servers, through grammY's own client.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botApiFetch } from '../../src/telegram/bot-api-fetch.ts';
import { directJsonCalls } from '../../src/telegram/json-calls.ts';

const TOKEN = '123:abc';
let server: Server;
let apiRoot: string;
const received: { method: string; contentType: string; body: string }[] = [];

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    const body = await read(req);
    received.push({ method, contentType: String(req.headers['content-type']), body });
    if (method === 'getUpdates') return; // never answers: only an abort ends it
    if (method === 'sendMessage' && body.includes('forbidden')) {
      res.writeHead(403, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    // A long answer arrives in several chunks.
    res.end(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 5, type: 'private', first_name: 'x' }, text: 'ё'.repeat(100_000) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const api = () => new Api(TOKEN, { apiRoot, fetch: botApiFetch });
/** As the bot is set up: file-less methods straight as JSON, the rest through grammY's client. */
const botApi = (root = apiRoot) => {
  const a = new Api(TOKEN, { apiRoot: root, fetch: botApiFetch });
  a.config.use(directJsonCalls(root, TOKEN));
  return a;
};

describe('file-less methods posted directly', () => {
  it('posts JSON without null values, and files still as multipart', async () => {
    received.length = 0;
    await botApi().sendMessage(5, 'Привет', { reply_markup: { inline_keyboard: [[{ text: 'null', callback_data: 'cat:1' }]] }, reply_parameters: null as never });
    const sent = received.find((r) => r.method === 'sendMessage')!;
    expect(sent.contentType).toBe('application/json');
    expect(JSON.parse(sent.body)).toEqual({ chat_id: 5, text: 'Привет', reply_markup: { inline_keyboard: [[{ text: 'null', callback_data: 'cat:1' }]] } });
    await botApi().sendDocument(5, new InputFile(Buffer.from('%PDF'), 'a.pdf'));
    expect(received.find((r) => r.method === 'sendDocument')!.contentType).toMatch(/^multipart\/form-data/);
  });

  it("gives Telegram's errors and unreachable servers the same shape as grammY's client", async () => {
    expect(await botApi().sendMessage(5, 'forbidden').catch((e: unknown) => e)).toBeInstanceOf(GrammyError);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await botApi(`http://127.0.0.1:${port}`).sendMessage(5, 'x').catch((e: unknown) => e)).toBeInstanceOf(HttpError);
  });

  it('reports a payload that cannot be serialised at once instead of retrying it as a network failure', async () => {
    const before = received.length;
    expect(await botApi().sendMessage(42n as never, 'x').catch((e: unknown) => e)).toBeInstanceOf(TypeError);
    expect(received.length).toBe(before); // nothing was sent, so nothing is tried again
  });

  it('stops a long poll when its signal aborts', async () => {
    const controller = new AbortController();
    const polling = botApi().getUpdates({ timeout: 30 }, controller.signal as never).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await polling).toBeInstanceOf(HttpError);
  });
});

describe('Bot API fetch', () => {
  it('posts JSON and reads a long answer', async () => {
    const message = await api().sendMessage(5, 'Привет');
    expect(message.text).toHaveLength(100_000);
    const call = received.find((r) => r.method === 'sendMessage')!;
    expect(call.contentType).toBe('application/json');
    expect(JSON.parse(call.body)).toMatchObject({ chat_id: 5, text: 'Привет' });
  });

  it('streams a file as multipart form data', async () => {
    await api().sendDocument(5, new InputFile(Buffer.from('%PDF-1.7 сертификат'), 'certificate.pdf'), { caption: 'Сертификат' });
    const call = received.findLast((r) => r.method === 'sendDocument')!;
    expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(call.body).toContain('filename=certificate.pdf');
    expect(call.body).toContain('%PDF-1.7 сертификат');
    expect(call.body).toContain('Сертификат');
  });

  it("turns Telegram's error answers into GrammyError", async () => {
    const error = await api().sendMessage(5, 'forbidden').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(403);
  });

  it('stops a long poll when its signal aborts', async () => {
    const controller = new AbortController();
    const polling = api().getUpdates({ timeout: 30 }, controller.signal as never).catch((e: unknown) => e);
    await expect.poll(() => received.some((r) => r.method === 'getUpdates')).toBe(true);
    controller.abort();
    expect(await polling).toBeInstanceOf(HttpError);
  });

  it('reports an unreachable server as an HttpError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await new Api(TOKEN, { apiRoot: `http://127.0.0.1:${port}`, fetch: botApiFetch }).getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
  });
});
