// Discussion slots: the timetable a moderator types, turned into slots, and the booking cutoff.
import { toLocalDate } from './dates.ts';
import { zoneOffsetMs } from './local-days.ts';

/** Bookings may be made, cancelled or moved until this long before the slot starts. */
export const BOOKING_CUTOFF_MS = 24 * 3_600_000;
export const PERIOD_MAX = 40;
export const SLOTS_MAX = 200;

export interface Timetable {
  period: string;
  /** Local dates and times, combined into instants in the region's time zone. */
  starts: Date[];
  minutes: number;
  onlineUrl: string | null;
  perMunicipality: number;
}

export type TimetableError =
  | { error: 'missing'; field: TimetableField }
  | { error: 'bad-date'; value: string }
  | { error: 'past-date'; value: string }
  | { error: 'bad-time'; value: string }
  | { error: 'bad-length' }
  | { error: 'bad-link' }
  | { error: 'bad-cap' }
  | { error: 'too-many'; count: number };

export type TimetableField = 'period' | 'dates' | 'times' | 'length';

const FIELD_NAMES: Record<string, TimetableField | 'link' | 'cap'> = {
  период: 'period', period: 'period',
  даты: 'dates', dates: 'dates', дата: 'dates', date: 'dates',
  время: 'times', times: 'times', time: 'times',
  длительность: 'length', length: 'length', minutes: 'length', минуты: 'length',
  ссылка: 'link', link: 'link',
  'на муниципалитет': 'cap', 'per municipality': 'cap',
};

/** A local wall-clock time in the zone as an instant (two passes settle a DST edge). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = guess - zoneOffsetMs(new Date(guess), timeZone);
  instant = guess - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** «14.12.2026» or «14.12» (this year, or next if the day has passed). */
export function parseLocalDay(text: string, now: Date, timeZone: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const today = toLocalDate(now, timeZone);
  let year = m[3] ? Number(m[3]) : today.year;
  if (month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  if (!m[3] && Date.UTC(year, month - 1, day) < Date.UTC(today.year, today.month - 1, today.day)) year++;
  return { year, month, day };
}

export function parseTimetable(text: string, now: Date, timeZone: string): Timetable | TimetableError {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = FIELD_NAMES[line.slice(0, colon).trim().toLowerCase()];
    if (name) fields.set(name, line.slice(colon + 1).trim());
  }
  for (const field of ['period', 'dates', 'times', 'length'] as const) if (!fields.get(field)) return { error: 'missing', field };
  const period = fields.get('period')!.slice(0, PERIOD_MAX);

  const days: { year: number; month: number; day: number }[] = [];
  for (const value of fields.get('dates')!.split(/[,;\s]+/).filter(Boolean)) {
    const day = parseLocalDay(value, now, timeZone);
    if (!day) return { error: 'bad-date', value };
    days.push(day);
  }
  const times: [number, number][] = [];
  for (const value of fields.get('times')!.split(/[,;\s]+/).filter(Boolean)) {
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(value);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { error: 'bad-time', value };
    times.push([Number(m[1]), Number(m[2])]);
  }
  const minutes = Number(fields.get('length'));
  if (!Number.isInteger(minutes) || minutes < 10 || minutes > 240) return { error: 'bad-length' };
  const link = fields.get('link') || null;
  if (link !== null && (!/^https?:\/\/\S+$/.test(link) || link.length > 500)) return { error: 'bad-link' };
  const capText = fields.get('cap');
  const perMunicipality = capText ? Number(capText) : 1;
  if (!Number.isInteger(perMunicipality) || perMunicipality < 1 || perMunicipality > 20) return { error: 'bad-cap' };

  const starts: Date[] = [];
  for (const d of days) {
    for (const [hour, minute] of times) {
      const start = zonedInstant(d.year, d.month, d.day, hour, minute, timeZone);
      if (start.getTime() <= now.getTime()) return { error: 'past-date', value: `${d.day}.${d.month}.${d.year} ${hour}:${String(minute).padStart(2, '0')}` };
      starts.push(start);
    }
  }
  if (starts.length > SLOTS_MAX) return { error: 'too-many', count: starts.length };
  const unique = [...new Map(starts.map((s) => [s.getTime(), s])).values()].sort((a, b) => a.getTime() - b.getTime());
  return { period, starts: unique, minutes, onlineUrl: link, perMunicipality };
}

/** A booking may be made, cancelled or moved only before the cutoff. */
export const beforeCutoff = (slotStartsAt: Date, now: Date) => slotStartsAt.getTime() - now.getTime() >= BOOKING_CUTOFF_MS;

/** «10:00» in the region's time zone. */
export function formatClock(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + zoneOffsetMs(instant, timeZone));
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}
