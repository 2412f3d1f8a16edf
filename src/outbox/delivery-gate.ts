// Applies each recipient's /settings to outbox rows just before sending: muted kinds are dropped,
// quiet hours move a row to the morning. Rows without a category pass untouched.
import type { Db } from '../db/client.ts';
import { decideDelivery, isCategory } from '../domain/delivery-preferences.ts';
import type { DeliveryPreferenceService } from '../services/delivery-preferences.ts';

export interface GateRow {
  id: number;
  chatId: bigint;
  category?: string | null;
}

export class DeliveryGate {
  constructor(
    private readonly db: Db,
    private readonly preferences: DeliveryPreferenceService,
    private readonly timeZone: string,
  ) {}

  /**
   * Returns the ids that may go now; the others are held (availableAt moved) or dropped (status
   * "dropped") in the database. One preferences query per round, only when a row has a category.
   * `due` is the sender's condition for a row it may take, so a row another sender took is left alone.
   */
  async sift(rows: readonly GateRow[], now: Date, due: object): Promise<Set<number>> {
    const pass = new Set<number>();
    const categorised = rows.filter((r) => isCategory(r.category));
    for (const r of rows) if (!isCategory(r.category)) pass.add(r.id);
    if (categorised.length === 0) return pass;
    const prefs = await this.preferences.byChatIds([...new Set(categorised.map((r) => r.chatId))]);
    const held = new Map<number, number[]>();
    const dropped: number[] = [];
    for (const row of categorised) {
      const person = prefs.get(row.chatId);
      // A chat that is no person's (a group) has nobody's settings: sent as it is.
      const decision = person ? decideDelivery(person, row.category, now, this.timeZone) : { action: 'send' as const };
      if (decision.action === 'send') pass.add(row.id);
      else if (decision.action === 'drop') dropped.push(row.id);
      else held.set(decision.until.getTime(), [...(held.get(decision.until.getTime()) ?? []), row.id]);
    }
    if (dropped.length) {
      await this.db.outboxMessage.updateMany({
        where: { id: { in: dropped }, ...due },
        data: { status: 'dropped', lockedUntil: null, lastError: 'switched off in the recipient’s settings' },
      });
    }
    for (const [until, ids] of held) {
      await this.db.outboxMessage.updateMany({ where: { id: { in: ids }, ...due }, data: { status: 'pending', availableAt: new Date(until), lockedUntil: null } });
    }
    return pass;
  }
}
