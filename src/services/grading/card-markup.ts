// The button a grade notice carries to what it asks for: a returned step's resubmission, or, after
// an acceptance, the project's next step (none after the last one).
import type { Tx } from '../../db/client.ts';
import type { Decision } from '../../domain/grading.ts';
import type { T } from '../grade-card.ts';
import { inlineKeyboard, stepCardButton, submitStepButton } from '../notice-buttons.ts';
import { truncate } from '../../domain/text.ts';

const BUTTON_TITLE_MAX = 40;


export async function gradeNoticeMarkup(tx: Tx, t: T, step: { id: number; position: number; project: { id: number } }, decision: Decision) {
  if (decision === 'returned') return inlineKeyboard([[submitStepButton(t('grading-card-btn-resubmit'), step.id)]]);
  const next = await tx.step.findFirst({
    where: { projectId: step.project.id, position: { gt: step.position } },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, title: true },
  });
  return next ? inlineKeyboard([[stepCardButton(t('grading-card-btn-next-step', { position: next.position, step: truncate(next.title, BUTTON_TITLE_MAX) }), next.id)]]) : undefined;
}
