// Dates the way the region writes them («14 мая – 31 мая»), in the region's time zone.
import { localDateOf } from './local-days.ts';

export type Locale = 'ru' | 'en';

const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_MONTHS_NOMINATIVE = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function toLocalDate(instant: Date, timeZone: string): LocalDate {
  // One cached formatter per time zone (src/domain/local-days.ts): building one costs ~0.2 ms.
  const { year, month, day } = localDateOf(instant, timeZone);
  return { year, month, day };
}

export function formatDay(instant: Date, locale: Locale, timeZone: string, withYear = false): string {
  const d = toLocalDate(instant, timeZone);
  const text = locale === 'ru' ? `${d.day} ${RU_MONTHS_GENITIVE[d.month - 1]}` : `${d.day} ${EN_MONTHS[d.month - 1]}`;
  return withYear ? `${text} ${d.year}` : text;
}

/** «14 мая – 31 мая»; the year is added to both ends only when they fall in different years. */
export function formatRange(from: Date, to: Date, locale: Locale, timeZone: string): string {
  const a = toLocalDate(from, timeZone);
  const b = toLocalDate(to, timeZone);
  const withYear = a.year !== b.year;
  return `${formatDay(from, locale, timeZone, withYear)} – ${formatDay(to, locale, timeZone, withYear)}`;
}

/** «Май 2021» — the catalogue's month headings. */
export function formatMonth(instant: Date, locale: Locale, timeZone: string): string {
  const d = toLocalDate(instant, timeZone);
  return `${(locale === 'ru' ? RU_MONTHS_NOMINATIVE : EN_MONTHS)[d.month - 1]} ${d.year}`;
}

/** Whole calendar days from `now` until the end of `deadline`'s local day; negative once it has passed. */
export function daysLeft(now: Date, deadline: Date, timeZone: string): number {
  const n = toLocalDate(now, timeZone);
  const d = toLocalDate(deadline, timeZone);
  return Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(n.year, n.month - 1, n.day)) / 86_400_000);
}
