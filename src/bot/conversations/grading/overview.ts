// The first screen: every item with its check so far, «all met» or item by item, or back to the queue.
import { InlineKeyboard } from 'grammy';
import { escapeHtml } from '../../html.ts';
import { afterItems, askScreen, back, backRow, go, type ScreenFn } from './session.ts';

function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export const overviewScreen: ScreenFn<'overview'> = async (s) => {
  const { ctx, view, draft } = s;
  const lines = view.items.map((i) => {
    const c = draft.checks.get(i.checklistItemId);
    const mark = c === undefined ? '▫️' : c.ok ? '✅' : '✖️';
    const prev = i.previous ? ` ${ctx.t(i.previous.ok ? 'grading-prev-ok' : 'grading-prev-rejected')}` : '';
    return `${mark} ${i.position}. ${escapeHtml(i.title)}${prev}`;
  });
  const until = view.claimExpiresAt && !s.correcting ? `\n\n${ctx.t('grading-claimed-until', { time: clock(view.claimExpiresAt, s.deps.timeZone), minutes: s.deps.grading.claimMinutes })}` : '';
  const kb = new InlineKeyboard([
    [InlineKeyboard.text(ctx.t('grading-btn-all-ok'), `${s.prefix('o')}all`)],
    [InlineKeyboard.text(ctx.t('grading-btn-by-item'), `${s.prefix('o')}items`)],
    s.correcting ? backRow(s, 'o') : [InlineKeyboard.text(ctx.t('grading-btn-to-queue'), `${s.prefix('o')}leave`)],
  ]);
  const a = await askScreen(s, { text: `${ctx.t('grading-overview', { count: view.items.length })}\n${lines.join('\n')}${until}`, keyboard: kb }, { prefix: s.prefix('o'), acceptText: false, edit: s.edit });
  s.edit = a.messageId;
  if (a.kind !== 'button') return false;
  if (a.data === 'all') {
    draft.allOk();
    go(s, afterItems(s));
  } else if (a.data === 'items') go(s, view.items.length ? { k: 'item', i: 0 } : afterItems(s));
  else if (a.data === 'back') back(s);
  else if (a.data === 'leave') {
    await s.release();
    const markup = { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') };
    await a.ctx.editMessageText(ctx.t('grading-left'), markup).catch(() => ctx.reply(ctx.t('grading-left'), markup));
    return true;
  }
  return false;
};
