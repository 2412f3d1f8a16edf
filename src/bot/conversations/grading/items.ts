// Re-sends a handed-in item to the expert the way the participant sent it: the same file by its
// file_id, a link or a text.
import type { GradingItemView } from '../../../services/grading/index.ts';
import type { ConvContext } from '../../context.ts';
import { escapeHtml } from '../../html.ts';

const TEXT_SHOWN_MAX = 3500;

const attr = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

export async function sendItem(ctx: ConvContext, item: GradingItemView, attemptNo: number): Promise<void> {
  const chatId = ctx.chat!.id;
  const note = attemptNo > 1 ? `\n${ctx.t(item.carried ? 'grading-item-carried' : 'grading-item-new')}` : '';
  const title = `<b>${item.position}. ${escapeHtml(item.title)}</b>${note}`;
  const c = item.content;
  if (!c) return void (await ctx.reply(`${title}\n${ctx.t(item.required ? 'grading-item-missing' : 'grading-item-skipped')}`, { parse_mode: 'HTML' }));
  try {
    if (c.kind === 'document' && c.fileId) return void (await ctx.api.sendDocument(chatId, c.fileId, { caption: title, parse_mode: 'HTML' }));
    if (c.kind === 'photo' && c.fileId) return void (await ctx.api.sendPhoto(chatId, c.fileId, { caption: title, parse_mode: 'HTML' }));
  } catch {
    // A file Telegram no longer serves is reported instead of stopping the whole review.
    return void (await ctx.reply(`${title}\n${ctx.t('grading-item-file-gone', { name: escapeHtml(c.fileName ?? '') })}`, { parse_mode: 'HTML' }));
  }
  if (c.kind === 'link' && c.url) return void (await ctx.reply(`${title}\n🔗 <a href="${attr(c.url)}">${escapeHtml(c.url)}</a>`, { parse_mode: 'HTML' }));
  const text = c.text ?? '';
  await ctx.reply(`${title}\n${escapeHtml(text.length > TEXT_SHOWN_MAX ? `${text.slice(0, TEXT_SHOWN_MAX)}…` : text)}`, { parse_mode: 'HTML' });
}
