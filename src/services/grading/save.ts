// Saving an expert's grade: one transaction with the decision, points, audit, the participant's
// card in the outbox and the reward hooks; of two experts saving at once exactly one wins.
import { rubricAt } from '../rubric-version.ts';
import type { Tx } from '../../db/client.ts';
import { claimState, creditFor, draftProblems, SNIPPET_MAX, totals, whatToRedo, type Decision, type GradeDraft } from '../../domain/grading.ts';
import { isUniqueViolation } from '../../runtime/unique-violation.ts';
import { recordAudit } from '../audit.ts';
import { participantCard, type CardData } from '../grade-card.ts';
import { enqueue } from '../outbox.ts';
import { ServiceError } from '../users.ts';
import { gradeNoticeMarkup } from './card-markup.ts';
import { checkExpert, draftError, draftOf, gradeSelect, rubricOf, stepSelect, type GradingContext } from './context.ts';

export interface SaveResult {
  gradeId: number;
  decision: Decision;
  total: number;
  max: number;
  /** The same expert's grade was already saved (a repeated press or a replayed update). */
  repeated: boolean;
}

async function cardData(tx: Tx, gradeId: number, locale: string): Promise<CardData> {
  const g = await tx.grade.findUniqueOrThrow({
    where: { id: gradeId },
    select: { ...gradeSelect, totalPoints: true, maxPoints: true, submission: { select: { attempt: true, rubricVersion: true, step: { select: stepSelect } } } },
  });
  const step = rubricAt(g.submission.step, g.submission.rubricVersion);
  const rubric = rubricOf(step);
  const draft = draftOf(g);
  const checks = new Map(draft.items.map((i) => [i.checklistItemId, i]));
  const scores = new Map(draft.criteria.map((c) => [c.criterionId, c.points]));
  const tokenRows = await tx.token.findMany({ where: { code: { in: draft.tokens } }, orderBy: { sort: 'asc' } });
  return {
    gradeId,
    projectTitle: step.project.title,
    stepPosition: step.position,
    stepTitle: step.title,
    attempt: g.submission.attempt,
    items: step.checklist.map((i) => ({ position: i.position, title: i.title, ok: checks.get(i.id)?.ok ?? null, comment: checks.get(i.id)?.comment ?? '' })),
    criteria: rubric.criteria.map((c) => ({ ...c, points: scores.get(c.id) ?? null })),
    tokens: tokenRows.map((t) => (locale === 'en' ? t.nameEn : t.nameRu)),
    comment: draft.comment,
    decision: draft.decision,
    overrideReason: draft.overrideReason,
    total: g.totalPoints,
    max: g.maxPoints,
    redo: whatToRedo(rubric, draft.items),
  };
}

async function rememberSnippets(tx: Tx, expertId: number, texts: string[], now: Date): Promise<void> {
  for (const text of new Set(texts.map((t) => t.trim()).filter((t) => t && t.length <= SNIPPET_MAX))) {
    await tx.expertSnippet.upsert({
      where: { expertId_text: { expertId, text } },
      create: { expertId, text, uses: 1, lastUsed: now },
      update: { uses: { increment: 1 }, lastUsed: now },
    });
  }
}

/**
 * Saves an expert's grade in one transaction: the grade against the step's current rubric
 * version, the submission decided (its open key freed for a new attempt), the points credit,
 * the audit record, the participant's card in the outbox and the reward hooks.
 */
