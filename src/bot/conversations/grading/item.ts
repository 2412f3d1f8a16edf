// One checklist item: met or not (a «not met» asks for a comment next), or the rest all met.
import { InlineKeyboard } from 'grammy';
import { escapeHtml } from '../../html.ts';
import { afterItems, askScreen, back, backRow, go, nextItem, type ScreenFn } from './session.ts';

export const itemScreen: ScreenFn<'item'> = async (s, screen) => {
  const { ctx, view, draft } = s;
  const items = view.items;
  const item = items[screen.i]!;
  const tag = `i${screen.i}`;
  const c = draft.checks.get(item.checklistItemId);
  const parts = [ctx.t('grading-item-head', { n: screen.i + 1, count: items.length, position: item.position, title: escapeHtml(item.title) })];
  if (item.hint) parts.push(`<i>${escapeHtml(item.hint)}</i>`);
  if (item.previous) parts.push(ctx.t(item.previous.ok ? 'grading-prev-ok-long' : 'grading-prev-rejected-long', { comment: escapeHtml(item.previous.comment || '—') }));
  if (c) parts.push(ctx.t(c.ok ? 'grading-item-now-ok' : 'grading-item-now-rejected', { comment: escapeHtml(c.comment || '—') }));
  const rows = [[InlineKeyboard.text(ctx.t('grading-btn-ok'), `${s.prefix(tag)}ok`), InlineKeyboard.text(ctx.t('grading-btn-rejected'), `${s.prefix(tag)}no`)]];
  if (screen.i + 1 < items.length) rows.push([InlineKeyboard.text(ctx.t('grading-btn-rest-ok'), `${s.prefix(tag)}rest`)]);
  rows.push(backRow(s, tag));
  const a = await askScreen(s, { text: parts.join('\n'), keyboard: new InlineKeyboard(rows) }, { prefix: s.prefix(tag), acceptText: false, edit: s.edit });
  s.edit = a.messageId;
  if (a.kind !== 'button') return false;
  if (a.data === 'ok') {
    draft.checks.set(item.checklistItemId, { ok: true, comment: '' });
    go(s, nextItem(s, screen.i));
  } else if (a.data === 'no') go(s, { k: 'itemComment', i: screen.i });
  else if (a.data === 'rest') {
    draft.allOk(items.slice(screen.i));
    go(s, afterItems(s));
  } else if (a.data === 'back') back(s);
  return false;
};
