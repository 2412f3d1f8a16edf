// The inbox stores a getUpdates batch in two statements; a redelivered or concurrently stored update
// is still stored once, whichever way the batch goes in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { InboundStore } from '../../src/delivery/inbound-store.ts';
import { TestClock } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';
import { makeUser, textUpdate } from '../helpers/updates.ts';

describe.each(databaseProviders)('inbox batches on %s', (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => database.drop());

  it('stores the new ones of a batch once, in order, and hands them out', async () => {
    const store = new InboundStore(database.db, 'a', new TestClock());
    const [u1, u2] = [makeUser(1), makeUser(2)];
    const a = textUpdate(u1, 'a');
    const b = textUpdate(u2, 'b');
    const c = textUpdate(u1, 'c');
    expect(await store.accept([a])).toBe(1);
    // A batch repeating a stored update and one repeated inside the batch itself.
    expect(await store.accept([a, b, b, c])).toBe(2);
    expect(await store.accept([a, b, c])).toBe(0);
    expect(await database.db.inboundUpdate.count()).toBe(3);
    expect((await store.claim(10)).map((u) => u.update_id)).toEqual([a.update_id, b.update_id, c.update_id]);
  });

  it('falls back to one by one when another instance stored part of the batch meanwhile', async () => {
    const [u1, u2] = [makeUser(3), makeUser(4)];
    const first = textUpdate(u1, 'first');
    const second = textUpdate(u2, 'second');
    await new InboundStore(database.db, 'b', new TestClock()).accept([first]);
    // This instance looked before the other one stored `first`: its check finds nothing.
    const blind = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property !== 'inboundUpdate') return Reflect.get(target, property, receiver);
        return new Proxy(target.inboundUpdate, {
          get: (model, name, r) => (name === 'findMany' ? async () => [] : Reflect.get(model, name, r)),
        });
      },
    }) as Db;
    expect(await new InboundStore(blind, 'a', new TestClock()).accept([first, second])).toBe(1);
    expect((await database.db.inboundUpdate.findMany({ orderBy: { updateId: 'asc' } })).map((r) => Number(r.updateId))).toEqual([first.update_id, second.update_id]);
  });
});
