// Rules of the bank of best practices: the grade threshold, who may withdraw, the search text and
// the browse buttons' codec.
import { describe, expect, it } from 'vitest';
import { buildSearchText, canProposeAgain, canWithdraw, defaultPracticeTitle, givenPracticeTitle, highGradeMinimum, isHighGrade, normalizeKeyword, proposeRefusal } from '../../src/domain/practices.ts';
import { decodePracticeAction, emptySearch, encodePracticeAction } from '../../src/bot/practice-state.ts';
import { parseDeepLink } from '../../src/domain/deep-link.ts';

describe('the high-grade threshold', () => {
  it('passes at four fifths of the rubric’s maximum or more and not a point below', () => {
    expect(isHighGrade(17, 21)).toBe(true); // 16.8 needed
    expect(isHighGrade(16, 21)).toBe(false);
    expect(isHighGrade(19, 21)).toBe(true);
    expect(isHighGrade(8, 10)).toBe(true);
    expect(isHighGrade(7, 10)).toBe(false);
    expect(highGradeMinimum(21)).toBe(17);
    expect(highGradeMinimum(10)).toBe(8);
  });

  it('never passes a rubric without points or a negative total', () => {
    expect(isHighGrade(0, 0)).toBe(false);
    expect(isHighGrade(-1, 10)).toBe(false);
  });

  it('lets only an accepted, highly graded submission be proposed', () => {
    const grade = (decision: string, totalPoints: number) => ({ decision, totalPoints, maxPoints: 21 });
    expect(proposeRefusal({ status: 'accepted', grade: grade('accepted', 19) })).toBeNull();
    expect(proposeRefusal({ status: 'accepted', grade: grade('accepted', 16) })).toBe('practice-grade-low');
    expect(proposeRefusal({ status: 'returned', grade: grade('returned', 21) })).toBe('practice-not-accepted');
    expect(proposeRefusal({ status: 'submitted', grade: null })).toBe('practice-not-accepted');
  });
});

describe('withdrawing', () => {
  it('is for the author or a moderator, and only while proposed or published', () => {
    const practice = { userId: 5, status: 'published' as const };
    expect(canWithdraw(practice, { id: 5, moderator: false })).toBe(true);
    expect(canWithdraw(practice, { id: 6, moderator: false })).toBe(false);
    expect(canWithdraw(practice, { id: 6, moderator: true })).toBe(true);
    expect(canWithdraw({ userId: 5, status: 'declined' }, { id: 5, moderator: true })).toBe(false);
    expect(canWithdraw({ userId: 5, status: 'withdrawn' }, { id: 5, moderator: false })).toBe(false);
  });
});

describe('search text', () => {
  it('is lower case with ё as е and punctuation as spaces, so Cyrillic matches on SQLite too', () => {
    const text = buildSearchText(['Обучаем. Занятие в ДИСТАНТЕ!', null, 'Ёлкина Анна', 'план-конспект «Zoom»']);
    expect(text).toBe(' обучаем занятие в дистанте елкина анна план конспект zoom ');
    expect(text).toContain(normalizeKeyword('Дистанте'));
    expect(text).toContain(normalizeKeyword('ЁЛКИНА'));
    expect(text).toContain(normalizeKeyword('план—конспект'));
  });

  it('keeps a keyword to forty characters and reads nothing typed as no keyword', () => {
    expect(normalizeKeyword('  ')).toBe('');
    expect(normalizeKeyword(undefined)).toBe('');
    expect(normalizeKeyword('а'.repeat(60))).toHaveLength(40);
  });
});

describe('browse buttons', () => {
  it('carry the whole search and come back as they went', () => {
    const state = { direction: 7, guild: 12, page: 3, keyword: 'дистант' };
    for (const action of [
      { verb: 'list', state },
      { verb: 'directions', state },
      { verb: 'guilds', state },
      { verb: 'keyword', state },
      { verb: 'card', id: 4321, state },
      { verb: 'files', id: 99 },
    ] as const) {
      const data = encodePracticeAction(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodePracticeAction(data)).toEqual(action);
    }
  });

  it('cut a long Cyrillic keyword to fit Telegram’s 64 bytes, at a character', () => {
    const data = encodePracticeAction({ verb: 'card', id: 123456, state: { ...emptySearch(), keyword: normalizeKeyword('разноуровневые дистанционные программы') } });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const back = decodePracticeAction(data);
    expect(back?.verb).toBe('card');
    expect('разноуровневые дистанционные программы').toContain((back as { state: { keyword: string } }).state.keyword);
  });

  it('decode forged or foreign data to nothing', () => {
    for (const data of ['pb:', 'pb:x:1.1.1.', 'pb:c:zz', 'pb:c::1.1.1.', 'pb:l:1.1', 'pb:f:-1', 'cat:l:1', `pb:l:1.1.1.${'я'.repeat(40)}`]) expect(decodePracticeAction(data)).toBeNull();
  });

  it('and the deep link practice_<id> opens a practice', () => {
    expect(parseDeepLink('practice_42')).toEqual({ kind: 'practice', id: 42 });
  });
});

describe('a practice\'s title', () => {
  it('is the moderator\'s words with spaces collapsed, or the project and step when none are given', () => {
    expect(givenPracticeTitle('  Театральная студия\n онлайн ')).toBe('Театральная студия онлайн');
    expect(givenPracticeTitle('   ')).toBeNull();
    expect(givenPracticeTitle(null)).toBeNull();
    expect(givenPracticeTitle('я'.repeat(300))).toHaveLength(200);
    expect(defaultPracticeTitle(' Обучаем ', 'План занятия ')).toBe('Обучаем — План занятия');
  });
});

describe('proposing again', () => {
  it('is open after the author declined or the practice was withdrawn, not while it waits or is published', () => {
    expect(canProposeAgain('declined')).toBe(true);
    expect(canProposeAgain('withdrawn')).toBe(true);
    expect(canProposeAgain('proposed')).toBe(false);
    expect(canProposeAgain('published')).toBe(false);
  });
});
