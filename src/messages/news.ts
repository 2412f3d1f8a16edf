// News posts: the moderator's post exactly as composed (Telegram's entities, a photo or a document,
// link buttons) plus a button to all news in the reader's language; the preview uses the same code.
import type { InlineKeyboardButton } from 'grammy/types';
import type { Post } from '../domain/broadcast.ts';
import type { NoticeKind, RenderContext, Rendered } from './notice.ts';

export function renderPost(post: Post, t: RenderContext['t']): Rendered {
  const rows: InlineKeyboardButton[][] = post.buttons.map((b) => [{ text: b.text, url: b.url }]);
  rows.push([{ text: t('news-all-button'), callback_data: 'news:list:0' }]);
  const reply_markup = { inline_keyboard: rows };
  const entities = post.entities?.length ? post.entities : undefined;
  if (post.photo) return { method: 'sendPhoto', payload: { photo: post.photo, caption: post.text || undefined, caption_entities: entities, reply_markup } };
  if (post.document) return { method: 'sendDocument', payload: { document: post.document, caption: post.text || undefined, caption_entities: entities, reply_markup } };
  return { method: 'sendMessage', payload: { text: post.text, entities, reply_markup } };
}

export const newsPost: NoticeKind<{ broadcastId: number }> = {
  category: 'news',
  render: async (d, ctx) => {
    const post = await ctx.broadcastPost(d.broadcastId);
    return post ? renderPost(post, ctx.t) : null;
  },
};
