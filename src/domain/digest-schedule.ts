// When digests are due: cron expressions read in the region's time zone, the period each fire names,
// and the pure rules of what a digest holds (deadline days, levels reached, "nothing to say").
import { parse, validate } from 'node-cron';
import { zoneOffsetMs } from './local-days.ts';

export const DIGEST_KINDS = ['deadlines', 'weekly', 'review-summary'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

export interface DigestSchedules {
  /** Cron expressions (minute hour day-of-month month day-of-week) in the region's time zone. */
  deadlinesCron: string;
  weeklyCron: string;
  reviewSummaryCron: string;
  /** Remind this many local days before a step's last day (default 3 and 1). */
  reminderDays: number[];
}

export const DEFAULT_DIGEST_SCHEDULES: DigestSchedules = {
  deadlinesCron: '0 10 * * *',
  weeklyCron: '0 10 * * 1',
  reviewSummaryCron: '0 9 * * *',
  reminderDays: [3, 1],
};

/** A fire missed while no instance ran (a restart at 10:00) is still made up this long after. */
export const CATCH_UP_MINUTES = 12 * 60;

export function isCronExpression(expression: string): boolean {
  // Five fields only: seconds would make "once per fire" mean many runs a minute.
  return expression.trim().split(/\s+/).length === 5 && validate(expression);
}

interface Fields {
  minute: Set<number>;
  hour: Set<number>;
  dayOfMonth: Set<number>;
  month: Set<number>;
  dayOfWeek: Set<number>;
}

const fieldsCache = new Map<string, Fields>();

function fieldsOf(expression: string): Fields {
  let fields = fieldsCache.get(expression);
  if (!fields) {
    if (!isCronExpression(expression)) throw new Error(`not a five-field cron expression: "${expression}"`);
    const p = parse(expression);
    const numbers = (values: (number | string)[]) => new Set(values.map(Number));
    // Sunday may be written 0 or 7.
    const dayOfWeek = numbers(p.dayOfWeek);
    if (dayOfWeek.has(7)) dayOfWeek.add(0);
    fields = { minute: numbers(p.minute), hour: numbers(p.hour), dayOfMonth: numbers(p.dayOfMonth), month: numbers(p.month), dayOfWeek };
    fieldsCache.set(expression, fields);
  }
  return fields;
}

/**
 * The latest minute at or before `now` that the expression names in the time zone, looking back at
 * most `lookbackMinutes`; null when none. Day of month and day of week must both match.
 */
export function latestFire(expression: string, now: Date, timeZone: string, lookbackMinutes = CATCH_UP_MINUTES): Date | null {
  const f = fieldsOf(expression);
  const startMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  // Reading a zone's offset costs a formatter call: once per hour looked back (offsets change on the hour at most).
  const offsets = new Map<number, number>();
  for (let i = 0; i <= lookbackMinutes; i++) {
    const instant = startMinute - i * 60_000;
    const hour = Math.floor(instant / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) offsets.set(hour, (offset = zoneOffsetMs(new Date(hour * 3_600_000), timeZone)));
    // Wall-clock fields read from a shifted UTC date (the zone's offset at that instant).
    const local = new Date(instant + offset);
    if (
      f.minute.has(local.getUTCMinutes()) &&
      f.hour.has(local.getUTCHours()) &&
      f.dayOfMonth.has(local.getUTCDate()) &&
      f.month.has(local.getUTCMonth() + 1) &&
      f.dayOfWeek.has(local.getUTCDay())
    ) {
      return new Date(instant);
    }
  }
  return null;
}

/** The period a fire names, as the region reads it: «2026-11-23T10:00». */
export function periodOf(fire: Date, timeZone: string): string {
  return new Date(fire.getTime() + zoneOffsetMs(fire, timeZone)).toISOString().slice(0, 16);
}

/** The outbox key of one person's digest of one period: unique, so each is sent at most once. */
export function digestKey(kind: DigestKind, userId: number, period: string): string {
  return `digest:${kind}:${userId}:${period}`;
}

/** Reminder days as configured: whole days ≥ 0, each once, largest first. */
export function parseReminderDays(raw: string): number[] | null {
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

/** UTC instants [from, to) of the local calendar day `days` after the local day of `now`. */
export function localDayRange(now: Date, days: number, timeZone: string): { from: Date; to: Date } {
  const offset = zoneOffsetMs(now, timeZone);
  const localMidnight = Math.floor((now.getTime() + offset) / 86_400_000) * 86_400_000;
  const from = localMidnight + days * 86_400_000 - offset;
  return { from: new Date(from), to: new Date(from + 86_400_000) };
}

export interface LevelBandLike {
  minPoints: number;
}

/** The band a points total falls in (bands sorted by minPoints); -1 below the first. */
export function bandIndex(bands: readonly LevelBandLike[], points: number): number {
  let index = -1;
  bands.forEach((band, i) => {
    if (points >= band.minPoints) index = i;
  });
  return index;
}

/** The level bands entered during a week that moved a total from `total - gained` to `total`. */
export function levelsReached<T extends LevelBandLike>(bands: readonly T[], total: number, gained: number): T[] {
  if (gained <= 0) return [];
  const before = bandIndex(bands, total - gained);
  const after = bandIndex(bands, total);
  return bands.slice(before + 1, after + 1);
}

export interface WeeklyFacts {
  badges: readonly unknown[];
  levels: readonly unknown[];
  pointsGained: number;
  newProjects: readonly unknown[];
  missedNews: readonly unknown[];
}

/** A week with nothing for a person sends nothing (their standing total alone is no news). */
export function weekHasNews(facts: WeeklyFacts): boolean {
  return facts.badges.length + facts.levels.length + facts.newProjects.length + facts.missedNews.length > 0 || facts.pointsGained !== 0;
}
