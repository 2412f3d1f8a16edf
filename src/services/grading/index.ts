// Expert review as one service: assigning experts, the queue and claims, the view, saving a grade,
// moderators' corrections and the new-work notices, each in its own module beside this one.
import type { GradeDraft } from '../../domain/grading.ts';
import type { GradeHooks } from '../grade-hooks.ts';
import { assignExpert, assignExpertByTag, projectExperts, unassignExpert, type ProjectExperts, type TagFilter } from './assign.ts';
import { claim, claimable, nextInQueue, queue, release, type QueueEntry } from './claims.ts';
import { gradingContext, type GradingContext, type GradingDeps, type GradingOptions } from './context.ts';
import { correctGrade, correctionView, type CorrectionResult } from './correct.ts';
import { announcePendingReviews } from './notices.ts';
import { saveGrade, type SaveResult } from './save.ts';
import { view, type GradingView } from './view.ts';

export type { GradingDeps, GradingOptions } from './context.ts';
export type { ProjectExperts, TagFilter } from './assign.ts';
export type { QueueEntry } from './claims.ts';
export type { CorrectionResult } from './correct.ts';
export type { SaveResult } from './save.ts';
export type { GradingItemView, GradingView, ItemContent } from './view.ts';

export class GradingService {
  readonly #ctx: GradingContext;

  constructor(deps: GradingDeps, hooks: GradeHooks, options: GradingOptions = {}) {
    this.#ctx = gradingContext(deps, hooks, options);
  }

  /** How long opening a submission reserves it for one expert. */
  get claimMinutes(): number {
    return this.#ctx.claimMinutes;
  }

  projectExperts(actorId: number, projectId: number): Promise<ProjectExperts> {
    return projectExperts(this.#ctx, actorId, projectId);
  }

  assignExpert(actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean; projectTitle: string }> {
    return assignExpert(this.#ctx, actorId, projectId, expertId, effectKey);
  }

  unassignExpert(actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean }> {
    return unassignExpert(this.#ctx, actorId, projectId, expertId, effectKey);
  }

  assignExpertByTag(actorId: number, expertId: number, filter: TagFilter, effectKey: string): Promise<{ matched: number; added: number; tagName: string }> {
    return assignExpertByTag(this.#ctx, actorId, expertId, filter, effectKey);
  }

  queue(expertId: number): Promise<{ entries: QueueEntry[]; total: number }> {
    return queue(this.#ctx, expertId);
  }

  nextInQueue(expertId: number): Promise<number | null> {
    return nextInQueue(this.#ctx, expertId);
  }

  claim(expertId: number, submissionId: number): Promise<{ expiresAt: string }> {
    return claim(this.#ctx, expertId, submissionId);
  }

  release(expertId: number, submissionId: number): Promise<void> {
    return release(this.#ctx, expertId, submissionId);
  }

  claimable(expertId: number, submissionId: number): Promise<boolean> {
    return claimable(this.#ctx, expertId, submissionId);
  }

  view(expertId: number, submissionId: number): Promise<GradingView> {
    return view(this.#ctx, expertId, submissionId);
  }

  saveGrade(expertId: number, submissionId: number, draft: GradeDraft, effectKey: string): Promise<SaveResult> {
    return saveGrade(this.#ctx, expertId, submissionId, draft, effectKey);
  }

  correctionView(moderatorId: number, gradeId: number): Promise<GradingView> {
    return correctionView(this.#ctx, moderatorId, gradeId);
  }

  correctGrade(moderatorId: number, gradeId: number, draft: GradeDraft, reason: string, version: string, effectKey: string): Promise<CorrectionResult> {
    return correctGrade(this.#ctx, moderatorId, gradeId, draft, reason, version, effectKey);
  }

  announcePendingReviews(now: Date, instance?: string): Promise<{ notified: number }> {
    return announcePendingReviews(this.#ctx, now, instance);
  }
}
