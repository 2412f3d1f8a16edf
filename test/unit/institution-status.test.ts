// Institution status bands from members' achievements.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_BANDS, institutionStatus } from '../../src/domain/institution-status.ts';

describe('institution status', () => {
  it('is dormant without active members, however many registered', () => {
    expect(institutionStatus({ members: 40, activeMembers: 0, total: 0 })).toBe('dormant');
  });

  it('is starting with one active member', () => {
    expect(institutionStatus({ members: 20, activeMembers: 1, total: 900 })).toBe('starting');
  });

  it('is active from three active members who are a quarter of the staff', () => {
    expect(institutionStatus({ members: 12, activeMembers: 3, total: 60 })).toBe('active');
    // Three active out of thirteen is under a quarter: still starting.
    expect(institutionStatus({ members: 13, activeMembers: 3, total: 60 })).toBe('starting');
  });

  it('is advanced with five active members, 40 % of the staff, and a mean of 100', () => {
    expect(institutionStatus({ members: 10, activeMembers: 5, total: 500 })).toBe('advanced');
    expect(institutionStatus({ members: 10, activeMembers: 5, total: 499 })).toBe('active');
  });

  it('is a flagship with ten active members, half the staff, and a mean of 300', () => {
    expect(institutionStatus({ members: 20, activeMembers: 10, total: 3000 })).toBe('leading');
    expect(institutionStatus({ members: 21, activeMembers: 10, total: 3000 })).toBe('advanced');
  });

  it('takes bands as data', () => {
    const strict = DEFAULT_STATUS_BANDS.map((b) => ({ ...b, minActive: b.minActive * 2 }));
    expect(institutionStatus({ members: 3, activeMembers: 3, total: 30 }, strict)).toBe('starting');
  });
});
