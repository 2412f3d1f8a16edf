// What every grading use case shares: its dependencies, the rubric and grade shapes read from the
// database, and the refusals common to all expert actions.
import type { Db, Tx } from '../../db/client.ts';
import {
  DEFAULT_CLAIM_MINUTES,
  NOTICE_INTERVAL_MINUTES,
  type DraftProblem,
  type GradeDraft,
  type Rubric,
  type RubricCriterion,
} from '../../domain/grading.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { T } from '../grade-card.ts';
import type { GradeHooks } from '../grade-hooks.ts';
import type { Translate } from '../translator.ts';
import { ServiceError } from '../users.ts';

export interface GradingDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
}

export interface GradingOptions {
  /** How long opening a submission reserves it for one expert. */
  claimMinutes?: number;
  /** At most one "new work" notice per expert per this many minutes. */
  noticeIntervalMinutes?: number;
  /**
   * Notices count submissions stamped at least this long ago: a submission whose transaction was
   * still committing when one notice was counted is then counted by the next one, never lost.
   */
  noticeSettleSeconds?: number;
}

/** The dependencies and settings each grading use case takes as its first argument. */
export interface GradingContext {
  deps: GradingDeps;
  hooks: GradeHooks;
  claimMinutes: number;
  noticeMinutes: number;
  settleMs: number;
  /** The translator for a person's locale (the default when they have none). */
  t(locale: string | null): T;
}

export function gradingContext(deps: GradingDeps, hooks: GradeHooks, options: GradingOptions = {}): GradingContext {
  return {
    deps,
    hooks,
    claimMinutes: options.claimMinutes ?? DEFAULT_CLAIM_MINUTES,
    noticeMinutes: options.noticeIntervalMinutes ?? NOTICE_INTERVAL_MINUTES,
    settleMs: (options.noticeSettleSeconds ?? 30) * 1000,
    t(locale) {
      const l = locale ?? deps.defaultLocale;
      return (key, vars) => deps.translate(l, key, vars);
    },
  };
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const rubricOf = (step: { checklist: { id: number; position: number; title: string }[]; criteria: RubricCriterion[] }): Rubric => ({
  items: step.checklist.map((i) => ({ id: i.id, position: i.position, title: i.title })),
  criteria: step.criteria.map((c) => ({ id: c.id, position: c.position, title: c.title, maxPoints: c.maxPoints, yesNo: c.yesNo })),
});

export const stepSelect = {
  id: true,
  position: true,
  title: true,
  rubricVersion: true,
  project: { select: { id: true, title: true } },
  checklist: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, hint: true, required: true, sinceVersion: true, untilVersion: true } },
  criteria: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, maxPoints: true, yesNo: true, sinceVersion: true, untilVersion: true } },
} as const;

export const gradeSelect = {
  id: true,
  expertId: true,
  decision: true,
  totalPoints: true,
  comment: true,
  overrideReason: true,
  updatedAt: true,
  items: { select: { checklistItemId: true, ok: true, comment: true } },
  criteria: { select: { criterionId: true, points: true } },
  tokens: { select: { tokenCode: true } },
} as const;

type GradeRow = {
  decision: string;
  comment: string;
  overrideReason: string | null;
  items: { checklistItemId: number; ok: boolean; comment: string }[];
  criteria: { criterionId: number; points: number }[];
  tokens: { tokenCode: string }[];
};

export const draftOf = (g: GradeRow): GradeDraft => ({
  items: g.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment })),
  criteria: g.criteria.map((c) => ({ criterionId: c.criterionId, points: c.points })),
  tokens: g.tokens.map((t) => t.tokenCode).sort(),
  comment: g.comment,
  decision: g.decision === 'accepted' ? 'accepted' : 'returned',
  overrideReason: g.overrideReason,
});

/** The ServiceError for the first problem of a draft (the bot prevents most; the service is the guard). */
export function draftError(problem: DraftProblem, rubric: Rubric): ServiceError {
  if (problem.kind === 'points') {
    const title = rubric.criteria.find((c) => c.id === problem.criterionId)?.title ?? '';
    return new ServiceError(problem.reason === 'yes-no' ? 'grading-err-points-yes-no' : 'grading-err-points', { title, max: problem.max });
  }
  if (problem.kind === 'decision') return new ServiceError(problem.problem === 'accept-with-rejected-items' ? 'grading-err-accept-rejected' : 'grading-err-return-empty');
  if (problem.kind === 'comment-too-long' || problem.kind === 'item-comment-too-long' || problem.kind === 'reason-too-long') return new ServiceError('grading-err-too-long');
  return new ServiceError('grading-err-incomplete');
}

export async function rolesOf(tx: Tx | Db, userId: number): Promise<string[]> {
  return (await tx.userRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role);
}

/** The three refusals every grading action shares: no role, not assigned, one's own work. */
export async function checkExpert(tx: Tx, expertId: number, enrolment: { userId: number; projectId: number }): Promise<void> {
  if (!(await rolesOf(tx, expertId)).includes('expert')) throw new ServiceError('grading-err-not-expert');
  if (enrolment.userId === expertId) throw new ServiceError('grading-err-own');
  const assigned = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId: enrolment.projectId, userId: expertId } } });
  if (!assigned) throw new ServiceError('grading-err-not-assigned');
}
