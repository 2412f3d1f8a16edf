// What a typed notice is: a kind and its data, stored once and rendered for each recipient when sent.
import type { Translate } from '../services/translator.ts';
import type { Post } from '../domain/broadcast.ts';
import type { MessageCategory } from '../domain/delivery-preferences.ts';

/**
 * What a message is to the person receiving it, for their /settings and quiet hours
 * (src/domain/delivery-preferences.ts): news, award, deadline, digest, review-summary; null for a
 * direct notice (an answer about their own work, a report to a moderator), always sent at once.
 */
export type NoticeCategory = MessageCategory | null;

export interface Notice<D = Record<string, unknown>> {
  kind: string;
  data: D;
}

export type SendMethod = 'sendMessage' | 'sendPhoto' | 'sendDocument';

/** Bot API method and parameters other than chat_id. */
export interface Rendered {
  method: SendMethod;
  payload: Record<string, unknown>;
}

/** Who a notice is rendered for: their language and time zone. */
export interface Audience {
  locale: string;
  timeZone: string;
}

export interface RenderContext extends Audience {
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** A broadcast's post, read once per sender round and shared by its recipients. */
  broadcastPost(id: number): Promise<Post | null>;
}

export interface NoticeKind<D = any> {
  category: NoticeCategory;
  /** null: nothing to send any more (e.g. the post was deleted); the row is then skipped. */
  render(data: D, ctx: RenderContext): Rendered | null | Promise<Rendered | null>;
}

export type { Translate };
