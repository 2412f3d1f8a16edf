// Catalogue browsing benchmark: callback presses that page and filter the catalogue, through the
// whole HTTP path to a local Bot API, KoDO beside a bare grammY bot, on SQLite and PostgreSQL.
// Run: npx tsx bench/catalogue.ts
// Knobs: BENCH_UPDATES=20000 BENCH_CONCURRENCY=32 BENCH_PACED_RATE=500 BENCH_ROUNDS=2 BENCH_DB=sqlite,postgresql
//        BENCH_MODES=bare,kodo-inbox,kodo-paced (also kodo-direct: handleUpdate without the inbox, so
//        without the batch reads the processor does) BENCH_PROFILE_DIR=… BENCH_NODE_FLAGS=… BENCH_MEMORY=1
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Update } from 'grammy/types';
import { defaultListState, encodeAction, maskOf, type ListState } from '../src/bot/catalogue-state.ts';
import { DEFAULT_UPDATE_CONCURRENCY } from '../src/config.ts';
import type { Db, Provider } from '../src/db/client.ts';
import { seedReference } from '../src/db/seed/seed.ts';
import { createTestDatabase, postgresAvailable } from '../test/helpers/db.ts';
import type { LeanReply, LeanRequest } from './lean-bot-api.ts';
import type { WorkerMode, WorkerResult, WorkerTask } from './catalogue-worker.ts';
import { buildApp } from '../scripts/build.mjs';

const PROJECTS = 200;
const USERS = 5_000;
const MEASURED = Number(process.env.BENCH_UPDATES ?? 20_000);
// Warm-up: one press per person, so every row measures the steady state (locales known, queries compiled).
const WARMUP = USERS;
// The bot's own default for updates in hand, for KoDO and the bare bot alike.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? DEFAULT_UPDATE_CONCURRENCY);
// Each round runs every phase once, bare and KoDO back to back; the table shows the rounds' mean.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
// Latency below capacity: presses released at this pace (people do not queue up 20,000 presses).
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 500);
const PACED_WARMUP = 1_000;
const PACED_UPDATES = Number(process.env.BENCH_PACED_UPDATES ?? 5_000);
const FIRST_TELEGRAM_ID = 7_000_000;
const DAY = 86_400_000;

const TARGET = { updatesPerSecond: 1_000, ofBare: 0.5, p99Ms: 50, rssMb: 250 };

