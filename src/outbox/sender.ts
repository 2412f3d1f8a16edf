// Drains the outbox to Telegram within its limits. One instance sends at a time (a database lease);
// a row is marked sent right after Telegram accepts it, and after a crash sending resumes from the
// rows not marked. Telegram offers no idempotency key, so a message whose request was on the wire
// at the instant of a crash is sent again (at least once); nothing is ever dropped.
//
// Typed notices (kind + data) are rendered here for each recipient, in their language, when they go
// out; before that a DeliveryPolicy sees each row's category and recipient and may send, hold until
// later (quiet hours) or skip it (the person blocked the bot); the DeliveryGate applies /settings.
import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { Lease } from '../runtime/lease.ts';
import { LeaderLoop } from '../runtime/leader-loop.ts';
import type { MessageRenderer } from '../messages/index.ts';
import type { Clock } from '../runtime/clock.ts';
import type { DeliveryGate } from './delivery-gate.ts';
import { RateLimiter, TELEGRAM_LIMITS, type RateLimits } from './rate-limiter.ts';
import { skipUnreachable, type DeliveryDecision, type DeliveryPolicy, type Recipient } from './policy.ts';

export interface SenderOptions {
  instanceId: string;
  limits?: RateLimits;
  idleMs?: number;
  maxAttempts?: number;
  /** How long a row stays reserved while its request is in flight. */
  lockMs?: number;
  /** Recipients' /settings: muted kinds dropped, quiet hours held (rows with a category only). */
  gate?: DeliveryGate;
  /** Renders typed notices; rows with a kind wait (as failures) without it. */
  renderer?: MessageRenderer;
  /** Per recipient after the gate; default: skip people who blocked the bot. */
  policy?: DeliveryPolicy;
  /**
   * Spread the messages of a round over time, one every this many milliseconds and each as soon
   * as the limits allow (0: all allowed at once, as tests with a fake clock want). Bursts arrive at
   * Telegram spread by the network and are counted by arrival, so a burst of 30 provokes 429s,
   * and a crash finds a whole burst in flight: spread, at most one or two requests are.
   */
  spreadMs?: number;
  /**
   * Told of a message Telegram refused for good (a 4xx other than 403 and 429), for what the
   * refusal says about the chat: a forum topic deleted by hand is only learnt this way.
   */
  onRefused?: (refused: { chatId: bigint; params: Record<string, unknown>; error: GrammyError }) => Promise<void>;
  /** Work done by the sending instance between rounds (broadcast starts and progress). */
  monitor?: { tick(now: Date): Promise<void> };
}

type Row = {
  id: number;
  chatId: bigint;
  method: string;
  payload: unknown;
  attempts: number;
  kind: string | null;
  data: unknown;
  category: string | null;
  broadcastId: number | null;
};

type OutgoingCall = { method: string; params: Record<string, unknown> };

/** A file to upload, kept in the payload as a path because outbox rows are JSON. */
interface UploadSpec {
  field: string;
  path: string;
  filename?: string;
}

/**
 * A spread round takes about ten seconds at 30/s: the reads and writes between two rounds leave a
 * gap in the sending, so fewer, longer rounds keep the rate near the limit (the monitor runs during
 * a round, so progress is still reported every few seconds).
 */
const MAX_SPREAD_ROUND = 300;
/** Rows read per round: more than a spread round sends, as some wait for their chat or are held. */
const ROWS_PER_ROUND = 400;

export interface DrainResult {
  sent: number;
  /** Rows settled without sending (skipped or held by the policy). */
  settled: number;
  /** Some due rows had to wait for the limits. */
  waiting: boolean;
  /** When the limits let the next waiting row go. */
  nextInMs: number;
}

export class OutboxSender {
  readonly #limiter: RateLimiter;
  readonly #loop: LeaderLoop;
  readonly #policy: DeliveryPolicy;
  #lastRoundMs = 0;
  #stopping = false;
  #monitorAt = 0;
  #monitorRun: Promise<void> | null = null;
  /** When the last spread message left: the next one keeps its distance, across rounds too. */
  #lastSpreadMs = 0;

