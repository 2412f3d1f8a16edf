// A broadcast survives SIGKILL: the bot (`npm start`, a real child process) is killed while a
// message is on the wire, started again, and every recipient ends up with the post exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createEmptyDatabase } from '../helpers/db.ts';
import { FakeBotApi } from '../helpers/fake-bot-api.ts';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';
const root = join(import.meta.dirname, '../..');
const RECIPIENTS = 90;
const MODERATOR = 5_000;

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

const kill = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
};

describe('a broadcast killed mid-way', () => {
  const children: ChildProcess[] = [];
  afterEach(() => children.forEach(kill));

  it('resumes after SIGKILL from the rows not yet sent and reaches every recipient exactly once', async () => {
    const fake = await new FakeBotApi().start();
    const database = await createEmptyDatabase('sqlite');
    try {
      await applyMigrations(database.url);
      const { db } = await openDatabase(database.url);
      const now = new Date();
      await db.user.create({ data: { telegramId: BigInt(MODERATOR), fullName: 'Модератор', registeredAt: now, roles: { create: [{ role: 'moderator' }] } } });
      for (let i = 1; i <= RECIPIENTS; i++) await db.user.create({ data: { telegramId: BigInt(10_000 + i), fullName: `Участник ${i}`, locale: i % 2 ? 'ru' : 'en', registeredAt: now } });
      // No quiet hours: the test runs at any time of day, and news waits out the night otherwise.
      const everyone = await db.user.findMany({ select: { id: true } });
      await db.deliveryPreference.createMany({ data: everyone.map((u) => ({ userId: u.id, quietFrom: null, quietTo: null, updatedAt: now })) });
      const b = await db.broadcast.create({
        data: {
          text: 'Новость дня',
          post: { text: 'Новость дня', buttons: [] },
          audience: { kind: 'all' },
          status: 'scheduled',
          sendAt: now,
          statusChatId: BigInt(MODERATOR),
          statusMessageId: 1,
        },
      });

      // Telegram answers the first 40 posts; from the 41st on requests hang, as if on the wire.
      let posts = 0;
      let holding = true;
      const held: number[] = [];
      const real = (fake as unknown as { sendMessage(p: object, token: string): unknown }).sendMessage.bind(fake);
      fake.setHandler('sendMessage', (params, call) => {
        if (params.text === 'Новость дня' && holding && ++posts > 40) {
          held.push(Number(params.chat_id));
          return new Promise(() => undefined);
        }
        return real(params, call.token);
      });
      const delivered = () => fake.sent().filter((m) => m.text === 'Новость дня');
      const env = { BOT_TOKEN: TOKEN, BOT_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, WEB_PORT: '0' };

      const first = start(env);
      children.push(first.child);
      await expect.poll(() => held.length, { timeout: 90_000, interval: 100 }).toBeGreaterThan(0);
      // Every answered post is marked sent: the kill then finds exactly the held ones in flight.
      await expect.poll(() => db.outboxMessage.count({ where: { broadcastId: b.id, status: 'sent' } }), { timeout: 20_000, interval: 50 }).toBe(40);
      kill(first.child);
      await new Promise((r) => first.child.once('exit', r));
      expect(delivered()).toHaveLength(40);
      expect(await db.outboxMessage.count({ where: { broadcastId: b.id, status: 'sending' } })).toBeGreaterThan(0);

      holding = false;
      const second = start(env);
      children.push(second.child);
      // The new instance takes the sender's lease once the dead one's expires (30 s), then resumes.
      await expect.poll(() => delivered().length, { timeout: 120_000, interval: 250 }).toBe(RECIPIENTS + 1);
      await expect.poll(async () => (await db.broadcast.findUniqueOrThrow({ where: { id: b.id } })).status, { timeout: 20_000 }).toBe('done');
      const perChat = new Map<number, number>();
      for (const m of delivered()) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
      expect(perChat.size).toBe(RECIPIENTS + 1);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      // Each in the recipient's language.
      const english = delivered().find((m) => m.chatId === 10_002)!;
      expect(JSON.stringify(english.replyMarkup)).toContain('All news');
      kill(second.child);
      await db.$disconnect();
    } finally {
      await fake.stop();
      await database.remove();
    }
  }, 240_000);
});
