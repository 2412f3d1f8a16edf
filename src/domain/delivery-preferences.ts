// What each person wants to receive and when: the one rule every sender applies (send now, hold until, drop).
import { zoneOffsetMs } from './local-days.ts';

/** Kinds of message a person can switch; anything without a category is a direct notice, always sent at once. */
export const MESSAGE_CATEGORIES = ['deadline', 'digest', 'award', 'news', 'review-summary'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const AWARD_MODES = ['now', 'digest', 'off'] as const;
export type AwardMode = (typeof AWARD_MODES)[number];

export interface DeliveryPreferences {
  deadlines: boolean;
  weeklyDigest: boolean;
  /** Award and level messages: at the moment of the grade, only in the weekly digest, or never. */
  awards: AwardMode;
  news: boolean;
  reviewSummary: boolean;
  /** Minutes after local midnight; null (both): no quiet hours. A window may cross midnight. */
  quietFrom: number | null;
  quietTo: number | null;
}

export const DEFAULT_PREFERENCES: DeliveryPreferences = {
  deadlines: true,
  weeklyDigest: true,
  awards: 'now',
  news: true,
  reviewSummary: true,
  quietFrom: 22 * 60,
  quietTo: 8 * 60,
};

export type DeliveryDecision = { action: 'send' } | { action: 'hold'; until: Date } | { action: 'drop' };

export function isCategory(value: string | null | undefined): value is MessageCategory {
  return (MESSAGE_CATEGORIES as readonly (string | null | undefined)[]).includes(value);
}

export function isAwardMode(value: string): value is AwardMode {
  return (AWARD_MODES as readonly string[]).includes(value);
}

/** Stored values, checked: an unknown award mode falls back to the default. */
export function preferencesFrom(row: Partial<Omit<DeliveryPreferences, 'awards'>> & { awards?: string } | null | undefined): DeliveryPreferences {
  if (!row) return DEFAULT_PREFERENCES;
  const quiet = validQuietHours(row.quietFrom ?? null, row.quietTo ?? null);
  return {
    deadlines: row.deadlines ?? true,
    weeklyDigest: row.weeklyDigest ?? true,
    awards: row.awards && isAwardMode(row.awards) ? row.awards : 'now',
    news: row.news ?? true,
    reviewSummary: row.reviewSummary ?? true,
    quietFrom: quiet?.from ?? null,
    quietTo: quiet?.to ?? null,
  };
}

/** A quiet window is two different minutes of the day; anything else means none. */
export function validQuietHours(from: number | null, to: number | null): { from: number; to: number } | null {
  const ok = (m: number | null): m is number => m !== null && Number.isInteger(m) && m >= 0 && m < 1440;
  return ok(from) && ok(to) && from !== to ? { from, to } : null;
}

/** Whether the person switched this kind of message off (awards: «only in the digest» is off here too). */
export function isMuted(prefs: DeliveryPreferences, category: MessageCategory): boolean {
  switch (category) {
    case 'deadline':
      return !prefs.deadlines;
    case 'digest':
      return !prefs.weeklyDigest;
    case 'award':
      return prefs.awards !== 'now';
    case 'news':
      return !prefs.news;
    case 'review-summary':
      return !prefs.reviewSummary;
  }
}

/** Minutes after local midnight of the instant in the time zone. */
export function localMinuteOfDay(now: Date, timeZone: string): number {
  const local = now.getTime() + zoneOffsetMs(now, timeZone);
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/** The end of the quiet window `now` falls in, or null when it is not quiet now. */
export function quietUntil(prefs: DeliveryPreferences, now: Date, timeZone: string): Date | null {
  const quiet = validQuietHours(prefs.quietFrom, prefs.quietTo);
  if (!quiet) return null;
  const minute = localMinuteOfDay(now, timeZone);
  const inside = quiet.from < quiet.to ? minute >= quiet.from && minute < quiet.to : minute >= quiet.from || minute < quiet.to;
  if (!inside) return null;
  const wait = (quiet.to - minute + 1440) % 1440;
  // To the start of the morning's minute: seconds already past in this minute are taken off.
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  return new Date(startOfMinute + wait * 60_000);
}

/**
 * The decision for one message to one person: a category they switched off is dropped; in their
 * quiet hours it waits for the morning; otherwise it goes now. Messages without a category (answers,
 * grade cards, receipts) are always sent at once.
 */
export function decideDelivery(prefs: DeliveryPreferences, category: string | null | undefined, now: Date, timeZone: string): DeliveryDecision {
  if (!isCategory(category)) return { action: 'send' };
  if (isMuted(prefs, category)) return { action: 'drop' };
  const until = quietUntil(prefs, now, timeZone);
  return until ? { action: 'hold', until } : { action: 'send' };
}

/** «22:00» */
export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
