// Why an item is not met: typed, one of the expert's frequent comments, or none.
import { InlineKeyboard } from 'grammy';
import { ITEM_COMMENT_MAX } from '../../../domain/grading.ts';
import { escapeHtml } from '../../html.ts';
import { askScreen, back, backRow, go, nextItem, snippetRows, type ScreenFn } from './session.ts';

export const itemCommentScreen: ScreenFn<'itemComment'> = async (s, screen) => {
  const { ctx, view, draft } = s;
  const item = view.items[screen.i]!;
  const tag = `m${screen.i}`;
  const kb = new InlineKeyboard([...snippetRows(s, tag, 5), [InlineKeyboard.text(ctx.t('grading-btn-no-comment'), `${s.prefix(tag)}none`)], backRow(s, tag)]);
  let problem = '';
  for (;;) {
    const text = `${problem}${ctx.t('grading-ask-item-comment', { position: item.position, title: escapeHtml(item.title) })}`;
    const a = await askScreen(s, { text, keyboard: kb }, { prefix: s.prefix(tag), acceptText: true, edit: s.edit });
    s.edit = a.kind === 'button' ? a.messageId : undefined;
    if (a.kind === 'text') {
      const typed = a.text.trim();
      if (!typed || typed.length > ITEM_COMMENT_MAX) {
        problem = `${ctx.t('grading-comment-too-long', { max: ITEM_COMMENT_MAX })}\n\n`;
        continue;
      }
      draft.checks.set(item.checklistItemId, { ok: false, comment: typed });
      go(s, nextItem(s, screen.i));
    } else if (a.data === 'none') {
      draft.checks.set(item.checklistItemId, { ok: false, comment: '' });
      go(s, nextItem(s, screen.i));
    } else if (a.data === 'back') back(s);
    else {
      const snippet = view.snippets.find((x) => `s:${x.id}` === a.data);
      if (!snippet) continue;
      draft.checks.set(item.checklistItemId, { ok: false, comment: snippet.text });
      go(s, nextItem(s, screen.i));
    }
    return false;
  }
};
