// Statistics the analysts read (the seed's «Статистика»): per project (enrolled, handed in,
// accepted, average score, the step funnel, the slowest step), per participant and activity by
// month. Pure: rows in, figures out; the service reads the rows and applies the filters.
import { localDateOf } from './local-days.ts';

const DAY_MS = 86_400_000;

export interface StepRow {
  id: number;
  projectId: number;
  position: number;
  title: string;
  startsOn: Date;
}

export interface EnrolmentRow {
  id: number;
  userId: number;
  projectId: number;
  joinedAt: Date;
  completedAt: Date | null;
}

export interface SubmissionRow {
  enrolmentId: number;
  stepId: number;
  status: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** The grade's points and maximum, for decided attempts. */
  points: number | null;
  maxPoints: number | null;
}

export interface StepFigures {
  stepId: number;
  position: number;
  title: string;
  /** Participants who handed in this step at least once. */
  handedIn: number;
  /** Participants with an accepted result of this step. */
  accepted: number;
  /** Median days from when the participant could start the step to their first hand-in. */
  medianDays: number | null;
}

export interface ProjectFigures {
  enrolled: number;
  /** Participants who handed in anything. */
  handedIn: number;
  /** Accepted step results. */
  accepted: number;
  /** Participants who completed every step. */
  completed: number;
  /** Mean points of accepted results, and the mean share of the maximum (0..1). */
  averagePoints: number | null;
  averageShare: number | null;
  steps: StepFigures[];
  slowestStep: StepFigures | null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Figures of one project from its steps, enrolments and their submissions (other rows ignored). */
export function projectFigures(steps: readonly StepRow[], enrolments: readonly EnrolmentRow[], submissions: readonly SubmissionRow[]): ProjectFigures {
  const enrolmentById = new Map(enrolments.map((e) => [e.id, e]));
  const stepIds = new Set(steps.map((s) => s.id));
  const own = submissions.filter((s) => enrolmentById.has(s.enrolmentId) && stepIds.has(s.stepId) && s.submittedAt !== null);
  const handedIn = new Set(own.map((s) => s.enrolmentId));
  const accepted = own.filter((s) => s.status === 'accepted');
  const figures = [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step): StepFigures => {
      const mine = own.filter((s) => s.stepId === step.id);
      const first = new Map<number, number>();
      for (const s of mine) {
        const at = s.submittedAt!.getTime();
        if (!first.has(s.enrolmentId) || at < first.get(s.enrolmentId)!) first.set(s.enrolmentId, at);
      }
      const days = [...first].map(([enrolmentId, at]) => {
        const from = Math.max(step.startsOn.getTime(), enrolmentById.get(enrolmentId)!.joinedAt.getTime());
        return Math.max(0, (at - from) / DAY_MS);
      });
      return {
        stepId: step.id,
        position: step.position,
        title: step.title,
        handedIn: first.size,
        accepted: new Set(mine.filter((s) => s.status === 'accepted').map((s) => s.enrolmentId)).size,
        medianDays: median(days),
      };
    });
  const slowestStep = figures.reduce<StepFigures | null>((slow, s) => (s.medianDays !== null && (slow === null || s.medianDays > slow.medianDays!) ? s : slow), null);
  const scored = accepted.filter((s) => s.points !== null);
  return {
    enrolled: enrolments.length,
    handedIn: handedIn.size,
    accepted: accepted.length,
    completed: enrolments.filter((e) => e.completedAt !== null).length,
    averagePoints: mean(scored.map((s) => s.points!)),
    averageShare: mean(scored.filter((s) => (s.maxPoints ?? 0) > 0).map((s) => s.points! / s.maxPoints!)),
    steps: figures,
    slowestStep,
  };
}

export interface MonthActivity {
  /** YYYY-MM in the region's time zone. */
  month: string;
  enrolled: number;
  handedIn: number;
  accepted: number;
}

export function monthOf(instant: Date, timeZone: string): string {
  const d = localDateOf(instant, timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** Activity per month, every month from the first to the last event present (empty ones as zeros). */
export function monthlyActivity(enrolments: readonly Pick<EnrolmentRow, 'joinedAt'>[], submissions: readonly SubmissionRow[], timeZone: string): MonthActivity[] {
  const months = new Map<string, MonthActivity>();
  const bump = (at: Date | null, field: 'enrolled' | 'handedIn' | 'accepted') => {
    if (!at) return;
    const month = monthOf(at, timeZone);
    let row = months.get(month);
    if (!row) months.set(month, (row = { month, enrolled: 0, handedIn: 0, accepted: 0 }));
    row[field]++;
  };
  for (const e of enrolments) bump(e.joinedAt, 'enrolled');
  for (const s of submissions) {
    bump(s.submittedAt, 'handedIn');
    if (s.status === 'accepted') bump(s.decidedAt, 'accepted');
  }
  const keys = [...months.keys()].sort();
  if (!keys.length) return [];
  const out: MonthActivity[] = [];
  let [year, month] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys.at(-1)!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(months.get(key) ?? { month: key, enrolled: 0, handedIn: 0, accepted: 0 });
    if (key >= last) break;
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

export interface PeriodFilter {
  /** Inclusive instants; null means open. */
  from: Date | null;
  to: Date | null;
}

export const inPeriod = (at: Date | null, p: PeriodFilter) => at !== null && (p.from === null || at >= p.from) && (p.to === null || at <= p.to);
