// Webhook mode in-process: the secret is checked, the update is stored and answered with 200 at
// once, and the bot's work happens behind it; two instances share one database.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { createEmptyDatabase, databaseProviders } from '../helpers/db.ts';
import { FakeBotApi } from '../helpers/fake-bot-api.ts';
import { commandUpdate, makeUser } from '../helpers/updates.ts';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';
const SECRET = 'webhook-secret-for-tests';

describe.each(databaseProviders)('webhook mode on %s', (provider) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  it('stores updates behind the secret and handles each once (across two instances on PostgreSQL)', async () => {
    const fake = await new FakeBotApi().start();
    const database = await createEmptyDatabase(provider);
    cleanup.push(() => fake.stop(), () => database.remove());
    const config = parseConfig({
      BOT_TOKEN: TOKEN, BOT_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://kodo.example.org/telegram/webhook', WEBHOOK_SECRET: SECRET, WEB_PORT: '0', WEB_HOST: '127.0.0.1',
    });
    const logger = pino({ level: 'silent' });
    const apps: App[] = [];
    // Several instances is the PostgreSQL path; SQLite is the single-instance embedded default.
    cleanup.push(async () => {
      for (const app of apps) await app.stop();
    });
    for (let i = 0; i < (provider === 'postgresql' ? 2 : 1); i++) apps.push(await startApp(config, TOKEN, { logger }));
    expect(fake.callsOf('setWebhook').at(-1)?.params).toMatchObject({ url: 'https://kodo.example.org/telegram/webhook', secret_token: SECRET });

    const person = makeUser(3131);
    const update = commandUpdate(person, '/start');
    const post = (app: App, secret?: string) =>
      fetch(`${app.webUrl}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
        body: JSON.stringify(update),
      });

    expect((await post(apps[0]!)).status).toBe(401);
    expect((await post(apps[0]!, 'wrong-secret-wrong-secret')).status).toBe(401);
    expect(await apps[0]!.db.inboundUpdate.count()).toBe(0);

    // Telegram retries the same update on both instances: it is handled once.
    expect((await post(apps[0]!, SECRET)).status).toBe(200);
    expect((await post(apps.at(-1)!, SECRET)).status).toBe(200);
    await expect.poll(() => fake.sent(person.id).map((m) => m.text).join('\n'), { timeout: 15_000 }).toContain('Как вас зовут?');
    await expect.poll(async () => (await apps[0]!.db.inboundUpdate.findFirst())?.status, { timeout: 15_000 }).toBe('done');
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.sent(person.id).filter((m) => m.text?.includes('Как вас зовут?'))).toHaveLength(1);

    const health = await fetch(`${apps.at(-1)!.webUrl}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  }, 60_000);
});
