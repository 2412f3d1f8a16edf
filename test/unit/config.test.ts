import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, requireBotToken } from '../../src/config.ts';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';

describe('config', () => {
  it('gives working defaults for a fresh machine', () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN });
    expect(c.databaseUrl).toBe('file:./data/kodo.db');
    expect(c.botApiRoot).toBe('https://api.telegram.org');
    expect(c.mode).toBe('polling');
    expect(c.timeZone).toBe('Asia/Krasnoyarsk');
    expect(c.defaultLocale).toBe('ru');
    expect(c.web.port).toBe(3000);
    expect(c.web.publicUrl).toBe('http://localhost:3000');
    expect(c.adminTelegramIds).toEqual([]);
  });

  it('reads every documented variable', () => {
    const c = parseConfig({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: 'http://127.0.0.1:8081/',
      DATABASE_URL: 'postgresql://kodo@127.0.0.1:5432/kodo',
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://kodo.example.org/telegram/webhook',
      WEBHOOK_SECRET: 'a-very-long-secret-token',
      ADMIN_TELEGRAM_IDS: '111, 222;333',
      TZ: 'Europe/Moscow',
      DEFAULT_LOCALE: 'en',
      WEB_PORT: '8080',
      PUBLIC_URL: 'https://kodo.example.org/',
    });
    expect(c.botApiRoot).toBe('http://127.0.0.1:8081');
    expect(c.mode).toBe('webhook');
    expect(c.webhook).toEqual({ url: 'https://kodo.example.org/telegram/webhook', secret: 'a-very-long-secret-token' });
    expect(c.adminTelegramIds).toEqual([111n, 222n, 333n]);
    expect(c.timeZone).toBe('Europe/Moscow');
    expect(c.web).toMatchObject({ port: 8080, publicUrl: 'https://kodo.example.org' });
  });

  it('names every invalid value in one message', () => {
    let error: unknown;
    try {
      parseConfig({ BOT_TOKEN: 'nonsense', DATABASE_URL: 'mysql://x', BOT_MODE: 'push', TZ: 'Mars/Olympus', WEB_PORT: '99999', ADMIN_TELEGRAM_IDS: 'alice', DEFAULT_LOCALE: 'de' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['BOT_TOKEN', 'DATABASE_URL', 'BOT_MODE', 'TZ', 'WEB_PORT', 'ADMIN_TELEGRAM_IDS', 'DEFAULT_LOCALE']) expect(message).toContain(name);
    expect(message).not.toContain('nonsense'); // the token is never echoed
  });

  it('reads digest schedules and reminder days, and names a bad cron expression or day list', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).digests).toEqual({ deadlinesCron: '0 10 * * *', weeklyCron: '0 10 * * 1', reviewSummaryCron: '0 9 * * *', reminderDays: [3, 1] });
    expect(parseConfig({ BOT_TOKEN: TOKEN, DIGEST_WEEKLY_CRON: '30 18 * * 5', DEADLINE_REMINDER_DAYS: '1,7' }).digests).toMatchObject({ weeklyCron: '30 18 * * 5', reminderDays: [7, 1] });
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, DIGEST_WEEKLY_CRON: 'every friday', DEADLINE_REMINDER_DAYS: 'soon' })).toThrow(/DIGEST_WEEKLY_CRON[\s\S]*DEADLINE_REMINDER_DAYS/);
  });

  it('requires the webhook address and secret in webhook mode', () => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' })).toThrow(/WEBHOOK_URL[\s\S]*WEBHOOK_SECRET/);
  });

  it('explains how to get a token when it is missing', () => {
    const c = parseConfig({});
    expect(() => requireBotToken(c)).toThrow(/@BotFather[\s\S]*\/newbot/);
  });
});
