// Hourly: reminders to whoever booked a discussion slot for the coming day, and tomorrow's step
// deadlines in the topics of projects that asked for them (each once, by its outbox key).
import type { Services } from '../services/index.ts';
import type { ScheduledJob } from '../runtime/scheduler.ts';

export const GROUP_REMINDERS_JOB = 'group-reminders';

export function groupRemindersJob(services: Pick<Services, 'slots' | 'discussions'>): ScheduledJob {
  return {
    name: GROUP_REMINDERS_JOB,
    everyMs: 3_600_000,
    run: async (now) => ({ slots: await services.slots.remindUpcoming(now), deadlines: await services.discussions.postDeadlines(now) }),
  };
}
