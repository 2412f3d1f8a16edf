// The roadmap's rules: progress from projects, the diff of two revisions, overdue rows, row checks, pages.
import { describe, expect, it } from 'vitest';
import { checkRow, diffRevisions, diffSummary, isOverdue, pageBounds, parseDueDate, progressBar, projectCompletion, rowProgress, type RoadmapRowFields } from '../../src/domain/roadmap.ts';

const row = (rowId: number, position: number, over: Partial<RoadmapRowFields> = {}): RoadmapRowFields => ({
  rowId,
  position,
  directionId: 1,
  event: `Мероприятие ${rowId}`,
  deadline: 'Март 2027',
  dueDate: null,
  responsible: 'РМЦ',
  resultForm: 'Отчёт',
  ...over,
});

describe('progress of a roadmap row', () => {
  it('counts a project as accepted person-steps out of enrolled × steps', () => {
    expect(projectCompletion({ projectId: 1, steps: 4, enrolled: 5, accepted: 10 })).toBe(0.5);
  });

  it('counts a project nobody joined, or one without steps, as not started', () => {
    expect(projectCompletion({ projectId: 1, steps: 3, enrolled: 0, accepted: 0 })).toBe(0);
    expect(projectCompletion({ projectId: 1, steps: 0, enrolled: 7, accepted: 0 })).toBe(0);
  });

  it('averages its projects with equal weight, whatever their size', () => {
    const big = { projectId: 1, steps: 10, enrolled: 100, accepted: 1000 }; // done
    const small = { projectId: 2, steps: 1, enrolled: 2, accepted: 0 }; // not begun
    expect(rowProgress([big, small])).toBe(0.5);
  });

  it('leaves a row without projects unmeasured rather than at zero', () => {
    expect(rowProgress([])).toBeNull();
  });
});

describe('comparing two revisions', () => {
  it('finds added, removed and changed rows by their identity, with each changed field', () => {
    const from = [row(1, 1), row(2, 2), row(3, 3)];
    const to = [row(1, 1), row(3, 2, { deadline: 'Июнь 2027', responsible: 'МОЦ' }), row(4, 3)];
    const diff = diffRevisions(from, to);
    expect(diff.map((d) => `${d.kind}:${d.rowId}`)).toEqual(['same:1', 'removed:2', 'changed:3', 'added:4']);
    const changed = diff.find((d) => d.kind === 'changed');
    expect(changed?.kind === 'changed' && changed.changes).toEqual([
      { field: 'deadline', before: 'Март 2027', after: 'Июнь 2027' },
      { field: 'responsible', before: 'РМЦ', after: 'МОЦ' },
    ]);
    expect(diffSummary(diff)).toEqual({ added: 1, removed: 1, changed: 1, moved: 0 });
  });

  it('marks only the row that moved, not every row shifted by an insertion', () => {
    const from = [row(1, 1), row(2, 2), row(3, 3), row(4, 4)];
    const to = [row(9, 1), row(1, 2), row(3, 3), row(4, 4), row(2, 5)];
    const diff = diffRevisions(from, to);
    expect(diff.filter((d) => (d.kind === 'same' || d.kind === 'changed') && d.moved).map((d) => d.rowId)).toEqual([2]);
  });

  it('compares due dates as calendar days and directions by id', () => {
    const from = [row(1, 1, { dueDate: new Date(Date.UTC(2027, 2, 31)), directionId: 1 })];
    const to = [row(1, 1, { dueDate: new Date(Date.UTC(2027, 5, 30)), directionId: 2 })];
    const [d] = diffRevisions(from, to);
    expect(d?.kind === 'changed' && d.changes).toEqual([
      { field: 'directionId', before: 1, after: 2 },
      { field: 'dueDate', before: '2027-03-31', after: '2027-06-30' },
    ]);
  });

  it('finds nothing between a revision and its unchanged copy', () => {
    const rows = [row(1, 1), row(2, 2)];
    expect(diffSummary(diffRevisions(rows, rows.map((r) => ({ ...r }))))).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
  });
});

describe('overdue rows', () => {
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  const due = new Date(Date.UTC(2026, 9, 31));
  it('are past their due day and not complete', () => {
    expect(isOverdue(due, 0.4, day('2026-11-01'))).toBe(true);
    expect(isOverdue(due, null, day('2026-11-01'))).toBe(true);
  });
  it('are not overdue on the due day itself, when complete, or without a due day', () => {
    expect(isOverdue(due, 0.4, day('2026-10-31'))).toBe(false);
    expect(isOverdue(due, 1, day('2026-11-01'))).toBe(false);
    expect(isOverdue(null, 0, day('2030-01-01'))).toBe(false);
  });
});

describe('a row as typed', () => {
  const input = { directionId: null, event: '  Семинар   для МОЦ ', deadline: 'Апрель–октябрь 2026', dueDate: '', responsible: 'РМЦ', resultForm: '' };
  it('is trimmed and accepted without a due date or result form', () => {
    const r = checkRow(input);
    expect(r.ok && r.value).toMatchObject({ event: 'Семинар для МОЦ', dueDate: null, resultForm: '' });
  });
  it('names every missing or wrong field', () => {
    const r = checkRow({ ...input, event: ' ', responsible: '', dueDate: '31.02.2027' });
    expect(!r.ok && r.problems).toEqual(['roadmap-err-event-empty', 'roadmap-err-responsible-empty', 'roadmap-err-due-date']);
  });
  it('reads a due date typed either way', () => {
    expect(parseDueDate('2027-03-31')?.toISOString()).toBe('2027-03-31T00:00:00.000Z');
    expect(parseDueDate('31.03.2027')?.toISOString()).toBe('2027-03-31T00:00:00.000Z');
    expect(parseDueDate('завтра')).toBeUndefined();
  });
});

describe('pages of the plan in chat', () => {
  it('bounds a page and refuses one past the end', () => {
    expect(pageBounds(12, 1, 5)).toEqual({ from: 5, to: 10, pages: 3 });
    expect(pageBounds(12, 2, 5)).toEqual({ from: 10, to: 12, pages: 3 });
    expect(pageBounds(12, 3, 5)).toBeNull();
    expect(pageBounds(0, 0, 5)).toEqual({ from: 0, to: 0, pages: 1 });
  });
  it('draws progress as filled cells', () => {
    expect(progressBar(0.6, 5)).toBe('▰▰▰▱▱');
  });
});
