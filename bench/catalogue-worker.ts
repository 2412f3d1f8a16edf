// One measured bot process of bench/catalogue.ts: a bare grammY bot, or KoDO through its inbox and
// processor (production's path) or through bot.handleUpdate directly; reports throughput and latency.
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import pino from 'pino';
import { createBot } from '../src/bot/create-bot.ts';
import { createTranslator } from '../src/bot/i18n.ts';
import { openDatabase } from '../src/db/client.ts';
import { InboundStore } from '../src/delivery/inbound-store.ts';
import { PollingIntake } from '../src/delivery/polling-intake.ts';
import { UpdateProcessor } from '../src/delivery/processor.ts';
import { systemClock } from '../src/runtime/clock.ts';
import { createServices } from '../src/services/index.ts';

export type WorkerMode = 'bare' | 'kodo-inbox' | 'kodo-direct';

export interface WorkerTask {
  mode: WorkerMode;
  apiRoot: string;
  databaseUrl: string;
  warmup: number;
  measured: number;
  concurrency: number;
  /** kodo-direct only: the updates, fed to bot.handleUpdate by a pool of `concurrency`. */
  updates?: Update[];
}

export interface WorkerResult {
  mode: WorkerMode;
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxRssMb: number;
  failures: number;
  /** CPU time of the bot process per measured update (user + system). */
  cpuUsPerUpdate: number;
}

const TOKEN = '123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz';
const botInfo: UserFromGetMe = {
  id: 123456, is_bot: true, first_name: 'KoDO', username: 'kodo_bench_bot', can_join_groups: true, can_read_all_group_messages: false,
  supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
  allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
} as UserFromGetMe;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function main(task: WorkerTask): Promise<WorkerResult> {
  const total = task.warmup + task.measured;
  const durations: number[] = [];
  let completed = 0;
  let failures = 0;
  let startedAt = 0;
  let cpuAtStart = process.cpuUsage();
  let maxRss = 0;
  let finish!: (at: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  // The whole run, warm-up included: the peak is what a host must provide.
  let atPeak = process.memoryUsage();
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss > maxRss) [maxRss, atPeak] = [usage.rss, usage];
  }, 50);

  /** Wraps the bot's handleUpdate: every source (runner, processor, pool) calls it per update. */
  const instrument = (bot: Bot<any>) => {
    const handle = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update, webhookReplyEnvelope) => {
      const t0 = performance.now();
      try {
        await handle(update, webhookReplyEnvelope);
      } catch (error) {
        failures++;
        throw error;
      } finally {
        const done = performance.now();
        if (completed >= task.warmup) durations.push(done - t0);
        completed++;
        if (completed === task.warmup) [startedAt, cpuAtStart] = [done, process.cpuUsage()];
        if (completed === total) finish(done);
      }
    };
  };

  let stop: () => Promise<void>;
  const memoryNow = (label: string) => {
    if (!process.env.BENCH_MEMORY) return;
    const m = process.memoryUsage();
    console.error(task.mode, label, Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1048576)])));
  };
  if (task.mode === 'bare') {
    const bot = new Bot(TOKEN, { botInfo, client: { apiRoot: task.apiRoot } });
    bot.on('callback_query:data', async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`page ${ctx.callbackQuery.data.length}`);
    });
    bot.catch(() => undefined);
    instrument(bot);
    const runner = run(bot, { runner: { fetch: { timeout: 1 } }, sink: { concurrency: task.concurrency } });
    stop = () => runner.stop();
  } else {
    const logger = pino({ level: 'silent' });
    const { db } = await openDatabase(task.databaseUrl);
    const timeZone = 'Asia/Krasnoyarsk';
    const services = createServices({ db, clock: systemClock, translate: createTranslator('ru'), defaultLocale: 'ru', timeZone, publicUrl: 'http://kodo.bench' });
    const kodo = createBot({ token: TOKEN, apiRoot: task.apiRoot, db, services, clock: systemClock, timeZone, publicUrl: 'http://kodo.bench', defaultLocale: 'ru', logger, botInfo });
    instrument(kodo.bot);
    await db.user.count();
    memoryNow('idle, database open');
    if (task.mode === 'kodo-inbox') {
      const store = new InboundStore(db, 'bench', systemClock);
      const processor = new UpdateProcessor(kodo.bot, store, logger, { concurrency: task.concurrency, prefetch: kodo.prefetch });
      const intake = new PollingIntake(kodo.bot.api, store, logger, { onStored: (count) => processor.noteStored(count), beforePoll: (signal) => processor.roomForMore(signal), timeoutSeconds: 1 });
      processor.start();
      await intake.start();
      stop = async () => {
        await intake.stop();
        await processor.stop();
        await db.$disconnect();
      };
    } else {
      // Many users' presses at once, each chat's in order (the bot's sequentialize), no inbox.
      const queue = [...(task.updates ?? [])];
      const worker = async () => {
        for (let u = queue.shift(); u; u = queue.shift()) await kodo.bot.handleUpdate(u).catch(() => undefined);
      };
      void Promise.all(Array.from({ length: task.concurrency }, worker));
      stop = () => db.$disconnect();
    }
  }

  const endedAt = await finished;
  const cpu = process.cpuUsage(cpuAtStart);
  clearInterval(sampler);
  if (process.env.BENCH_HEAP_SNAPSHOT) (await import('node:v8')).writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);
  if (process.env.BENCH_MEMORY) console.error(task.mode, 'at peak', Object.fromEntries(Object.entries(atPeak).map(([k, v]) => [k, Math.round(v / 1048576)])));
  await stop();
  durations.sort((a, b) => a - b);
  return {
    mode: task.mode,
    updatesPerSecond: task.measured / ((endedAt - startedAt) / 1000),
    p50Ms: percentile(durations, 50),
    p99Ms: percentile(durations, 99),
    maxRssMb: maxRss / 1024 / 1024,
    cpuUsPerUpdate: (cpu.user + cpu.system) / task.measured,
    failures,
  };
}

process.once('message', (task: WorkerTask) => {
  main(task).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: String((error as Error)?.stack ?? error) }, () => process.exit(1)),
  );
});
