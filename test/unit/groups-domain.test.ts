// Pure rules of bot-managed groups: missing rights, workshop joining, timetables, proposals.
import { describe, expect, it } from 'vitest';
import { missingRights, topicLink } from '../../src/domain/group-rights.ts';
import { checkProposal, PROPOSAL_FILE_MAX } from '../../src/domain/proposals.ts';
import { beforeCutoff, formatClock, parseLocalDay, parseTimetable } from '../../src/domain/slots.ts';
import { joinRefusal, parseCap } from '../../src/domain/workshops.ts';

const TZ = 'Asia/Krasnoyarsk';
const NOW = new Date('2026-11-20T03:00:00Z'); // 10:00 on 20 November in Krasnoyarsk

describe('missing rights', () => {
  it('names every right an ordinary member lacks, and topics when they are off', () => {
    expect(missingRights({ type: 'supergroup', isForum: false }, { status: 'member' })).toEqual(['topics', 'admin', 'can_manage_topics', 'can_invite_users', 'can_pin_messages']);
  });
  it('names only the rights an administrator lacks', () => {
    expect(missingRights({ type: 'supergroup', isForum: true }, { status: 'administrator', can_manage_topics: true, can_invite_users: false, can_pin_messages: true })).toEqual(['can_invite_users']);
  });
  it('asks for a supergroup when added to a basic group or a channel', () => {
    expect(missingRights({ type: 'group', isForum: false }, { status: 'administrator' })).toEqual(['supergroup']);
    expect(missingRights({ type: 'channel', isForum: false }, { status: 'administrator' })).toEqual(['supergroup']);
  });
  it('needs nothing more from a forum whose administrator bot holds the three rights', () => {
    expect(missingRights({ type: 'supergroup', isForum: true }, { status: 'administrator', can_manage_topics: true, can_invite_users: true, can_pin_messages: true })).toEqual([]);
  });
  it('links to a topic by the supergroup id without its -100 prefix', () => {
    expect(topicLink(-1001234567890n, 42)).toBe('https://t.me/c/1234567890/42');
  });
});

describe('workshop joining', () => {
  const open = { status: 'open', authorId: 1, formingUntil: new Date(NOW.getTime() + 86_400_000), cap: 2, memberCount: 1 };
  it('lets someone join an open workshop with a free seat', () => expect(joinRefusal(open, 2, NOW)).toBeNull());
  it('refuses the author, a full group, a passed forming deadline and a closed workshop', () => {
    expect(joinRefusal(open, 1, NOW)).toBe('own');
    expect(joinRefusal({ ...open, memberCount: 2 }, 2, NOW)).toBe('full');
    expect(joinRefusal({ ...open, formingUntil: new Date(NOW.getTime() - 1) }, 2, NOW)).toBe('forming-over');
    expect(joinRefusal({ ...open, status: 'closed' }, 2, NOW)).toBe('not-open');
  });
  it('reads a cap as a number from 1 to 500, or no cap', () => {
    expect(parseCap('12')).toEqual({ cap: 12 });
    expect(parseCap('нет')).toEqual({ cap: null });
    expect(parseCap('0')).toEqual({ cap: null });
    expect(parseCap('501')).toBeNull();
    expect(parseCap('пять')).toBeNull();
  });
});

describe('timetable', () => {
  it('makes a slot for every date and time in the region’s time zone', () => {
    const t = parseTimetable('Период: Декабрь 2026\nДаты: 14.12, 15.12.2026\nВремя: 10:00, 15:30\nДлительность: 60\nСсылка: https://meet.example/x\nНа муниципалитет: 2', NOW, TZ);
    if ('error' in t) throw new Error(t.error);
    expect(t.starts.map((s) => s.toISOString())).toEqual(['2026-12-14T03:00:00.000Z', '2026-12-14T08:30:00.000Z', '2026-12-15T03:00:00.000Z', '2026-12-15T08:30:00.000Z']);
    expect(t).toMatchObject({ period: 'Декабрь 2026', minutes: 60, onlineUrl: 'https://meet.example/x', perMunicipality: 2 });
    expect(formatClock(t.starts[1]!, TZ)).toBe('15:30');
  });
  it('reads English field names and defaults to one booking per municipality without a link', () => {
    const t = parseTimetable('Period: Dec\nDates: 1.12\nTimes: 9:00\nLength: 30', NOW, TZ);
    expect(t).toMatchObject({ perMunicipality: 1, onlineUrl: null, minutes: 30 });
  });
  it('names the line that is wrong', () => {
    expect(parseTimetable('Даты: 14.12\nВремя: 10:00\nДлительность: 60', NOW, TZ)).toEqual({ error: 'missing', field: 'period' });
    expect(parseTimetable('Период: x\nДаты: 31.02\nВремя: 10:00\nДлительность: 60', NOW, TZ)).toEqual({ error: 'bad-date', value: '31.02' });
    expect(parseTimetable('Период: x\nДаты: 14.12\nВремя: 25:00\nДлительность: 60', NOW, TZ)).toEqual({ error: 'bad-time', value: '25:00' });
    expect(parseTimetable('Период: x\nДаты: 14.12\nВремя: 10:00\nДлительность: 600', NOW, TZ)).toEqual({ error: 'bad-length' });
    expect(parseTimetable('Период: x\nДаты: 14.12\nВремя: 10:00\nДлительность: 60\nСсылка: ftp://x', NOW, TZ)).toEqual({ error: 'bad-link' });
    expect(parseTimetable('Период: x\nДаты: 20.11.2026\nВремя: 09:00\nДлительность: 60', NOW, TZ)).toMatchObject({ error: 'past-date' });
  });
  it('takes a day without a year as the next one to come', () => {
    expect(parseLocalDay('10.01', NOW, TZ)).toEqual({ year: 2027, month: 1, day: 10 });
    expect(parseLocalDay('25.11', NOW, TZ)).toEqual({ year: 2026, month: 11, day: 25 });
  });
  it('allows changes until a day before the slot', () => {
    expect(beforeCutoff(new Date(NOW.getTime() + 86_400_000), NOW)).toBe(true);
    expect(beforeCutoff(new Date(NOW.getTime() + 86_399_000), NOW)).toBe(false);
  });
});

describe('proposals', () => {
  it('refuses an empty text, one over 2,000 characters and a file over 20 MB', () => {
    expect(checkProposal('  ', null)).toBe('empty');
    expect(checkProposal('д'.repeat(10_000), null)).toBe('too-long');
    expect(checkProposal('ok', PROPOSAL_FILE_MAX + 1)).toBe('file-too-big');
    expect(checkProposal('Предложение', 1024)).toBeNull();
  });
});
