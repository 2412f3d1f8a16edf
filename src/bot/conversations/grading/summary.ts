// The summary card with the total and the decision; in a correction, the sections to change and «save as…».
import { InlineKeyboard } from 'grammy';
import { decisionProblem, type Decision } from '../../../domain/grading.ts';
import { summaryCard } from '../../../services/grade-card.ts';
import { saveGrade } from './save.ts';
import { askScreen, back, backRow, go, type ScreenFn } from './session.ts';

export const summaryScreen: ScreenFn<'summary'> = async (s) => {
  const { ctx, view, draft } = s;
  const p = s.prefix('s');
  const rows = s.correcting
    ? [
        [
          InlineKeyboard.text(ctx.t('grading-btn-edit-items'), `${p}go:o`),
          InlineKeyboard.text(ctx.t('grading-btn-edit-criteria'), `${p}go:c`),
          InlineKeyboard.text(ctx.t('grading-btn-edit-finish'), `${p}go:f`),
        ],
        [InlineKeyboard.text(ctx.t('grading-btn-save-accepted'), `${p}acc`), InlineKeyboard.text(ctx.t('grading-btn-save-returned'), `${p}ret`)],
        [InlineKeyboard.text(ctx.t('grading-btn-quit'), `${p}quit`)],
      ]
    : [[InlineKeyboard.text(ctx.t('grading-btn-accept'), `${p}acc`), InlineKeyboard.text(ctx.t('grading-btn-return'), `${p}ret`)], backRow(s, 's')];
  const a = await askScreen(s, { text: summaryCard(ctx.t.bind(ctx), draft.card()), keyboard: new InlineKeyboard(rows) }, { prefix: p, acceptText: false, edit: s.edit });
  s.edit = a.messageId;
  if (a.kind !== 'button') return false;
  if (a.data === 'back') back(s);
  else if (a.data === 'quit') {
    await a.ctx.editMessageText(ctx.t('grading-correct-cancelled')).catch(() => ctx.reply(ctx.t('grading-correct-cancelled')));
    return true;
  } else if (a.data === 'go:o') go(s, { k: 'overview' });
  else if (a.data === 'go:c') go(s, view.criteria.length ? { k: 'criterion', j: 0 } : { k: 'summary' });
  else if (a.data === 'go:f') go(s, { k: 'finish' });
  else if (a.data === 'acc' || a.data === 'ret') {
    const decision: Decision = a.data === 'acc' ? 'accepted' : 'returned';
    const problem = decisionProblem(draft.draft(decision));
    if (problem === 'accept-with-rejected-items') go(s, { k: 'override' });
    else if (problem === 'return-without-reason') go(s, { k: 'finish', problem: ctx.t('grading-return-needs-reason') });
    else if (s.correcting) go(s, { k: 'why', decision });
    else {
      if (await saveGrade(s, a.ctx, decision)) return true;
      s.edit = undefined;
    }
  }
  return false;
};
