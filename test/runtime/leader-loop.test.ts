// The leader loop: only the lease holder does rounds; when it stops, another instance takes over.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeaderLoop } from '../../src/runtime/leader-loop.ts';
import { Lease } from '../../src/runtime/lease.ts';
import { systemClock } from '../../src/runtime/clock.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

const logger = pino({ level: 'silent' });

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe.each(databaseProviders)('the leader loop on %s', (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => database.drop());

  function loop(holder: string, rounds: string[]): LeaderLoop {
    return new LeaderLoop({
      lease: new Lease(database.db, 'worker', holder, 60_000),
      clock: systemClock,
      logger,
      name: `worker ${holder}`,
      renewEveryMs: 20_000,
      followerPauseMs: 10,
      errorPauseMs: 10,
      round: async () => {
        rounds.push(holder);
        return 10;
      },
    });
  }

  it('lets only the lease holder work, and hands over when the holder stops', async () => {
    const rounds: string[] = [];
    const one = loop('one', rounds);
    one.start();
    await until(() => rounds.length >= 1);
    const two = loop('two', rounds);
    two.start();
    await until(() => rounds.length >= 5);
    expect(new Set(rounds)).toEqual(new Set(['one']));
    await one.stop();
    const before = rounds.length;
    await until(() => rounds.slice(before).includes('two'));
    await two.stop();
    expect(rounds.slice(before).every((holder) => holder === 'two')).toBe(true);
    expect(await database.db.lease.count()).toBe(0);
  });

  it('wakes from its pause when told new work was queued', async () => {
    const rounds: string[] = [];
    const sleepy = new LeaderLoop({
      lease: new Lease(database.db, 'worker', 'one', 60_000),
      clock: systemClock,
      logger,
      name: 'worker',
      renewEveryMs: 20_000,
      followerPauseMs: 10,
      errorPauseMs: 10,
      round: async () => {
        rounds.push('one');
        return 3_600_000; // would sleep an hour without a wake
      },
    });
    sleepy.start();
    await until(() => rounds.length === 1);
    sleepy.wake();
    await until(() => rounds.length === 2);
    await sleepy.stop();
  });
});
