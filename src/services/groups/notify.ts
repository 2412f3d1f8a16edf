// Messages from the group services to people other than the one acting, through the outbox in the
// caller's transaction, each in the recipient's language.
import type { Tx } from '../../db/client.ts';
import { enqueue } from '../outbox.ts';
import type { Translate } from '../translator.ts';

export interface Recipient {
  id: number;
  telegramId: bigint;
  locale: string | null;
}

export const recipientSelect = { id: true, telegramId: true, locale: true } as const;

export class Notifier {
  constructor(
    private readonly translate: Translate,
    private readonly defaultLocale: string,
  ) {}

  /** The installation's language: what group chats are written in. */
  get groupLocale(): 'ru' | 'en' {
    return this.defaultLocale === 'en' ? 'en' : 'ru';
  }

  text(locale: string | null, key: string, vars?: Record<string, string | number>): string {
    return this.translate(locale ?? this.defaultLocale, key, vars);
  }

  /** Text in the installation's language, for group chats (many readers, one message). */
  groupText(key: string, vars?: Record<string, string | number>): string {
    return this.translate(this.defaultLocale, key, vars);
  }

  async tell(tx: Tx, to: Recipient, key: string, textKey: string, vars: Record<string, string | number>, now: Date, extra: Record<string, unknown> = {}): Promise<void> {
    await enqueue(tx, { key, chatId: to.telegramId, payload: { text: this.text(to.locale, textKey, vars), parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...extra } }, now);
  }

  /** Every moderator (and admin), e.g. when a linked group stops working. */
  async tellModerators(tx: Tx, keyPrefix: string, textKey: string, vars: Record<string, string | number>, now: Date): Promise<void> {
    const moderators = await tx.user.findMany({ where: { roles: { some: { role: { in: ['moderator', 'admin'] } } } }, select: recipientSelect, orderBy: { id: 'asc' } });
    for (const m of moderators) await this.tell(tx, m, `${keyPrefix}:user:${m.id}`, textKey, vars, now);
  }
}
