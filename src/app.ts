// Composition root: config → database → services → bot, intake, processor, outbox sender, web.
import { randomUUID } from 'node:crypto';
import { Api } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Db, type Provider } from './db/client.ts';
import { applyMigrations } from './db/migrate.ts';
import { seedReference } from './db/seed/seed.ts';
import { createBot, publishCommands, type KodoBot } from './bot/create-bot.ts';
import { createTranslator } from './bot/i18n.ts';
import { InboundStore } from './delivery/inbound-store.ts';
import { ALLOWED_UPDATES, PollingIntake } from './delivery/polling-intake.ts';
import { UpdateProcessor } from './delivery/processor.ts';
import { registerWebhookRoute } from './delivery/webhook.ts';
import { OutboxSender } from './outbox/sender.ts';
import { BroadcastMonitor } from './outbox/broadcast-monitor.ts';
import { systemClock, type Clock } from './runtime/clock.ts';
import { createServices, type Services } from './services/index.ts';
import { createWebServer } from './web/server.ts';
import { CertificateWorker } from './services/certificate-worker.ts';
import { inboxMaintenanceJob } from './jobs/inbox-maintenance.ts';
import { groupRemindersJob } from './jobs/group-reminders.ts';
import { reviewNoticesJob } from './jobs/review-notices.ts';
import { finishProjectsJob } from './jobs/finish-projects.ts';
import { webSessionsJob } from './jobs/web-sessions.ts';
import { JobScheduler } from './runtime/scheduler.ts';
import { digestsJob } from './jobs/digests.ts';
import { DeliveryGate } from './outbox/delivery-gate.ts';
import { botApiFetch } from './telegram/bot-api-fetch.ts';

export interface App {
  db: Db;
  provider: Provider;
  services: Services;
  kodo: KodoBot;
  store: InboundStore;
  processor: UpdateProcessor;
  sender: OutboxSender;
  webUrl: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  clock?: Clock;
  botInfo?: UserFromGetMe;
  /** Long-poll timeout; tests shorten it so shutdown is quick. */
  pollTimeoutSeconds?: number;
}

export class StartupError extends Error {}

