// Enqueues messages for the outbox sender, inside the caller's transaction, once per natural key.
import type { Tx } from '../db/client.ts';
import type { MessageCategory } from '../domain/delivery-preferences.ts';
import { categoryOf, type NoticeData, type NoticeKindName } from '../messages/index.ts';

export type OutboxMethod = 'sendMessage' | 'sendDocument' | 'sendPhoto';

export interface OutboxItem {
  /** Natural key of the effect, e.g. "roles:update:981:user:42". */
  key: string;
  chatId: bigint | number;
  method?: OutboxMethod;
  /** Bot API parameters other than chat_id (text, parse_mode, reply_markup, document file_id …). */
  payload: Record<string, unknown>;
  /** Not before this time (a digest for the morning); default: as soon as possible. */
  availableAt?: Date;
  /** The kind of message for the recipient's /settings (muted kinds are dropped, quiet hours hold it); none: always sent. */
  category?: MessageCategory;
}

/** `now` comes from the service's clock, so "due" means the same thing to writer and sender. */
export async function enqueue(tx: Tx, item: OutboxItem, now: Date): Promise<void> {
  await tx.outboxMessage.upsert({
    where: { key: item.key },
    create: {
      key: item.key,
      chatId: BigInt(item.chatId),
      method: item.method ?? 'sendMessage',
      payload: item.payload as object,
      availableAt: item.availableAt ?? now,
      category: item.category ?? null,
      createdAt: now,
    },
    update: {},
  });
}

export interface NoticeItem<K extends NoticeKindName> {
  /** Natural key of the effect, e.g. "award:42:LEADER". */
  key: string;
  chatId: bigint | number;
  kind: K;
  data: NoticeData<K>;
  availableAt?: Date;
  broadcastId?: number;
}

/**
 * A typed notice, stored once as kind + data: the sender renders it in the recipient's language
 * when it goes out (src/messages/), and its category lets the recipient's preferences decide.
 */
export async function enqueueNotice<K extends NoticeKindName>(tx: Tx, item: NoticeItem<K>, now: Date): Promise<void> {
  await tx.outboxMessage.upsert({
    where: { key: item.key },
    create: {
      key: item.key,
      chatId: BigInt(item.chatId),
      method: 'notice',
      payload: {},
      kind: item.kind,
      data: item.data as object,
      category: categoryOf(item.kind),
      broadcastId: item.broadcastId ?? null,
      availableAt: item.availableAt ?? now,
      createdAt: now,
    },
    update: {},
  });
}
