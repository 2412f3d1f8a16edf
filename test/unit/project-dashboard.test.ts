// The author's dashboard rules: counts per step, which step is slowest, which step is current, who owes it.
import { describe, expect, it } from 'vitest';
import { currentStep, elapsedShare, owing, slowestStep, stepStats, type Attempt, type DashboardStep } from '../../src/domain/project-dashboard.ts';

const TZ = 'Asia/Krasnoyarsk';
const local = (day: string) => new Date(`${day}T00:00:00+07:00`);
const now = new Date('2026-11-20T03:00:00Z'); // 10:00, 20 November in Krasnoyarsk

const steps: DashboardStep[] = [
  { id: 11, position: 1, startsOn: local('2026-11-01'), endsOn: local('2026-11-30') },
  { id: 12, position: 2, startsOn: local('2026-11-11'), endsOn: local('2026-11-20') },
  { id: 13, position: 3, startsOn: local('2026-12-01'), endsOn: local('2026-12-20') },
];
const attempt = (userId: number, stepId: number, status: string, n = 1): Attempt => ({ userId, stepId, attempt: n, status });

describe('author dashboard rules', () => {
  it('counts handed in, waiting, accepted and returned per step from each person’s latest attempt', () => {
    const attempts = [
      attempt(1, 11, 'returned', 1), attempt(1, 11, 'submitted', 2),
      attempt(2, 11, 'accepted'),
      attempt(3, 11, 'returned'),
      attempt(4, 11, 'draft'),
      attempt(99, 11, 'accepted'), // no longer enrolled
    ];
    const [first] = stepStats(steps, [1, 2, 3, 4], attempts, now, TZ);
    expect(first).toMatchObject({ enrolled: 4, handedIn: 3, waiting: 1, accepted: 1, returned: 1, done: 0.5 });
  });

  it('measures the share of a step’s local days gone by, the first day counting', () => {
    expect(elapsedShare(steps[0]!, now, TZ)).toBeCloseTo(20 / 30);
    expect(elapsedShare(steps[1]!, now, TZ)).toBe(1);
    expect(elapsedShare(steps[2]!, now, TZ)).toBe(0);
  });

  it('flags the open step furthest behind its own calendar, and none when every step keeps pace', () => {
    // Step 1: 2/3 of its days gone, 1 of 4 in (lag 0.42); step 2: over, 3 of 4 in (lag 0.25).
    const behind = [attempt(1, 11, 'accepted'), ...[1, 2, 3].map((u) => attempt(u, 12, 'submitted'))];
    expect(slowestStep(stepStats(steps, [1, 2, 3, 4], behind, now, TZ))).toBe(11);
    // Step 2 with nobody's work in is worse (lag 1).
    expect(slowestStep(stepStats(steps, [1, 2, 3, 4], [attempt(1, 11, 'accepted'), attempt(2, 11, 'accepted'), attempt(3, 11, 'accepted')], now, TZ))).toBe(12);
    const onPace = [1, 2, 3, 4].flatMap((u) => [attempt(u, 11, 'accepted'), attempt(u, 12, 'submitted')]);
    expect(slowestStep(stepStats(steps, [1, 2, 3, 4], onPace, now, TZ))).toBeNull();
    // Nobody enrolled: nothing is slow; a step not yet open is never flagged.
    expect(slowestStep(stepStats(steps, [], [], now, TZ))).toBeNull();
    expect(slowestStep(stepStats([steps[2]!], [1], [], now, TZ))).toBeNull();
  });

  it('on equal lag flags the earlier step', () => {
    const twins: DashboardStep[] = [
      { id: 21, position: 1, startsOn: local('2026-11-01'), endsOn: local('2026-11-10') },
      { id: 22, position: 2, startsOn: local('2026-11-05'), endsOn: local('2026-11-15') },
    ];
    expect(slowestStep(stepStats(twins, [1, 2], [], now, TZ))).toBe(21);
  });

  it('takes the earliest-starting step open today as current, none between steps', () => {
    expect(currentStep(steps, now, TZ)?.id).toBe(11);
    expect(currentStep(steps.slice(1), now, TZ)?.id).toBe(12);
    // 20 November is step 2's last day; on 21 November only step 1 is open; on 1 December step 3.
    expect(currentStep(steps.slice(1), new Date('2026-11-21T03:00:00Z'), TZ)).toBeNull();
    expect(currentStep(steps, local('2026-12-01'), TZ)?.id).toBe(13);
  });

  it('counts as owing those with nothing, a draft or returned work — not those waiting or accepted', () => {
    const attempts = [attempt(1, 11, 'submitted'), attempt(2, 11, 'accepted'), attempt(3, 11, 'returned'), attempt(4, 11, 'draft'), attempt(5, 12, 'accepted')];
    expect(owing(11, [1, 2, 3, 4, 5, 5], attempts)).toEqual([3, 4, 5]);
  });
});
