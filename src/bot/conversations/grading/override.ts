// Accepting work with items marked not met needs a reason, asked here.
import { InlineKeyboard } from 'grammy';
import { REASON_MAX } from '../../../domain/grading.ts';
import { saveGrade } from './save.ts';
import { askScreen, back, backRow, type ScreenFn } from './session.ts';

export const overrideScreen: ScreenFn<'override'> = async (s) => {
  const { ctx, view, draft } = s;
  const rejected = view.items.filter((i) => draft.checks.get(i.checklistItemId)?.ok === false).map((i) => i.position).join(', ');
  const a = await askScreen(s, { text: ctx.t('grading-ask-override', { items: rejected }), keyboard: new InlineKeyboard([backRow(s, 'r')]) }, { prefix: s.prefix('r'), acceptText: true, edit: s.edit });
  s.edit = a.kind === 'button' ? a.messageId : undefined;
  if (a.kind === 'button') {
    back(s);
    return false;
  }
  const typed = a.text.trim();
  if (!typed || typed.length > REASON_MAX) {
    await ctx.reply(ctx.t('grading-comment-too-long', { max: REASON_MAX }));
    return false;
  }
  draft.overrideReason = typed;
  if (s.correcting) {
    s.screen = { k: 'why', decision: 'accepted' };
    return false;
  }
  if (await saveGrade(s, a.ctx, 'accepted')) return true;
  s.screen = { k: 'summary' };
  return false;
};
