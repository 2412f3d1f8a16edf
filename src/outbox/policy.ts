// Whether a message goes now, later or not at all, decided per recipient just before sending: the
// hook for people's preferences (a kind of message switched off, quiet hours) by its category.
export interface Recipient {
  userId: number;
  telegramId: bigint;
  locale: string | null;
  /** Telegram answered 403 and the person has not written since. */
  unreachable: boolean;
}

export interface PendingNotice {
  id: number;
  chatId: bigint;
  /** The typed notice's kind (src/messages/), null for a ready-made message. */
  kind: string | null;
  /** news | award | deadline | digest | review-summary; null: a direct notice (see NoticeCategory). */
  category: string | null;
  broadcastId: number | null;
}

export type DeliveryDecision =
  | { action: 'send' }
  /** Not before `until` (e.g. the end of the person's quiet hours); the row stays pending. */
  | { action: 'hold'; until: Date; reason: string }
  /** Never: the row is marked skipped with the reason (counted as blocked in a broadcast's report). */
  | { action: 'skip'; reason: string };

export interface DeliveryPolicy {
  /** One decision per item, in order; called once per sender round with the rows about to go. */
  decide(items: { notice: PendingNotice; recipient: Recipient | null }[], now: Date): DeliveryDecision[] | Promise<DeliveryDecision[]>;
}

const SEND: DeliveryDecision = { action: 'send' };

/** People who blocked the bot get nothing until they write to it again (which clears the mark). */
export const skipUnreachable: DeliveryPolicy = {
  decide: (items) => items.map(({ recipient }) => (recipient?.unreachable ? { action: 'skip', reason: 'unreachable' } : SEND)),
};

/** Policies in turn: the first that does not say "send" decides. */
export function combinePolicies(...policies: DeliveryPolicy[]): DeliveryPolicy {
  return {
    async decide(items, now) {
      const decisions: DeliveryDecision[] = items.map(() => SEND);
      for (const policy of policies) {
        const open = items.map((item, i) => ({ item, i })).filter(({ i }) => decisions[i]!.action === 'send');
        if (!open.length) break;
        const answers = await policy.decide(open.map((o) => o.item), now);
        open.forEach(({ i }, j) => (decisions[i] = answers[j] ?? SEND));
      }
      return decisions;
    },
  };
}
