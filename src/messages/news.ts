// News posts: the moderator's post exactly as composed (Telegram's entities, a photo or a document,
// link buttons) plus a button to all news in the reader's language; the preview uses the same code.
import type { InlineKeyboardButton } from 'grammy/types';
import type { Post } from '../domain/broadcast.ts';
import type { NoticeKind, RenderContext, Rendered } from './notice.ts';

export function renderPost(post: Post, t: RenderContext['t'], place: { threadId?: number } = {}): Rendered {
  const rows: InlineKeyboardButton[][] = post.buttons.map((b) => [{ text: b.text, url: b.url }]);
  // The list of news is a private-chat screen: a group topic gets the post and its links only.
  if (place.threadId === undefined) rows.push([{ text: t('news-all-button'), callback_data: 'news:list:0' }]);
  const within = place.threadId === undefined ? {} : { message_thread_id: place.threadId };
  const reply_markup = rows.length ? { inline_keyboard: rows } : undefined;
  const entities = post.entities?.length ? post.entities : undefined;
  if (post.photo) return { method: 'sendPhoto', payload: { ...within, photo: post.photo, caption: post.text || undefined, caption_entities: entities, reply_markup } };
  if (post.document) return { method: 'sendDocument', payload: { ...within, document: post.document, caption: post.text || undefined, caption_entities: entities, reply_markup } };
  return { method: 'sendMessage', payload: { ...within, text: post.text, entities, reply_markup } };
}

export const newsPost: NoticeKind<{ broadcastId: number }> = {
  category: 'news',
  render: async (d, ctx) => {
    const post = await ctx.broadcastPost(d.broadcastId);
    return post ? renderPost(post, ctx.t) : null;
  },
};

/** The same post in a project's discussion topic, in the installation's language. */
export const newsTopicPost: NoticeKind<{ broadcastId: number; threadId: number }> = {
  category: null,
  render: async (d, ctx) => {
    const post = await ctx.broadcastPost(d.broadcastId);
    return post ? renderPost(post, ctx.t, { threadId: d.threadId }) : null;
  },
};
