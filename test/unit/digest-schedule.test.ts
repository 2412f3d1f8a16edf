// Digest timing and content rules: cron in the region's zone, periods, reminder days, levels reached.
import { describe, expect, it } from 'vitest';
import { digestKey, isCronExpression, latestFire, levelsReached, localDayRange, parseReminderDays, periodOf, weekHasNews } from '../../src/domain/digest-schedule.ts';

const TZ = 'Asia/Krasnoyarsk';
const at = (local: string) => new Date(`${local}+07:00`);

describe('latestFire', () => {
  it('reads the cron expression in the region time zone', () => {
    // Monday 23 November 2026, 10:00 in Krasnoyarsk is 03:00 UTC.
    expect(latestFire('0 10 * * 1', at('2026-11-23T10:00:30'), TZ)).toEqual(at('2026-11-23T10:00:00'));
    expect(latestFire('0 10 * * 1', at('2026-11-23T13:15:00'), TZ)).toEqual(at('2026-11-23T10:00:00'));
  });

  it('finds nothing before the first fire or past the catch-up window', () => {
    expect(latestFire('0 10 * * 1', at('2026-11-23T09:59:59'), TZ)).toBeNull();
    expect(latestFire('0 10 * * 1', at('2026-11-24T09:00:00'), TZ, 12 * 60)).toBeNull();
    expect(latestFire('0 10 * * *', at('2026-11-24T09:00:00'), TZ, 24 * 60)).toEqual(at('2026-11-23T10:00:00'));
  });

  it('names a period per fire, so two runs of one fire share one key and the next fire has another', () => {
    const fire = latestFire('30 9 * * *', at('2026-11-20T09:45:00'), TZ)!;
    expect(periodOf(fire, TZ)).toBe('2026-11-20T09:30');
    expect(periodOf(latestFire('30 9 * * *', at('2026-11-21T09:31:00'), TZ)!, TZ)).toBe('2026-11-21T09:30');
    expect(digestKey('weekly', 42, '2026-11-23T10:00')).toBe('digest:weekly:42:2026-11-23T10:00');
  });

  it('accepts only five-field expressions', () => {
    expect(isCronExpression('0 10 * * 1')).toBe(true);
    expect(isCronExpression('0 0 10 * * 1')).toBe(false);
    expect(isCronExpression('0 25 * * *')).toBe(false);
    expect(isCronExpression('every monday')).toBe(false);
  });
});

describe('reminder days and local days', () => {
  it('parses the configured days, largest first, each once', () => {
    expect(parseReminderDays('3,1')).toEqual([3, 1]);
    expect(parseReminderDays(' 1, 7 ,1 ')).toEqual([7, 1]);
    expect(parseReminderDays('three')).toBeNull();
    expect(parseReminderDays('')).toBeNull();
  });

  it('gives the UTC bounds of a local calendar day', () => {
    const { from, to } = localDayRange(at('2026-11-20T23:30:00'), 3, TZ);
    expect(from).toEqual(at('2026-11-23T00:00:00'));
    expect(to).toEqual(at('2026-11-24T00:00:00'));
  });
});

describe('weekly digest content', () => {
  const bands = [{ minPoints: 0 }, { minPoints: 100 }, { minPoints: 300 }];
  it('lists the level bands entered this week', () => {
    expect(levelsReached(bands, 120, 40)).toEqual([{ minPoints: 100 }]);
    expect(levelsReached(bands, 350, 300)).toEqual([{ minPoints: 100 }, { minPoints: 300 }]);
    expect(levelsReached(bands, 90, 40)).toEqual([]);
    expect(levelsReached(bands, 120, 0)).toEqual([]);
  });

  it('has nothing to say about a week with no badge, level, points, project or news', () => {
    const empty = { badges: [], levels: [], pointsGained: 0, newProjects: [], missedNews: [] };
    expect(weekHasNews(empty)).toBe(false);
    expect(weekHasNews({ ...empty, pointsGained: 5 })).toBe(true);
    expect(weekHasNews({ ...empty, missedNews: [{}] })).toBe(true);
  });
});
