// The front door: `npm start` as a person runs it, against a local Bot API server, on each database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createEmptyDatabase, databaseProviders } from '../helpers/db.ts';
import { FakeBotApi } from '../helpers/fake-bot-api.ts';
import { callbackUpdate, commandUpdate, makeUser, textUpdate } from '../helpers/updates.ts';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';
const root = join(import.meta.dirname, '../..');

// `npm start` itself: it builds dist/ with scripts/build.mjs and runs `node dist/main.js` in npm's
// place (exec), so npm passes signals to the bot and hands back its exit code. The child leads its
// own process group, which the clean-up kills whole.
function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('npm start', () => {
  let running: ReturnType<typeof start> | null = null;
  afterEach(() => {
    if (running?.child.pid && running.child.exitCode === null) {
      try {
        process.kill(-running.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    running = null;
  });

  it('explains a missing token and exits with 2, without a stack trace', async () => {
    const run = start({ DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), 'kodo-')), 'x.db')}` });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('@BotFather');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('names every invalid value and exits with 2', async () => {
    const run = start({ BOT_TOKEN: TOKEN, DATABASE_URL: 'mysql://nope', BOT_MODE: 'carrier-pigeon' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/DATABASE_URL[\s\S]*BOT_MODE|BOT_MODE[\s\S]*DATABASE_URL/);
  });

  it('says clearly when the database cannot be reached at start', async () => {
    const run = start({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgresql://kodo:secret@127.0.0.1:1/kodo' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Cannot prepare the database at postgresql://kodo:***@127.0.0.1:1/kodo');
    expect(run.output()).not.toContain('secret');
  }, 60_000);

  it.each(databaseProviders)('registers a person over long polling on %s and stops cleanly', async (provider) => {
    const fake = await new FakeBotApi().start();
    const database = await createEmptyDatabase(provider);
    try {
      running = start({ BOT_TOKEN: TOKEN, BOT_API_ROOT: fake.apiRoot, DATABASE_URL: database.url, WEB_PORT: '0', ADMIN_TELEGRAM_IDS: '777' });
      const person = makeUser(4242, { language_code: 'en' });
      const waitFor = async (pattern: RegExp) => {
        await expect
          .poll(() => fake.sent(person.id).map((m) => m.text ?? '').find((t) => pattern.test(t)), { timeout: 40_000, interval: 100 })
          .toBeDefined();
      };
      const press = (text: string) => {
        const message = [...fake.sent(person.id)].reverse().find((m) => m.replyMarkup)!;
        const button = (message.replyMarkup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat().find((b) => b.text === text)!;
        fake.pushUpdate(callbackUpdate(person, button.callback_data, { ...message.message }));
      };

      fake.pushUpdate(commandUpdate(person, '/start'));
      await waitFor(/Как вас зовут\?/);
      expect(fake.myCommands(undefined, 'ru').map((c) => c.command)).toContain('profile');
      fake.pushUpdate(textUpdate(person, 'Кузнечикова Мария Ивановна'));
      await waitFor(/муниципалитета/);
      fake.pushUpdate(textUpdate(person, 'Город Приозёрный'));
      await waitFor(/Добавить «Город Приозёрный»/);
      press('Да, добавить');
      await waitFor(/учреждений/);
      fake.pushUpdate(textUpdate(person, 'МБУ ДО «Центр творчества»'));
      await waitFor(/Добавить его\?/);
      press('Да, добавить');
      await waitFor(/гильдии/);
      press('Педагог');
      await expect.poll(() => fake.calls.filter((c) => c.method === 'editMessageText').length, { timeout: 20_000 }).toBeGreaterThan(0);
      press('Готово ✅');
      await waitFor(/электронная почта/);
      press('Пропустить');
      await waitFor(/Вы зарегистрированы в КоДО/);

      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
      // pg 9 turns today's deprecations (queries queued on a busy client) into errors.
      expect(running.output()).not.toMatch(/DeprecationWarning/);
      const { db } = await openDatabase(database.url);
      const user = await db.user.findUnique({ where: { telegramId: 4242n }, include: { institution: true, roles: true } });
      const admin = await db.user.findUnique({ where: { telegramId: 777n }, include: { roles: true } });
      await db.$disconnect();
      expect(user?.fullName).toBe('Кузнечикова Мария Ивановна');
      expect(user?.institution?.name).toBe('МБУ ДО «Центр творчества»');
      expect(user?.roles.map((r) => r.role)).toEqual(['participant']);
      expect(admin?.roles.map((r) => r.role)).toEqual(['admin']);
    } finally {
      await fake.stop();
      await database.remove();
    }
  }, 120_000);
});
