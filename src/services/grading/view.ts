// What an expert sees of a submission to grade: the handed-in items beside the checklist, the
// previous attempt's checks, the rubric, tokens and their own frequent comments.
import { rubricAt } from '../rubric-version.ts';
import type { Tx } from '../../db/client.ts';
import type { GradeDraft, RubricCriterion } from '../../domain/grading.ts';
import { ServiceError } from '../users.ts';
import { checkExpert, iso, rubricOf, stepSelect, type GradingContext } from './context.ts';

export interface ItemContent {
  kind: 'document' | 'photo' | 'link' | 'text';
  fileId: string | null;
  fileName: string | null;
  url: string | null;
  text: string | null;
}

export interface GradingItemView {
  checklistItemId: number;
  position: number;
  title: string;
  hint: string;
  required: boolean;
  content: ItemContent | null;
  /** Carried over unchanged from the previous attempt. */
  carried: boolean;
  /** The check of this item in the previous attempt's grade. */
  previous: { ok: boolean; comment: string } | null;
}

/** Everything the grading conversation shows (JSON-safe: conversations store it). */
export interface GradingView {
  submissionId: number;
  attempt: number;
  projectTitle: string;
  stepPosition: number;
  stepTitle: string;
  items: GradingItemView[];
  criteria: RubricCriterion[];
  tokens: { code: string; nameRu: string; nameEn: string }[];
  snippets: { id: number; text: string }[];
  /** ISO instant the claim ends, when it is the viewer's. */
  claimExpiresAt: string | null;
  /** For a correction: the saved grade, its id and the version the moderator started from. */
  initial: GradeDraft | null;
  gradeId: number | null;
  version: string | null;
}

const SNIPPETS_OFFERED = 5;

export async function loadView(tx: Tx, submissionId: number, viewerId: number): Promise<Omit<GradingView, 'initial' | 'gradeId' | 'version'>> {
  const sub = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      id: true,
      attempt: true,
      enrolmentId: true,
      stepId: true,
      claimedById: true,
      claimExpiresAt: true,
      rubricVersion: true,
      items: { select: { checklistItemId: true, kind: true, fileId: true, fileName: true, url: true, text: true, carriedFromId: true } },
      step: { select: stepSelect },
    },
  });
  // Graded against the rubric the work was handed in under.
  sub.step = rubricAt(sub.step, sub.rubricVersion);
  const previous = sub.attempt > 1
    ? await tx.submission.findUnique({
        where: { enrolmentId_stepId_attempt: { enrolmentId: sub.enrolmentId, stepId: sub.stepId, attempt: sub.attempt - 1 } },
        select: { grade: { select: { items: { select: { checklistItemId: true, ok: true, comment: true } } } } },
      })
    : null;
  const previousChecks = new Map((previous?.grade?.items ?? []).map((i) => [i.checklistItemId, { ok: i.ok, comment: i.comment }]));
  const handed = new Map(sub.items.map((i) => [i.checklistItemId, i]));
  const tokens = await tx.token.findMany({ orderBy: { sort: 'asc' }, select: { code: true, nameRu: true, nameEn: true } });
  const snippets = await tx.expertSnippet.findMany({ where: { expertId: viewerId }, orderBy: [{ uses: 'desc' }, { lastUsed: 'desc' }], take: SNIPPETS_OFFERED, select: { id: true, text: true } });
  return {
    submissionId: sub.id,
    attempt: sub.attempt,
    projectTitle: sub.step.project.title,
    stepPosition: sub.step.position,
    stepTitle: sub.step.title,
    items: sub.step.checklist.map((item) => {
      const h = handed.get(item.id);
      return {
        checklistItemId: item.id,
        position: item.position,
        title: item.title,
        hint: item.hint,
        required: item.required,
        content: h ? { kind: h.kind as ItemContent['kind'], fileId: h.fileId, fileName: h.fileName, url: h.url, text: h.text } : null,
        carried: h?.carriedFromId != null,
        previous: previousChecks.get(item.id) ?? null,
      };
    }),
    criteria: rubricOf(sub.step).criteria,
    tokens,
    snippets,
    claimExpiresAt: sub.claimedById === viewerId ? iso(sub.claimExpiresAt) : null,
  };
}

/** What the expert grades: refused unless they may grade it now. */
export async function view(ctx: GradingContext, expertId: number, submissionId: number): Promise<GradingView> {
  return ctx.deps.db.$transaction(async (tx) => {
    const sub = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true, enrolment: { select: { userId: true, projectId: true } } } });
    if (!sub) throw new ServiceError('grading-err-not-found');
    await checkExpert(tx, expertId, sub.enrolment);
    if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
    return { ...(await loadView(tx, submissionId, expertId)), initial: null, gradeId: null, version: null };
  });
}