/** Deterministic pseudo-random numbers, so every run browses the same way. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickSome = <T>(rand: () => number, items: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(rand() * (max - min + 1));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
};

/** 200 projects over two years up to next month, and 5,000 registered people with guilds. */
async function seedBench(db: Db): Promise<{ guildsOf: Map<number, number[]>; guildCount: number; directionCount: number }> {
  await seedReference(db);
  const rand = prng(42);
  const guilds = await db.guild.findMany({ orderBy: [{ sort: 'asc' }, { id: 'asc' }] });
  const directions = await db.direction.findMany({ orderBy: [{ sort: 'asc' }, { id: 'asc' }] });
  const now = Date.now();
  for (let i = 0; i < PROJECTS; i++) {
    const startsOn = new Date(now - 700 * DAY + i * 3.6 * DAY);
    const endsOn = new Date(startsOn.getTime() + (20 + Math.floor(rand() * 70)) * DAY);
    const roll = rand();
    const status = roll < 0.05 ? 'draft' : endsOn.getTime() < now ? 'finished' : startsOn.getTime() > now ? 'published' : 'running';
    const chosen = pickSome(rand, guilds.filter((g) => g.code !== 'any'), 1, 3);
    if (rand() < 0.1) chosen.push(guilds.find((g) => g.code === 'any')!);
    await db.project.create({
      data: {
        title: `Проект ${i + 1}. ${['Обучаем', 'Организуем', 'Внедряем', 'Ищем'][i % 4]}: ${['занятие в дистанте', 'клубное направление', 'сетевая программа', 'наставничество'][(i >> 2) % 4]}`,
        summary: 'Придуманный проект для замера скорости каталога.',
        kind: ['replicate', 'train', 'find', 'build'][i % 4]!,
        level: i % 3 ? 'municipal' : 'regional',
        status,
        startsOn,
        endsOn,
        deletedAt: rand() < 0.02 ? new Date() : null,
        guilds: { create: chosen.map((g) => ({ guildId: g.id })) },
        directions: { create: pickSome(rand, directions, 1, 2).map((d) => ({ directionId: d.id })) },
        steps: {
          create: [1, 2].map((position) => ({
            position,
            title: `Шаг ${position}`,
            startsOn,
            endsOn,
            checklist: { create: [{ position: 1, title: 'Документ', accepts: 'file' }] },
            criteria: { create: [{ position: 1, title: 'Полнота', maxPoints: 5 }] },
          })),
        },
      },
    });
  }
  const registeredAt = new Date();
  await db.user.createMany({
    data: Array.from({ length: USERS }, (_, i) => ({
      telegramId: BigInt(FIRST_TELEGRAM_ID + i),
      username: `bench${FIRST_TELEGRAM_ID + i}`,
      fullName: `Участник ${i + 1}`,
      locale: 'ru',
      registeredAt,
    })),
  });
  const users = await db.user.findMany({ where: { telegramId: { gte: BigInt(FIRST_TELEGRAM_ID) } }, select: { id: true, telegramId: true } });
  const guildsOf = new Map<number, number[]>();
  const links: { userId: number; guildId: number }[] = [];
  for (const user of users) {
    const positions = pickSome(rand, guilds.map((_, i) => i).filter((i) => guilds[i]!.code !== 'any'), 1, 2);
    guildsOf.set(Number(user.telegramId), positions);
    for (const p of positions) links.push({ userId: user.id, guildId: guilds[p]!.id });
  }
  for (let i = 0; i < links.length; i += 1000) await db.userGuild.createMany({ data: links.slice(i, i + 1000) });
  await db.userRole.createMany({ data: users.map((u) => ({ userId: u.id, role: 'participant' })) });
  return { guildsOf, guildCount: guilds.length, directionCount: directions.length };
}

/** Presses on the catalogue message: pages, status, "up to this month", direction, the guild picker. */
function makeUpdates(count: number, seeded: Awaited<ReturnType<typeof seedBench>>): Update[] {
  const rand = prng(7);
  const updates: Update[] = [];
  const date = Math.floor(Date.now() / 1000);
  for (let k = 0; k < count; k++) {
    // A stride through the users, so neighbouring updates mostly come from different chats.
    const telegramId = FIRST_TELEGRAM_ID + ((k * 7919) % USERS);
    const own: ListState = defaultListState(maskOf(seeded.guildsOf.get(telegramId) ?? []));
    const roll = rand();
    let data: string;
    if (roll < 0.4) data = encodeAction({ verb: 'list', state: { ...own, page: Math.floor(rand() * 4) } });
    else if (roll < 0.55) data = encodeAction({ verb: 'list', state: { ...own, status: (['open', 'finished', 'all'] as const)[Math.floor(rand() * 3)]! } });
    else if (roll < 0.65) data = encodeAction({ verb: 'list', state: { ...own, upto: true, status: 'all', page: Math.floor(rand() * 3) } });
    else if (roll < 0.75) data = encodeAction({ verb: 'list', state: { ...own, direction: 1 + Math.floor(rand() * seeded.directionCount) } });
    else if (roll < 0.85) data = encodeAction({ verb: 'guilds', state: own });
    else data = encodeAction({ verb: 'list', state: { ...own, guilds: 0n, status: 'all', page: Math.floor(rand() * 10) } });
    const chat = { id: telegramId, type: 'private' as const, first_name: 'Участник' };
    updates.push({
      update_id: k + 1,
      callback_query: {
        id: String(k + 1),
        from: { id: telegramId, is_bot: false, first_name: 'Участник', username: `bench${telegramId}`, language_code: 'ru' },
        chat_instance: String(telegramId),
        data,
        message: { message_id: 1, date, chat, from: { id: 123456, is_bot: true, first_name: 'KoDO' }, text: 'Каталог проектов' },
      },
    } as Update);
  }
  return updates;
}

