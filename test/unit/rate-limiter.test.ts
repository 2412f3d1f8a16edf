// Telegram's limits as the outbox sender counts them: 30 in any second, measured from each
// message's answer (Telegram counts arrivals, which fall between leaving and the answer), one a
// second per private chat, 20 a minute per group, and silence after a 429.
import { describe, expect, it } from 'vitest';
import { RateLimiter, TELEGRAM_LIMITS } from '../../src/outbox/rate-limiter.ts';

const WINDOW = 1_000 + TELEGRAM_LIMITS.windowSlackMs!;

/**
 * Sends as fast as the limiter allows from `start` to distinct chats, each answered `latency(i)`
 * ms after it left; returns when each left and when it was answered.
 */
function sendAsAllowed(limiter: RateLimiter, count: number, start: number, latency: (i: number) => number) {
  const sent: { leftAt: number; answeredAt: number }[] = [];
  const pending: { at: number; answer: (t: number) => void }[] = [];
  let t = start;
  for (let i = 0; i < count; i++) {
    for (;;) {
      for (const p of pending.filter((p) => p.at <= t)) p.answer(p.at);
      pending.splice(0, pending.length, ...pending.filter((p) => p.at > t));
      const delay = limiter.delayFor(BigInt(i + 1), t);
      if (delay <= 0) break;
      t += delay;
    }
    const answeredAt = t + latency(i);
    pending.push({ at: answeredAt, answer: limiter.record(BigInt(i + 1), t) });
    sent.push({ leftAt: t, answeredAt });
  }
  return sent;
}

/** The most arrivals within one second, each arriving as late as possible (just before its answer). */
const worstArrivals = (sent: { answeredAt: number }[]) => {
  const times = sent.map((s) => s.answeredAt).sort((a, b) => a - b);
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1_000).length));
};

describe('RateLimiter', () => {
  it('lets 30 messages go in a second and the 31st a second after the first one was answered', () => {
    const sent = sendAsAllowed(new RateLimiter(), 31, 100_000, () => 5);
    expect(sent.slice(0, 30).every((s) => s.leftAt === 100_000)).toBe(true);
    expect(sent[30]!.leftAt).toBe(100_005 + WINDOW);
  });

  it('keeps at most 30 arrivals in any second however the answers straggle', () => {
    // A cold start and a busy machine: some answers take 20 ms, some 400 ms.
    const sent = sendAsAllowed(new RateLimiter(), 600, 100_000, (i) => (i % 7 === 0 ? 400 : i % 3 ? 20 : 90));
    for (let i = 30; i < sent.length; i++) expect(sent[i]!.leftAt).toBeGreaterThan(sent[i - 30]!.answeredAt + 999);
    expect(worstArrivals(sent)).toBeLessThanOrEqual(30);
  });

  it('stays close to 30 a second on a fast link', () => {
    const sent = sendAsAllowed(new RateLimiter(), 301, 100_000, () => 3);
    const seconds = (sent.at(-1)!.leftAt - sent[0]!.leftAt) / 1_000;
    expect(300 / seconds).toBeGreaterThan(29.5);
  });

  it('stops waiting for a request that hangs after five seconds', () => {
    const limiter = new RateLimiter();
    const answers = Array.from({ length: 30 }, (_, i) => limiter.record(BigInt(i + 1), 0));
    answers.slice(1).forEach((answer) => answer(10));
    expect(limiter.delayFor(99n, 2_000)).toBeGreaterThan(0);
    expect(limiter.delayFor(99n, 5_000 + WINDOW)).toBe(0);
  });

  it('keeps a second between two messages to one private chat and 20 a minute to a group', () => {
    const limiter = new RateLimiter();
    limiter.record(7n, 50_000)(50_010);
    expect(limiter.delayFor(7n, 50_200)).toBe(810);
    expect(limiter.delayFor(8n, 50_200)).toBe(0);
    for (let i = 0; i < 20; i++) limiter.record(-100n, 60_000 + i * 2_000)(60_000 + i * 2_000 + 5);
    expect(limiter.delayFor(-100n, 100_000)).toBe(20_000);
    expect(limiter.delayFor(-100n, 120_000)).toBe(0);
  });

  it("measures the second between two messages to one chat from the first one's answer", () => {
    const limiter = new RateLimiter();
    const answered = limiter.record(7n, 10_000);
    expect(limiter.delayFor(7n, 11_000)).toBeGreaterThan(0); // still in flight: it may arrive any moment
    answered(10_300);
    expect(limiter.delayFor(7n, 11_000)).toBe(300);
    expect(limiter.delayFor(7n, 11_300)).toBe(0);
  });

  it('holds everything after a 429 until the pause ends', () => {
    const limiter = new RateLimiter();
    limiter.pause(10_000);
    expect(limiter.capacity(9_000)).toBe(0);
    expect(limiter.delayFor(1n, 9_000)).toBe(1_000);
    expect(limiter.capacity(10_000)).toBeGreaterThan(0);
  });
});
