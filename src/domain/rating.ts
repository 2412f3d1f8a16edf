// Institution and municipality rating from members' achievements, per active member, so that a
// large institution does not win by size and a single lucky member does not win by chance.
//
//   member score  s = max(points, 0) + badgePoints × badges        (within the rating window)
//   active member: s > 0
//   regional mean C = Σ s over all active members / number of active members (all units)
//   unit score      = (Σ s of its active members + m × C) / (its active members + m)
//
// The last line is a Bayesian average: the mean per active member, pulled toward the regional
// mean by m imaginary average members. A unit with many active members is judged almost purely by
// its own mean; a unit with one star is pulled toward C. Units without active members are unranked.
export interface MemberAchievements {
  points: number;
  badges: number;
}

export interface RatingWeights {
  /** How many points one badge is worth. */
  badgePoints: number;
  /** m: imaginary average members added to every unit. */
  priorMembers: number;
}

export const DEFAULT_RATING_WEIGHTS: RatingWeights = { badgePoints: 25, priorMembers: 3 };

export interface RatingUnit {
  id: number;
  members: readonly MemberAchievements[];
}

export interface RankedUnit {
  id: number;
  members: number;
  activeMembers: number;
  /** Σ s of the active members. */
  total: number;
  /** The unit score; 0 when unranked. */
  score: number;
  /** 1 = best; units with equal scores share a place; null without active members. */
  place: number | null;
}

export const memberScore = (m: MemberAchievements, w: RatingWeights = DEFAULT_RATING_WEIGHTS) => Math.max(m.points, 0) + w.badgePoints * Math.max(m.badges, 0);

// Scores are ratios of integers: compare with a tolerance so equal achievements share a place.
const EPSILON = 1e-9;

/** Best first; unranked units last. */
export function rankUnits(units: readonly RatingUnit[], w: RatingWeights = DEFAULT_RATING_WEIGHTS): RankedUnit[] {
  const summed = units.map((u) => {
    const scores = u.members.map((m) => memberScore(m, w)).filter((s) => s > 0);
    return { id: u.id, members: u.members.length, activeMembers: scores.length, total: scores.reduce((a, b) => a + b, 0) };
  });
  const allActive = summed.reduce((n, u) => n + u.activeMembers, 0);
  const regionalMean = allActive ? summed.reduce((n, u) => n + u.total, 0) / allActive : 0;
  const ranked: RankedUnit[] = summed.map((u) => ({
    ...u,
    score: u.activeMembers ? (u.total + w.priorMembers * regionalMean) / (u.activeMembers + w.priorMembers) : 0,
    place: null,
  }));
  ranked.sort((a, b) => {
    if (!a.activeMembers !== !b.activeMembers) return a.activeMembers ? -1 : 1;
    if (Math.abs(b.score - a.score) > EPSILON) return b.score - a.score;
    return b.activeMembers - a.activeMembers || a.id - b.id;
  });
  let previous: RankedUnit | null = null;
  ranked.forEach((u, i) => {
    if (!u.activeMembers) return;
    u.place = previous && Math.abs(previous.score - u.score) <= EPSILON ? previous.place : i + 1;
    previous = u;
  });
  return ranked;
}
