// Shortening text for buttons and lists.
import { describe, expect, it } from 'vitest';
import { fitParts, truncate } from '../../src/domain/text.ts';

describe('truncate', () => {
  it('keeps a text that fits and cuts a longer one to the limit with an ellipsis', () => {
    expect(truncate('Обучаем', 7)).toBe('Обучаем');
    expect(truncate('Обучаем дистанту', 8)).toBe('Обучаем…');
    expect(truncate('Обучаем дистанту', 8)).toHaveLength(8);
  });

  it('never leaves half of an emoji behind', () => {
    const cut = truncate('Итоги 🎉🎉🎉', 8);
    expect(cut).toBe('Итоги …');
    expect(() => encodeURIComponent(cut)).not.toThrow();
    expect(truncate('Итоги 🎉🎉🎉', 9)).toBe('Итоги 🎉…');
  });
});

describe('fitParts', () => {
  it('keeps whole parts within the limit and marks what was left out', () => {
    const parts = ['<b>Журнал</b>', '<i>первая запись</i>', '<i>вторая запись</i>'];
    expect(fitParts(parts, '\n', 100)).toBe(parts.join('\n'));
    const cut = fitParts(parts, '\n', 40);
    expect(cut).toBe('<b>Журнал</b>\n<i>первая запись</i>\n…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});
