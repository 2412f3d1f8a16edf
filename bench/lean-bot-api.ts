// A lean local Bot API for benchmarks, run as a child process: serves preloaded updates through
// getUpdates and answers the few methods catalogue browsing calls, recording nothing but counts
// (test/helpers/fake-bot-api.ts keeps every call and message, which costs more than the bot under test).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

/** `ratePerSecond`: release the updates at that pace (as people press), else all at once. */
export type LeanRequest = { type: 'load'; updates: Update[]; ratePerSecond?: number } | { type: 'stats' };
export type LeanReply = { type: 'ready'; port: number } | { type: 'loaded'; count: number } | { type: 'stats'; calls: Record<string, number>; cpuMs: number };

let queue: Update[] = [];
let served = 0;
const calls: Record<string, number> = {};
const waiters = new Set<() => void>();
let messageSeq = 1;
let rate = 0;
let loadedAt = 0;

/** How many of the queued updates have "happened" by now. */
const released = () => (rate > 0 ? Math.min(queue.length, Math.floor(((performance.now() - loadedAt) / 1000) * rate)) : queue.length);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, result: unknown): void {
  const body = JSON.stringify({ ok: true, result });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function getUpdates(params: Record<string, unknown>): Promise<Update[]> {
  const offset = Number(params['offset'] ?? 0);
  // Confirmed updates are dropped, as Telegram does.
  if (offset > 0) while (served < queue.length && queue[served]!.update_id < offset) served++;
  const limit = Math.min(100, Number(params['limit'] ?? 100));
  if (served >= released()) {
    const timeout = Number(params['timeout'] ?? 0) * 1000;
    // Paced: answer as soon as the next update is due, like Telegram's long poll does.
    const due = rate > 0 && served < queue.length ? Math.max(1, (served + 1) / rate * 1000 - (performance.now() - loadedAt)) : timeout;
    if (timeout > 0) await new Promise<void>((resolve) => {
      const wake = () => (clearTimeout(timer), waiters.delete(wake), resolve());
      const timer = setTimeout(wake, Math.min(timeout, due));
      waiters.add(wake);
    });
  }
  return queue.slice(served, Math.min(served + limit, released()));
}

const server = createServer(async (req, res) => {
  const method = /\/bot[^/]+\/([A-Za-z]+)/.exec(req.url ?? '')?.[1]?.toLowerCase() ?? '';
  const text = await readBody(req);
  const params = text ? (JSON.parse(text) as Record<string, any>) : {};
  calls[method] = (calls[method] ?? 0) + 1;
  switch (method) {
    case 'getupdates':
      return reply(res, await getUpdates(params));
    case 'editmessagetext':
      return reply(res, { message_id: Number(params['message_id']), date: 0, chat: { id: Number(params['chat_id']), type: 'private', first_name: 'x' }, text: params['text'] });
    case 'sendmessage':
    case 'senddocument':
      return reply(res, { message_id: ++messageSeq, date: 0, chat: { id: Number(params['chat_id']), type: 'private', first_name: 'x' }, text: params['text'] ?? '' });
    case 'getme':
      return reply(res, { id: 123456, is_bot: true, first_name: 'KoDO', username: 'kodo_bench_bot' });
    default:
      // answerCallbackQuery, deleteWebhook, setMyCommands and the like.
      return reply(res, true);
  }
});

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (server.address() as AddressInfo).port } satisfies LeanReply);
});

process.on('message', (message: LeanRequest) => {
  if (message.type === 'load') {
    queue = message.updates;
    served = 0;
    rate = message.ratePerSecond ?? 0;
    loadedAt = performance.now();
    for (const key of Object.keys(calls)) delete calls[key];
    for (const wake of [...waiters]) wake();
    process.send!({ type: 'loaded', count: queue.length } satisfies LeanReply);
  } else {
    const usage = process.cpuUsage();
    process.send!({ type: 'stats', calls: { ...calls }, cpuMs: (usage.user + usage.system) / 1000 } satisfies LeanReply);
  }
});
// The bench ends this process with a signal; losing the parent ends it too.
process.on('disconnect', () => process.exit(0));
