// Institution rating: per active member, with a pull toward the regional mean (see src/domain/rating.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_WEIGHTS, memberScore, rankUnits, type MemberAchievements } from '../../src/domain/rating.ts';

const members = (count: number, points: number, badges = 0): MemberAchievements[] => Array.from({ length: count }, () => ({ points, badges }));
const placeOf = (ranked: ReturnType<typeof rankUnits>, id: number) => ranked.find((u) => u.id === id)!.place;

describe('institution and municipality rating', () => {
  it('a member scores points plus a fixed value per badge; negative balances count as zero', () => {
    expect(memberScore({ points: 40, badges: 2 })).toBe(40 + 2 * DEFAULT_RATING_WEIGHTS.badgePoints);
    expect(memberScore({ points: -10, badges: 0 })).toBe(0);
  });

  it('size alone does not win: a large institution of modest members loses to a small strong one', () => {
    const ranked = rankUnits([
      { id: 1, members: members(40, 20) }, // total 800
      { id: 2, members: members(5, 120) }, // total 600
    ]);
    expect(placeOf(ranked, 2)).toBe(1);
    expect(placeOf(ranked, 1)).toBe(2);
  });

  it('inactive members do not dilute the score: only members with achievements are averaged', () => {
    const ranked = rankUnits([
      { id: 1, members: [...members(5, 100), ...members(50, 0)] },
      { id: 2, members: members(5, 100) },
    ]);
    expect(ranked.map((u) => u.place)).toEqual([1, 1]);
    expect(ranked.find((u) => u.id === 1)).toMatchObject({ members: 55, activeMembers: 5, total: 500 });
  });

  it('one lucky member is pulled toward the regional mean and does not beat a strong team', () => {
    const ranked = rankUnits([
      { id: 1, members: members(1, 200) },
      { id: 2, members: members(10, 150) },
      { id: 3, members: members(10, 40) },
    ]);
    // Mean per active member alone would put the single member first (200 > 150).
    expect(placeOf(ranked, 2)).toBe(1);
    expect(placeOf(ranked, 1)).toBe(2);
    expect(placeOf(ranked, 3)).toBe(3);
    const regionalMean = (200 + 1500 + 400) / 21;
    expect(ranked.find((u) => u.id === 1)!.score).toBeCloseTo((200 + 3 * regionalMean) / 4, 9);
  });

  it('equal achievements share a place; the next place is skipped', () => {
    const ranked = rankUnits([
      { id: 1, members: members(3, 50) },
      { id: 2, members: members(3, 50) },
      { id: 3, members: members(3, 10) },
    ]);
    expect(ranked.map((u) => [u.id, u.place])).toEqual([[1, 1], [2, 1], [3, 3]]);
  });

  it('units without active members have no place and come last', () => {
    const ranked = rankUnits([
      { id: 1, members: members(10, 0) },
      { id: 2, members: [] },
      { id: 3, members: members(1, 5) },
    ]);
    expect(ranked.map((u) => [u.id, u.place])).toEqual([[3, 1], [1, null], [2, null]]);
    expect(rankUnits([])).toEqual([]);
  });

  it('badges count toward the score', () => {
    const ranked = rankUnits([
      { id: 1, members: members(4, 50, 0) },
      { id: 2, members: members(4, 50, 1) },
    ]);
    expect(placeOf(ranked, 2)).toBe(1);
  });
});
