// Saving the expert's decision: a claim that lapsed meanwhile is taken again on request, and a
// refusal that ends the grading sends the expert back to the queue.
import { InlineKeyboard } from 'grammy';
import type { Decision } from '../../../domain/grading.ts';
import type { ConvContext } from '../../context.ts';
import { askScreen, attempt, type GradingSession } from './session.ts';

const FINAL = ['grading-err-already-graded', 'grading-err-taken', 'grading-err-not-waiting', 'grading-err-not-found', 'grading-err-not-assigned', 'grading-err-not-expert', 'grading-err-own'];

/** Saves the grade; true when the conversation is over (saved, or lost to another expert). */
export async function saveGrade(s: GradingSession, answerCtx: ConvContext, decision: Decision): Promise<boolean> {
  const { conversation, ctx, view, actorId } = s;
  const { grading } = s.deps;
  const d = s.draft.draft(decision);
  const effectKey = `update:${answerCtx.update.update_id}`;
  let result = await conversation.external(() => attempt(() => grading.saveGrade(actorId, view.submissionId, d, effectKey)));
  if (!result.ok && result.error.code === 'grading-err-claim-expired') {
    const free = await conversation.external(() => grading.claimable(actorId, view.submissionId));
    if (!free) {
      await ctx.reply(ctx.t('grading-claim-lost'), { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') });
      return true;
    }
    const a = await askScreen(
      s,
      {
        text: ctx.t('grading-claim-expired', { minutes: grading.claimMinutes }),
        keyboard: new InlineKeyboard().text(ctx.t('grading-btn-reclaim-save'), `${s.prefix('x')}again`).row().text(ctx.t('grading-btn-drop'), `${s.prefix('x')}drop`),
      },
      { prefix: s.prefix('x'), acceptText: false },
    );
    if (a.kind !== 'button' || a.data !== 'again') {
      await ctx.reply(ctx.t('grading-cancelled'));
      return true;
    }
    const again = `update:${a.ctx.update.update_id}`;
    result = await conversation.external(async () => {
      const claimed = await attempt(() => grading.claim(actorId, view.submissionId));
      if (!claimed.ok) return claimed;
      return attempt(() => grading.saveGrade(actorId, view.submissionId, d, again));
    });
  }
  if (result.ok) {
    const r = result.value;
    await ctx.reply(ctx.t(r.decision === 'accepted' ? 'grading-saved-accepted' : 'grading-saved-returned', { total: r.total, max: r.max, id: String(r.gradeId) }), {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-next-work'), 'rv:next').text(ctx.t('grading-btn-queue'), 'rv:queue'),
    });
    return true;
  }
  if (FINAL.includes(result.error.code)) {
    await ctx.reply(ctx.t(result.error.code, result.error.vars), { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') });
    return true;
  }
  await ctx.reply(ctx.t(result.error.code, result.error.vars));
  return false;
}
