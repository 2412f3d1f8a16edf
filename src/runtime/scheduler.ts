// Runs periodic jobs on every instance, but each (job, period) only once across all of them: the
// instance that inserts the JobRun row does the work, the others see the unique key and skip.
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';
import { isUniqueViolation } from './unique-violation.ts';

export interface ScheduledJob {
  name: string;
  /** The period length: the job runs at most once per period, on one instance. */
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

/** Rows of a job older than this are deleted; they only guard the period they name. */
const KEEP_RUNS_MS = 7 * 86_400_000;

/** Inserts the (job, period) row; true for the one instance that may run it. */
export async function takeRun(db: Db, job: string, period: string, instance: string, now: Date): Promise<boolean> {
  try {
    await db.jobRun.create({ data: { job, period, instance, startedAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export class JobScheduler {
  readonly #jobs: ScheduledJob[] = [];
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly instanceId: string,
    private readonly tickMs = 60_000,
  ) {}

  add(job: ScheduledJob): this {
    this.#jobs.push(job);
    return this;
  }

  /** One pass over the jobs whose period has not been taken yet (the timer calls it; tests may too). */
  async tick(): Promise<void> {
    const now = this.clock.now();
    for (const job of this.#jobs) {
      const period = String(Math.floor(now.getTime() / job.everyMs));
      try {
        if (!(await takeRun(this.db, job.name, period, this.instanceId, now))) continue;
        await job.run(now);
        await this.db.jobRun.update({ where: { job_period: { job: job.name, period } }, data: { finishedAt: this.clock.now() } });
        await this.db.jobRun.deleteMany({ where: { job: job.name, startedAt: { lt: new Date(now.getTime() - KEEP_RUNS_MS) } } });
      } catch (error) {
        // The period stays taken: the next period tries again rather than two instances racing now.
        this.logger.error({ err: error, job: job.name, period }, 'scheduled job failed');
      }
    }
  }

  start(): void {
    if (this.#timer) return;
    const run = () => {
      if (this.#running) return; // a slow pass is not overlapped by the next
      this.#running = this.tick().finally(() => {
        this.#running = null;
      });
    };
    this.#timer = setInterval(run, this.tickMs);
    this.#timer.unref();
    run();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
