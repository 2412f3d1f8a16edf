// The job scheduler: each (job, period) runs once across all instances, and a failed run does not repeat in its period.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobScheduler, takeRun, type ScheduledJob } from '../../src/runtime/scheduler.ts';
import { TestClock } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

const logger = pino({ level: 'silent' });

function counting(name: string, everyMs: number, fail = false): ScheduledJob & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    name,
    everyMs,
    runs,
    run: async (now) => {
      runs.push(now);
      if (fail) throw new Error('job failed');
    },
  };
}

describe.each(databaseProviders)('the job scheduler on %s', (provider) => {
  let database: TestDatabase;
  let clock: TestClock;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock = new TestClock(new Date('2026-12-01T10:00:05Z'));
  });
  afterEach(async () => database.drop());

  it('runs a job once per period across instances, and again in the next period', async () => {
    const jobOne = counting('digest', 60_000);
    const jobTwo = counting('digest', 60_000);
    const one = new JobScheduler(database.db, clock, logger, 'one').add(jobOne);
    const two = new JobScheduler(database.db, clock, logger, 'two').add(jobTwo);
    await Promise.all([one.tick(), two.tick(), one.tick()]);
    expect(jobOne.runs.length + jobTwo.runs.length).toBe(1);
    clock.advance(30_000); // same minute
    await Promise.all([one.tick(), two.tick()]);
    expect(jobOne.runs.length + jobTwo.runs.length).toBe(1);
    clock.advance(30_000); // next minute
    await Promise.all([two.tick(), one.tick()]);
    expect(jobOne.runs.length + jobTwo.runs.length).toBe(2);
    const rows = await database.db.jobRun.findMany({ where: { job: 'digest' }, orderBy: { period: 'asc' } });
    expect(rows.map((r) => r.period)).toEqual([String(Math.floor(Date.parse('2026-12-01T10:00:05Z') / 60_000)), String(Math.floor(Date.parse('2026-12-01T10:01:05Z') / 60_000))]);
    expect(rows.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it('keeps jobs apart: one job taking its period does not stop another', async () => {
    const minute = counting('minute', 60_000);
    const hour = counting('hour', 3_600_000);
    const scheduler = new JobScheduler(database.db, clock, logger, 'one').add(minute).add(hour);
    await scheduler.tick();
    clock.advance(60_000);
    await scheduler.tick();
    expect(minute.runs).toHaveLength(2);
    expect(hour.runs).toHaveLength(1);
  });

  it('does not retry a failed run in its period, leaves it unfinished, and goes on with the other jobs', async () => {
    const broken = counting('broken', 60_000, true);
    const fine = counting('fine', 60_000);
    const scheduler = new JobScheduler(database.db, clock, logger, 'one').add(broken).add(fine);
    await scheduler.tick();
    await scheduler.tick();
    expect(broken.runs).toHaveLength(1);
    expect(fine.runs).toHaveLength(1);
    expect((await database.db.jobRun.findFirst({ where: { job: 'broken' } }))?.finishedAt).toBeNull();
    clock.advance(60_000);
    await scheduler.tick();
    expect(broken.runs).toHaveLength(2);
  });

  it('forgets the runs of a job older than a week', async () => {
    const job = counting('weekly-cleanup', 86_400_000);
    const scheduler = new JobScheduler(database.db, clock, logger, 'one').add(job);
    await scheduler.tick();
    clock.advance(8 * 86_400_000);
    await scheduler.tick();
    const periods = (await database.db.jobRun.findMany({ where: { job: 'weekly-cleanup' } })).map((r) => r.period);
    expect(periods).toEqual([String(Math.floor(clock.now().getTime() / 86_400_000))]);
  });

  it('lets exactly one instance take a period', async () => {
    const now = clock.now();
    const taken = await Promise.all(['a', 'b', 'c'].map((instance) => takeRun(database.db, 'race', '42', instance, now)));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });
});
