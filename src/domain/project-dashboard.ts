// The author's dashboard rules: per-step counts, which step is slowest, which step is current and
// who still owes it (pure: attempts and dates in, numbers out; `now` is passed in).
import { localDayNumber } from './local-days.ts';
import { stepState, type StepState, type SubmissionFacts } from './projects.ts';

export interface DashboardStep {
  id: number;
  position: number;
  startsOn: Date;
  endsOn: Date;
}

export interface Attempt extends SubmissionFacts {
  userId: number;
  stepId: number;
}

export interface StepStats {
  stepId: number;
  position: number;
  enrolled: number;
  /** People who handed the step in at least once (waiting, accepted or returned for rework). */
  handedIn: number;
  /** Latest attempt on review. */
  waiting: number;
  accepted: number;
  /** Latest attempt returned for rework. */
  returned: number;
  /** Share of the step's days gone by, 0–1 (0 before it opens). */
  elapsed: number;
  /** Share of the enrolled whose work is in (waiting or accepted), 0–1. */
  done: number;
}

/** Every enrolled person's state of every step, keyed "userId:stepId" (no key = not started). */
export function statesOf(attempts: readonly Attempt[]): Map<string, StepState> {
  const byKey = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const key = `${a.userId}:${a.stepId}`;
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  return new Map([...byKey].map(([key, list]) => [key, stepState(list)]));
}

/** Share of a step's local days that have begun by `now`: the first day counts as 1 of N. */
export function elapsedShare(step: Pick<DashboardStep, 'startsOn' | 'endsOn'>, now: Date, timeZone: string): number {
  const first = localDayNumber(step.startsOn, timeZone);
  const last = localDayNumber(step.endsOn, timeZone);
  const today = localDayNumber(now, timeZone);
  if (today < first) return 0;
  const days = Math.max(1, last - first + 1);
  return Math.min(1, (today - first + 1) / days);
}

export function stepStats(steps: readonly DashboardStep[], enrolled: readonly number[], attempts: readonly Attempt[], now: Date, timeZone: string): StepStats[] {
  const members = new Set(enrolled);
  const states = statesOf(attempts.filter((a) => members.has(a.userId)));
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => {
      let waiting = 0;
      let accepted = 0;
      let returned = 0;
      for (const userId of members) {
        const state = states.get(`${userId}:${step.id}`);
        if (state?.kind === 'on-review') waiting++;
        else if (state?.kind === 'accepted') accepted++;
        else if (state?.kind === 'returned') returned++;
      }
      // A draft after a return keeps counting as handed in once: the person did hand it in.
      const everHandedIn = new Set(attempts.filter((a) => a.stepId === step.id && members.has(a.userId) && a.status !== 'draft').map((a) => a.userId));
      const count = members.size;
      return {
        stepId: step.id,
        position: step.position,
        enrolled: count,
        handedIn: everHandedIn.size,
        waiting,
        accepted,
        returned,
        elapsed: elapsedShare(step, now, timeZone),
        done: count ? (waiting + accepted) / count : 0,
      };
    });
}

/**
 * The slowest step: of the steps already open with people enrolled, the one furthest behind its
 * own calendar — the largest gap between the share of its days gone by and the share of people
 * whose work is in. A step on schedule (work in at least as fast as its days pass) is never
 * flagged; on a tie the earlier step is, since later steps wait for it.
 */
export function slowestStep(stats: readonly StepStats[]): number | null {
  let best: StepStats | null = null;
  let bestLag = 1e-9;
  for (const s of [...stats].sort((a, b) => a.position - b.position)) {
    if (s.enrolled === 0 || s.elapsed === 0) continue;
    const lag = s.elapsed - s.done;
    // Strictly greater: of equal lags the earlier step, met first, stays.
    if (lag > bestLag) {
      best = s;
      bestLag = lag;
    }
  }
  return best ? best.stepId : null;
}

/**
 * The step people are working on now: the earliest-starting step whose dates include today;
 * between steps, none (a reminder then would point at nothing open).
 */
export function currentStep<S extends DashboardStep>(steps: readonly S[], now: Date, timeZone: string): S | null {
  const today = localDayNumber(now, timeZone);
  const open = steps.filter((s) => localDayNumber(s.startsOn, timeZone) <= today && today <= localDayNumber(s.endsOn, timeZone));
  open.sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime() || a.position - b.position);
  return open[0] ?? null;
}

/** The enrolled who still owe the step: nothing handed in, a draft, or work returned for rework. */
export function owing(stepId: number, enrolled: readonly number[], attempts: readonly Attempt[]): number[] {
  const states = statesOf(attempts.filter((a) => a.stepId === stepId));
  return [...new Set(enrolled)].filter((userId) => {
    const kind = states.get(`${userId}:${stepId}`)?.kind;
    return kind !== 'on-review' && kind !== 'accepted';
  });
}
