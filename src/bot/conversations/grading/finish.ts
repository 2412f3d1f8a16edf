// Tokens and the overall comment (typed, a frequent one, or none) before the summary.
import { InlineKeyboard } from 'grammy';
import { COMMENT_MAX } from '../../../domain/grading.ts';
import { escapeHtml } from '../../html.ts';
import { askScreen, back, backRow, go, snippetRows, type ScreenFn } from './session.ts';

export const finishScreen: ScreenFn<'finish'> = async (s, screen) => {
  const { ctx, view, draft } = s;
  const rows: ReturnType<typeof InlineKeyboard.text>[][] = [];
  const toggles = view.tokens.map((t) => InlineKeyboard.text(`${draft.tokens.has(t.code) ? '✅ ' : ''}${s.locale === 'en' ? t.nameEn : t.nameRu}`, `${s.prefix('f')}t:${t.code}`));
  for (let k = 0; k < toggles.length; k += 3) rows.push(toggles.slice(k, k + 3));
  rows.push(...snippetRows(s, 'f', 3));
  if (draft.comment) rows.push([InlineKeyboard.text(ctx.t('grading-btn-clear-comment'), `${s.prefix('f')}clear`)]);
  rows.push([InlineKeyboard.text(ctx.t(draft.comment ? 'grading-btn-next' : 'grading-btn-next-no-comment'), `${s.prefix('f')}next`)]);
  rows.push(backRow(s, 'f'));
  const current = draft.comment ? `\n\n${ctx.t('grading-comment-now', { comment: escapeHtml(draft.comment) })}` : '';
  const problem = screen.problem ? `${screen.problem}\n\n` : '';
  const a = await askScreen(s, { text: `${problem}${ctx.t('grading-finish')}${current}`, keyboard: new InlineKeyboard(rows) }, { prefix: s.prefix('f'), acceptText: true, edit: s.edit });
  s.edit = a.kind === 'button' ? a.messageId : undefined;
  if (a.kind === 'text') {
    const typed = a.text.trim();
    if (typed.length > COMMENT_MAX) {
      s.screen = { k: 'finish', problem: ctx.t('grading-comment-too-long', { max: COMMENT_MAX }) };
      return false;
    }
    draft.comment = typed;
    go(s, { k: 'summary' });
  } else if (a.data.startsWith('t:')) {
    const code = a.data.slice(2);
    if (view.tokens.some((t) => t.code === code)) {
      if (draft.tokens.has(code)) draft.tokens.delete(code);
      else draft.tokens.add(code);
    }
    s.screen = { k: 'finish' };
  } else if (a.data === 'clear') {
    draft.comment = '';
    s.screen = { k: 'finish' };
  } else if (a.data === 'next') go(s, { k: 'summary' });
  else if (a.data === 'back') back(s);
  else {
    const snippet = view.snippets.find((x) => `s:${x.id}` === a.data);
    if (!snippet) return false;
    draft.comment = snippet.text;
    go(s, { k: 'summary' });
  }
  return false;
};
