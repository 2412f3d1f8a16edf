// Every hour: launched projects whose last day is over are finished (and `project-finished` fires).
import type { ProjectReview } from '../services/authoring/review.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export const FINISH_PROJECTS_JOB = 'finish-projects';

export function finishProjectsJob(review: ProjectReview): ScheduledJob {
  return { name: FINISH_PROJECTS_JOB, everyMs: 3_600_000, run: (now) => review.finishDue(now) };
}
