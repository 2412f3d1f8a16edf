// Drains the outbox to Telegram within its limits. One instance sends at a time (a database lease);
// a row is marked sent right after Telegram accepts it, and after a crash sending resumes from the
// rows not marked. Telegram offers no idempotency key, so the one message in flight per chat at the
// instant of a crash may be repeated; nothing is ever dropped.
import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { Lease } from '../runtime/lease.ts';
import { LeaderLoop } from '../runtime/leader-loop.ts';
import type { Clock } from '../runtime/clock.ts';
import type { DeliveryGate } from './delivery-gate.ts';
import { RateLimiter, TELEGRAM_LIMITS, type RateLimits } from './rate-limiter.ts';

export interface SenderOptions {
  instanceId: string;
  limits?: RateLimits;
  idleMs?: number;
  maxAttempts?: number;
  /** How long a row stays reserved while its request is in flight. */
  lockMs?: number;
  /** Recipients' /settings: muted kinds dropped, quiet hours held (rows with a category only). */
  gate?: DeliveryGate;
}

type Row = { id: number; chatId: bigint; method: string; payload: unknown; attempts: number; category: string | null };

/** A file to upload, kept in the payload as a path because outbox rows are JSON. */
interface UploadSpec {
  field: string;
  path: string;
  filename?: string;
}

export class OutboxSender {
  readonly #limiter: RateLimiter;
  readonly #loop: LeaderLoop;

  constructor(
    private readonly db: Db,
    private readonly api: Api,
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly options: SenderOptions,
  ) {
    this.#limiter = new RateLimiter(options.limits ?? TELEGRAM_LIMITS);
    this.#loop = new LeaderLoop({
      lease: new Lease(db, 'outbox-sender', options.instanceId, 30_000),
      clock,
      logger,
      name: 'outbox',
      renewEveryMs: 10_000,
      followerPauseMs: 2_000,
      errorPauseMs: 2_000,
      round: async () => {
        const { sent, waiting } = await this.drainOnce();
        return sent > 0 ? 0 : waiting ? 50 : (this.options.idleMs ?? 300);
      },
    });
  }

  start(): void {
    this.#loop.start();
  }

  wake(): void {
    this.#loop.wake();
  }

  async stop(): Promise<void> {
    await this.#loop.stop();
  }

  /** One round: sends every due message the limits allow now. `waiting` says some had to wait. */
  async drainOnce(): Promise<{ sent: number; waiting: boolean }> {
    const now = this.clock.now();
    const due = {
      OR: [
        { status: 'pending', availableAt: { lte: now } },
        // Reserved by a sender that died mid-request.
        { status: 'sending', lockedUntil: { lt: now } },
      ],
    };
    const rows: Row[] = await this.db.outboxMessage.findMany({
      where: due,
      orderBy: { id: 'asc' },
      take: 200,
      select: { id: true, chatId: true, method: true, payload: true, attempts: true, category: true },
    });
    const allowed = this.options.gate ? await this.options.gate.sift(rows, now, due) : null;
    const nowMs = now.getTime();
    const chatsThisRound = new Set<string>();
    const ready: Row[] = [];
    let waiting = false;
    for (const row of rows) {
      if (allowed && !allowed.has(row.id)) continue;
      const chat = String(row.chatId);
      // Keep each chat's messages in order: one per chat per round, and none after a waiting one.
      if (chatsThisRound.has(chat)) continue;
      chatsThisRound.add(chat);
      if (this.#limiter.delayFor(row.chatId, nowMs) > 0) {
        waiting = true;
        continue;
      }
      this.#limiter.record(row.chatId, nowMs);
      ready.push(row);
    }
    const lockedUntil = new Date(nowMs + (this.options.lockMs ?? 60_000));
    const results = await Promise.all(
      ready.map(async (row) => {
        const { count } = await this.db.outboxMessage.updateMany({
          where: { id: row.id, ...due },
          data: { status: 'sending', lockedBy: this.options.instanceId, lockedUntil },
        });
        if (count !== 1) return false;
        await this.#send(row);
        return true;
      }),
    );
    return { sent: results.filter(Boolean).length, waiting: waiting || rows.length === 200 };
  }

  async #send(row: Row): Promise<void> {
    const { __upload, ...params } = (row.payload ?? {}) as Record<string, unknown> & { __upload?: UploadSpec };
    if (__upload) params[__upload.field] = new InputFile(__upload.path, __upload.filename);
    try {
      const raw = this.api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<{ message_id?: number }>>;
      const call = raw[row.method];
      if (!call) throw new Error(`unsupported outbox method ${row.method}`);
      const result = await call.call(this.api.raw, { chat_id: Number(row.chatId), ...params });
      await this.db.outboxMessage.update({
        where: { id: row.id },
        data: { status: 'sent', sentAt: this.clock.now(), messageId: result?.message_id ?? null, lockedUntil: null, attempts: { increment: 1 } },
      });
    } catch (error) {
      await this.#failed(row, error);
    }
  }

  async #failed(row: Row, error: unknown): Promise<void> {
    const nowMs = this.clock.now().getTime();
    const attempts = row.attempts + 1;
    const lastError = String((error as Error).message ?? error).slice(0, 1000);
    if (error instanceof GrammyError && error.error_code === 429) {
      const retryAfterMs = (error.parameters.retry_after ?? 1) * 1_000;
      this.#limiter.pause(nowMs + retryAfterMs);
      await this.db.outboxMessage.update({
        where: { id: row.id },
        data: { status: 'pending', availableAt: new Date(nowMs + retryAfterMs), lockedUntil: null, lastError },
      });
      return;
    }
    // 400 (chat not found, bad request) and 403 (blocked by the person) will not get better.
    const permanent = error instanceof GrammyError && error.error_code >= 400 && error.error_code < 500;
    const exhausted = attempts >= (this.options.maxAttempts ?? 12);
    if (permanent || exhausted) {
      this.logger.warn({ err: error, outboxId: row.id }, 'outbox message given up');
      await this.db.outboxMessage.update({ where: { id: row.id }, data: { status: 'failed', attempts, lockedUntil: null, lastError } });
      return;
    }
    const backoffMs = Math.min(2 ** attempts * 1_000, 10 * 60_000);
    if (!(error instanceof HttpError || error instanceof GrammyError)) this.logger.error({ err: error, outboxId: row.id }, 'outbox send failed');
    await this.db.outboxMessage.update({
      where: { id: row.id },
      data: { status: 'pending', attempts, availableAt: new Date(nowMs + backoffMs), lockedUntil: null, lastError },
    });
  }
}