  constructor(
    private readonly db: Db,
    private readonly api: Api,
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly options: SenderOptions,
  ) {
    this.#limiter = new RateLimiter(options.limits ?? TELEGRAM_LIMITS);
    this.#policy = options.policy ?? skipUnreachable;
    this.#loop = new LeaderLoop({
      lease: new Lease(db, 'outbox-sender', options.instanceId, 30_000),
      clock,
      logger,
      name: 'outbox',
      renewEveryMs: 10_000,
      followerPauseMs: 2_000,
      errorPauseMs: 2_000,
      round: () => this.#round(),
    });
  }

  start(): void {
    this.#loop.start();
  }

  wake(): void {
    this.#loop.wake();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#loop.stop();
    await this.#monitorRun;
    this.#stopping = false;
  }

  /**
   * For other messages of the sending instance (status edits): waits until one more message may go
   * to the chat and counts it, so it takes a place among the spread messages instead of crowding
   * them. Returns what to call once the message is answered; null when the limits hold everything
   * for longer than `maxWaitMs` (after a 429).
   */
  async takeSlot(chatId: bigint, maxWaitMs = 2_000): Promise<(() => void) | null> {
    let budget = maxWaitMs;
    for (;;) {
      const now = this.clock.now().getTime();
      const delay = this.#limiter.delayFor(chatId, now);
      if (delay <= 0) {
        const answered = this.#limiter.record(chatId, now);
        return () => answered(this.clock.now().getTime());
      }
      if (delay > budget || this.#stopping) return null;
      budget -= delay;
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /**
   * Starts the monitor's work (broadcast starts, progress edits) about once a second without
   * waiting for it: while a round's messages are spread, the database work it does overlaps with
   * the sending instead of stretching the gap between two rounds.
   */
  #pumpMonitor(nowMs: number): void {
    const monitor = this.options.monitor;
    if (!monitor || this.#monitorRun || nowMs - this.#monitorAt < 1_000) return;
    this.#monitorAt = nowMs;
    this.#monitorRun = monitor
      .tick(this.clock.now())
      // A failing monitor (e.g. a status message that cannot be edited) must not stop the sending.
      .catch((error: unknown) => this.logger.error({ err: error }, 'outbox: broadcast monitor failed'))
      .finally(() => (this.#monitorRun = null));
  }

  async #round(): Promise<number> {
    const nowMs = this.clock.now().getTime();
    // A pause longer than a follower's means this instance was not sending: rows another sender
    // reserved then are orphans (it lost the lease, most likely by dying). Only the lease holder
    // sends, so they need not wait for their lock to run out.
    if (nowMs - this.#lastRoundMs >= 1_500) await this.reclaimOrphans();
    this.#lastRoundMs = nowMs;
    this.#pumpMonitor(nowMs);
    const r = await this.drainOnce();
    if (r.waiting) return Math.max(r.nextInMs, r.sent + r.settled > 0 ? 0 : 5);
    return r.sent + r.settled > 0 ? 0 : Math.min(this.options.idleMs ?? 300, 1_000);
  }

  /** Rows left reserved by another sender go back to the queue. */
  async reclaimOrphans(): Promise<number> {
    const { count } = await this.db.outboxMessage.updateMany({
      where: { status: 'sending', NOT: { lockedBy: this.options.instanceId } },
      data: { status: 'pending', lockedUntil: null },
    });
    if (count) this.logger.warn({ count }, 'outbox: resending messages another sender left in flight');
    return count;
  }

  /** One round: sends every due message the limits allow now. */
  async drainOnce(): Promise<DrainResult> {
    const now = this.clock.now();
    const nowMs = now.getTime();
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
      take: ROWS_PER_ROUND,
      select: { id: true, chatId: true, method: true, payload: true, attempts: true, kind: true, data: true, category: true, broadcastId: true },
    });
    // Recipients' /settings first: muted kinds dropped, quiet hours held (rows with a category only).
    const allowed = this.options.gate ? await this.options.gate.sift(rows, now, due) : null;
    const result: DrainResult = { sent: 0, settled: 0, waiting: rows.length === ROWS_PER_ROUND, nextInMs: rows.length === ROWS_PER_ROUND ? 0 : Infinity };
    const wait = (ms: number) => {
      result.waiting = true;
      result.nextInMs = Math.min(result.nextInMs, ms);
    };

    // Keep each chat's messages in order: one per chat per round, and none after a waiting one.
    const chatsThisRound = new Set<string>();
    const candidates: Row[] = [];
    for (const row of rows) {
      if (allowed && !allowed.has(row.id)) {
        result.settled++; // dropped or moved to the morning by the gate
        continue;
      }
      const chat = String(row.chatId);
      if (chatsThisRound.has(chat)) continue;
      chatsThisRound.add(chat);
      const delay = this.#limiter.delayFor(row.chatId, nowMs);
      if (delay > 0) wait(delay);
      else candidates.push(row);
    }
    if (!candidates.length) return this.#finish(result);

    const recipients = await this.#recipients(candidates);
    const decisions = await this.#policy.decide(
      candidates.map((row) => ({ notice: { id: row.id, chatId: row.chatId, kind: row.kind, category: row.category, broadcastId: row.broadcastId }, recipient: recipients.get(String(row.chatId)) ?? null })),
      now,
    );
    const ready: { row: Row; recipient: Recipient | null }[] = [];
    const spread = this.options.spreadMs ?? 0;
    // Messages are counted against the limits when their requests leave (in #send), not now: the
    // reservations below take time, and Telegram counts arrivals.
    let room = spread ? MAX_SPREAD_ROUND : this.#limiter.capacity(nowMs);
    for (const [i, row] of candidates.entries()) {
      const decision: DeliveryDecision = decisions[i] ?? { action: 'send' };
      if (decision.action !== 'send') {
        if (await this.#settle(row, decision, due)) result.settled++;
        continue;
      }
      if (room <= 0) {
        wait(this.#limiter.overallDelay(nowMs) || 1);
        break;
      }
      room--;
      ready.push({ row, recipient: recipients.get(String(row.chatId)) ?? null });
    }

    const lockedUntil = new Date(nowMs + (this.options.lockMs ?? 60_000));
    // Reserved together, before the first waits for its moment: one write per round instead of
    // one per message, so the database's latency does not stretch the gaps. Only when some row
    // changed meanwhile (a pause holds rows) is each reserved on its own.
    const reserve = (ids: number[]) =>
      this.db.outboxMessage.updateMany({ where: { id: { in: ids }, ...due }, data: { status: 'sending', lockedBy: this.options.instanceId, lockedUntil } });
    const all = ready.length ? (await reserve(ready.map((r) => r.row.id))).count === ready.length : true;
    const reserved: typeof ready = [];
    for (const item of ready) {
      if (!all && (await reserve([item.row.id])).count !== 1) {
        const mine = await this.db.outboxMessage.count({ where: { id: item.row.id, status: 'sending', lockedBy: this.options.instanceId, lockedUntil } });
        if (!mine) continue;
      }
      reserved.push(item);
    }
    // Rendered before the first one leaves, so that each request goes out the moment the limiter
    // counts it: nothing awaited between the count and the request lets another message slip in.
    const outgoing: { row: Row; call: OutgoingCall }[] = [];
    for (const item of reserved) {
      const call = await this.#prepare(item.row, item.recipient);
      if (call) outgoing.push({ row: item.row, call });
    }

    const inFlight: Promise<boolean>[] = [];
    const dispatched = new Set<number>();
    for (const item of outgoing) {
      if (spread) {
        for (;;) {
          const t = this.clock.now().getTime();
          this.#pumpMonitor(t);
          const delay = Math.max(this.#limiter.delayFor(item.row.chatId, t), this.#lastSpreadMs + spread - t);
          if (delay <= 0 || this.#stopping) break;
          await new Promise((r) => setTimeout(r, delay));
        }
        if (this.#stopping) break;
      }
      const t = this.clock.now().getTime();
      this.#lastSpreadMs = t;
      const answered = this.#limiter.record(item.row.chatId, t);
      dispatched.add(item.row.id);
      inFlight.push(this.#send(item.row, item.call, () => answered(this.clock.now().getTime())));
    }
    result.sent = (await Promise.all(inFlight)).filter(Boolean).length;
    // Reserved but not sent (stopping): back to the queue.
    const unsent = outgoing.map((r) => r.row.id).filter((id) => !dispatched.has(id));
    if (unsent.length) await this.db.outboxMessage.updateMany({ where: { id: { in: unsent }, status: 'sending', lockedBy: this.options.instanceId }, data: { status: 'pending', lockedUntil: null } });
    return this.#finish(result);
  }

  #finish(result: DrainResult): DrainResult {
    if (result.waiting) result.nextInMs = Math.max(1, Math.min(result.nextInMs, this.#limiter.overallDelay(this.clock.now().getTime()) || result.nextInMs));
    if (!Number.isFinite(result.nextInMs)) result.nextInMs = 0;
    return result;
  }

  async #recipients(rows: Row[]): Promise<Map<string, Recipient>> {
    const ids = [...new Set(rows.filter((r) => r.chatId > 0n).map((r) => r.chatId))];
    if (!ids.length) return new Map();
    const people = await this.db.user.findMany({ where: { telegramId: { in: ids } }, select: { id: true, telegramId: true, locale: true, unreachableAt: true } });
    return new Map(people.map((p) => [String(p.telegramId), { userId: p.id, telegramId: p.telegramId, locale: p.locale, unreachable: p.unreachableAt !== null }]));
  }

  async #settle(row: Row, decision: Exclude<DeliveryDecision, { action: 'send' }>, due: object): Promise<boolean> {
    const data =
      decision.action === 'hold'
        ? { availableAt: decision.until, lastError: `held: ${decision.reason}` }
        : { status: 'skipped', lastError: decision.reason, lockedUntil: null };
    const { count } = await this.db.outboxMessage.updateMany({ where: { id: row.id, ...due }, data });
    return count === 1;
  }

  /** The method and parameters of a row: a typed notice rendered for its recipient. Null: settled here. */
  async #prepare(row: Row, recipient: Recipient | null): Promise<OutgoingCall | null> {
    try {
      if (row.kind) {
        if (!this.options.renderer) throw new Error('no renderer for typed notices');
        const rendered = await this.options.renderer.render(row.kind, row.data, this.options.renderer.audience(recipient?.locale));
        if (!rendered) {
          await this.db.outboxMessage.update({ where: { id: row.id }, data: { status: 'skipped', lastError: 'nothing to send', lockedUntil: null } });
          return null;
        }
        return { method: rendered.method, params: { ...rendered.payload } };
      }
      const { __upload, ...params } = (row.payload ?? {}) as Record<string, unknown> & { __upload?: UploadSpec };
      if (__upload) params[__upload.field] = new InputFile(__upload.path, __upload.filename);
      return { method: row.method, params };
    } catch (error) {
      this.logger.error({ err: error, outboxId: row.id }, 'outbox notice cannot be rendered');
      await this.db.outboxMessage.update({ where: { id: row.id }, data: { status: 'failed', lastError: String((error as Error).message).slice(0, 1000), lockedUntil: null } });
      return null;
    }
  }

  /** Sends a prepared row (already counted by the limiter) and records the outcome. */
  /** `answered` is told the moment Telegram answers (or the call fails), before any database work. */
  async #send(row: Row, { method, params }: OutgoingCall, answered: () => void): Promise<boolean> {
    let told = false;
    const tell = () => {
      if (!told) answered();
      told = true;
    };
    try {
      const raw = this.api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<{ message_id?: number }>>;
      const call = raw[method];
      if (!call) throw new Error(`unsupported outbox method ${method}`);
      const result = await call.call(this.api.raw, { chat_id: Number(row.chatId), ...params }).finally(tell);
      await this.db.outboxMessage.update({
        where: { id: row.id },
        data: { status: 'sent', sentAt: this.clock.now(), messageId: result?.message_id ?? null, lockedUntil: null, attempts: { increment: 1 } },
      });
      return true;
    } catch (error) {
      tell();
      await this.#failed(row, error, params);
      return false;
    }
  }

  async #failed(row: Row, error: unknown, params: Record<string, unknown>): Promise<void> {
    const now = this.clock.now();
    const nowMs = now.getTime();
    const attempts = row.attempts + 1;
    const lastError = String((error as Error).message ?? error).slice(0, 1000);
    if (error instanceof GrammyError && error.error_code === 429) {
      const retryAfterMs = (error.parameters.retry_after ?? 1) * 1_000;
      this.#limiter.pause(nowMs + retryAfterMs);
      this.logger.warn({ retryAfter: error.parameters.retry_after, outboxId: row.id }, 'outbox: Telegram asked to slow down');
      await this.db.outboxMessage.update({
        where: { id: row.id },
        data: { status: 'pending', availableAt: new Date(nowMs + retryAfterMs), lockedUntil: null, lastError },
      });
      return;
    }
    if (error instanceof GrammyError && error.error_code === 403) {
      // Blocked by the person (or the account is gone): nothing reaches them until they write again.
      await this.db.outboxMessage.update({ where: { id: row.id }, data: { status: 'blocked', attempts, lockedUntil: null, lastError } });
      if (row.chatId > 0n) await this.db.user.updateMany({ where: { telegramId: row.chatId, unreachableAt: null }, data: { unreachableAt: now } });
      return;
    }
    // 400 (chat not found, bad request) will not get better.
    const permanent = error instanceof GrammyError && error.error_code >= 400 && error.error_code < 500;
    const exhausted = attempts >= (this.options.maxAttempts ?? 12);
    if (permanent || exhausted) {
      this.logger.warn({ err: error, outboxId: row.id }, 'outbox message given up');
      await this.db.outboxMessage.update({ where: { id: row.id }, data: { status: 'failed', attempts, lockedUntil: null, lastError } });
      if (permanent && this.options.onRefused) {
        await this.options.onRefused({ chatId: row.chatId, params, error: error as GrammyError }).catch((e: unknown) => this.logger.error({ err: e, outboxId: row.id }, 'outbox: refusal handler failed'));
      }
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
