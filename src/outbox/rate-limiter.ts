// Telegram's sending limits: about 30 messages/s overall, 1/s per private chat, 20/min per group.
export interface RateLimits {
  perSecond: number;
  privateChatGapMs: number;
  groupPerMinute: number;
  /**
   * Added to the one-second window: a message counted when it left may reach Telegram a little
   * later than the one before it, and Telegram counts arrivals. 25 ms keeps a full-speed
   * broadcast at 29.3/s with no 429 from a server that enforces 30 in any second (bench/broadcast.ts).
   */
  windowSlackMs?: number;
}

export const TELEGRAM_LIMITS: RateLimits = { perSecond: 30, privateChatGapMs: 1_000, groupPerMinute: 20, windowSlackMs: 25 };

export class RateLimiter {
  readonly #recent: number[] = [];
  readonly #chatLast = new Map<string, number>();
  readonly #groupSends = new Map<string, number[]>();
  #pausedUntil = 0;

  constructor(private readonly limits: RateLimits = TELEGRAM_LIMITS) {}

  get #windowMs(): number {
    return 1_000 + (this.limits.windowSlackMs ?? 0);
  }

  /** Milliseconds until the overall limit lets one more message go (a 429 pause included). */
  overallDelay(now: number): number {
    const waits = [this.#pausedUntil - now];
    while (this.#recent.length && this.#recent[0]! <= now - this.#windowMs) this.#recent.shift();
    if (this.#recent.length >= this.limits.perSecond) waits.push(this.#recent[this.#recent.length - this.limits.perSecond]! + this.#windowMs - now);
    return Math.max(0, ...waits);
  }

  /** How many more messages the overall limit lets go now. */
  capacity(now: number): number {
    if (this.#pausedUntil > now) return 0;
    this.overallDelay(now);
    return Math.max(0, this.limits.perSecond - this.#recent.length);
  }

  /** Milliseconds to wait before a message to `chatId` may go; 0 means now. */
  delayFor(chatId: bigint, now: number): number {
    const waits = [this.overallDelay(now)];
    const key = String(chatId);
    if (chatId > 0n) {
      const last = this.#chatLast.get(key);
      if (last !== undefined) waits.push(last + this.limits.privateChatGapMs - now);
    } else {
      const sends = (this.#groupSends.get(key) ?? []).filter((t) => t > now - 60_000);
      this.#groupSends.set(key, sends);
      if (sends.length >= this.limits.groupPerMinute) waits.push(sends[0]! + 60_000 - now);
    }
    return Math.max(0, ...waits);
  }

  record(chatId: bigint, now: number): void {
    this.#recent.push(now);
    const key = String(chatId);
    if (chatId > 0n) this.#chatLast.set(key, now);
    else (this.#groupSends.get(key) ?? this.#groupSends.set(key, []).get(key)!).push(now);
    if (this.#chatLast.size > 100_000) this.#chatLast.clear();
  }

  /** After a 429 Telegram wants silence from the whole bot for a while. */
  pause(untilMs: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, untilMs);
  }
}
