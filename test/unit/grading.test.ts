// The rules of an expert's grade, without a database or a bot.
import { describe, expect, it } from 'vitest';
import {
  checkPoints,
  claimExpiry,
  claimState,
  correctionReason,
  creditFor,
  decisionProblem,
  describeChanges,
  draftProblems,
  fitLines,
  noticeDue,
  noticeWindow,
  parsePoints,
  pointsChoices,
  totals,
  waitingTime,
  whatToRedo,
  type GradeDraft,
  type Rubric,
} from '../../src/domain/grading.ts';

// The source's example step: «Обучаем. Занятие в дистанте. Шаг 1.»
const rubric: Rubric = {
  items: [
    { id: 11, position: 1, title: 'План занятия' },
    { id: 12, position: 2, title: 'Приложение с сервисами' },
    { id: 13, position: 3, title: 'Ссылка на материалы' },
    { id: 14, position: 4, title: 'Самоанализ' },
  ],
  criteria: [
    { id: 21, position: 1, title: 'Наличие плана занятия', maxPoints: 3, yesNo: true },
    { id: 22, position: 2, title: 'Наличие приложения с сервисами', maxPoints: 2, yesNo: true },
    { id: 23, position: 3, title: 'Полнота содержания плана', maxPoints: 7, yesNo: false },
    { id: 24, position: 4, title: 'Требования к оформлению', maxPoints: 2, yesNo: false },
    { id: 25, position: 5, title: 'Технологии соответствуют типу занятия', maxPoints: 2, yesNo: false },
    { id: 26, position: 6, title: 'План соответствует шаблону', maxPoints: 5, yesNo: false },
  ],
};
const TOKENS = ['result', 'design', 'humour', 'idea', 'quality'];

const draft = (over: Partial<GradeDraft> = {}): GradeDraft => ({
  items: rubric.items.map((i) => ({ checklistItemId: i.id, ok: true, comment: '' })),
  criteria: [
    { criterionId: 21, points: 3 },
    { criterionId: 22, points: 0 },
    { criterionId: 23, points: 7 },
    { criterionId: 24, points: 2 },
    { criterionId: 25, points: 2 },
    { criterionId: 26, points: 5 },
  ],
  tokens: ['quality'],
  comment: '',
  decision: 'accepted',
  overrideReason: null,
  ...over,
});

describe('totals', () => {
  it('adds the points given and the most the rubric allows: 19 of 21', () => {
    expect(totals(rubric.criteria, draft().criteria)).toEqual({ total: 19, max: 21 });
  });
  it('counts unscored criteria as nothing', () => {
    expect(totals(rubric.criteria, [{ criterionId: 23, points: 7 }])).toEqual({ total: 7, max: 21 });
  });
});

