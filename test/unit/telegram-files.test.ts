// Streaming a Telegram file to a web visitor: a slow download that keeps flowing is not cut by the
// first answer's timeout; one that stalls is; unknown and oversized files are refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTelegramFile, TELEGRAM_DOWNLOAD_LIMIT } from '../../src/web/telegram-files.ts';

const TOKEN = '1:test';
let server: Server;
let apiRoot: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === `/bot${TOKEN}/getFile`) {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const id = JSON.parse(body).file_id as string;
        res.setHeader('content-type', 'application/json');
        if (id === 'unknown') return res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' }));
        const size = id === 'huge' ? TELEGRAM_DOWNLOAD_LIMIT + 1 : 10;
        res.end(JSON.stringify({ ok: true, result: { file_id: id, file_path: `documents/${id}.pdf`, file_size: size } }));
      });
      return;
    }
    // Ten chunks 60 ms apart: 600 ms in all, longer than the 200 ms the tests allow for a first answer.
    const chunks = req.url?.includes('/stalls.pdf') ? 2 : 10;
    res.writeHead(200, { 'content-type': 'application/pdf' });
    let sent = 0;
    const next = () => {
      if (sent === chunks) return req.url?.includes('/stalls.pdf') ? undefined : res.end();
      res.write(`chunk${sent++};`);
      setTimeout(next, 60);
    };
    next();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const read = async (body: NodeJS.ReadableStream) => {
  let text = '';
  for await (const chunk of body) text += String(chunk);
  return text;
};

describe('fetchTelegramFile', () => {
  it('streams a slow file to the end while data keeps coming', async () => {
    const file = await fetchTelegramFile({ token: TOKEN, apiRoot }, 'slow', { timeoutMs: 200, idleMs: 200 });
    expect(file).not.toBeNull();
    expect(await read(file!.body)).toBe(Array.from({ length: 10 }, (_, i) => `chunk${i};`).join(''));
  });

  it('cuts a download that stops sending', async () => {
    const file = await fetchTelegramFile({ token: TOKEN, apiRoot }, 'stalls', { timeoutMs: 200, idleMs: 200 });
    expect(file).not.toBeNull();
    await expect(read(file!.body)).rejects.toThrow();
  });

  it('refuses a file Telegram does not know or one over the 20 MB a bot may download', async () => {
    expect(await fetchTelegramFile({ token: TOKEN, apiRoot }, 'unknown')).toBeNull();
    expect(await fetchTelegramFile({ token: TOKEN, apiRoot }, 'huge')).toBeNull();
  });
});
