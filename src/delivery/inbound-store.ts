// The durable inbox of Telegram updates. Polling and the webhook both write here first, so an
// update Telegram considers delivered is never lost, and one delivered twice is handled once.
import type { Update } from 'grammy/types';
import type { Db } from '../db/client.ts';
import type { Clock } from '../services/clock.ts';

/** Updates of one chat must be handled in order; the key groups them (chat, else sender). */
export function chatKeyOf(update: Update): string {
  const u = update as unknown as Record<string, { chat?: { id: number }; from?: { id: number }; message?: { chat?: { id: number } }; user?: { id: number } } | number>;
  for (const [key, value] of Object.entries(u)) {
    if (key === 'update_id' || typeof value !== 'object' || value === null) continue;
    const chatId = value.chat?.id ?? value.message?.chat?.id;
    if (chatId !== undefined) return `c${chatId}`;
    const fromId = value.from?.id ?? value.user?.id;
    if (fromId !== undefined) return `u${fromId}`;
  }
  return 'none';
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

export interface InboundOptions {
  /** How long a claimed update stays reserved for this instance before others may take it. */
  leaseMs?: number;
  /** After this many failed attempts an update is set aside as failed. */
  maxAttempts?: number;
}

export class InboundStore {
  readonly #leaseMs: number;
  readonly #maxAttempts: number;
  #claims = 0;

  constructor(
    private readonly db: Db,
    private readonly instanceId: string,
    private readonly clock: Clock,
    options: InboundOptions = {},
  ) {
    this.#leaseMs = options.leaseMs ?? 120_000;
    this.#maxAttempts = options.maxAttempts ?? 5;
  }

  /** Stores updates not seen before; returns how many were new. */
  async accept(updates: readonly Update[]): Promise<number> {
    if (updates.length > 1) return this.#acceptBatch(updates);
    return this.#acceptOneByOne(updates);
  }

  /**
   * A getUpdates batch (up to 100) in two statements instead of one insert each: the intake is what
   * limits throughput under load. Should another instance store one of them in between, the unique
   * key refuses the batch and the rows go in one by one, as for a single update.
   */
  async #acceptBatch(updates: readonly Update[]): Promise<number> {
    const known = new Set(
      (await this.db.inboundUpdate.findMany({ where: { updateId: { in: updates.map((u) => BigInt(u.update_id)) } }, select: { updateId: true } })).map((r) => r.updateId),
    );
    const fresh = new Map<bigint, Update>();
    for (const update of updates) if (!known.has(BigInt(update.update_id))) fresh.set(BigInt(update.update_id), update);
    if (fresh.size === 0) return 0;
    try {
      await this.db.inboundUpdate.createMany({
        data: [...fresh.values()].map((update) => ({ updateId: BigInt(update.update_id), chatKey: chatKeyOf(update), payload: JSON.stringify(update) })),
      });
      return fresh.size;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.#acceptOneByOne([...fresh.values()]);
    }
  }

  async #acceptOneByOne(updates: readonly Update[]): Promise<number> {
    let fresh = 0;
    for (const update of updates) {
      try {
        await this.db.inboundUpdate.create({
          data: { updateId: BigInt(update.update_id), chatKey: chatKeyOf(update), payload: JSON.stringify(update) },
        });
        fresh++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return fresh;
  }

  /**
   * Reserves up to `limit` pending updates for this instance, oldest first, skipping chats whose
   * earlier update another instance is still handling (so one chat's updates stay in order).
   */
  async claim(limit: number): Promise<Update[]> {
    const now = this.clock.now();
    const free = { status: 'pending', OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
    const candidates = await this.db.inboundUpdate.findMany({ where: free, orderBy: { updateId: 'asc' }, take: limit, select: { updateId: true, chatKey: true } });
    if (candidates.length === 0) return [];
    const busy = new Set(
      (
        await this.db.inboundUpdate.findMany({
          where: { status: 'pending', lockedUntil: { gte: now }, chatKey: { in: [...new Set(candidates.map((c) => c.chatKey))] } },
          select: { chatKey: true },
        })
      ).map((r) => r.chatKey),
    );
    const ids = candidates.filter((c) => !busy.has(c.chatKey)).map((c) => c.updateId);
    if (ids.length === 0) return [];
    const token = `${this.instanceId}#${++this.#claims}`;
    // The same conditions again in the update: if another instance won a row meanwhile, it is not ours.
    await this.db.inboundUpdate.updateMany({
      where: { ...free, updateId: { in: ids } },
      data: { lockedBy: token, lockedUntil: new Date(now.getTime() + this.#leaseMs), attempts: { increment: 1 } },
    });
    // By primary key: filtering on lockedBy alone would scan every pending row (there is no index on it).
    const rows = await this.db.inboundUpdate.findMany({ where: { updateId: { in: ids }, lockedBy: token, status: 'pending' }, orderBy: { updateId: 'asc' }, select: { payload: true } });
    return rows.map((r) => JSON.parse(r.payload) as Update);
  }

  async complete(updateId: number): Promise<void> {
    await this.db.inboundUpdate.update({ where: { updateId: BigInt(updateId) }, data: { status: 'done', doneAt: this.clock.now(), lockedUntil: null, payload: '' } });
  }

  /** A failure the next attempt may not repeat (database briefly away): retry soon, up to a limit. */
  async retryLater(updateId: number, error: unknown, delayMs = 5_000): Promise<void> {
    const row = await this.db.inboundUpdate.findUnique({ where: { updateId: BigInt(updateId) }, select: { attempts: true } });
    const giveUp = (row?.attempts ?? 0) >= this.#maxAttempts;
    await this.db.inboundUpdate.update({
      where: { updateId: BigInt(updateId) },
      data: { status: giveUp ? 'failed' : 'pending', lockedUntil: new Date(this.clock.now().getTime() + delayMs), lastError: String(error).slice(0, 2000) },
    });
  }

  /** A failure that would repeat (a bug for this input): set aside for a human, not retried. */
  async fail(updateId: number, error: unknown): Promise<void> {
    await this.db.inboundUpdate.update({ where: { updateId: BigInt(updateId) }, data: { status: 'failed', lockedUntil: null, lastError: String(error).slice(0, 2000) } });
  }

  /** With long polling only one instance reads updates, so reservations of a previous run are void. */
  async releaseAll(): Promise<void> {
    await this.db.inboundUpdate.updateMany({ where: { status: 'pending' }, data: { lockedUntil: null, lockedBy: null } });
  }

  async highestUpdateId(): Promise<number | null> {
    const row = await this.db.inboundUpdate.findFirst({ orderBy: { updateId: 'desc' }, select: { updateId: true } });
    return row ? Number(row.updateId) : null;
  }

  /** Keeps the table small: handled updates are only needed to recognise recent redeliveries. */
  async prune(olderThanMs = 7 * 86_400_000): Promise<number> {
    const { count } = await this.db.inboundUpdate.deleteMany({ where: { status: 'done', doneAt: { lt: new Date(this.clock.now().getTime() - olderThanMs) } } });
    return count;
  }
}
