import { describe, expect, it } from 'vitest';
import { daysLeft, formatMonth, formatRange } from '../../src/domain/dates.ts';
import { deepLinkPayload, parseDeepLink } from '../../src/domain/deep-link.ts';
import { checkEmail, checkFullName, checkOrganisationName } from '../../src/domain/profile-rules.ts';
import { canManageRoles, isRole } from '../../src/domain/roles.ts';

const TZ = 'Asia/Krasnoyarsk';

describe('dates', () => {
  it('writes ranges as the region does', () => {
    expect(formatRange(new Date('2021-05-14T02:00:00Z'), new Date('2021-05-31T10:00:00Z'), 'ru', TZ)).toBe('14 мая – 31 мая');
    expect(formatRange(new Date('2021-05-17T02:00:00Z'), new Date('2021-07-31T10:00:00Z'), 'en', TZ)).toBe('17 May – 31 July');
    expect(formatRange(new Date('2025-12-20T02:00:00Z'), new Date('2026-01-20T02:00:00Z'), 'ru', TZ)).toBe('20 декабря 2025 – 20 января 2026');
  });
  it('uses the region time zone, not UTC', () => {
    // 20:00 UTC on 13 May is already 14 May in Krasnoyarsk (UTC+7).
    expect(formatRange(new Date('2021-05-13T20:00:00Z'), new Date('2021-05-13T20:00:00Z'), 'ru', TZ)).toBe('14 мая – 14 мая');
    expect(formatMonth(new Date('2021-04-30T18:00:00Z'), 'ru', TZ)).toBe('Май 2021');
  });
  it('counts days left in local calendar days', () => {
    expect(daysLeft(new Date('2021-05-30T10:00:00Z'), new Date('2021-05-31T10:00:00Z'), TZ)).toBe(1);
    expect(daysLeft(new Date('2021-06-01T10:00:00Z'), new Date('2021-05-31T10:00:00Z'), TZ)).toBe(-1);
  });
});

describe('deep links', () => {
  it('parses known payloads', () => {
    expect(parseDeepLink('project_12')).toEqual({ kind: 'project', id: 12 });
    expect(parseDeepLink('step_7')).toEqual({ kind: 'step', id: 7 });
    expect(parseDeepLink('cert_AB12CD34')).toEqual({ kind: 'certificate', code: 'AB12CD34' });
    expect(parseDeepLink('')).toBeNull();
    expect(parseDeepLink('project_abc')).toEqual({ kind: 'unknown', raw: 'project_abc' });
    expect(parseDeepLink('<script>')).toEqual({ kind: 'unknown', raw: '<script>' });
    expect(parseDeepLink('project_99999999999')).toEqual({ kind: 'unknown', raw: 'project_99999999999' });
  });
  it('round-trips', () => {
    expect(parseDeepLink(deepLinkPayload({ kind: 'project', id: 5 }))).toEqual({ kind: 'project', id: 5 });
  });
});

describe('profile rules', () => {
  it('checks full names', () => {
    expect(checkFullName('  Иванова   Мария  ')).toEqual({ ok: true, value: 'Иванова Мария' });
    expect(checkFullName(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkFullName('Я'.repeat(121))).toEqual({ ok: false, reason: 'too-long' });
    expect(checkFullName('12345')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkFullName('\u202eИванов\u202c Пётр')).toEqual({ ok: true, value: 'Иванов Пётр' });
  });
  it('checks e-mails', () => {
    expect(checkEmail('A.B@School.RU')).toEqual({ ok: true, value: 'a.b@school.ru' });
    expect(checkEmail('a@b')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEmail('a b@c.ru')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEmail(`${'a'.repeat(250)}@b.ru`)).toEqual({ ok: false, reason: 'too-long' });
  });
  it('checks organisation names', () => {
    expect(checkOrganisationName('ab')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkOrganisationName('ЦДТ «Радуга»')).toEqual({ ok: true, value: 'ЦДТ «Радуга»' });
  });
});

describe('roles', () => {
  it('knows the six roles and who manages them', () => {
    expect(isRole('expert')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(canManageRoles(['participant', 'admin'])).toBe(true);
    expect(canManageRoles(['moderator'])).toBe(false);
  });
});
