// Dates typed by authors: the formats people use, the year left out, ranges and nonsense.
import { describe, expect, it } from 'vitest';
import { parseDay, parseRange, startOfLocalDay } from '../../src/domain/date-input.ts';
import { formatDay } from '../../src/domain/dates.ts';

const today = { year: 2026, month: 12, day: 2 };

describe('parseDay', () => {
  it('reads day.month, words and ISO dates', () => {
    expect(parseDay('1.12', today)).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseDay('15 января', today)).toEqual({ year: 2027, month: 1, day: 15 });
    expect(parseDay('2026-12-01', today)).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseDay('05.01.27', today)).toEqual({ year: 2027, month: 1, day: 5 });
    expect(parseDay('3 мая 2027 г.', today)).toEqual({ year: 2027, month: 5, day: 3 });
    expect(parseDay('January 15', today)).toEqual({ year: 2027, month: 1, day: 15 });
    expect(parseDay('15 янв.', today)).toEqual({ year: 2027, month: 1, day: 15 });
  });

  it('takes a date without a year in the coming year once it is more than a month past', () => {
    expect(parseDay('20.11', today)).toEqual({ year: 2026, month: 11, day: 20 });
    expect(parseDay('20.10', today)).toEqual({ year: 2027, month: 10, day: 20 });
  });

  it('refuses impossible days and words that are not dates', () => {
    expect(parseDay('31.11', today)).toBeNull();
    expect(parseDay('30 февраля', today)).toBeNull();
    expect(parseDay('завтра', today)).toBeNull();
    expect(parseDay('13.13', today)).toBeNull();
    expect(parseDay('', today)).toBeNull();
  });
});

describe('parseRange', () => {
  it('reads the ways people write a span, the end taking its year from the start', () => {
    expect(parseRange('1.12 – 15.01', today)).toEqual({ ok: true, from: { year: 2026, month: 12, day: 1 }, to: { year: 2027, month: 1, day: 15 } });
    expect(parseRange('с 1 декабря по 20 декабря', today)).toMatchObject({ ok: true, to: { year: 2026, month: 12, day: 20 } });
    expect(parseRange('14–31 мая', today)).toEqual({ ok: true, from: { year: 2027, month: 5, day: 14 }, to: { year: 2027, month: 5, day: 31 } });
    expect(parseRange('2026-12-01 — 2026-12-20', today)).toMatchObject({ ok: true });
    expect(parseRange('1.12-20.12', today)).toMatchObject({ ok: true, to: { day: 20 } });
  });

  it('says when the end comes before the start and when the text is not a span', () => {
    expect(parseRange('20.12.2026 – 1.12.2026', today)).toEqual({ ok: false, reason: 'order' });
    expect(parseRange('1.12', today)).toEqual({ ok: false, reason: 'format' });
    expect(parseRange('soon – later', today)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('startOfLocalDay', () => {
  it('is midnight of that day in the region and reads back as the same day', () => {
    const at = startOfLocalDay({ year: 2026, month: 12, day: 1 }, 'Asia/Krasnoyarsk');
    expect(at.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(formatDay(at, 'ru', 'Asia/Krasnoyarsk')).toBe('1 декабря');
  });
});
