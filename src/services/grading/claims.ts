// The review queue and claims: what waits for an expert, oldest first, and the short reservation
// that keeps two experts from grading the same work.
import { claimExpiry, claimState, waitingTime, type Waiting } from '../../domain/grading.ts';
import { ServiceError } from '../users.ts';
import { checkExpert, rolesOf, type GradingContext } from './context.ts';

export interface QueueEntry {
  submissionId: number;
  projectTitle: string;
  stepPosition: number;
  stepTitle: string;
  attempt: number;
  /** ISO instant. */
  submittedAt: string;
  waiting: Waiting;
  claimedByMe: boolean;
}

const QUEUE_LIMIT = 10;

function waitingWhere(expertId: number, now: Date) {
  return {
    status: 'submitted',
    enrolment: { userId: { not: expertId } },
    step: { project: { deletedAt: null, experts: { some: { userId: expertId } } } },
    OR: [{ claimedById: null }, { claimedById: expertId }, { claimExpiresAt: { lte: now } }],
  };
}

/** Submissions waiting for this expert, oldest first; `total` counts beyond the page. */
export async function queue(ctx: GradingContext, expertId: number): Promise<{ entries: QueueEntry[]; total: number }> {
  const now = ctx.deps.clock.now();
  if (!(await rolesOf(ctx.deps.db, expertId)).includes('expert')) throw new ServiceError('grading-err-not-expert');
  const where = waitingWhere(expertId, now);
  const [rows, total] = await Promise.all([
    ctx.deps.db.submission.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        attempt: true,
        submittedAt: true,
        createdAt: true,
        claimedById: true,
        claimExpiresAt: true,
        step: { select: { position: true, title: true, project: { select: { title: true } } } },
      },
    }),
    ctx.deps.db.submission.count({ where }),
  ]);
  return {
    total,
    entries: rows.map((r) => ({
      submissionId: r.id,
      projectTitle: r.step.project.title,
      stepPosition: r.step.position,
      stepTitle: r.step.title,
      attempt: r.attempt,
      submittedAt: (r.submittedAt ?? r.createdAt).toISOString(),
      waiting: waitingTime(r.submittedAt ?? r.createdAt, now),
      claimedByMe: claimState(r, expertId, now) === 'mine',
    })),
  };
}

/** The oldest submission waiting for this expert, if any. */
export async function nextInQueue(ctx: GradingContext, expertId: number): Promise<number | null> {
  const { entries } = await queue(ctx, expertId);
  return entries[0]?.submissionId ?? null;
}

/**
 * Reserves a submission for this expert for `claimMinutes`. The conditional update is the lock:
 * of two experts opening it at once, exactly one update matches.
 */
export async function claim(ctx: GradingContext, expertId: number, submissionId: number): Promise<{ expiresAt: string }> {
  const now = ctx.deps.clock.now();
  return ctx.deps.db.$transaction(async (tx) => {
    const sub = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true, enrolment: { select: { userId: true, projectId: true } } } });
    if (!sub) throw new ServiceError('grading-err-not-found');
    await checkExpert(tx, expertId, sub.enrolment);
    if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
    const expiresAt = claimExpiry(now, ctx.claimMinutes);
    const { count } = await tx.submission.updateMany({
      where: { id: submissionId, status: 'submitted', OR: [{ claimedById: null }, { claimedById: expertId }, { claimExpiresAt: { lte: now } }] },
      data: { claimedById: expertId, claimExpiresAt: expiresAt },
    });
    if (count !== 1) throw new ServiceError('grading-err-taken');
    return { expiresAt: expiresAt.toISOString() };
  });
}

export async function release(ctx: GradingContext, expertId: number, submissionId: number): Promise<void> {
  await ctx.deps.db.submission.updateMany({ where: { id: submissionId, claimedById: expertId, status: 'submitted' }, data: { claimedById: null, claimExpiresAt: null } });
}

/** Whether this expert could take the submission again right now (after their claim expired). */
export async function claimable(ctx: GradingContext, expertId: number, submissionId: number): Promise<boolean> {
  const now = ctx.deps.clock.now();
  const sub = await ctx.deps.db.submission.findUnique({ where: { id: submissionId }, select: { status: true, claimedById: true, claimExpiresAt: true } });
  return !!sub && sub.status === 'submitted' && claimState(sub, expertId, now) !== 'held';
}
