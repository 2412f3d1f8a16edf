// The rules of a project draft: points, hours, texts, step dates and the checks before review.
import { describe, expect, it } from 'vitest';
import { checkStepSpan, checkText, draftProblems, moved, movedDates, parseHours, parsePoints, type DraftProject, type DraftStep } from '../../src/domain/project-draft.ts';

const d = (s: string) => new Date(`${s}T00:00:00+07:00`);

const step = (over: Partial<DraftStep> = {}): DraftStep => ({
  position: 1,
  title: 'План занятия',
  description: 'Составьте план',
  startsOn: d('2026-12-01'),
  endsOn: d('2026-12-10'),
  materials: [],
  checklist: [{ title: 'План', hint: '' }],
  criteria: [{ title: 'Полнота', maxPoints: 7, yesNo: false }],
  ...over,
});

const project = (over: Partial<DraftProject> = {}): DraftProject => ({
  title: 'Обучаем',
  summary: 'Кратко',
  description: '',
  kind: 'train',
  level: 'regional',
  guildCodes: ['teacher'],
  startsOn: d('2026-12-01'),
  endsOn: d('2026-12-31'),
  steps: [step()],
  ...over,
});

describe('criterion points', () => {
  it('reads points and yes/no worth N', () => {
    expect(parsePoints('7')).toEqual({ ok: true, yesNo: false, maxPoints: 7 });
    expect(parsePoints('да 3')).toEqual({ ok: true, yesNo: true, maxPoints: 3 });
    expect(parsePoints('Yes/No 2')).toEqual({ ok: true, yesNo: true, maxPoints: 2 });
    expect(parsePoints('да')).toEqual({ ok: true, yesNo: true, maxPoints: 1 });
  });

  it('refuses absurd, negative and zero points and words', () => {
    expect(parsePoints('101')).toMatchObject({ ok: false, reason: 'too-many', max: 100 });
    expect(parsePoints('-3')).toMatchObject({ ok: false, reason: 'negative' });
    expect(parsePoints('0')).toMatchObject({ ok: false, reason: 'zero' });
    expect(parsePoints('семь')).toMatchObject({ ok: false, reason: 'format' });
  });
});

describe('fields', () => {
  it('limits texts and hours', () => {
    expect(checkText('title', '  Обучаем ')).toEqual({ ok: true, value: 'Обучаем' });
    expect(checkText('title', 'x'.repeat(151))).toEqual({ ok: false, reason: 'too-long', max: 150 });
    expect(checkText('summary', '   ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkText('hint', '', true)).toEqual({ ok: true, value: '' });
    expect(parseHours('36')).toEqual({ ok: true, hours: 36 });
    expect(parseHours('0')).toEqual({ ok: true, hours: null });
    expect(parseHours('5000')).toEqual({ ok: false, max: 1000 });
  });

  it('keeps step dates in order and inside the project', () => {
    const p = { startsOn: d('2026-12-01'), endsOn: d('2026-12-31') };
    expect(checkStepSpan({ startsOn: d('2026-12-05'), endsOn: d('2026-12-31') }, p)).toBe('ok');
    expect(checkStepSpan({ startsOn: d('2026-12-10'), endsOn: d('2026-12-05') }, p)).toBe('order');
    expect(checkStepSpan({ startsOn: d('2026-11-30'), endsOn: d('2026-12-05') }, p)).toBe('outside');
  });
});

describe('checks before review', () => {
  it('finds nothing wrong with a complete project', () => {
    expect(draftProblems(project())).toEqual([]);
  });

  it('names each problem with its step', () => {
    const problems = draftProblems(
      project({
        summary: '',
        guildCodes: [],
        steps: [step({ checklist: [], criteria: [] }), step({ position: 2, startsOn: d('2027-01-05'), endsOn: d('2027-01-10'), criteria: [{ title: 'Много', maxPoints: 500, yesNo: false }] })],
      }),
    );
    expect(problems).toEqual([
      { code: 'no-summary' },
      { code: 'no-guilds' },
      { code: 'step-no-checklist', step: 1 },
      { code: 'step-no-criteria', step: 1 },
      { code: 'criterion-points', step: 2, criterion: 'Много' },
      { code: 'step-dates-outside', step: 2 },
    ]);
  });

  it('wants at least one step and project dates in order', () => {
    expect(draftProblems(project({ steps: [], endsOn: d('2026-11-01') }))).toEqual([{ code: 'project-dates' }, { code: 'no-steps' }]);
  });

  it('refuses a step whose card would not fit in one message', () => {
    const long = Array.from({ length: 12 }, (_, i) => ({ title: `Пункт ${i} ${'x'.repeat(190)}`, hint: 'y'.repeat(150) }));
    expect(draftProblems(project({ steps: [step({ checklist: long })] }))).toContainEqual({ code: 'step-too-long', step: 1 });
  });
});

describe('lists', () => {
  it('moves an element and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('tells which steps moved their dates', () => {
    const a = [{ id: 1, startsOn: d('2026-12-01'), endsOn: d('2026-12-05') }, { id: 2, startsOn: d('2026-12-06'), endsOn: d('2026-12-09') }];
    const b = [a[0]!, { ...a[1]!, endsOn: d('2026-12-12') }];
    expect(movedDates(a, b)).toEqual([2]);
  });
});
