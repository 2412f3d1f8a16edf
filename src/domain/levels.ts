// Points → levels: bands are data (Level rows); a band starts at its minPoints and lasts until the next.
export interface LevelBand {
  minPoints: number;
  nameRu: string;
  nameEn: string;
}

export interface LevelStanding {
  band: LevelBand;
  /** 0 for the first band. */
  index: number;
  /** The last point count still inside this band (99 for "0 to 99"); null for the top band. */
  maxPoints: number | null;
  next: LevelBand | null;
  /** Points still needed for the next band; null at the top. */
  toNext: number | null;
}

export class LevelBandsError extends Error {}

/** Sorted copy of the bands; refuses data that would leave some point count without a level. */
export function orderBands(bands: readonly LevelBand[]): LevelBand[] {
  const sorted = [...bands].sort((a, b) => a.minPoints - b.minPoints);
  if (!sorted.length) throw new LevelBandsError('no level bands');
  if (sorted[0]!.minPoints !== 0) throw new LevelBandsError(`the first band must start at 0 points, not ${sorted[0]!.minPoints}`);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.minPoints === sorted[i - 1]!.minPoints) throw new LevelBandsError(`two bands start at ${sorted[i]!.minPoints} points`);
    if (!Number.isInteger(sorted[i]!.minPoints)) throw new LevelBandsError(`band start ${sorted[i]!.minPoints} is not a whole number`);
  }
  return sorted;
}

/**
 * Where `points` falls. A balance below zero (a correction took back more than was left) still
 * counts as the first band: a level is never "below the lowest".
 */
export function standing(points: number, bands: readonly LevelBand[]): LevelStanding {
  const sorted = orderBands(bands);
  let index = 0;
  for (let i = 0; i < sorted.length; i++) if (points >= sorted[i]!.minPoints) index = i;
  const next = sorted[index + 1] ?? null;
  return {
    band: sorted[index]!,
    index,
    maxPoints: next ? next.minPoints - 1 : null,
    next,
    toNext: next ? next.minPoints - Math.max(points, 0) : null,
  };
}

/** The band newly reached when a balance goes from `before` to `after`, or null if none was. */
export function levelReached(before: number, after: number, bands: readonly LevelBand[]): LevelBand | null {
  const was = standing(before, bands);
  const now = standing(after, bands);
  return now.index > was.index ? now.band : null;
}

export function bandName(band: LevelBand, locale: string): string {
  return locale === 'en' ? band.nameEn : band.nameRu;
}