export async function saveGrade(ctx: GradingContext, expertId: number, submissionId: number, input: GradeDraft, effectKey: string): Promise<SaveResult> {
  const now = ctx.deps.clock.now();
  const draft: GradeDraft = {
    ...input,
    tokens: [...new Set(input.tokens)].sort(),
    comment: input.comment.trim(),
    overrideReason: input.overrideReason?.trim() || null,
    items: input.items.map((i) => ({ ...i, comment: i.comment.trim() })),
  };
  try {
    return await ctx.deps.db.$transaction(async (tx) => {
      const sub = await tx.submission.findUnique({
        where: { id: submissionId },
        select: {
          status: true,
          attempt: true,
          claimedById: true,
          claimExpiresAt: true,
          rubricVersion: true,
          enrolment: { select: { userId: true, projectId: true, user: { select: { telegramId: true, locale: true } } } },
          step: { select: stepSelect },
          grade: { select: { id: true, expertId: true, decision: true, totalPoints: true, maxPoints: true } },
        },
      });
      if (!sub) throw new ServiceError('grading-err-not-found');
      sub.step = rubricAt(sub.step, sub.rubricVersion);
      await checkExpert(tx, expertId, sub.enrolment);
      const settled = (g: NonNullable<typeof sub.grade>): SaveResult => {
        if (g.expertId !== expertId) throw new ServiceError('grading-err-already-graded');
        return { gradeId: g.id, decision: g.decision as Decision, total: g.totalPoints, max: g.maxPoints, repeated: true };
      };
      if (sub.grade) return settled(sub.grade);
      if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
      const state = claimState(sub, expertId, now);
      if (state === 'held') throw new ServiceError('grading-err-taken');
      if (state !== 'mine') throw new ServiceError('grading-err-claim-expired', { minutes: ctx.claimMinutes });

      const rubric = rubricOf(sub.step);
      const tokenCodes = (await tx.token.findMany({ select: { code: true } })).map((t) => t.code);
      const problems = draftProblems(rubric, tokenCodes, draft);
      if (problems.length) throw draftError(problems[0]!, rubric);
      const { total, max } = totals(rubric.criteria, draft.criteria);

      // The decision and the claim in one conditional write: whoever commits first wins, the
      // other's update matches nothing.
      const { count } = await tx.submission.updateMany({
        where: { id: submissionId, status: 'submitted', claimedById: expertId, claimExpiresAt: { gt: now } },
        data: { status: draft.decision, decidedAt: now, openKey: null, claimedById: null, claimExpiresAt: null },
      });
      if (count !== 1) {
        const winner = await tx.grade.findUnique({ where: { submissionId }, select: { id: true, expertId: true, decision: true, totalPoints: true, maxPoints: true } });
        if (winner) return settled(winner);
        throw new ServiceError('grading-err-taken');
      }
      const grade = await tx.grade.create({
        data: {
          submissionId,
          expertId,
          decision: draft.decision,
          totalPoints: total,
          maxPoints: max,
          rubricVersion: sub.step.rubricVersion,
          comment: draft.comment,
          overrideReason: draft.decision === 'accepted' ? draft.overrideReason : null,
          createdAt: now,
          updatedAt: now,
          items: { create: draft.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment })) },
          criteria: { create: draft.criteria.map((c) => ({ criterionId: c.criterionId, points: c.points })) },
          tokens: { create: draft.tokens.map((tokenCode) => ({ tokenCode })) },
        },
        select: { id: true },
      });
      const credit = creditFor(draft.decision, total);
      if (draft.decision === 'accepted') {
        await tx.pointsEntry.create({ data: { userId: sub.enrolment.userId, gradeId: grade.id, reason: 'grade', points: credit, createdAt: now } });
      }
      await rememberSnippets(tx, expertId, [...draft.items.filter((i) => !i.ok).map((i) => i.comment), draft.comment], now);
      await recordAudit(tx, {
        key: `${effectKey}:grade:${submissionId}`,
        actorId: expertId,
        action: 'grade.save',
        entity: 'submission',
        entityId: submissionId,
        before: { status: 'submitted' },
        after: { status: draft.decision, gradeId: grade.id, total, max, rubricVersion: sub.step.rubricVersion, tokens: draft.tokens },
      });
      const locale = sub.enrolment.user.locale ?? ctx.deps.defaultLocale;
      const t = ctx.t(locale);
      const card = participantCard(t, await cardData(tx, grade.id, locale));
      const markup = await gradeNoticeMarkup(tx, t, sub.step, draft.decision);
      await enqueue(tx, { key: `grade:${grade.id}:card`, chatId: sub.enrolment.user.telegramId, payload: { text: card, parse_mode: 'HTML', ...(markup ? { reply_markup: markup } : {}) } }, now);
      await ctx.hooks.afterGradeSaved(tx, {
        gradeId: grade.id,
        submissionId,
        userId: sub.enrolment.userId,
        stepId: sub.step.id,
        projectId: sub.step.project.id,
        decision: draft.decision,
        pointsDelta: credit,
        correction: false,
        now,
      });
      return { gradeId: grade.id, decision: draft.decision, total, max, repeated: false };
    });
  } catch (error) {
    // The unique grade per submission is the last guard against a double save.
    if (isUniqueViolation(error)) throw new ServiceError('grading-err-already-graded');
    throw error;
  }
}
