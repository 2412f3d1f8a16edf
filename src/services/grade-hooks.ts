// What else happens, in the same transaction, when an expert's grade is saved or corrected:
// rewards (levels, badges, certificates, quests) subscribe here so grading need not know them.
import type { Tx } from '../db/client.ts';

export interface GradeSavedEvent {
  gradeId: number;
  submissionId: number;
  /** The participant whose work was graded. */
  userId: number;
  stepId: number;
  projectId: number;
  decision: 'accepted' | 'returned';
  /** Change of the participant's points by this save (a correction may be negative). */
  pointsDelta: number;
  /** True when a moderator corrected an earlier grade. */
  correction: boolean;
  now: Date;
}

export interface GradeHooks {
  afterGradeSaved(tx: Tx, event: GradeSavedEvent): Promise<void>;
}

/** Runs several subscribers in order. */
export function combineGradeHooks(...hooks: GradeHooks[]): GradeHooks {
  return {
    async afterGradeSaved(tx, event) {
      for (const hook of hooks) await hook.afterGradeSaved(tx, event);
    },
  };
}
