// A background loop that only the holder of a database lease runs: the outbox sender and the
// certificate renderer each need exactly one instance at work, and must wake early on new work.
import type { Logger } from 'pino';
import type { Lease } from './lease.ts';
import type { Clock } from './clock.ts';

export interface LeaderLoopOptions {
  lease: Lease;
  clock: Clock;
  logger: Logger;
  /** Named in the log when the database cannot be reached. */
  name: string;
  /** How often the leader renews its lease. */
  renewEveryMs: number;
  /** Pause of an instance that is not the leader before it tries again. */
  followerPauseMs: number;
  /** Pause after a failed round (database away). */
  errorPauseMs: number;
  /** One round of work; returns how long to pause before the next (0: go on at once). */
  round: () => Promise<number>;
}

export class LeaderLoop {
  #stopping = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;

  constructor(private readonly options: LeaderLoopOptions) {}

  start(): void {
    this.#stopping = false;
    this.#loop = this.#run();
  }

  /** Ends the current pause early: new work was queued by this instance. */
  wake(): void {
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
    await this.options.lease.release().catch(() => undefined);
  }

  async #run(): Promise<void> {
    const o = this.options;
    let leader = false;
    let renewedAt = 0;
    while (!this.#stopping) {
      let pauseMs: number;
      try {
        const nowMs = o.clock.now().getTime();
        if (!leader || nowMs - renewedAt > o.renewEveryMs) {
          leader = await o.lease.acquire(o.clock.now());
          renewedAt = nowMs;
        }
        pauseMs = leader ? await o.round() : o.followerPauseMs;
      } catch (error) {
        o.logger.warn({ err: error }, `${o.name}: cannot reach the database; retrying`);
        pauseMs = o.errorPauseMs;
      }
      if (pauseMs > 0 && !this.#stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pauseMs);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.#wake = done;
        });
      }
    }
  }
}
