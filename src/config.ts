// Reads and validates the environment into one typed Config; every invalid value is named at once.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_DIGEST_SCHEDULES, isCronExpression, parseReminderDays, type DigestSchedules } from './domain/digest-schedule.ts';

const TELEGRAM_API_ROOT = 'https://api.telegram.org';

/**
 * Updates in hand at once, each of its own chat. Each spends a few Telegram round trips in hand
 * (0.2–0.4 s), so 32 serve 80–160 presses a second per instance; past what covers those round
 * trips, more in hand only make each wait longer behind the others for the CPU.
 */
export const DEFAULT_UPDATE_CONCURRENCY = 32;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const schema = z
  .object({
    BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456789:AA… (the token @BotFather gave you)')),
    BOT_API_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default(TELEGRAM_API_ROOT)),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/i, 'must be file:<path> (SQLite) or postgres://… (PostgreSQL)')
        .default('file:./data/kodo.db'),
    ),
    BOT_MODE: z.preprocess(emptyToUndefined, z.enum(['polling', 'webhook']).default('polling')),
    WEBHOOK_URL: optional(z.url({ protocol: /^https$/ })),
    WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -')),
    ADMIN_TELEGRAM_IDS: z.preprocess(
      (v) => (typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : []),
      z.array(z.string().regex(/^\d{1,15}$/, 'must be a comma-separated list of numeric Telegram user ids')),
    ),
    TZ: z.preprocess(emptyToUndefined, z.string().refine(isTimeZone, 'is not a known IANA time zone').default('Asia/Krasnoyarsk')),
    DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(['ru', 'en']).default('ru')),
    WEB_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    WEB_HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
    WEB_LOGIN_WIDGET: z.preprocess(emptyToUndefined, z.enum(['0', '1', 'true', 'false']).default('0')),
    WEB_TRUST_PROXY: z.preprocess(emptyToUndefined, z.enum(['0', '1', 'true', 'false']).default('0')),
    UPDATE_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(DEFAULT_UPDATE_CONCURRENCY)),
    DIGEST_DEADLINES_CRON: z.preprocess(emptyToUndefined, z.string().refine(isCronExpression, 'must be a five-field cron expression such as "0 10 * * *"').default(DEFAULT_DIGEST_SCHEDULES.deadlinesCron)),
    DIGEST_WEEKLY_CRON: z.preprocess(emptyToUndefined, z.string().refine(isCronExpression, 'must be a five-field cron expression such as "0 10 * * 1"').default(DEFAULT_DIGEST_SCHEDULES.weeklyCron)),
    DIGEST_REVIEW_CRON: z.preprocess(emptyToUndefined, z.string().refine(isCronExpression, 'must be a five-field cron expression such as "0 9 * * *"').default(DEFAULT_DIGEST_SCHEDULES.reviewSummaryCron)),
    DEADLINE_REMINDER_DAYS: z.preprocess(emptyToUndefined, z.string().refine((v) => parseReminderDays(v) !== null, 'must be comma-separated whole days such as "3,1"').default(DEFAULT_DIGEST_SCHEDULES.reminderDays.join(','))),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_MODE === 'webhook') {
      if (!env.WEBHOOK_URL) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_URL'], message: 'is required when BOT_MODE=webhook (the public https address Telegram posts to)' });
      if (!env.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when BOT_MODE=webhook' });
    }
  });

export interface Config {
  botToken?: string;
  botApiRoot: string;
  databaseUrl: string;
  mode: 'polling' | 'webhook';
  webhook?: { url: string; secret: string };
  adminTelegramIds: bigint[];
  timeZone: string;
  defaultLocale: 'ru' | 'en';
  web: {
    port: number;
    host: string;
    publicUrl: string;
    /** Offer the Telegram Login Widget (the domain of PUBLIC_URL must be set in @BotFather with /setdomain). */
    loginWidget: boolean;
    /** Behind a reverse proxy: take the client address from X-Forwarded-For (login rate limits). */
    trustProxy: boolean;
  };
  updateConcurrency: number;
  logLevel: string;
  /** When deadline reminders, weekly digests and experts' summaries go out (region time zone). */
  digests: DigestSchedules;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      const value = env[String(issue.path[0])];
      const shown = value === undefined ? '' : ` (got "${name === 'BOT_TOKEN' ? '***' : value}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(problems);
  }
  const e = result.data;
  return {
    botToken: e.BOT_TOKEN,
    botApiRoot: e.BOT_API_ROOT.replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    mode: e.BOT_MODE,
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : undefined,
    adminTelegramIds: e.ADMIN_TELEGRAM_IDS.map((id) => BigInt(id)),
    timeZone: e.TZ,
    defaultLocale: e.DEFAULT_LOCALE,
    web: {
      port: e.WEB_PORT,
      host: e.WEB_HOST,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.WEB_PORT}`).replace(/\/+$/, ''),
      loginWidget: e.WEB_LOGIN_WIDGET === '1' || e.WEB_LOGIN_WIDGET === 'true',
      trustProxy: e.WEB_TRUST_PROXY === '1' || e.WEB_TRUST_PROXY === 'true',
    },
    updateConcurrency: e.UPDATE_CONCURRENCY,
    logLevel: e.LOG_LEVEL,
    digests: {
      deadlinesCron: e.DIGEST_DEADLINES_CRON.trim(),
      weeklyCron: e.DIGEST_WEEKLY_CRON.trim(),
      reviewSummaryCron: e.DIGEST_REVIEW_CRON.trim(),
      reminderDays: parseReminderDays(e.DEADLINE_REMINDER_DAYS)!,
    },
  };
}

/** Requires what running the bot needs beyond parsing: a token. */
export function requireBotToken(config: Config): string {
  if (!config.botToken) {
    throw new ConfigError([
      'BOT_TOKEN is not set. Open Telegram, write to @BotFather, send /newbot and follow its questions; ' +
        'it answers with a token like 123456789:AAE… — put it in .env as BOT_TOKEN=… (see .env.example) or export it.',
    ]);
  }
  return config.botToken;
}

/** Loads `.env` from the working directory when present; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
