// The last step of a moderator's correction: why the grade changes; then the correction is saved.
import { InlineKeyboard } from 'grammy';
import { REASON_MAX } from '../../../domain/grading.ts';
import { askScreen, attempt, back, backRow, type ScreenFn } from './session.ts';

export const correctionReasonScreen: ScreenFn<'why'> = async (s, screen) => {
  const { ctx, view } = s;
  const a = await askScreen(s, { text: ctx.t('grading-ask-correction-reason'), keyboard: new InlineKeyboard([backRow(s, 'w')]) }, { prefix: s.prefix('w'), acceptText: true, edit: s.edit });
  s.edit = a.kind === 'button' ? a.messageId : undefined;
  if (a.kind === 'button') {
    back(s);
    return false;
  }
  const reason = a.text.trim();
  if (!reason || reason.length > REASON_MAX) {
    await ctx.reply(ctx.t('grading-comment-too-long', { max: REASON_MAX }));
    return false;
  }
  const effectKey = `update:${a.ctx.update.update_id}`;
  const d = s.draft.draft(screen.decision);
  const result = await s.conversation.external(() => attempt(() => s.deps.grading.correctGrade(s.actorId, view.gradeId!, d, reason, view.version!, effectKey)));
  if (result.ok) {
    const delta = result.value.pointsDelta;
    await ctx.reply(ctx.t('grading-corrected', { id: String(view.gradeId), total: result.value.total, max: result.value.max, delta: delta > 0 ? `+${delta}` : String(delta) }), { parse_mode: 'HTML' });
    return true;
  }
  await ctx.reply(ctx.t(result.error.code, result.error.vars));
  if (result.error.code === 'grading-err-correction-conflict' || result.error.code === 'grading-err-not-moderator') return true;
  s.screen = { k: 'summary' };
  s.history.length = 0;
  return false;
};
