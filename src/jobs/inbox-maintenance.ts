// Every 15 minutes, on one instance: updates that crashed the process on every attempt are filed as
// failed, and handled updates older than a week are deleted (they only recognise redeliveries).
import type { InboundStore } from '../delivery/inbound-store.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export const INBOX_MAINTENANCE_JOB = 'inbox-maintenance';

export function inboxMaintenanceJob(store: InboundStore): ScheduledJob {
  return {
    name: INBOX_MAINTENANCE_JOB,
    everyMs: 15 * 60_000,
    run: async () => ({ failed: await store.giveUpExhausted(), pruned: await store.prune() }),
  };
}
