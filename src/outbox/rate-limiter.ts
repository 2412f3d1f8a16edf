// Telegram's sending limits: about 30 messages/s overall, 1/s per private chat, 20/min per group.
export interface RateLimits {
  perSecond: number;
  privateChatGapMs: number;
  groupPerMinute: number;
  /** Added to the one-second window, for the clocks' millisecond rounding. */
  windowSlackMs?: number;
}

export const TELEGRAM_LIMITS: RateLimits = { perSecond: 30, privateChatGapMs: 1_000, groupPerMinute: 20, windowSlackMs: 2 };

/** A counted message: when its request left and, once answered, when the answer came. */
interface Sent {
  leftAt: number;
  answeredAt: number | null;
}

/** How often to look again while the message that bounds the window is still unanswered. */
const IN_FLIGHT_POLL_MS = 3;
/** A request unanswered this long has arrived or never will: it stops holding the others back. */
const HUNG_MS = 5_000;

/**
 * Telegram counts messages when they arrive, and a request arrives some time between leaving and
 * being answered — later under load, on a cold connection, after a pause of the event loop. So a
 * message occupies the window from its answer, not from its departure: the next one leaves a second
 * after the answer of the one thirty places back, and cannot arrive within a second of it whatever
 * the network did in between. On a fast link this costs the answer's latency (a few milliseconds);
 * counted by departure, a 50 ms hiccup on a busy machine let 31 arrive within a second. The second
 * between two messages to one chat is measured the same way.
 */
export class RateLimiter {
  readonly #recent: Sent[] = [];
  readonly #chatLast = new Map<string, Sent>();
  readonly #groupSends = new Map<string, number[]>();
  #pausedUntil = 0;

  constructor(private readonly limits: RateLimits = TELEGRAM_LIMITS) {}

  get #windowMs(): number {
    return 1_000 + (this.limits.windowSlackMs ?? 0);
  }

  /** Milliseconds until the overall limit lets one more message go (a 429 pause included). */
  overallDelay(now: number): number {
    const waits = [this.#pausedUntil - now];
    this.#forgetOld(now);
    if (this.#recent.length >= this.limits.perSecond) {
      const bound = this.#recent[this.#recent.length - this.limits.perSecond]!;
      const answeredAt = this.#answeredAt(bound, now);
      waits.push(answeredAt === null ? IN_FLIGHT_POLL_MS : answeredAt + this.#windowMs - now);
    }
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
      if (last !== undefined) {
        const answeredAt = this.#answeredAt(last, now);
        waits.push(answeredAt === null ? IN_FLIGHT_POLL_MS : answeredAt + this.limits.privateChatGapMs - now);
      }
    } else {
      const sends = (this.#groupSends.get(key) ?? []).filter((t) => t > now - 60_000);
      this.#groupSends.set(key, sends);
      if (sends.length >= this.limits.groupPerMinute) waits.push(sends[0]! + 60_000 - now);
    }
    return Math.max(0, ...waits);
  }

  // Answers come back out of order; only the oldest are dropped, so a slow one keeps the ones
  // after it counted a little longer, which errs on the safe side.
  #forgetOld(now: number): void {
    for (;;) {
      const answeredAt = this.#recent.length ? this.#answeredAt(this.#recent[0]!, now) : null;
      if (answeredAt === null || answeredAt > now - this.#windowMs) return;
      this.#recent.shift();
    }
  }

  #answeredAt(sent: Sent, now: number): number | null {
    if (sent.answeredAt !== null) return sent.answeredAt;
    return now - sent.leftAt >= HUNG_MS ? sent.leftAt + HUNG_MS : null;
  }

  /** Counts a message leaving now; call the returned function when its request is answered (or failed). */
  record(chatId: bigint, now: number): (answeredAt: number) => void {
    const sent: Sent = { leftAt: now, answeredAt: null };
    this.#recent.push(sent);
    const key = String(chatId);
    if (chatId > 0n) this.#chatLast.set(key, sent);
    else (this.#groupSends.get(key) ?? this.#groupSends.set(key, []).get(key)!).push(now);
    if (this.#chatLast.size > 100_000) this.#chatLast.clear();
    return (answeredAt) => {
      sent.answeredAt = Math.max(answeredAt, sent.leftAt);
    };
  }

  /** After a 429 Telegram wants silence from the whole bot for a while. */
  pause(untilMs: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, untilMs);
  }
}