const tsxArgs = ['--import', 'tsx'];

function startLean(): Promise<{ child: ChildProcess; apiRoot: string; request(message: LeanRequest): Promise<LeanReply> }> {
  const child = fork(fileURLToPath(new URL('./lean-bot-api.ts', import.meta.url)), [], { execArgv: tsxArgs });
  const request = (message: LeanRequest) =>
    new Promise<LeanReply>((resolve) => {
      child.once('message', (reply: LeanReply) => resolve(reply));
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (reply: LeanReply) => {
      if (reply.type === 'ready') resolve({ child, apiRoot: `http://127.0.0.1:${reply.port}`, request });
    });
  });
}

/** The V8 settings in package.json's start script (`exec node <flags> dist/main.js`). */
const START_FLAGS: string[] = (() => {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '';
  return (/exec node (.*)dist\/main\.js/.exec(start)?.[1] ?? '').split(' ').filter((flag) => flag.startsWith('--'));
})();

/** The bot processes run compiled JavaScript, as `npm start` runs the bot (tsx would add its own memory). */
const WORKER_OUTDIR = 'dist/bench';
let workerBuilt: Promise<string> | null = null;
function compiledWorker(): Promise<string> {
  workerBuilt ??= buildApp({ entryPoints: { 'catalogue-worker': 'bench/catalogue-worker.ts' }, outdir: WORKER_OUTDIR }).then(() =>
    fileURLToPath(new URL(`../${WORKER_OUTDIR}/catalogue-worker.js`, import.meta.url)),
  );
  return workerBuilt;
}

async function runWorker(task: WorkerTask): Promise<WorkerResult> {
  // BENCH_PROFILE_DIR=/tmp/prof writes a V8 CPU profile of each bot process there.
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  // KoDO runs with the V8 settings `npm start` gives it, the bare bot with Node's defaults;
  // BENCH_NODE_FLAGS="--max-old-space-size=128" tries other settings on the KoDO processes.
  const flags = task.mode === 'bare' ? [] : process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean) : START_FLAGS;
  const child = fork(await compiledWorker(), [], { execArgv: [...flags, ...profile] });
  return new Promise((resolve, reject) => {
    child.once('message', (reply: { ok: true; result: WorkerResult } | { ok: false; error: string }) => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error))));
    child.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
    child.send(task);
  });
}

type Phase = WorkerMode | 'kodo-paced';

const PHASES: Record<Phase, { label: string; worker: WorkerMode; paced: boolean }> = {
  bare: { label: 'bare grammY (runner, trivial edit)', worker: 'bare', paced: false },
  'kodo-inbox': { label: 'KoDO: polling → inbox → processor', worker: 'kodo-inbox', paced: false },
  'kodo-direct': { label: `KoDO: handleUpdate ×${CONCURRENCY} (no inbox)`, worker: 'kodo-direct', paced: false },
  'kodo-paced': { label: `KoDO: inbox, ${PACED_RATE} presses/s offered`, worker: 'kodo-inbox', paced: true },
};

interface Row extends WorkerResult {
  provider: Provider;
  phase: Phase;
  ofBare: number | null;
  edits: number;
  answers: number;
  fakeCpuShare: number;
}

