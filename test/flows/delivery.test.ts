// Delivery core: the inbox (no update lost or handled twice), the outbox sender (limits, 429,
// crash recovery) and the webhook's secret check.
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { chatKeyOf, CLAIM_LOCK_KEY, InboundStore } from '../../src/delivery/inbound-store.ts';
import { PollingIntake } from '../../src/delivery/polling-intake.ts';
import { UpdateProcessor } from '../../src/delivery/processor.ts';
import { inboxMaintenanceJob } from '../../src/jobs/inbox-maintenance.ts';
import { secretMatches } from '../../src/delivery/webhook.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { enqueue } from '../../src/services/outbox.ts';
import { TestClock, TEST_TOKEN } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders } from '../helpers/db.ts';
import { FakeBotApi } from '../helpers/fake-bot-api.ts';
import { callbackUpdate, makeUser, textUpdate } from '../helpers/updates.ts';

const logger = pino({ level: 'silent' });

describe.each(databaseProviders)('delivery on %s', (provider) => {
  let db: Db;
  let drop: () => Promise<void>;
  let fake: FakeBotApi;
  let clock: TestClock;
  beforeEach(async () => {
    ({ db, drop } = await createTestDatabase(provider));
    fake = await new FakeBotApi().start();
    clock = new TestClock();
  });
  afterEach(async () => {
    await fake.stop();
    await drop();
  });

  describe('inbox', () => {
    it('stores each update once and hands it out once', async () => {
      const store = new InboundStore(db, 'a', clock);
      const u = makeUser(7);
      const first = textUpdate(u, 'hello');
      expect(await store.accept([first, first])).toBe(1);
      expect(await store.accept([first])).toBe(0);
      const claimed = await store.claim(10);
      expect(claimed.map((x) => x.update_id)).toEqual([first.update_id]);
      expect(await store.claim(10)).toEqual([]); // reserved
      await store.complete(first.update_id);
      expect(await store.accept([first])).toBe(0); // a redelivery after handling is still recognised
      expect(await store.claim(10)).toEqual([]);
    });

    it('keeps one chat in order across instances and frees updates of a crashed instance', async () => {
      const a = new InboundStore(db, 'a', clock, { leaseMs: 60_000 });
      const b = new InboundStore(db, 'b', clock, { leaseMs: 60_000 });
      const u1 = makeUser(1);
      const u2 = makeUser(2);
      const m1 = textUpdate(u1, 'one');
      await a.accept([m1]);
      expect((await a.claim(1)).map((x) => x.update_id)).toEqual([m1.update_id]);
      const m2 = textUpdate(u1, 'two');
      const other = textUpdate(u2, 'other chat');
      await a.accept([m2, other]);
      // Instance b must not take chat 1's second update while a still handles the first.
      expect((await b.claim(10)).map((x) => x.update_id)).toEqual([other.update_id]);
      await b.complete(other.update_id);
      clock.advance(61_000); // a died: its lease ran out
      expect((await b.claim(10)).map((x) => x.update_id)).toEqual([m1.update_id]);
      await b.complete(m1.update_id);
      expect((await b.claim(10)).map((x) => x.update_id)).toEqual([m2.update_id]);
    });

    it('does not confirm updates it could not store, and stores them on the next try', async () => {
      let failures = 1;
      class FlakyStore extends InboundStore {
        override async accept(updates: Parameters<InboundStore['accept']>[0]) {
          if (failures-- > 0) throw new Error('database is locked');
          return super.accept(updates);
        }
      }
      const store = new FlakyStore(db, 'a', clock);
      const u = makeUser(10);
      const pushed = fake.pushUpdate(textUpdate(u, 'keep me'));
      const intake = new PollingIntake(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }), store, logger, { timeoutSeconds: 1, maxBackoffMs: 500 });
      await intake.start();
      await expect.poll(async () => db.inboundUpdate.count(), { timeout: 20_000 }).toBe(1);
      await intake.stop();
      const offsets = fake.callsOf('getUpdates').map((c) => c.params.offset);
      // The failed batch was asked for again without moving the offset past it.
      expect(offsets.slice(0, 2)).toEqual([undefined, undefined]);
      expect(Number((await db.inboundUpdate.findFirstOrThrow()).updateId)).toBe(pushed.update_id);
    });

    it('claims an update stored during a claim at once, not after the idle poll', async () => {
      let processor!: UpdateProcessor;
      let first = true;
      class RacingStore extends InboundStore {
        override async claim(limit: number) {
          const claimed = await super.claim(limit);
          if (first) {
            // Stored (and the processor woken) after this claim looked, before it returned empty.
            first = false;
            await this.accept([textUpdate(makeUser(21), 'late')]);
            processor.wake();
          }
          return claimed;
        }
      }
      const handled: number[] = [];
      const bot = { handleUpdate: async (update: { update_id: number }) => void handled.push(update.update_id) } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      processor = new UpdateProcessor(bot, new RacingStore(db, 'a', clock), logger, { concurrency: 2, idlePollMs: 60_000 });
      processor.start();
      await expect.poll(() => handled.length, { timeout: 5_000 }).toBe(1);
      await processor.stop();
    });

    it("hands over a chat's next update as soon as the previous one is done", async () => {
      const store = new InboundStore(db, 'a', clock);
      const u = makeUser(22);
      const [one, two] = [textUpdate(u, '1'), textUpdate(u, '2')];
      const handled: number[] = [];
      let release!: () => void;
      const slow = new Promise<void>((resolve) => (release = resolve));
      const bot = {
        handleUpdate: async (update: { update_id: number }) => {
          if (update.update_id === one.update_id) await slow;
          handled.push(update.update_id);
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 4, idlePollMs: 60_000 });
      await store.accept([one]);
      processor.start();
      await expect.poll(() => db.inboundUpdate.count({ where: { lockedBy: { not: null } } }), { timeout: 5_000 }).toBe(1);
      // The chat's next update arrives (stored by another instance) while the first is in hand: passed over.
      await new InboundStore(db, 'b', clock).accept([two]);
      processor.wake();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(handled).toEqual([]);
      release();
      await expect.poll(() => handled, { timeout: 5_000 }).toEqual([one.update_id, two.update_id]);
      await processor.stop();
    });

    it.skipIf(provider !== 'postgresql')('does not hand one chat to two instances claiming at the same moment', async () => {
      const u = makeUser(78);
      // u1 is the older update but reaches the inbox last (a webhook retry, say).
      const [u1, u2] = [textUpdate(u, 'one'), textUpdate(u, 'two')];
      const b = new InboundStore(db, 'b', clock);
      await b.accept([u2]);
      let claimedByB!: Promise<number[]>;
      // Instance a's claim, caught in the middle: it holds the claim lock and has reserved u2, uncommitted.
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`;
        await tx.inboundUpdate.update({ where: { updateId: BigInt(u2.update_id) }, data: { lockedBy: 'a#1', lockedUntil: new Date(clock.now().getTime() + 60_000), attempts: 1 } });
        // Meanwhile instance b stores the chat's late, older update and claims: it must wait for a's claim.
        await b.accept([u1]);
        claimedByB = b.claim(50).then((updates) => updates.map((x) => x.update_id));
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(await claimedByB).toEqual([]);
    });

    it("holds back a chat's late, older update while a later one is in hand", async () => {
      const a = new InboundStore(db, 'a', clock);
      const b = new InboundStore(db, 'b', clock);
      const u = makeUser(79);
      const [older, newer] = [textUpdate(u, 'one'), textUpdate(u, 'two')];
      await a.accept([newer]);
      expect((await a.claim(10)).map((x) => x.update_id)).toEqual([newer.update_id]);
      await b.accept([older]);
      expect(await b.claim(10)).toEqual([]);
      await a.complete(newer.update_id);
      expect((await b.claim(10)).map((x) => x.update_id)).toEqual([older.update_id]);
    });

    it('stops offering an update whose every attempt crashed, and lets its chat go on', async () => {
      const store = new InboundStore(db, 'a', clock, { leaseMs: 1_000, maxAttempts: 2 });
      const u = makeUser(80);
      const [poison, next] = [textUpdate(u, 'crashes the process'), textUpdate(u, 'fine')];
      await store.accept([poison, next]);
      for (let attempt = 0; attempt < 2; attempt++) {
        expect((await store.claim(10)).map((x) => x.update_id)).toEqual([poison.update_id]);
        clock.advance(1_001); // the process died holding it: the lease runs out
      }
      expect((await store.claim(10)).map((x) => x.update_id)).toEqual([next.update_id]);
      expect(await store.giveUpExhausted()).toBe(1);
      const row = await db.inboundUpdate.findUniqueOrThrow({ where: { updateId: BigInt(poison.update_id) } });
      expect(row.status).toBe('failed');
      expect(row.lastError).toMatch(/2 attempts/);
    });

    it('waits for the updates in hand when stopping, and marks them done', async () => {
      const store = new InboundStore(db, 'a', clock);
      let finished = false;
      const bot = {
        handleUpdate: async () => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          finished = true;
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 4, idlePollMs: 50 });
      await store.accept([textUpdate(makeUser(5), 'slow')]);
      processor.start();
      await expect.poll(() => db.inboundUpdate.count({ where: { lockedBy: { not: null } } }), { timeout: 5_000 }).toBe(1);
      await processor.stop();
      expect(finished).toBe(true);
      expect((await db.inboundUpdate.findFirstOrThrow()).status).toBe('done');
    });

    it('keeps at most `concurrency` updates in hand and claims them in batches', async () => {
      const claims: number[] = [];
      class CountingStore extends InboundStore {
        override async claim(limit: number) {
          const updates = await super.claim(limit);
          if (updates.length) claims.push(updates.length);
          return updates;
        }
      }
      const store = new CountingStore(db, 'a', clock);
      let inBot = 0;
      let most = 0;
      let handled = 0;
      const bot = {
        handleUpdate: async () => {
          most = Math.max(most, ++inBot);
          await new Promise((resolve) => setTimeout(resolve, 1 + (handled % 5)));
          inBot--;
          handled++;
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 8, idlePollMs: 50 });
      await store.accept(Array.from({ length: 120 }, (_, i) => textUpdate(makeUser(1_000 + i), 'press')));
      processor.start();
      await expect.poll(() => handled, { timeout: 20_000 }).toBe(120);
      await processor.stop();
      expect(most).toBeLessThanOrEqual(8);
      expect(most).toBeGreaterThan(1);
      // A claim waits for three quarters of the slots (or 20 ms): 6 updates or more, as a rule (about 20
      // claims; waiting for half of them made about 30).
      expect(claims.length).toBeLessThanOrEqual(24);
      expect(claims.reduce((a, b) => a + b, 0)).toBe(120);
    });

    it('once the inbox is drained, claims again only when woken', async () => {
      let claims = 0;
      class CountingStore extends InboundStore {
        override async claim(limit: number) {
          const updates = await super.claim(limit);
          claims++;
          return updates;
        }
      }
      const store = new CountingStore(db, 'a', clock);
      const handled: number[] = [];
      const bot = {
        handleUpdate: async (update: { update_id: number }) => {
          await new Promise((resolve) => setTimeout(resolve, 30)); // two Bot API calls, say
          handled.push(update.update_id);
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 4, idlePollMs: 60_000 });
      processor.start();
      await expect.poll(() => claims, { timeout: 5_000 }).toBe(1); // the first look finds nothing
      const update = textUpdate(makeUser(31), 'hello');
      await store.accept([update]);
      processor.wake();
      await expect.poll(() => handled, { timeout: 5_000 }).toEqual([update.update_id]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The claim that took it, and one when its chat was freed; none straight after a claim that came up short.
      expect(claims).toBe(3);
      await processor.stop();
    });

    it('long polling pauses while the processor is behind, and resumes as it catches up', async () => {
      const store = new InboundStore(db, 'a', clock);
      for (let i = 0; i < 250; i++) fake.pushUpdate(textUpdate(makeUser(2_000 + i), 'press'));
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let handled = 0;
      const bot = {
        handleUpdate: async () => {
          await gate;
          handled++;
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 2, idlePollMs: 50, maxBacklog: 10 });
      const intake = new PollingIntake(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }), store, logger, {
        timeoutSeconds: 1,
        onStored: (count) => processor.noteStored(count),
        beforePoll: (signal) => processor.roomForMore(signal),
      });
      processor.start();
      await intake.start();
      await expect.poll(() => db.inboundUpdate.count(), { timeout: 10_000 }).toBe(100);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // One batch stored; the rest waits at Telegram while the handlers are stuck.
      expect(await db.inboundUpdate.count()).toBe(100);
      open();
      await expect.poll(() => handled, { timeout: 20_000 }).toBe(250);
      await intake.stop();
      await processor.stop();
    });

    it('the inbox job files exhausted updates and deletes handled ones after a week', async () => {
      const store = new InboundStore(db, 'a', clock, { leaseMs: 1_000, maxAttempts: 1 });
      const [handled, crashing] = [textUpdate(makeUser(90), 'done'), textUpdate(makeUser(91), 'crashes')];
      await store.accept([handled, crashing]);
      expect((await store.claim(10)).map((x) => x.update_id)).toEqual([handled.update_id, crashing.update_id]);
      await store.complete(handled.update_id);
      await store.flushDone();
      clock.advance(8 * 86_400_000);
      expect(await inboxMaintenanceJob(store).run(clock.now())).toEqual({ failed: 1, pruned: 1 });
      expect((await db.inboundUpdate.findMany()).map((r) => [Number(r.updateId), r.status])).toEqual([[crashing.update_id, 'failed']]);
    });

    it('does not let a few slow updates hold up the others', async () => {
      const store = new InboundStore(db, 'a', clock);
      const slow = Array.from({ length: 5 }, (_, i) => textUpdate(makeUser(300 + i), 'slow'));
      const quick = textUpdate(makeUser(310), 'quick');
      let slowDone = 0;
      let quickDoneBeforeSlow: boolean | null = null;
      const bot = {
        handleUpdate: async (update: { update_id: number }) => {
          if (update.update_id === quick.update_id) return void (quickDoneBeforeSlow = slowDone === 0);
          await new Promise((resolve) => setTimeout(resolve, 1_500)); // a 429 wait, say
          slowDone++;
        },
      } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      // Eight slots: with five held, three are free, fewer than the half a claim would wait for.
      const processor = new UpdateProcessor(bot, store, logger, { concurrency: 8, idlePollMs: 60_000 });
      await store.accept(slow);
      processor.start();
      await expect.poll(() => db.inboundUpdate.count({ where: { lockedBy: { not: null } } }), { timeout: 5_000 }).toBe(5);
      await store.accept([quick]);
      processor.wake();
      await expect.poll(() => quickDoneBeforeSlow, { timeout: 5_000 }).toBe(true);
      await processor.stop();
    });

    it('stops at once while looking for updates, even with a long idle poll', async () => {
      let claims = 0;
      class SlowStore extends InboundStore {
        override async claim(limit: number) {
          claims++;
          await new Promise((resolve) => setTimeout(resolve, 200));
          return super.claim(limit);
        }
      }
      const bot = { handleUpdate: async () => undefined } as unknown as ConstructorParameters<typeof UpdateProcessor>[0];
      const processor = new UpdateProcessor(bot, new SlowStore(db, 'a', clock), logger, { concurrency: 4, idlePollMs: 60_000 });
      processor.start();
      await expect.poll(() => claims, { timeout: 5_000 }).toBe(1);
      const started = Date.now();
      await processor.stop(); // while the claim is running; it comes back empty
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('groups updates by chat', () => {
      const u = makeUser(42);
      expect(chatKeyOf(textUpdate(u, 'x'))).toBe('c42');
      expect(chatKeyOf(callbackUpdate(u, 'd'))).toBe('c42');
    });

    it('long polling confirms an update to Telegram only after storing it', async () => {
      const store = new InboundStore(db, 'a', clock);
      const u = makeUser(9);
      fake.pushUpdate(textUpdate(u, 'first'));
      fake.pushUpdate(textUpdate(u, 'second'));
      const intake = new PollingIntake(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }), store, logger, { timeoutSeconds: 1 });
      await intake.start();
      await expect.poll(async () => db.inboundUpdate.count(), { timeout: 20_000 }).toBe(2);
      const highest = Math.max(...(await db.inboundUpdate.findMany()).map((r) => Number(r.updateId)));
      // The offset that confirms both updates is only sent after they were stored.
      await expect.poll(() => fake.callsOf('getUpdates').some((c) => Number(c.params.offset) === highest + 1), { timeout: 20_000 }).toBe(true);
      await intake.stop();
      expect(fake.pendingUpdates).toHaveLength(0);
    });
  });

  describe('outbox', () => {
    const sender = (limits?: ConstructorParameters<typeof OutboxSender>[4]['limits']) =>
      new OutboxSender(db, new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }), logger, clock, { instanceId: 'test', limits });

    it('enqueues once per natural key and sends once', async () => {
      await db.$transaction(async (tx) => {
        await enqueue(tx, { key: 'news:1:user:5', chatId: 5, payload: { text: 'Новость' } }, clock.now());
        await enqueue(tx, { key: 'news:1:user:5', chatId: 5, payload: { text: 'Новость' } }, clock.now());
      });
      expect(await db.outboxMessage.count()).toBe(1);
      const s = sender();
      expect((await s.drainOnce()).sent).toBe(1);
      expect((await s.drainOnce()).sent).toBe(0);
      expect(fake.sent(5).map((m) => m.text)).toEqual(['Новость']);
      const row = await db.outboxMessage.findFirstOrThrow();
      expect(row.status).toBe('sent');
      expect(row.messageId).toBe(fake.sent(5)[0]!.messageId);
    });

    it('keeps to one message per second per private chat and to the overall limit', async () => {
      await db.$transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await enqueue(tx, { key: `a${i}`, chatId: 1, payload: { text: `a${i}` } }, clock.now());
        for (let chat = 100; chat < 110; chat++) await enqueue(tx, { key: `b${chat}`, chatId: chat, payload: { text: 'b' } }, clock.now());
      });
      const s = sender({ perSecond: 5, privateChatGapMs: 1_000, groupPerMinute: 20 });
      expect((await s.drainOnce()).sent).toBe(5);
      expect((await s.drainOnce()).sent).toBe(0); // same second: nothing more may go
      clock.advance(1_000);
      expect((await s.drainOnce()).sent).toBe(5);
      clock.advance(1_000);
      await s.drainOnce();
      clock.advance(1_000);
      await s.drainOnce();
      expect(fake.sent(1).map((m) => m.text)).toEqual(['a0', 'a1', 'a2']); // in order
      expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(13);
    });

    it('honours 429 retry_after and gives up on a blocked chat', async () => {
      await db.$transaction(async (tx) => {
        await enqueue(tx, { key: 'x', chatId: 11, payload: { text: 'later' } }, clock.now());
        await enqueue(tx, { key: 'y', chatId: 12, payload: { text: 'blocked' } }, clock.now());
      });
      fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', retry_after: 7 });
      fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      const s = sender();
      await s.drainOnce();
      const [x, y] = await db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
      expect(x!.status).toBe('pending');
      expect(x!.availableAt.getTime()).toBe(clock.now().getTime() + 7_000);
      expect(y!.status).toBe('blocked');
      clock.advance(6_000);
      expect((await s.drainOnce()).sent).toBe(0);
      clock.advance(1_000);
      expect((await s.drainOnce()).sent).toBe(1);
      expect(fake.sent(11).map((m) => m.text)).toEqual(['later']);
    });

    it('retries when Telegram is unreachable and resumes after a crash', async () => {
      await db.$transaction((tx) => enqueue(tx, { key: 'r', chatId: 21, payload: { text: 'retry me' } }, clock.now()));
      fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
      const s = sender();
      await s.drainOnce();
      expect((await db.outboxMessage.findFirstOrThrow()).status).toBe('pending');
      clock.advance(2_000);
      await s.drainOnce();
      expect(fake.sent(21)).toHaveLength(1);

      // A sender that died between reserving a row and sending it: another picks it up after the lock.
      await db.$transaction((tx) => enqueue(tx, { key: 'crash', chatId: 22, payload: { text: 'after crash' } }, clock.now()));
      await db.outboxMessage.update({ where: { key: 'crash' }, data: { status: 'sending', lockedBy: 'dead', lockedUntil: new Date(clock.now().getTime() + 60_000) } });
      expect((await s.drainOnce()).sent).toBe(0);
      clock.advance(61_000);
      expect((await s.drainOnce()).sent).toBe(1);
      expect(fake.sent(22).map((m) => m.text)).toEqual(['after crash']);
      expect((await s.drainOnce()).sent).toBe(0);
    });
  });
});

describe('webhook secret', () => {
  it('compares the secret token exactly', () => {
    expect(secretMatches('s3cret-token-value', 's3cret-token-value')).toBe(true);
    expect(secretMatches('s3cret-token-value', 's3cret-token-valuE')).toBe(false);
    expect(secretMatches('s3cret-token-value', 'short')).toBe(false);
    expect(secretMatches('s3cret-token-value', undefined)).toBe(false);
  });
});
