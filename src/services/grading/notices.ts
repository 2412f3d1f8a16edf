// The batched "new work to review" notices: at most one per expert per interval, sent once across instances.
import { noticeDue, noticeWindow } from '../../domain/grading.ts';
import { isUniqueViolation } from '../../runtime/unique-violation.ts';
import { enqueue } from '../outbox.ts';
import type { GradingContext } from './context.ts';

/**
 * Tells each assigned expert how many new submissions wait for them: at most one message per
 * expert per interval, batched. Each notice is a JobRun row (job "review-notice:<expert>",
 * period = the window) inserted with its outbox message, so two instances never both send it,
 * and the previous notice's time says which submissions are new.
 */
export async function announcePendingReviews(ctx: GradingContext, now: Date, instance = 'scheduler'): Promise<{ notified: number }> {
  const experts = await ctx.deps.db.user.findMany({
    where: { roles: { some: { role: 'expert' } }, expertIn: { some: {} } },
    select: { id: true, telegramId: true, locale: true },
  });
  const cutoff = new Date(now.getTime() - ctx.settleMs);
  let notified = 0;
  for (const expert of experts) {
    const job = `review-notice:${expert.id}`;
    const last = await ctx.deps.db.jobRun.findFirst({ where: { job }, orderBy: { startedAt: 'desc' }, select: { startedAt: true } });
    if (!noticeDue(last?.startedAt ?? null, now, ctx.noticeMinutes)) continue;
    const since = last ? new Date(last.startedAt.getTime() - ctx.settleMs) : null;
    const count = await ctx.deps.db.submission.count({
      where: {
        status: 'submitted',
        enrolment: { userId: { not: expert.id } },
        step: { project: { deletedAt: null, experts: { some: { userId: expert.id } } } },
        // Work another expert is grading right now is not news to anyone.
        OR: [{ claimedById: null }, { claimExpiresAt: { lte: now } }],
        submittedAt: since ? { gt: since, lte: cutoff } : { lte: cutoff },
      },
    });
    if (count === 0) continue;
    const period = String(noticeWindow(now, ctx.noticeMinutes));
    try {
      await ctx.deps.db.$transaction(async (tx) => {
        await tx.jobRun.create({ data: { job, period, instance, startedAt: now, finishedAt: now } });
        // Only the latest notice matters for the next one; a week of history is plenty for support.
        await tx.jobRun.deleteMany({ where: { job, startedAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } });
        await enqueue(tx, {
          key: `review-notice:${expert.id}:${period}`,
          chatId: expert.telegramId,
          payload: { text: ctx.t(expert.locale)('review-notice', { count }), parse_mode: 'HTML' },
        }, now);
      });
      notified++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { notified };
}
