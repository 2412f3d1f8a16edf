// Feeds stored updates to the bot through @grammyjs/runner: concurrent across chats, in order
// within a chat (claims skip chats in hand), with at most `concurrency` updates in hand.
import { createConcurrentSink, createRunner, createSource, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { isTransientError } from '../db/errors.ts';
import type { InboundStore } from './inbound-store.ts';
import { IntakeBacklog } from './intake-backlog.ts';
import { until, type StopSignal } from './waits.ts';

/** Reads ahead, for a claimed batch, what handling its updates will need (see src/bot/update-prefetch.ts). */
export interface ClaimPrefetch {
  load(updates: readonly Update[]): Promise<void>;
  /** Forgets what was read for an update once it is settled. */
  drop(update: Update): void;
}

export interface ProcessorOptions {
  concurrency: number;
  prefetch?: ClaimPrefetch;
  /** How often to look for updates stored by other instances when nothing woke us. */
  idlePollMs?: number;
  /** Stored updates waiting for a claim beyond which polling pauses (roomForMore). */
  maxBacklog?: number;
}

/**
 * A claim waits until three quarters of the slots, or this many, are free (unless nothing is in
 * hand): big claims cost less per update, and the dip in updates in hand while it waits shortens
 * the queue each of them is handled behind, while enough stay in hand to keep the CPU busy.
 */
const MIN_CLAIM = 40;
/** The most updates one claim takes. */
const MAX_CLAIM = 100;
/** How long a wake-up waits for others to share its claim. */
const WAKE_DELAY_MS = 2;
/** Stored updates waiting for a claim beyond which polling pauses: a third of a second of work, or more. */
const MAX_BACKLOG = 1_000;
/** The longest polling pauses for the backlog before it fetches anyway. */
const BACKLOG_WAIT_MS = 5_000;
/** The longest a claim waits for more slots to free up while some are free already. */
const SLOTS_WAIT_MS = 20;

export class UpdateProcessor {
  #runner: RunnerHandle | null = null;
  /** Ends the idle wait between claims, if the supplier is in one. */
  #wake: (() => void) | null = null;
  #wakeTimer: NodeJS.Timeout | null = null;
  /** Set by wake(): an update stored while a claim was running is claimed next, not after the idle poll. */
  #woken = false;
  /** The last claim found fewer updates than it could take: claim again only when woken or polling. */
  #drained = false;
  /** Updates being handled, so stop() can wait for them. */
  readonly #inHand = new Set<Promise<void>>();
  readonly #limit: number;
  /** A claim held back until enough slots are free. */
  #onSlotsFree: (() => void) | null = null;
  readonly #backlog: IntakeBacklog;
  readonly #idlePollMs: number;

  constructor(
    private readonly bot: Bot<any>,
    private readonly store: InboundStore,
    private readonly logger: Logger,
    private readonly options: ProcessorOptions,
  ) {
    this.#idlePollMs = options.idlePollMs ?? 250;
    this.#limit = Math.max(1, options.concurrency);
    this.#backlog = new IntakeBacklog(options.maxBacklog ?? MAX_BACKLOG, BACKLOG_WAIT_MS);
  }

  /**
   * Called when this instance stored new updates or freed a chat, so they are handled without
   * waiting for the poll. Wake-ups a moment apart share one claim: at a few hundred updates a
   * second a store and a completion come every millisecond or two, and each claim is a statement.
   */
  wake(): void {
    this.#woken = true;
    if (this.#wake && !this.#wakeTimer) {
      this.#wakeTimer = setTimeout(() => {
        this.#wakeTimer = null;
        this.#wake?.();
      }, WAKE_DELAY_MS);
    }
  }

  /** Called when this instance stored `count` new updates. */
  noteStored(count: number): void {
    this.#backlog.stored(count);
    this.wake();
  }

  /** Long polling asks before fetching: resolves once the processor is not far behind (see IntakeBacklog). */
  roomForMore(signal?: AbortSignal): Promise<void> {
    return this.#runner ? this.#backlog.room(signal) : Promise.resolve();
  }

  start(): void {
    this.#drained = false;
    const supplier = {
      // The runner types its signal with an old AbortController polyfill; only these members are used.
      // Its batch size (the sink's free capacity) is the free slots, counted here from #inHand.
      supply: async (_batchSize: number, signal: StopSignal): Promise<Update[]> => {
        for (;;) {
          // The runner asks as soon as one slot frees up. Claiming one update per freed slot would cost
          // a round of claim queries per update; waiting until several slots are free costs one per
          // batch, and the claimed updates start at once instead of waiting in memory.
          await this.#slotsFree(signal);
          if (this.#drained && !this.#woken && !signal.aborted) await this.#idle(signal);
          if (signal.aborted) throw new Error('aborted');
          this.#woken = false;
          const wanted = Math.min(this.#limit - this.#inHand.size, MAX_CLAIM);
          const storedBefore = this.#backlog.mark;
          try {
            const updates = await this.claim(wanted);
            this.#drained = updates.length < wanted;
            this.#backlog.claimed(updates.length, this.#drained, storedBefore);
            if (updates.length) return updates;
          } catch (error) {
            this.#drained = true;
            this.logger.warn({ err: error }, 'cannot read stored updates; retrying');
          }
        }
      },
    };
    const sink = createConcurrentSink<Update>(
      { consume: (update: Update) => this.#track(this.handle(update)) },
      async (error) => this.logger.error({ err: error }, 'update processing failed'),
      { concurrency: this.#limit },
    );
    this.#runner = createRunner(createSource(supplier as unknown as Parameters<typeof createSource<Update>>[0]), sink);
    this.#runner.start();
  }

  /** Until woken, the idle poll is due (updates stored by other instances) or the runner stops. */
  #idle(signal: StopSignal): Promise<void> {
    return until(this.#idlePollMs, signal, (done) => {
      this.#wake = done;
      return () => (this.#wake = null);
    });
  }

  /** Reserves up to `limit` stored updates and reads ahead what handling them needs. */
  async claim(limit: number): Promise<Update[]> {
    const updates = await this.store.claim(limit);
    const prefetch = this.options.prefetch;
    if (updates.length && prefetch) {
      // Only a shortcut: without it each update reads for itself.
      await prefetch.load(updates).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'cannot read ahead for claimed updates');
        for (const update of updates) prefetch.drop(update);
      });
    }
    return updates;
  }

  async handle(update: Update): Promise<void> {
    try {
      await this.bot.handleUpdate(update);
      // Written together with other handled updates' marks a moment later; not waited for.
      void this.store.complete(update.update_id);
    } catch (error) {
      const cause = (error as { error?: unknown }).error ?? error;
      if (isTransientError(cause)) {
        this.logger.warn({ err: cause, update: update.update_id }, 'update will be retried');
        await this.store.retryLater(update.update_id, cause).catch(() => undefined);
      } else {
        this.logger.error({ err: cause, update: update.update_id }, 'update failed');
        await this.store.fail(update.update_id, cause).catch(() => undefined);
      }
    } finally {
      this.options.prefetch?.drop(update);
      // The chat is free again: a later update of it, passed over while this one was in hand, can go.
      this.wake();
    }
  }

  #track(handling: Promise<void>): Promise<void> {
    this.#inHand.add(handling);
    return handling.finally(() => {
      this.#inHand.delete(handling);
      if (this.#freeSlotsEnough()) this.#onSlotsFree?.();
    });
  }

  #freeSlotsEnough(): boolean {
    const free = this.#limit - this.#inHand.size;
    return free >= Math.min(MIN_CLAIM, Math.ceil((this.#limit * 3) / 4)) || this.#inHand.size === 0;
  }

  /**
   * The runner asks only once a slot is free. Waits for three quarters of them, but no longer than
   * SLOTS_WAIT_MS: a few handlers that take long (429 waits, slow uploads) must not hold up
   * everybody else's updates.
   */
  #slotsFree(signal: StopSignal): Promise<void> {
    if (this.#freeSlotsEnough() || signal.aborted) return Promise.resolve();
    return until(SLOTS_WAIT_MS, signal, (done) => {
      this.#onSlotsFree = done;
      return () => (this.#onSlotsFree = null);
    });
  }

  /** Stops taking updates and waits for the ones in hand to finish (the runner does not), then marks them done. */
  async stop(): Promise<void> {
    const runner = this.#runner;
    this.#runner = null;
    this.#backlog.release();
    if (runner?.isRunning()) await runner.stop();
    await Promise.allSettled([...this.#inHand]);
    if (this.#wakeTimer) clearTimeout(this.#wakeTimer);
    this.#wakeTimer = null;
    await this.store.flushDone().catch((error: unknown) => this.logger.warn({ err: error }, 'cannot mark handled updates done'));
  }
}
