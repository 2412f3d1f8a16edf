// The authoring services, one per concept: drafts and their fields, steps and rubrics, reading for
// the builder and preview, review and publishing, files in and out (and copies).
import type { AuthoringDeps } from './deps.ts';
import { ProjectEditor } from './project-edit.ts';
import { AuthoringReader } from './read.ts';
import { ProjectReview } from './review.ts';
import { StepEditor } from './step-edit.ts';
import { ProjectTransfer } from './transfer.ts';

export interface AuthoringServices {
  projects: ProjectEditor;
  steps: StepEditor;
  read: AuthoringReader;
  review: ProjectReview;
  transfer: ProjectTransfer;
}

export function createAuthoring(deps: AuthoringDeps): AuthoringServices {
  const read = new AuthoringReader(deps);
  return { projects: new ProjectEditor(deps), steps: new StepEditor(deps), read, review: new ProjectReview(deps, read), transfer: new ProjectTransfer(deps) };
}

export type { AuthoringDeps } from './deps.ts';
