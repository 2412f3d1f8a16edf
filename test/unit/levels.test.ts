// Level bands: "0 to 99" is the first band; each band lasts until the next one starts.
import { describe, expect, it } from 'vitest';
import { bandName, levelReached, LevelBandsError, orderBands, standing, type LevelBand } from '../../src/domain/levels.ts';
import { LEVELS } from '../../src/db/seed/reference-data.ts';

const bands: LevelBand[] = LEVELS.map(([minPoints, nameRu, nameEn]) => ({ minPoints, nameRu, nameEn }));

describe('level bands', () => {
  it('the first band is "0 to 99 points"', () => {
    const zero = standing(0, bands);
    expect(zero.band.nameRu).toBe('Новичок');
    expect([zero.band.minPoints, zero.maxPoints]).toEqual([0, 99]);
    expect(standing(99, bands).band.nameRu).toBe('Новичок');
    expect(standing(100, bands).band.nameRu).toBe('Практик');
  });

  it('every boundary: the last point of a band and the first of the next', () => {
    const sorted = orderBands(bands);
    sorted.forEach((band, i) => {
      expect(standing(band.minPoints, bands).index).toBe(i);
      if (i > 0) expect(standing(band.minPoints - 1, bands).index).toBe(i - 1);
    });
  });

  it('says how far the next level is, and nothing past the top', () => {
    expect(standing(45, bands)).toMatchObject({ index: 0, maxPoints: 99, toNext: 55, next: { nameRu: 'Практик' } });
    expect(standing(299, bands)).toMatchObject({ index: 1, toNext: 1, next: { nameRu: 'Мастер' } });
    const top = standing(100_000, bands);
    expect(top).toMatchObject({ index: 4, maxPoints: null, next: null, toNext: null });
    expect(bandName(top.band, 'ru')).toBe('Эксперт КоДО');
    expect(bandName(top.band, 'en')).toBe('KoDO expert');
  });

  it('a balance below zero after a correction is still the first level', () => {
    expect(standing(-5, bands)).toMatchObject({ index: 0, toNext: 100 });
  });

  it('bands are data: order does not matter, gaps or a missing 0 are refused', () => {
    expect(standing(150, [...bands].reverse()).band.nameRu).toBe('Практик');
    expect(() => orderBands([])).toThrow(LevelBandsError);
    expect(() => orderBands([{ minPoints: 10, nameRu: 'a', nameEn: 'a' }])).toThrow(/start at 0/);
    expect(() => orderBands([{ minPoints: 0, nameRu: 'a', nameEn: 'a' }, { minPoints: 0, nameRu: 'b', nameEn: 'b' }])).toThrow(/two bands/);
    const custom = [{ minPoints: 0, nameRu: 'Первый', nameEn: 'First' }, { minPoints: 50, nameRu: 'Второй', nameEn: 'Second' }];
    expect(standing(49, custom)).toMatchObject({ maxPoints: 49, toNext: 1 });
  });

  it('tells which level a change of points reaches', () => {
    expect(levelReached(90, 99, bands)).toBeNull();
    expect(levelReached(90, 100, bands)?.nameRu).toBe('Практик');
    // A jump over a band names the band landed in.
    expect(levelReached(90, 350, bands)?.nameRu).toBe('Мастер');
    // Going down (a correction) reaches nothing.
    expect(levelReached(120, 80, bands)).toBeNull();
  });
});
