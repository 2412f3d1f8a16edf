// Broadcast throughput and crash safety: N recipients (BENCH_RECIPIENTS, default 10,000) through
// the real bot (`npm start`, a child process) and a local Bot API that enforces Telegram's limits
// (30 messages in any second, 1 a second per chat) by answering 429 with retry_after past them.
// At BENCH_KILL_AT of the recipients (default 0.5) the bot is killed with SIGKILL and started again.
// Prints a progress line every few seconds, then: the achieved rate while sending, 429s provoked,
// duplicates and recipients lost.   npm run bench:broadcast   (BENCH_RECIPIENTS=1000 for a quick run)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const N = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 0.5);
const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';
const root = join(import.meta.dirname, '..');
const TEXT = 'Новость для всех';

// ── the local Bot API with Telegram's limits ──
const arrivals: number[] = [];
const lastByChat = new Map<number, number>();
const deliveredTo = new Map<number, number>();
const deliveredAt: number[] = [];
let tooMany = 0;
let edits = 0;
let messageSeq = 1;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
  });
}

const server = createServer(async (req, res) => {
  const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
  const raw = await readBody(req);
  let params: Record<string, any> = {};
  try {
    params = raw ? JSON.parse(raw) : {};
  } catch {
    // multipart bodies are not used here
  }
  const reply = (status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const now = performance.now();
  if (method === 'sendMessage' || method === 'editMessageText') {
    while (arrivals.length && arrivals[0]! <= now - 1_000) arrivals.shift();
    const chat = Number(params.chat_id);
    const last = lastByChat.get(chat);
    if (arrivals.length >= 30 || (last !== undefined && now - last < 1_000)) {
      tooMany++;
      if (process.env.BENCH_DEBUG) console.error(`429 ${method} chat ${chat} at ${Math.round(now)} ms, window ${arrivals.length}, since last in chat ${last === undefined ? "-" : Math.round(now - last)}`);
      return reply(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    }
    arrivals.push(now);
    lastByChat.set(chat, now);
    if (method === 'editMessageText') {
      edits++;
      return reply(200, { ok: true, result: { message_id: params.message_id, chat: { id: chat, type: 'private' }, date: 0, text: params.text } });
    }
    if (params.text === TEXT) {
      deliveredTo.set(chat, (deliveredTo.get(chat) ?? 0) + 1);
      deliveredAt.push(now);
    }
    return reply(200, { ok: true, result: { message_id: messageSeq++, chat: { id: chat, type: 'private' }, date: Math.floor(Date.now() / 1000), text: params.text } });
  }
  if (method === 'getMe') return reply(200, { ok: true, result: { id: 123456789, is_bot: true, first_name: 'KoDO', username: 'kodo_bench_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } });
  if (method === 'getUpdates') {
    await new Promise((r) => setTimeout(r, Math.min(Number(params.timeout ?? 0), 5) * 1_000));
    return reply(200, { ok: true, result: [] });
  }
  return reply(200, { ok: true, result: true });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ── the database: N registered people and a broadcast due now ──
const dir = mkdtempSync(join(tmpdir(), 'kodo-bench-broadcast-'));
const url = `file:${join(dir, 'bench.db')}`;
await applyMigrations(url);
const { db } = await openDatabase(url);
const MODERATOR = 900_000_000;
const now = new Date();
await db.user.create({ data: { telegramId: BigInt(MODERATOR), fullName: 'Модератор', registeredAt: now } });
for (let i = 0; i < N; i += 1_000) {
  await db.user.createMany({
    data: Array.from({ length: Math.min(1_000, N - i) }, (_, j) => ({ telegramId: BigInt(1_000_000 + i + j), fullName: `Участник ${i + j}`, locale: (i + j) % 3 ? 'ru' : 'en', registeredAt: now })),
  });
}
// No quiet hours: the bench runs at any time of day, and news waits out the night otherwise.
const everyone = await db.user.findMany({ select: { id: true } });
for (let i = 0; i < everyone.length; i += 1_000) {
  await db.deliveryPreference.createMany({ data: everyone.slice(i, i + 1_000).map((u) => ({ userId: u.id, quietFrom: null, quietTo: null, updatedAt: now })) });
}
const broadcast = await db.broadcast.create({
  data: { text: TEXT, post: { text: TEXT, buttons: [] }, audience: { kind: 'all' }, status: 'scheduled', sendAt: now, statusChatId: BigInt(MODERATOR), statusMessageId: 1 },
});
const total = N + 1;

function start(): ChildProcess {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'error', BOT_TOKEN: TOKEN, BOT_API_ROOT: apiRoot, DATABASE_URL: url, WEB_PORT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  // A bot that cannot start (say, the tree changed under a running bench) would leave the bench
  // waiting for deliveries that never come.
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL' && signal !== 'SIGTERM' && code !== 0 && !finished) {
      console.error(`the bot exited with code ${code} before the broadcast was done`);
      process.exit(1);
    }
  });
  return child;
}
let finished = false;

const begin = performance.now();
const delivered = () => deliveredAt.length;
let child = start();
let killedAt: number | null = null;
let restartedAt: number | null = null;
let lastProgress = 0;
const progress = setInterval(() => {
  const d = delivered();
  const secs = (performance.now() - begin) / 1000;
  const recent = deliveredAt.filter((t) => t > performance.now() - 5_000).length / 5;
  console.log(`${secs.toFixed(0).padStart(5)} s  ${d} / ${total} delivered  ${recent.toFixed(1)}/s now  429s ${tooMany}  status edits ${edits}${killedAt && !restartedAt ? '  (killed)' : ''}`);
}, 5_000);

for (;;) {
  await new Promise((r) => setTimeout(r, 50));
  const d = delivered();
  if (killedAt === null && KILL_AT > 0 && d >= total * KILL_AT) {
    killedAt = performance.now();
    process.kill(-child.pid!, 'SIGKILL');
    console.log(`SIGKILL at ${d} delivered`);
    await new Promise((r) => child.once('exit', r));
    child = start();
    restartedAt = performance.now();
  }
  if (d !== lastProgress) lastProgress = d;
  const state = (await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id }, select: { status: true } })).status;
  if (state === 'done' || (d >= total && deliveredTo.size >= total)) break;
  if (performance.now() - begin > 3_600_000) break;
}
clearInterval(progress);
finished = true;
process.kill(-child.pid!, 'SIGTERM');

// The rate while sending: per phase, first to last delivery (the restart waits for the lease).
const phases: number[][] = killedAt === null ? [deliveredAt] : [deliveredAt.filter((t) => t <= killedAt!), deliveredAt.filter((t) => t > killedAt!)];
let sendingMs = 0;
for (const p of phases) if (p.length > 1) sendingMs += p.at(-1)! - p[0]!;
const rate = (deliveredAt.length - phases.length) / (sendingMs / 1000);
const duplicates = [...deliveredTo.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
const lost = total - deliveredTo.size;
console.log('');
console.log('| figure | value | goal |');
console.log('|---|---|---|');
console.log(`| recipients | ${total} | |`);
console.log(`| achieved rate while sending | ${rate.toFixed(2)}/s (${(rate / 30).toFixed(3)} of 30/s) | ≥ 0.95 |`);
console.log(`| 429s provoked | ${tooMany} | 0 |`);
console.log(`| duplicates | ${duplicates} | 0 |`);
console.log(`| lost after SIGKILL at ${Math.round(KILL_AT * 100)} % | ${lost} | 0 |`);
if (killedAt && restartedAt) console.log(`| restart to first delivery (waits for the dead sender's lease) | ${((phases[1]![0]! - restartedAt) / 1000).toFixed(1)} s | |`);
console.log(`| wall time | ${((performance.now() - begin) / 1000).toFixed(0)} s | |`);
await db.$disconnect();
server.close();
server.closeAllConnections();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
