// Local calendar days of instants, fast enough for the catalogue's hot path: every press compares
// hundreds of project dates with today. Creating an Intl.DateTimeFormat costs about 0.2 ms, so one
// formatter per time zone is kept, and the (few, repeating) project dates are memoised.
import type { LocalDate as CalendarDate } from './dates.ts';

type LocalDate = CalendarDate & { at: number; dayNumber: number };

const DAY_MS = 86_400_000;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const clockFormatters = new Map<string, Intl.DateTimeFormat>();
// Keyed by the Date object itself: the catalogue's list keeps its Date objects while it is cached,
// so a press finds every project date at once; a fresh "now" is looked up once per call.
const memo = new Map<string, WeakMap<Date, LocalDate>>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) dayFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/** The calendar date of an instant in the time zone (the same answer as dates.toLocalDate). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  let byDate = memo.get(timeZone);
  if (!byDate) memo.set(timeZone, (byDate = new WeakMap()));
  const known = byDate.get(instant);
  // A Date is mutable: the remembered answer holds only while it still points at the same instant.
  if (known && known.at === instant.getTime()) return known;
  const formatter = dayFormatter(timeZone);
  // en-CA writes YYYY-MM-DD; the parts are the fallback should an ICU build write it otherwise.
  let [year, month, day] = formatter.format(instant).split('-').map(Number) as [number, number, number];
  if (!(year > 0 && month > 0 && day > 0)) {
    const parts = formatter.formatToParts(instant);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    [year, month, day] = [get('year'), get('month'), get('day')];
  }
  const date = { year, month, day, at: instant.getTime(), dayNumber: Date.UTC(year, month - 1, day) / DAY_MS };
  byDate.set(instant, date);
  return date;
}

/** Days since 1970-01-01 of the instant's local calendar date. */
export function localDayNumber(instant: Date, timeZone: string): number {
  return localDateOf(instant, timeZone).dayNumber;
}

/** Whole local calendar days from `now` to `deadline` (dates.daysLeft, memoised). */
export function daysUntil(now: Date, deadline: Date, timeZone: string): number {
  return localDayNumber(deadline, timeZone) - localDayNumber(now, timeZone);
}

/** Milliseconds the time zone is ahead of UTC at the instant. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    clockFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
