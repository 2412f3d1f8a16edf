// Every minute: tell assigned experts about new submissions, batched, at most once per expert per 15 minutes.
import type { GradingService } from '../services/grading/index.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export const REVIEW_NOTICES_JOB = 'review-notices';

/** What the scheduler calls each minute; safe to call more often (the service enforces the interval). */
export function announcePendingReviews(grading: GradingService, now: Date, instance?: string): Promise<{ notified: number }> {
  return grading.announcePendingReviews(now, instance);
}

export function reviewNoticesJob(grading: GradingService, instance: string): ScheduledJob {
  return { name: REVIEW_NOTICES_JOB, everyMs: 60_000, run: (now) => announcePendingReviews(grading, now, instance) };
}
