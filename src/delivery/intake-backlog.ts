// How far long polling may run ahead of the processor. Telegram keeps updates not fetched yet for
// a day, so a burst can wait there instead of being stored faster than it can be handled, taking
// memory and time from the updates in hand.
import { until, type StopSignal } from './waits.ts';

export class IntakeBacklog {
  /** Stored here and not claimed yet, as far as this process can tell. */
  #waiting = 0;
  /** Every update stored here, to tell which were stored while a claim ran. */
  #storedTotal = 0;
  #onLow: (() => void)[] = [];

  constructor(
    private readonly max: number,
    /** The longest one pause lasts: other instances may be taking the updates meanwhile. */
    private readonly maxPauseMs: number,
  ) {}

  stored(count: number): void {
    this.#waiting += count;
    this.#storedTotal += count;
  }

  /** To pass to claimed(): where the count of stored updates stood when a claim began. */
  get mark(): number {
    return this.#storedTotal;
  }

  /** A claim that came up short found all there was, bar the updates stored while it ran. */
  claimed(count: number, short: boolean, markBefore: number): void {
    this.#waiting = short ? this.#storedTotal - markBefore : Math.max(0, this.#waiting - count);
    if (this.#waiting < this.max) this.release();
  }

  /** Resolves once fewer than `max` stored updates wait, after maxPauseMs at most, or on abort. */
  room(signal?: StopSignal): Promise<void> {
    if (this.#waiting < this.max || signal?.aborted) return Promise.resolve();
    return until(this.maxPauseMs, signal, (done) => {
      this.#onLow.push(done);
      return () => (this.#onLow = this.#onLow.filter((waiter) => waiter !== done));
    });
  }

  /** Lets every paused poll go on (the processor is stopping). */
  release(): void {
    const waiting = this.#onLow;
    this.#onLow = [];
    for (const resolve of waiting) resolve();
  }
}
