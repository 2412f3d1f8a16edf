// Project figures (enrolled, handed in, accepted, averages, funnel, slowest step) and monthly activity.
import { describe, expect, it } from 'vitest';
import { median, monthlyActivity, projectFigures, type EnrolmentRow, type StepRow, type SubmissionRow } from '../../src/domain/analytics.ts';

const d = (iso: string) => new Date(iso);
const steps: StepRow[] = [
  { id: 11, projectId: 1, position: 1, title: 'Шаг 1', startsOn: d('2026-11-01T00:00:00Z') },
  { id: 12, projectId: 1, position: 2, title: 'Шаг 2', startsOn: d('2026-11-10T00:00:00Z') },
];
const enrolments: EnrolmentRow[] = [
  { id: 1, userId: 100, projectId: 1, joinedAt: d('2026-10-25T00:00:00Z'), completedAt: d('2026-11-20T00:00:00Z') },
  { id: 2, userId: 101, projectId: 1, joinedAt: d('2026-11-05T00:00:00Z'), completedAt: null },
  { id: 3, userId: 102, projectId: 1, joinedAt: d('2026-11-06T00:00:00Z'), completedAt: null },
];
const sub = (enrolmentId: number, stepId: number, status: string, submittedAt: string, points: number | null = null, decidedAt: string | null = null): SubmissionRow => ({
  enrolmentId, stepId, status, submittedAt: d(submittedAt), decidedAt: decidedAt ? d(decidedAt) : null, points, maxPoints: points === null ? null : 20,
});

describe('project figures', () => {
  const submissions = [
    sub(1, 11, 'accepted', '2026-11-03T00:00:00Z', 18, '2026-11-04T00:00:00Z'),
    sub(1, 12, 'accepted', '2026-11-20T00:00:00Z', 14, '2026-11-21T00:00:00Z'),
    sub(2, 11, 'returned', '2026-11-09T00:00:00Z', 5, '2026-11-10T00:00:00Z'),
    sub(2, 11, 'submitted', '2026-11-12T00:00:00Z'),
  ];
  const f = projectFigures(steps, enrolments, submissions);

  it('counts enrolled, participants who handed in, accepted results and completions', () => {
    expect(f).toMatchObject({ enrolled: 3, handedIn: 2, accepted: 2, completed: 1 });
  });

  it('averages the points of accepted results and their share of the maximum', () => {
    expect(f.averagePoints).toBe(16);
    expect(f.averageShare).toBeCloseTo(0.8);
  });

  it('builds the step funnel by participants, counting a resubmission once', () => {
    expect(f.steps.map((s) => [s.title, s.handedIn, s.accepted])).toEqual([['Шаг 1', 2, 1], ['Шаг 2', 1, 1]]);
  });

  it('measures each step from when the participant could start it to their first hand-in, and names the slowest', () => {
    // Step 1: 2 days (from the step start) and 4 days (from joining); step 2: 10 days.
    expect(f.steps[0]!.medianDays).toBe(3);
    expect(f.steps[1]!.medianDays).toBe(10);
    expect(f.slowestStep?.title).toBe('Шаг 2');
  });

  it('has no averages and no slowest step without hand-ins', () => {
    expect(projectFigures(steps, enrolments, [])).toMatchObject({ handedIn: 0, averagePoints: null, averageShare: null, slowestStep: null });
  });
});

describe('monthly activity', () => {
  it('counts enrolments, hand-ins and acceptances per month in the region, empty months as zeros', () => {
    const rows = monthlyActivity(
      [{ joinedAt: d('2026-08-31T18:00:00Z') }, { joinedAt: d('2026-10-02T00:00:00Z') }],
      [sub(1, 11, 'accepted', '2026-10-03T00:00:00Z', 10, '2026-10-05T00:00:00Z')],
      'Asia/Krasnoyarsk',
    );
    // 31 August 18:00 UTC is already 1 September in Krasnoyarsk (UTC+7).
    expect(rows).toEqual([
      { month: '2026-09', enrolled: 1, handedIn: 0, accepted: 0 },
      { month: '2026-10', enrolled: 1, handedIn: 1, accepted: 1 },
    ]);
  });

  it('fills the months between and crosses the year', () => {
    const rows = monthlyActivity([{ joinedAt: d('2026-11-10T00:00:00Z') }, { joinedAt: d('2027-02-10T00:00:00Z') }], [], 'UTC');
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
