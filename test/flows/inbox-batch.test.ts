// The inbox stores a getUpdates batch in one statement; a redelivered or concurrently stored update
// is still stored once, and handled updates are marked done in batches.
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
    // One update per chat at a time: c, the same chat as a, comes once a is done.
    expect((await store.claim(10)).map((u) => u.update_id)).toEqual([a.update_id, b.update_id]);
    await store.complete(a.update_id);
    expect((await store.claim(10)).map((u) => u.update_id)).toEqual([c.update_id]);
  });

  it('stores each update once when two instances store overlapping batches at the same time', async () => {
    const users = [makeUser(3), makeUser(4), makeUser(5)];
    const updates = users.map((u) => textUpdate(u, 'hello'));
    const a = new InboundStore(database.db, 'a', new TestClock());
    const b = new InboundStore(database.db, 'b', new TestClock());
    const [fromA, fromB] = await Promise.all([a.accept([updates[0]!, updates[1]!]), b.accept([updates[1]!, updates[2]!])]);
    expect(fromA + fromB).toBe(3);
    expect((await database.db.inboundUpdate.findMany({ orderBy: { updateId: 'asc' } })).map((r) => Number(r.updateId))).toEqual(updates.map((u) => u.update_id));
  });

  it('marks handled updates done together, and frees their chats for the next update', async () => {
    const clock = new TestClock();
    const store = new InboundStore(database.db, 'a', clock);
    const u = makeUser(6);
    const [first, second] = [textUpdate(u, 'one'), textUpdate(u, 'two')];
    const other = textUpdate(makeUser(7), 'elsewhere');
    await store.accept([first, second, other]);
    expect((await store.claim(10)).map((x) => x.update_id)).toEqual([first.update_id, other.update_id]);
    // Still in hand: the chat's next update waits.
    expect(await store.claim(10)).toEqual([]);
    const marked = Promise.all([store.complete(first.update_id), store.complete(other.update_id)]);
    // The claim writes the waiting marks first, so the chat is free again.
    expect((await store.claim(10)).map((x) => x.update_id)).toEqual([second.update_id]);
    await marked;
    const rows = await database.db.inboundUpdate.findMany({ orderBy: { updateId: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['done', 'pending', 'done']);
    expect(rows[0]!.doneAt?.getTime()).toBe(clock.now().getTime());
    expect(rows[1]!.lockedUntil!.getTime()).toBe(clock.now().getTime() + 120_000);
  });
});
