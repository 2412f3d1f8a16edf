// The durable inbox of Telegram updates. Polling and the webhook both write here first, so an
// update Telegram considers delivered is never lost, and one delivered twice is handled once.
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { Update } from 'grammy/types';
import { providerOfDb, type Db } from '../db/client.ts';
import type { Clock } from '../runtime/clock.ts';

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

export interface InboundOptions {
  /** How long a claimed update stays reserved for this instance before others may take it. */
  leaseMs?: number;
  /** After this many failed attempts an update is set aside as failed. */
  maxAttempts?: number;
  /** How long handled updates wait to be marked done together in one statement. */
  doneDelayMs?: number;
}

/** Marks beyond this many are written at once instead of waiting for the delay. */
const DONE_BATCH = 100;
const DONE_RETRY_MS = 1_000;
/** An arbitrary constant naming the claim lock among PostgreSQL advisory locks ("KoDOinbx"). */
export const CLAIM_LOCK_KEY = 0x4b6f444f696e6278n;

export class InboundStore {
  readonly #leaseMs: number;
  readonly #maxAttempts: number;
  readonly #doneDelayMs: number;
  #claims = 0;
  /** Handled updates not yet marked done, and the callers waiting for that. */
  #done: { ids: bigint[]; settle: (() => void)[] } = { ids: [], settle: [] };
  #doneTimer: NodeJS.Timeout | null = null;
  #flushing: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly instanceId: string,
    private readonly clock: Clock,
    options: InboundOptions = {},
  ) {
    this.#leaseMs = options.leaseMs ?? 120_000;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#doneDelayMs = options.doneDelayMs ?? 5;
  }

  // The statements on the hot path (store, claim, mark done) are written in SQL that SQLite and
  // PostgreSQL both accept: each is one statement for a whole batch, where the query builder needs
  // several and spends more time building them than the database spends running them.

  /** Stores updates not seen before (a repeat, in the batch or from earlier, is skipped); returns how many were new. */
  async accept(updates: readonly Update[]): Promise<number> {
    if (updates.length === 0) return 0;
    const receivedAt = this.clock.now();
    const rows = updates.map((update) => sql`(${BigInt(update.update_id)}, ${chatKeyOf(update)}, ${JSON.stringify(update)}, ${receivedAt})`);
    return this.db.$executeRaw(
      sql`INSERT INTO "InboundUpdate" ("updateId", "chatKey", "payload", "receivedAt") VALUES ${join(rows)} ON CONFLICT ("updateId") DO NOTHING`,
    );
  }

  /**
   * Reserves up to `limit` pending updates for this instance, oldest first, each the oldest pending
   * update of its chat and only while no other update of the chat is reserved: a chat whose earlier
   * update is in hand (here or on another instance), waits for a retry, or is taken by the same
   * batch has to wait, and so does an earlier update that arrived late while a later one is in hand.
   * So one chat's updates are handled one at a time, in order as far as they arrived in order, and
   * none waits inside the bot holding a slot. An update that used up its attempts (it crashed the
   * process each time) neither comes back nor holds its chat; giveUpExhausted() files it as failed.
   * One statement: the rows are chosen and reserved together.
   */
  async claim(limit: number): Promise<Update[]> {
    // Handled updates still hold their chats (pending and locked): mark them first so the chats' next updates are free.
    await this.flushDone().catch(() => undefined);
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.#leaseMs);
    const token = `${this.instanceId}#${++this.#claims}`;
    const statement = sql`
      UPDATE "InboundUpdate" SET "lockedBy" = ${token}, "lockedUntil" = ${until}, "attempts" = "attempts" + 1
      WHERE "updateId" IN (
        SELECT a."updateId" FROM "InboundUpdate" a
        WHERE a."status" = 'pending' AND (a."lockedUntil" IS NULL OR a."lockedUntil" < ${now}) AND a."attempts" < ${this.#maxAttempts}
          AND NOT EXISTS (
            SELECT 1 FROM "InboundUpdate" b
            WHERE b."chatKey" = a."chatKey" AND b."status" = 'pending'
              AND ((b."updateId" < a."updateId" AND b."attempts" < ${this.#maxAttempts}) OR b."lockedUntil" >= ${now})
          )
        ORDER BY a."updateId" LIMIT ${limit}
      )
      AND "status" = 'pending' AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      RETURNING "updateId", "payload"`;
    type Row = { updateId: bigint | number | string; payload: string };
    // PostgreSQL re-checks only the row's own conditions on a row another claim changed meanwhile,
    // not the test against the chat's other updates, so two instances could each take one update
    // of the same chat (one reserves a chat's update while the other takes its earlier, late one).
    // Claims there take turns (a transaction-scoped advisory lock), so each sees the one before it
    // committed. SQLite runs one writer at a time anyway.
    const rows =
      providerOfDb(this.db) === 'postgresql'
        ? (await this.db.$transaction([this.db.$executeRaw(sql`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`), this.db.$queryRaw<Row[]>(statement)]))[1]
        : await this.db.$queryRaw<Row[]>(statement);
    return rows.map((r) => [BigInt(r.updateId), r.payload] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, payload]) => JSON.parse(payload) as Update);
  }

  /**
   * Marks an update handled. Marks are written together, one statement for many updates, shortly
   * after or at the next claim; the promise resolves once this one is written (a failed write is
   * retried). Until then the row stays reserved, so its chat's next update waits, and a crash
   * before the write means the update is handled again, as a crash just before an immediate write
   * would.
   */
  complete(updateId: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#done.ids.push(BigInt(updateId));
      this.#done.settle.push(resolve);
      if (this.#done.ids.length >= DONE_BATCH) void this.flushDone().catch(() => undefined);
      else this.#doneTimer ??= setTimeout(() => void this.flushDone().catch(() => undefined), this.#doneDelayMs).unref();
    });
  }

  /** Writes the pending done marks now (claims and shutdown call this); waits for a write already running. */
  async flushDone(): Promise<void> {
    while (this.#flushing) await this.#flushing.catch(() => undefined);
    if (this.#doneTimer) clearTimeout(this.#doneTimer);
    this.#doneTimer = null;
    const batch = this.#done;
    if (batch.ids.length === 0) return;
    this.#done = { ids: [], settle: [] };
    this.#flushing = this.#writeDone(batch);
    try {
      await this.#flushing;
    } finally {
      this.#flushing = null;
    }
  }

  async #writeDone(batch: { ids: bigint[]; settle: (() => void)[] }): Promise<void> {
    try {
      await this.db.$executeRaw(
        sql`UPDATE "InboundUpdate" SET "status" = 'done', "doneAt" = ${this.clock.now()}, "lockedUntil" = NULL, "payload" = '' WHERE "updateId" IN (${join(batch.ids)})`,
      );
    } catch (error) {
      // Kept for the next try: handling them again after their lease ran out would repeat their effects.
      this.#done.ids.unshift(...batch.ids);
      this.#done.settle.unshift(...batch.settle);
      if (this.#doneTimer) clearTimeout(this.#doneTimer);
      this.#doneTimer = setTimeout(() => void this.flushDone().catch(() => undefined), DONE_RETRY_MS).unref();
      throw error;
    }
    for (const resolve of batch.settle) resolve();
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

  /** Files updates whose every attempt crashed the process, lease after lease, as failed for a human to look at. */
  async giveUpExhausted(): Promise<number> {
    const { count } = await this.db.inboundUpdate.updateMany({
      where: { status: 'pending', attempts: { gte: this.#maxAttempts }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: this.clock.now() } }] },
      data: { status: 'failed', lockedUntil: null, lastError: `gave up after ${this.#maxAttempts} attempts that did not finish` },
    });
    return count;
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
