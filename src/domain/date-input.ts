// Dates as people type them — «1.12», «15 января», «2026-12-01», «1.12 – 15.01», «14–31 мая» — read
// into calendar days of the region; the year, when left out, is the nearest sensible one.
import type { LocalDate } from './dates.ts';
import { zoneOffsetMs } from './local-days.ts';

const MONTH_STEMS: [RegExp, number][] = [
  [/^(янв|jan)/, 1],
  [/^(фев|feb)/, 2],
  [/^(мар|mar)/, 3],
  [/^(апр|apr)/, 4],
  [/^(ма[йя]|may)/, 5],
  [/^(июн|jun)/, 6],
  [/^(июл|jul)/, 7],
  [/^(авг|aug)/, 8],
  [/^(сен|sep)/, 9],
  [/^(окт|oct)/, 10],
  [/^(ноя|nov)/, 11],
  [/^(дек|dec)/, 12],
];

const DAY_MS = 86_400_000;
/** A date typed without a year is taken in the first year that puts it no earlier than this before the reference. */
const GRACE_DAYS = 31;

const dayNumber = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

function valid(d: LocalDate): boolean {
  if (d.year < 2000 || d.year > 2100 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [stem, month] of MONTH_STEMS) if (stem.test(w)) return month;
  return null;
}

function withYear(day: number, month: number, year: number | null, reference: LocalDate): LocalDate | null {
  if (year !== null) {
    const d = { year: year < 100 ? 2000 + year : year, month, day };
    return valid(d) ? d : null;
  }
  for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
    const d = { year: y, month, day };
    if (valid(d) && dayNumber(d) >= dayNumber(reference) - GRACE_DAYS) return d;
  }
  return null;
}

/**
 * One calendar day, or null when the text is not a date. `reference` (today, or the start for an
 * end date) decides the year when none is typed.
 */
export function parseDay(text: string, reference: LocalDate): LocalDate | null {
  const s = text.trim().toLowerCase().replace(/\s+г(ода?)?\.?$/, '').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return withYear(Number(m[3]), Number(m[2]), Number(m[1]), reference);
  m = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?$/.exec(s);
  if (m) return withYear(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null, reference);
  m = /^(\d{1,2}) ([a-zа-яё.]+)(?: (\d{4}))?$/.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? withYear(Number(m[1]), month, m[3] ? Number(m[3]) : null, reference) : null;
  }
  m = /^([a-z.]+) (\d{1,2}),?(?: (\d{4}))?$/.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? withYear(Number(m[2]), month, m[3] ? Number(m[3]) : null, reference) : null;
  }
  return null;
}

export type RangeResult = { ok: true; from: LocalDate; to: LocalDate } | { ok: false; reason: 'format' | 'order' };

const SEPARATOR = /\s*(?:–|—|\s-\s|\.\.|\s(?:по|до|to)\s)\s*/;

/** «1.12 – 15.01», «с 1 декабря по 20 декабря», «14–31 мая», «2026-12-01 — 2026-12-20». */
export function parseRange(text: string, reference: LocalDate): RangeResult {
  let s = ` ${text.trim().toLowerCase().replace(/\s+/g, ' ')} `.replace(/^ (с|from) /, ' ').trim();
  // «14–31 мая»: the month is written once, after the second day.
  const shared = /^(\d{1,2})\s*[–—-]\s*(\d{1,2}) ([a-zа-яё.]+(?: \d{4})?)$/.exec(s);
  if (shared) s = `${shared[1]} ${shared[3]} – ${shared[2]} ${shared[3]}`;
  let parts = s.split(SEPARATOR);
  if (parts.length !== 2) {
    const compact = /^(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)-(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)$/.exec(s);
    if (!compact) return { ok: false, reason: 'format' };
    parts = [compact[1]!, compact[2]!];
  }
  const from = parseDay(parts[0]!, reference);
  if (!from) return { ok: false, reason: 'format' };
  const to = parseDay(parts[1]!, from);
  if (!to) return { ok: false, reason: 'format' };
  return dayNumber(to) < dayNumber(from) ? { ok: false, reason: 'order' } : { ok: true, from, to };
}

/** The instant the calendar day starts in the time zone (how project and step dates are stored). */
export function startOfLocalDay(day: LocalDate, timeZone: string): Date {
  const guess = Date.UTC(day.year, day.month - 1, day.day);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  // Around a change of offset the first estimate may be off by the change; one more pass settles it.
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}
