// The database lease: one holder at a time, renewable by its holder, free again once expired or released.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Lease } from '../../src/runtime/lease.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

const at = (iso: string) => new Date(`2026-12-01T${iso}Z`);

describe.each(databaseProviders)('the lease on %s', (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => database.drop());

  it('is held by one instance until it expires, then the other takes it over', async () => {
    const one = new Lease(database.db, 'outbox', 'one', 30_000);
    const two = new Lease(database.db, 'outbox', 'two', 30_000);
    expect(await one.acquire(at('10:00:00'))).toBe(true);
    expect(await two.acquire(at('10:00:10'))).toBe(false);
    expect(await two.acquire(at('10:00:29'))).toBe(false);
    expect(await two.acquire(at('10:00:31'))).toBe(true);
    expect(await one.acquire(at('10:00:40'))).toBe(false);
    expect(await database.db.lease.findUnique({ where: { name: 'outbox' } })).toMatchObject({ holder: 'two', expiresAt: at('10:01:01') });
  });

  it('lets its holder renew it before it expires, which keeps the other out', async () => {
    const one = new Lease(database.db, 'outbox', 'one', 30_000);
    const two = new Lease(database.db, 'outbox', 'two', 30_000);
    expect(await one.acquire(at('10:00:00'))).toBe(true);
    expect(await one.acquire(at('10:00:20'))).toBe(true);
    expect(await two.acquire(at('10:00:40'))).toBe(false);
    expect(await two.acquire(at('10:00:51'))).toBe(true);
  });

  it('is free for the other instance as soon as its holder releases it', async () => {
    const one = new Lease(database.db, 'outbox', 'one', 30_000);
    const two = new Lease(database.db, 'outbox', 'two', 30_000);
    expect(await one.acquire(at('10:00:00'))).toBe(true);
    await one.release();
    expect(await two.acquire(at('10:00:01'))).toBe(true);
    await one.release(); // releasing a lease one does not hold leaves the holder in place
    expect(await one.acquire(at('10:00:02'))).toBe(false);
  });

  it('gives exactly one of two instances racing for a free lease', async () => {
    const contenders = ['one', 'two', 'three', 'four'].map((holder) => new Lease(database.db, 'renderer', holder, 30_000));
    const won = await Promise.all(contenders.map((lease) => lease.acquire(at('10:00:00'))));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('keeps leases of different names apart', async () => {
    expect(await new Lease(database.db, 'outbox', 'one', 30_000).acquire(at('10:00:00'))).toBe(true);
    expect(await new Lease(database.db, 'renderer', 'two', 30_000).acquire(at('10:00:00'))).toBe(true);
  });
});
