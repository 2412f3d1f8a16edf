// The author's dashboard of one project (counts per step, the slowest step) and the reminder to
// everyone who owes the current step: one message each, at most once a day per project.
import type { Db } from '../db/client.ts';
import { formatDay, type Locale } from '../domain/dates.ts';
import { localDateOf } from '../domain/local-days.ts';
import { currentStep, owing, slowestStep, stepStats, type Attempt, type StepStats } from '../domain/project-dashboard.ts';
import { daysUntil } from '../domain/local-days.ts';
import { escapeHtml } from '../render/escape.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import { inlineKeyboard, stepCardButton, submitStepButton } from './notice-buttons.ts';
import { enqueue } from './outbox.ts';
import { managedBy, requireProjectManager } from './project-access.ts';
import type { Translate } from './translator.ts';
import { ServiceError } from './users.ts';

export interface ProjectDashboardDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
}

export interface DashboardStepView extends StepStats {
  title: string;
  startsOn: Date;
  endsOn: Date;
}

export interface DashboardView {
  projectId: number;
  title: string;
  status: string;
  startsOn: Date;
  endsOn: Date;
  enrolled: number;
  completed: number;
  steps: DashboardStepView[];
  slowestStepId: number | null;
  current: { stepId: number; position: number; title: string; owing: number } | null;
  /** A reminder for this project already went out today (local day). */
  remindedToday: boolean;
}

export interface ManagedProjectLine {
  id: number;
  title: string;
  status: string;
  startsOn: Date;
  endsOn: Date;
  enrolled: number;
}

export type ReminderOutcome = { kind: 'sent'; count: number } | { kind: 'already-today' } | { kind: 'nobody' } | { kind: 'stale' };

const REMINDER_JOB = (projectId: number) => `project-reminder:${projectId}`;

export class ProjectDashboardService {
  constructor(private readonly deps: ProjectDashboardDeps) {}

  /** The local calendar day a reminder counts against ("2026-11-20"). */
  #day(now: Date): string {
    const d = localDateOf(now, this.deps.timeZone);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }

  /** Projects the person manages (authored or co-authored; moderators too see only their own here), newest first. */
  async managedProjects(userId: number): Promise<ManagedProjectLine[]> {
    const rows = await this.deps.db.project.findMany({
      where: { deletedAt: null, ...managedBy(userId) },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      take: 30,
      select: { id: true, title: true, status: true, startsOn: true, endsOn: true, _count: { select: { enrolments: true } } },
    });
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, startsOn: r.startsOn, endsOn: r.endsOn, enrolled: r._count.enrolments }));
  }

  async #load(projectId: number) {
    const db = this.deps.db;
    const [project, enrolments, attempts] = await Promise.all([
      db.project.findUniqueOrThrow({
        where: { id: projectId },
        select: { id: true, title: true, status: true, startsOn: true, endsOn: true, steps: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, startsOn: true, endsOn: true } } },
      }),
      db.enrolment.findMany({ where: { projectId }, select: { userId: true, completedAt: true } }),
      db.submission.findMany({
        where: { step: { projectId } },
        select: { stepId: true, attempt: true, status: true, enrolment: { select: { userId: true } } },
      }),
    ]);
    const flat: Attempt[] = attempts.map((a) => ({ userId: a.enrolment.userId, stepId: a.stepId, attempt: a.attempt, status: a.status }));
    return { project, enrolments, attempts: flat };
  }

  async view(actorId: number, projectId: number): Promise<DashboardView> {
    await this.deps.db.$transaction((tx) => requireProjectManager(tx, actorId, projectId));
    const now = this.deps.clock.now();
    const { project, enrolments, attempts } = await this.#load(projectId);
    const enrolled = enrolments.map((e) => e.userId);
    const stats = stepStats(project.steps, enrolled, attempts, now, this.deps.timeZone);
    const steps = stats.map((s) => {
      const step = project.steps.find((x) => x.id === s.stepId)!;
      return { ...s, title: step.title, startsOn: step.startsOn, endsOn: step.endsOn };
    });
    const current = currentStep(project.steps, now, this.deps.timeZone);
    const reminded = await this.deps.db.jobRun.findUnique({ where: { job_period: { job: REMINDER_JOB(projectId), period: this.#day(now) } } });
    return {
      projectId,
      title: project.title,
      status: project.status,
      startsOn: project.startsOn,
      endsOn: project.endsOn,
      enrolled: enrolled.length,
      completed: enrolments.filter((e) => e.completedAt).length,
      steps,
      slowestStepId: slowestStep(stats),
      current: current ? { stepId: current.id, position: current.position, title: current.title, owing: owing(current.id, enrolled, attempts).length } : null,
      remindedToday: Boolean(reminded),
    };
  }

  /**
   * Reminds everyone who owes the current step: one message each through the outbox. The JobRun
   * row (project-reminder:<project>, local day) is written in the same transaction, so its primary
   * key lets one reminder per project per day through, whoever presses and however often.
   * `stepId` is the step the manager saw: if the current step has changed since, nothing is sent.
   */
  async remind(actorId: number, projectId: number, stepId: number): Promise<ReminderOutcome> {
    const now = this.deps.clock.now();
    await this.deps.db.$transaction((tx) => requireProjectManager(tx, actorId, projectId));
    const { project, enrolments, attempts } = await this.#load(projectId);
    if (project.status === 'draft' || project.status === 'finished') throw new ServiceError('dash-err-not-running');
    const current = currentStep(project.steps, now, this.deps.timeZone);
    if (!current || current.id !== stepId) return { kind: 'stale' };
    const debtors = owing(current.id, enrolments.filter((e) => !e.completedAt).map((e) => e.userId), attempts);
    if (!debtors.length) return { kind: 'nobody' };
    const day = this.#day(now);
    const people = await this.deps.db.user.findMany({ where: { id: { in: debtors } }, select: { id: true, telegramId: true, locale: true } });
    try {
      await this.deps.db.$transaction(async (tx) => {
        await tx.jobRun.create({ data: { job: REMINDER_JOB(projectId), period: day, instance: `user:${actorId}`, startedAt: now, finishedAt: now } });
        for (const person of people) {
          const locale = (person.locale ?? this.deps.defaultLocale) as Locale;
          const t = (key: string, vars?: Record<string, string | number>) => this.deps.translate(locale, key, vars);
          const left = daysUntil(now, current.endsOn, this.deps.timeZone);
          await enqueue(tx, {
            key: `project-reminder:${projectId}:${day}:${person.id}`,
            chatId: person.telegramId,
            payload: {
              text: t('dash-reminder-notice', {
                project: escapeHtml(project.title),
                position: current.position,
                step: escapeHtml(current.title),
                date: formatDay(current.endsOn, locale === 'en' ? 'en' : 'ru', this.deps.timeZone),
                days: Math.max(0, left),
              }),
              parse_mode: 'HTML',
              reply_markup: inlineKeyboard([[stepCardButton(t('dash-reminder-open-step'), current.id), submitStepButton(t('catalogue-btn-submit'), current.id)]]),
            },
          }, now);
        }
        await recordAudit(tx, {
          key: `project-reminder:${projectId}:${day}`,
          actorId,
          action: 'project.reminder',
          entity: 'project',
          entityId: projectId,
          after: { stepId: current.id, recipients: people.map((p) => p.id) },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { kind: 'already-today' };
      throw error;
    }
    return { kind: 'sent', count: people.length };
  }
}
