// Every minute: plan the digests whose cron expression fired (deadline reminders, weekly digest,
// experts' daily summaries); the service takes each (digest, period) once across instances.
import type { DigestService } from '../services/digests.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export const DIGESTS_JOB = 'digests';

export function digestsJob(digests: DigestService, instance: string): ScheduledJob {
  return { name: DIGESTS_JOB, everyMs: 60_000, run: (now) => digests.runDue(now, instance) };
}