async function withRetry<T>(what: string, logger: Logger, attempt: () => Promise<T>, tries = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries) throw error;
      const delay = Math.min(500 * 2 ** i, 15_000);
      logger.warn({ err: error }, `${what} failed; retry ${i}/${tries - 1} in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export async function startApp(config: Config, token: string, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const instanceId = `${process.pid}-${randomUUID().slice(0, 8)}`;

  try {
    const { applied } = await applyMigrations(config.databaseUrl);
    if (applied.length) logger.info({ applied }, 'database migrations applied');
  } catch (error) {
    throw new StartupError(`Cannot prepare the database at ${redact(config.databaseUrl)}: ${(error as Error).message}`);
  }
  const { db, provider } = await openDatabase(config.databaseUrl);
  await seedReference(db);

  const translate = createTranslator(config.defaultLocale);
  const services = createServices({ db, clock, translate, defaultLocale: config.defaultLocale, timeZone: config.timeZone, publicUrl: config.web.publicUrl, digestSchedules: config.digests });
  await services.users.ensureAdmins(config.adminTelegramIds);
  // Browsers a killed predecessor left running hold hundreds of MB until someone ends them.
  void services.pdf.endLeftovers().then((left) => {
    if (left.browsers) logger.warn(left, 'ended Chromium processes left running by a killed instance');
  });

  const kodo = createBot({
    token,
    apiRoot: config.botApiRoot,
    db,
    services,
    clock,
    timeZone: config.timeZone,
    publicUrl: config.web.publicUrl,
    defaultLocale: config.defaultLocale,
    logger,
    botInfo: options.botInfo,
  });
  // Telegram unreachable at start is not fatal: keep trying with backoff.
  await withRetry('connecting to Telegram (getMe)', logger, () => kodo.bot.init(), 1_000);
  await publishCommands(kodo, config.defaultLocale).catch((error) => logger.warn({ err: error }, 'cannot publish the command menu'));

  const store = new InboundStore(db, instanceId, clock);
  const processor = new UpdateProcessor(kodo.bot, store, logger, { concurrency: config.updateConcurrency, prefetch: kodo.prefetch });
  // The sender talks to Telegram without auto-retry: it schedules its own retries from the outbox.
  const senderApi = new Api(token, { apiRoot: config.botApiRoot, fetch: botApiFetch });
  // Broadcasts start and report progress from the sending instance, within the same limits.
  const monitor = new BroadcastMonitor(services.broadcasts, services.messages, senderApi, logger, { takeSlot: (chatId) => sender.takeSlot(chatId) });
  const sender: OutboxSender = new OutboxSender(db, senderApi, logger, clock, {
    instanceId,
    gate: new DeliveryGate(db, services.preferences, config.timeZone),
    renderer: services.messages,
    monitor,
    spreadMs: 1_000 / 29.5,
    onRefused: (refused) => services.discussions.noticeRefusal(refused),
  });

  // Certificates are rendered here, in the background, never inside an update handler.
  const certificateWorker = new CertificateWorker(db, services.certificates, services.pdf, logger, clock, { instanceId, timeZone: config.timeZone });
  const web = createWebServer({
    db,
    certificatePages: { certificates: services.certificates, portfolio: services.portfolio, translate, defaultLocale: config.defaultLocale },
    admin: {
      services,
      translate,
      clock,
      defaultLocale: config.defaultLocale,
      timeZone: config.timeZone,
      publicUrl: config.web.publicUrl,
      loginWidget: config.web.loginWidget ? { botToken: token, botUsername: kodo.bot.botInfo.username } : null,
      botUsername: kodo.bot.botInfo.username,
      botFiles: { token, apiRoot: config.botApiRoot },
    },
    trustProxy: config.web.trustProxy,
  });
  let intake: PollingIntake | null = null;
  if (config.mode === 'webhook' && config.webhook) {
    registerWebhookRoute(web, { secret: config.webhook.secret, store, logger, onStored: () => processor.wake() });
  }
  const webUrl = await web.listen({ port: config.web.port, host: config.web.host });
  processor.start();
  sender.start();
  certificateWorker.start();
  // Periodic work (each job once per period across instances); other jobs join with scheduler.add(...).
  const scheduler = new JobScheduler(db, clock, logger, instanceId).add(reviewNoticesJob(services.grading, instanceId)).add(inboxMaintenanceJob(store)).add(finishProjectsJob(services.authoring.review)).add(webSessionsJob(services.webAuth)).add(digestsJob(services.digests, instanceId)).add(groupRemindersJob(services));
  scheduler.start();
  if (config.mode === 'webhook' && config.webhook) {
    await withRetry('setWebhook', logger, () =>
      kodo.bot.api.setWebhook(config.webhook!.url, { secret_token: config.webhook!.secret, allowed_updates: [...ALLOWED_UPDATES] }),
    );
  } else {
    intake = new PollingIntake(kodo.bot.api, store, logger, {
      onStored: (count) => processor.noteStored(count),
      beforePoll: (signal) => processor.roomForMore(signal),
      timeoutSeconds: options.pollTimeoutSeconds,
    });
    await intake.start();
  }
  logger.info({ mode: config.mode, database: provider, web: webUrl, bot: kodo.bot.botInfo.username }, 'KoDO bot is running');

  let stopped = false;
  return {
    db,
    provider,
    services,
    kodo,
    store,
    processor,
    sender,
    webUrl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await intake?.stop();
      await processor.stop();
      await sender.stop();
      await scheduler.stop();
      await certificateWorker.stop();
      await services.pdf.close();
      await web.close();
      await db.$disconnect();
    },
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