async function benchProvider(provider: Provider): Promise<Row[]> {
  const database = await createTestDatabase(provider);
  const t0 = performance.now();
  const seeded = await seedBench(database.db);
  console.error(`[${provider}] seeded ${PROJECTS} projects and ${USERS} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const updates = makeUpdates(WARMUP + MEASURED, seeded);
  const lean = await startLean();
  const rounds: Row[][] = [];
  // Every inbox run reuses the database, so its updates need ids above all the inbox has seen.
  let nextInboxOffset = 0;
  try {
    const phases = (process.env.BENCH_MODES ?? 'bare,kodo-inbox,kodo-paced').split(',').filter((m): m is Phase => m in PHASES);
    for (let round = 0; round < ROUNDS; round++) {
      const rows: Row[] = [];
      for (const phase of phases) {
        const { worker, paced, label } = PHASES[phase];
        const offset = worker === 'kodo-inbox' ? nextInboxOffset : 0;
        if (worker === 'kodo-inbox') nextInboxOffset += WARMUP + MEASURED;
        const warmup = paced ? PACED_WARMUP : WARMUP;
        const measured = paced ? PACED_UPDATES : MEASURED;
        const batch = updates.slice(0, warmup + measured).map((u) => ({ ...u, update_id: u.update_id + offset }));
        await lean.request({ type: 'load', updates: worker === 'kodo-direct' ? [] : batch, ratePerSecond: paced ? PACED_RATE : undefined });
        const before = await lean.request({ type: 'stats' });
        const result = await runWorker({
          mode: worker,
          apiRoot: lean.apiRoot,
          databaseUrl: database.url,
          warmup,
          measured,
          concurrency: CONCURRENCY,
          updates: worker === 'kodo-direct' ? batch : undefined,
        });
        const after = await lean.request({ type: 'stats' });
        const calls = after.type === 'stats' ? after.calls : {};
        const fakeCpuMs = after.type === 'stats' && before.type === 'stats' ? after.cpuMs - before.cpuMs : 0;
        const bare = rows.find((r) => r.phase === 'bare');
        rows.push({
          ...result,
          provider,
          phase,
          // Against the bare bot of the same round: the machine's speed drifts between rounds.
          ofBare: bare && !paced && phase !== 'bare' ? result.updatesPerSecond / bare.updatesPerSecond : null,
          edits: calls['editmessagetext'] ?? 0,
          answers: calls['answercallbackquery'] ?? 0,
          // CPU the fake spent per second of the run, to see whether it limited the figures.
          fakeCpuShare: fakeCpuMs / 1000 / ((warmup + measured) / result.updatesPerSecond),
        });
        console.error(`[${provider}] round ${round + 1}/${ROUNDS} ${label}: ${result.updatesPerSecond.toFixed(0)} updates/s, p99 ${result.p99Ms.toFixed(1)} ms, RSS ${result.maxRssMb.toFixed(0)} MB`);
      }
      rounds.push(rows);
    }
  } finally {
    lean.child.kill();
    await database.drop();
  }
  return rounds[0]!.map((first, i) => combineRounds(rounds.map((rows) => rows[i]!), first));
}

/** Rounds averaged, except memory (its peak over all rounds) and the calls the fake saw (the fewest in a round). */
function combineRounds(rows: Row[], first: Row): Row {
  const mean = (pick: (r: Row) => number) => rows.reduce((sum, r) => sum + pick(r), 0) / rows.length;
  return {
    ...first,
    updatesPerSecond: mean((r) => r.updatesPerSecond),
    ofBare: first.ofBare === null ? null : mean((r) => r.ofBare ?? 0),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    maxRssMb: Math.max(...rows.map((r) => r.maxRssMb)),
    cpuUsPerUpdate: mean((r) => r.cpuUsPerUpdate),
    failures: rows.reduce((sum, r) => sum + r.failures, 0),
    fakeCpuShare: mean((r) => r.fakeCpuShare),
    edits: Math.min(...rows.map((r) => r.edits)),
    answers: Math.min(...rows.map((r) => r.answers)),
  };
}

function printTable(rows: Row[]): void {
  const header = ['database', 'bot', 'updates/s', 'vs bare', 'p50 ms', 'p99 ms', 'RSS MB', 'CPU µs/upd', 'edits', 'answers', 'fake CPU', 'targets'];
  const body = rows.map((r) => {
    const misses: string[] = [];
    const paced = PHASES[r.phase].paced;
    if (r.phase !== 'bare') {
      // Saturated rows show capacity; the paced row shows latency below capacity.
      if (!paced && r.updatesPerSecond < TARGET.updatesPerSecond) misses.push('<1000/s');
      if (r.ofBare !== null && r.ofBare < TARGET.ofBare) misses.push('<0.5×bare');
      if (r.p99Ms >= TARGET.p99Ms) misses.push('p99≥50ms');
      if (r.maxRssMb >= TARGET.rssMb) misses.push('RSS≥250MB');
      if (r.failures) misses.push(`${r.failures} failed`);
    }
    return [
      r.provider,
      PHASES[r.phase].label,
      r.updatesPerSecond.toFixed(0),
      r.ofBare === null ? '—' : r.ofBare.toFixed(2),
      r.p50Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      r.maxRssMb.toFixed(0),
      r.cpuUsPerUpdate.toFixed(0),
      String(r.edits),
      String(r.answers),
      `${Math.round(r.fakeCpuShare * 100)}%`,
      r.phase === 'bare' ? 'reference' : misses.length ? `MISS ${misses.join(' ')}` : 'met',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 10 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' │ ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of body) console.log(line(row));
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_DB ?? 'sqlite,postgresql').split(',') as Provider[];
  const providers: Provider[] = wanted.includes('sqlite') ? ['sqlite'] : [];
  if (wanted.includes('postgresql')) {
    if (await postgresAvailable) providers.push('postgresql');
    else console.error('PostgreSQL is not reachable: its rows are skipped.');
  }
  console.log(`Catalogue browsing: ${PROJECTS} projects, ${USERS} registered people; ${MEASURED} measured callback presses after ${WARMUP} warm-up, ${CONCURRENCY} handled at once.`);
  console.log('Each press: answerCallbackQuery + editMessageText over HTTP to a lean local Bot API (bench/lean-bot-api.ts, its own process).');
  console.log('KoDO rows drive production code: "inbox" = PollingIntake (getUpdates) → InboundUpdate table → UpdateProcessor (@grammyjs/runner sink);');
  console.log(`"no inbox" = bot.handleUpdate from ${CONCURRENCY} concurrent feeders (the bot alone). Bare grammY uses @grammyjs/runner run() with getUpdates.`);
  console.log(`All presses are queued at once (capacity, latency under saturation), except the "offered" row: ${PACED_RATE} presses/s released as they happen.`);
  console.log(`${ROUNDS} round(s), each running every row once; the table shows their mean (RSS: the highest peak), "vs bare" against the bare bot of the same round.`);
  console.log(`Bot processes run compiled JavaScript (scripts/build.mjs); KoDO with npm start's V8 flags (${(process.env.BENCH_NODE_FLAGS ?? START_FLAGS.join(' ')) || 'none'}), bare grammY with Node's defaults.\n`);
  const rows: Row[] = [];
  for (const provider of providers) rows.push(...(await benchProvider(provider)));
  printTable(rows);
  console.log(`\nTargets for KoDO rows: ≥ ${TARGET.updatesPerSecond} updates/s, ≥ ${TARGET.ofBare} of the bare bot, handler p99 < ${TARGET.p99Ms} ms, RSS < ${TARGET.rssMb} MB.`);
  console.log('p50/p99: time inside bot.handleUpdate per press (middleware, database, both Bot API calls; at saturation mostly waiting for the CPU).');
  console.log('RSS: peak of the bot process over the run. CPU µs/upd: the bot process\'s CPU per measured press. "fake CPU": the fake\'s CPU time per second of run.');
  process.exit(0);
}

await main();
