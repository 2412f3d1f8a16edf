// Hourly, on one instance: spent or expired login links and ended web sessions are deleted.
import type { WebAuthService } from '../services/web-auth.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export function webSessionsJob(webAuth: WebAuthService): ScheduledJob {
  return { name: 'web-sessions', everyMs: 60 * 60_000, run: async () => ({ pruned: await webAuth.prune() }) };
}