describe('points', () => {
  const plan = rubric.criteria[2]!;
  const yesNo = rubric.criteria[0]!;
  it('takes whole numbers within 0..max only', () => {
    expect(checkPoints(plan, 0)).toEqual({ ok: true });
    expect(checkPoints(plan, 7)).toEqual({ ok: true });
    expect(checkPoints(plan, 8)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkPoints(plan, -1)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkPoints(plan, 2.5)).toEqual({ ok: false, reason: 'not-integer' });
  });
  it('takes only 0 or max for a yes/no criterion', () => {
    expect(checkPoints(yesNo, 3)).toEqual({ ok: true });
    expect(checkPoints(yesNo, 0)).toEqual({ ok: true });
    expect(checkPoints(yesNo, 1)).toEqual({ ok: false, reason: 'yes-no' });
  });
  it('offers a button per value for small maxima, a few steps for large ones', () => {
    expect(pointsChoices(plan)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(pointsChoices(yesNo)).toEqual([3, 0]);
    expect(pointsChoices({ maxPoints: 100, yesNo: false })).toEqual([0, 25, 50, 75, 100]);
  });
  it('reads typed numbers and nothing else', () => {
    expect(parsePoints(' 7 ')).toBe(7);
    expect(parsePoints('7 баллов')).toBeNull();
    expect(parsePoints('-1')).toBeNull();
    expect(parsePoints('')).toBeNull();
  });
});

describe('a complete draft', () => {
  it('has no problems when every item and criterion is done', () => {
    expect(draftProblems(rubric, TOKENS, draft())).toEqual([]);
  });
  it('names a missing item, an unknown criterion, points out of range and an unknown token', () => {
    const d = draft({
      items: draft().items.slice(1),
      criteria: [...draft().criteria.slice(0, 5), { criterionId: 26, points: 6 }, { criterionId: 99, points: 1 }],
      tokens: ['quality', 'glitter'],
    });
    expect(draftProblems(rubric, TOKENS, d)).toEqual([
      { kind: 'item-missing', checklistItemId: 11 },
      { kind: 'points', criterionId: 26, max: 5, reason: 'out-of-range' },
      { kind: 'criterion-unknown', criterionId: 99 },
      { kind: 'token-unknown', code: 'glitter' },
    ]);
  });
  it('refuses an item checked twice', () => {
    const items = [...draft().items, { checklistItemId: 11, ok: false, comment: '' }];
    expect(draftProblems(rubric, TOKENS, draft({ items }))).toContainEqual({ kind: 'item-unknown', checklistItemId: 11 });
  });
});

describe('the decision', () => {
  const withRejected = draft().items.map((i) => (i.checklistItemId === 13 ? { ...i, ok: false, comment: 'Ссылка не открывается' } : i));
  it('refuses to accept while an item is not accepted, unless a reason is given', () => {
    expect(decisionProblem(draft({ items: withRejected }))).toBe('accept-with-rejected-items');
    expect(decisionProblem(draft({ items: withRejected, overrideReason: '  ' }))).toBe('accept-with-rejected-items');
    expect(decisionProblem(draft({ items: withRejected, overrideReason: 'Ссылку прислали в чат' }))).toBeNull();
  });
  it('needs something to redo when returning', () => {
    expect(decisionProblem(draft({ decision: 'returned' }))).toBe('return-without-reason');
    expect(decisionProblem(draft({ decision: 'returned', comment: 'Добавьте цели занятия' }))).toBeNull();
    expect(decisionProblem(draft({ decision: 'returned', items: withRejected }))).toBeNull();
  });
  it('says what to redo, in checklist order, with the expert\'s words', () => {
    const items = withRejected.map((i) => (i.checklistItemId === 11 ? { ...i, ok: false, comment: 'Нет этапов' } : i)).reverse();
    expect(whatToRedo(rubric, items)).toEqual([
      { position: 1, title: 'План занятия', comment: 'Нет этапов' },
      { position: 3, title: 'Ссылка на материалы', comment: 'Ссылка не открывается' },
    ]);
  });
  it('credits the total only when accepted', () => {
    expect(creditFor('accepted', 19)).toBe(19);
    expect(creditFor('returned', 19)).toBe(0);
  });
});

describe('claims', () => {
  const now = new Date('2026-11-20T03:00:00Z');
  it('lasts the configured time, 30 minutes by default', () => {
    expect(claimExpiry(now).toISOString()).toBe('2026-11-20T03:30:00.000Z');
    expect(claimExpiry(now, 45).toISOString()).toBe('2026-11-20T03:45:00.000Z');
  });
  it('tells free, mine, expired-mine and held apart', () => {
    const live = new Date(now.getTime() + 60_000);
    const gone = new Date(now.getTime() - 1);
    expect(claimState({ claimedById: null, claimExpiresAt: null }, 7, now)).toBe('free');
    expect(claimState({ claimedById: 7, claimExpiresAt: live }, 7, now)).toBe('mine');
    expect(claimState({ claimedById: 7, claimExpiresAt: gone }, 7, now)).toBe('expired-mine');
    expect(claimState({ claimedById: 8, claimExpiresAt: live }, 7, now)).toBe('held');
    expect(claimState({ claimedById: 8, claimExpiresAt: gone }, 7, now)).toBe('free');
    // The instant of expiry already belongs to nobody.
    expect(claimState({ claimedById: 8, claimExpiresAt: now }, 7, now)).toBe('free');
  });
  it('measures waiting in whole minutes', () => {
    expect(waitingTime(new Date('2026-11-18T00:45:00Z'), now)).toEqual({ days: 2, hours: 2, minutes: 15 });
    expect(waitingTime(new Date(now.getTime() + 60_000), now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});

describe('review notices', () => {
  const t0 = new Date('2026-11-20T03:00:00Z');
  const plus = (min: number) => new Date(t0.getTime() + min * 60_000);
  it('allows one notice per 15 minutes', () => {
    expect(noticeDue(null, t0)).toBe(true);
    expect(noticeDue(t0, plus(14))).toBe(false);
    expect(noticeDue(t0, plus(15))).toBe(true);
  });
  it('gives every notice after a 15-minute gap its own window', () => {
    expect(noticeWindow(plus(14))).toBe(noticeWindow(t0));
    for (const gap of [15, 16, 29, 44]) expect(noticeWindow(plus(3 + gap))).not.toBe(noticeWindow(plus(3)));
  });
});

describe('corrections', () => {
  it('numbers correction entries after the existing ones', () => {
    expect(correctionReason(['grade'])).toBe('correction:1');
    expect(correctionReason(['grade', 'correction:1', 'correction:2'])).toBe('correction:3');
    expect(correctionReason([])).toBe('correction:1');
  });
  it('lists what changed, in card order', () => {
    const before = draft();
    const after = draft({
      criteria: before.criteria.map((c) => (c.criterionId === 23 ? { ...c, points: 4 } : c)),
      tokens: ['idea'],
      comment: 'Сильная идея',
    });
    expect(describeChanges(rubric, before, after)).toEqual([
      { kind: 'criterion', position: 3, title: 'Полнота содержания плана', before: 7, after: 4, max: 7 },
      { kind: 'tokens', added: ['idea'], removed: ['quality'] },
      { kind: 'comment', after: 'Сильная идея' },
      { kind: 'total', before: 19, after: 16, max: 21 },
    ]);
    expect(describeChanges(rubric, before, draft())).toEqual([]);
  });
});

describe('fitting a card into one message', () => {
  it('drops whole lines from the end and marks the cut', () => {
    const lines = ['<b>Заголовок</b>', 'a'.repeat(50), '<i>конец</i>'];
    expect(fitLines(lines, 1000)).toBe(lines.join('\n'));
    expect(fitLines(lines, 70)).toBe(`<b>Заголовок</b>\n${'a'.repeat(50)}\n…`);
  });
});
