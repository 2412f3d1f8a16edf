// Moderators' corrections of a saved grade: audited before and after, the points difference as a
// correction entry (never a second credit), the participant told what changed.
import { rubricAt } from '../rubric-version.ts';
import type { Tx } from '../../db/client.ts';
import { correctionReason, creditFor, describeChanges, draftProblems, REASON_MAX, totals, type GradeDraft } from '../../domain/grading.ts';
import { isUniqueViolation } from '../../runtime/unique-violation.ts';
import { recordAudit } from '../audit.ts';
import { correctionNotice } from '../grade-card.ts';
import { enqueue } from '../outbox.ts';
import { ServiceError } from '../users.ts';
import { gradeNoticeMarkup } from './card-markup.ts';
import { draftError, draftOf, gradeSelect, rolesOf, rubricOf, stepSelect, type GradingContext } from './context.ts';
import { loadView, type GradingView } from './view.ts';

export interface CorrectionResult {
  gradeId: number;
  pointsDelta: number;
  total: number;
  max: number;
  changes: number;
}

async function requireModerator(tx: Tx, actorId: number): Promise<void> {
  if (!(await rolesOf(tx, actorId)).includes('moderator')) throw new ServiceError('grading-err-not-moderator');
}

/** A saved grade as the correction conversation starts from it. */
export async function correctionView(ctx: GradingContext, moderatorId: number, gradeId: number): Promise<GradingView> {
  return ctx.deps.db.$transaction(async (tx) => {
    await requireModerator(tx, moderatorId);
    const grade = await tx.grade.findUnique({ where: { id: gradeId }, select: { ...gradeSelect, submissionId: true } });
    if (!grade) throw new ServiceError('grading-err-grade-not-found', { id: String(gradeId) });
    const view = await loadView(tx, grade.submissionId, moderatorId);
    return { ...view, initial: draftOf(grade), gradeId, version: grade.updatedAt.toISOString() };
  });
}

/**
 * A moderator corrects a saved grade: audited with before and after, the points difference
 * written as a correction entry (never a second credit), the participant told what changed.
 * `version` is the grade's state the moderator edited; a grade changed meanwhile is refused.
 */
