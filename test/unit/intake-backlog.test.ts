// How far long polling may run ahead of the processor: pauses above the limit, resumes as claims
// catch up, never for longer than its bound, and at once when stopping.
import { describe, expect, it } from 'vitest';
import { IntakeBacklog } from '../../src/delivery/intake-backlog.ts';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

describe('intake backlog', () => {
  it('lets polling go on below the limit and pauses it at the limit until claims catch up', async () => {
    const backlog = new IntakeBacklog(10, 60_000);
    backlog.stored(9);
    expect(await settled(backlog.room())).toBe(true);
    backlog.stored(1);
    const paused = backlog.room();
    expect(await settled(paused)).toBe(false);
    backlog.claimed(1, false, backlog.mark);
    expect(await settled(paused)).toBe(true);
  });

  it('keeps counting the updates stored while a short claim ran', async () => {
    const backlog = new IntakeBacklog(10, 60_000);
    backlog.stored(40);
    const mark = backlog.mark;
    backlog.stored(12); // stored while the claim ran: it may not have seen them
    backlog.claimed(3, true, mark);
    expect(await settled(backlog.room())).toBe(false);
    backlog.claimed(3, false, backlog.mark);
    expect(await settled(backlog.room())).toBe(true);
  });

  it('pauses for a bounded time, and not at all once stopping', async () => {
    const backlog = new IntakeBacklog(1, 50);
    backlog.stored(5);
    const started = Date.now();
    await backlog.room();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    const aborted = new AbortController();
    const paused = backlog.room(aborted.signal);
    aborted.abort();
    expect(await settled(paused)).toBe(true);
    const released = new IntakeBacklog(1, 60_000);
    released.stored(5);
    const waiting = released.room();
    released.release();
    expect(await settled(waiting)).toBe(true);
  });
});
