// The one delivery rule every sender applies: muted kinds dropped, quiet hours held to the morning.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, decideDelivery, preferencesFrom, quietUntil, validQuietHours } from '../../src/domain/delivery-preferences.ts';

const TZ = 'Asia/Krasnoyarsk'; // UTC+7
const at = (local: string) => new Date(`${local}+07:00`);

describe('decideDelivery', () => {
  it('sends a message with no category at once, even at night and with everything muted', () => {
    const muted = { ...DEFAULT_PREFERENCES, deadlines: false, weeklyDigest: false, news: false, awards: 'off' as const };
    expect(decideDelivery(muted, null, at('2026-11-20T23:30:00'), TZ)).toEqual({ action: 'send' });
    expect(decideDelivery(muted, 'grade-card', at('2026-11-20T03:00:00'), TZ)).toEqual({ action: 'send' });
  });

  it('sends a categorised message at once outside quiet hours', () => {
    expect(decideDelivery(DEFAULT_PREFERENCES, 'deadline', at('2026-11-20T10:00:00'), TZ)).toEqual({ action: 'send' });
    expect(decideDelivery(DEFAULT_PREFERENCES, 'news', at('2026-11-20T21:59:00'), TZ)).toEqual({ action: 'send' });
  });

  it('holds a message in the default quiet hours (22:00–08:00 regional time) until 08:00', () => {
    expect(decideDelivery(DEFAULT_PREFERENCES, 'digest', at('2026-11-20T22:00:00'), TZ)).toEqual({ action: 'hold', until: at('2026-11-21T08:00:00') });
    expect(decideDelivery(DEFAULT_PREFERENCES, 'award', at('2026-11-21T03:17:42'), TZ)).toEqual({ action: 'hold', until: at('2026-11-21T08:00:00') });
    expect(decideDelivery(DEFAULT_PREFERENCES, 'award', at('2026-11-21T08:00:00'), TZ)).toEqual({ action: 'send' });
  });

  it('honours changed quiet hours, a window within one day and no quiet hours at all', () => {
    const day = { ...DEFAULT_PREFERENCES, quietFrom: 13 * 60, quietTo: 15 * 60 };
    expect(decideDelivery(day, 'news', at('2026-11-20T14:10:00'), TZ)).toEqual({ action: 'hold', until: at('2026-11-20T15:00:00') });
    expect(decideDelivery(day, 'news', at('2026-11-20T23:00:00'), TZ)).toEqual({ action: 'send' });
    const none = { ...DEFAULT_PREFERENCES, quietFrom: null, quietTo: null };
    expect(decideDelivery(none, 'news', at('2026-11-20T03:00:00'), TZ)).toEqual({ action: 'send' });
  });

  it('drops each kind the person switched off, whatever the hour', () => {
    const now = at('2026-11-20T12:00:00');
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, deadlines: false }, 'deadline', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, weeklyDigest: false }, 'digest', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, news: false }, 'news', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, reviewSummary: false }, 'review-summary', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, deadlines: false }, 'news', now, TZ)).toEqual({ action: 'send' });
  });

  it('drops award and level messages set to «only in the digest» or off, and sends them when set to «at once»', () => {
    const now = at('2026-11-20T12:00:00');
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, awards: 'digest' }, 'award', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, awards: 'off' }, 'award', now, TZ)).toEqual({ action: 'drop' });
    expect(decideDelivery({ ...DEFAULT_PREFERENCES, awards: 'now' }, 'award', now, TZ)).toEqual({ action: 'send' });
  });
});

describe('stored preferences', () => {
  it('gives the defaults to a person without a row and repairs unknown values', () => {
    expect(preferencesFrom(null)).toEqual(DEFAULT_PREFERENCES);
    expect(preferencesFrom({ awards: 'sometimes', quietFrom: 600, quietTo: 600 })).toMatchObject({ awards: 'now', quietFrom: null, quietTo: null });
  });

  it('accepts a quiet window only of two different minutes of the day', () => {
    expect(validQuietHours(1320, 480)).toEqual({ from: 1320, to: 480 });
    expect(validQuietHours(1320, 1320)).toBeNull();
    expect(validQuietHours(1440, 0)).toBeNull();
    expect(validQuietHours(-1, 60)).toBeNull();
    expect(quietUntil({ ...DEFAULT_PREFERENCES, quietFrom: 1320, quietTo: 1320 }, at('2026-11-20T23:00:00'), TZ)).toBeNull();
  });
});