export async function correctGrade(ctx: GradingContext, moderatorId: number, gradeId: number, input: GradeDraft, reason: string, version: string, effectKey: string): Promise<CorrectionResult> {
  const now = ctx.deps.clock.now();
  const why = reason.trim();
  if (!why) throw new ServiceError('grading-err-reason-required');
  if (why.length > REASON_MAX) throw new ServiceError('grading-err-too-long');
  const draft: GradeDraft = { ...input, tokens: [...new Set(input.tokens)].sort(), comment: input.comment.trim(), overrideReason: input.overrideReason?.trim() || null };
  const auditKey = `${effectKey}:grade-correct:${gradeId}`;
  try {
    return await ctx.deps.db.$transaction(async (tx) => {
      await requireModerator(tx, moderatorId);
      const done = await tx.auditLog.findUnique({ where: { key: auditKey }, select: { after: true } });
      if (done) return (done.after as unknown as { result: CorrectionResult }).result;
      const grade = await tx.grade.findUnique({
        where: { id: gradeId },
        select: {
          ...gradeSelect,
          submissionId: true,
          points: { select: { reason: true, points: true } },
          submission: {
            select: {
              attempt: true,
              enrolmentId: true,
              stepId: true,
              status: true,
              rubricVersion: true,
              enrolment: { select: { userId: true, projectId: true, user: { select: { telegramId: true, locale: true } } } },
              step: { select: stepSelect },
            },
          },
        },
      });
      if (!grade) throw new ServiceError('grading-err-grade-not-found', { id: String(gradeId) });
      if (grade.updatedAt.toISOString() !== version) throw new ServiceError('grading-err-correction-conflict');
      const sub = grade.submission;
      sub.step = rubricAt(sub.step, sub.rubricVersion);
      const rubric = rubricOf(sub.step);
      const tokenCodes = (await tx.token.findMany({ select: { code: true } })).map((t) => t.code);
      const problems = draftProblems(rubric, tokenCodes, draft);
      if (problems.length) throw draftError(problems[0]!, rubric);
      const before = draftOf(grade);
      const changes = describeChanges(rubric, before, draft);
      if (!changes.length && before.overrideReason === draft.overrideReason) throw new ServiceError('grading-err-correction-nothing');
      if (draft.decision === 'accepted' && before.decision !== 'accepted') {
        // Accepting an old attempt after the participant started a new one would leave two live attempts.
        const later = await tx.submission.count({ where: { enrolmentId: sub.enrolmentId, stepId: sub.stepId, attempt: { gt: sub.attempt } } });
        if (later) throw new ServiceError('grading-err-correction-later-attempt');
      }
      const { total, max } = totals(rubric.criteria, draft.criteria);
      // Optimistic lock: the version moves strictly forward, so a concurrent correction matches nothing.
      const { count } = await tx.grade.updateMany({
        where: { id: gradeId, updatedAt: grade.updatedAt },
        data: {
          decision: draft.decision,
          totalPoints: total,
          maxPoints: max,
          comment: draft.comment,
          overrideReason: draft.decision === 'accepted' ? draft.overrideReason : null,
          rubricVersion: sub.step.rubricVersion,
          updatedAt: new Date(Math.max(now.getTime(), grade.updatedAt.getTime() + 1)),
        },
      });
      if (count !== 1) throw new ServiceError('grading-err-correction-conflict');
      await tx.gradeItem.deleteMany({ where: { gradeId } });
      await tx.gradeCriterion.deleteMany({ where: { gradeId } });
      await tx.gradeToken.deleteMany({ where: { gradeId } });
      for (const i of draft.items) await tx.gradeItem.create({ data: { gradeId, checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment } });
      for (const c of draft.criteria) await tx.gradeCriterion.create({ data: { gradeId, criterionId: c.criterionId, points: c.points } });
      for (const tokenCode of draft.tokens) await tx.gradeToken.create({ data: { gradeId, tokenCode } });
      if (draft.decision !== before.decision) await tx.submission.update({ where: { id: grade.submissionId }, data: { status: draft.decision } });

      const credited = grade.points.reduce((sum, p) => sum + p.points, 0);
      const delta = creditFor(draft.decision, total) - credited;
      if (delta !== 0) {
        await tx.pointsEntry.create({ data: { userId: sub.enrolment.userId, gradeId, reason: correctionReason(grade.points.map((p) => p.reason)), points: delta, createdAt: now } });
      }
      const n = (await tx.auditLog.count({ where: { action: 'grade.correct', entity: 'grade', entityId: String(gradeId) } })) + 1;
      const result: CorrectionResult = { gradeId, pointsDelta: delta, total, max, changes: changes.length };
      await recordAudit(tx, {
        key: auditKey,
        actorId: moderatorId,
        action: 'grade.correct',
        entity: 'grade',
        entityId: gradeId,
        before: { ...before, total: grade.totalPoints, credited },
        after: { ...draft, total, credited: credited + delta, reason: why, result },
      });
      const locale = sub.enrolment.user.locale ?? ctx.deps.defaultLocale;
      const tokenRows = await tx.token.findMany({ select: { code: true, nameRu: true, nameEn: true } });
      const tokenName = (code: string) => {
        const row = tokenRows.find((t) => t.code === code);
        return row ? (locale === 'en' ? row.nameEn : row.nameRu) : code;
      };
      const t = ctx.t(locale);
      const text = correctionNotice(
        t,
        { projectTitle: sub.step.project.title, stepPosition: sub.step.position, stepTitle: sub.step.title, attempt: sub.attempt, gradeId, total, max, decision: draft.decision },
        changes,
        why,
        tokenName,
      );
      const markup = await gradeNoticeMarkup(tx, t, sub.step, draft.decision);
      await enqueue(tx, { key: `grade:${gradeId}:correction:${n}`, chatId: sub.enrolment.user.telegramId, payload: { text, parse_mode: 'HTML', ...(markup ? { reply_markup: markup } : {}) } }, now);
      await ctx.hooks.afterGradeSaved(tx, {
        gradeId,
        submissionId: grade.submissionId,
        userId: sub.enrolment.userId,
        stepId: sub.step.id,
        projectId: sub.step.project.id,
        decision: draft.decision,
        pointsDelta: delta,
        correction: true,
        now,
      });
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ServiceError('grading-err-correction-conflict');
    throw error;
  }
}
