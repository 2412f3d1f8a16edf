// Joining projects and the person's own projects (/my): who may join is checked here, and the
// database's unique (user, project) index makes a double press or a redelivery join only once.
import type { Db } from '../db/client.ts';
import {
  byNearestDeadline,
  canJoin,
  canSubmit,
  isVisible,
  projectPhase,
  stepState,
  type JoinCheck,
  type ProjectPhase,
  type StepState,
  type SubmitCheck,
} from '../domain/projects.ts';
import { listedProjectWhere, projectSummarySelect, type CatalogueService } from './catalogue.ts';
import type { Clock } from '../runtime/clock.ts';
import { ServiceError } from './users.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';

export type JoinOutcome = { kind: 'joined' } | { kind: Exclude<JoinCheck, 'ok'> };

export interface MyStep {
  id: number;
  position: number;
  title: string;
  startsOn: Date;
  endsOn: Date;
  state: StepState;
  submit: SubmitCheck;
}

export interface MyProject {
  id: number;
  title: string;
  phase: ProjectPhase;
  startsOn: Date;
  endsOn: Date;
  steps: MyStep[];
}

export class EnrolmentService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly catalogue: CatalogueService,
  ) {}

  /**
   * Joins the person to the project if the rules allow. `confirmed` means the person agreed to join
   * a project meant for other guilds. Only registered people join.
   */
  async join(userId: number, projectId: number, confirmed: boolean): Promise<JoinOutcome> {
    const [user, project, enrolment, personGuilds, ref] = await Promise.all([
      this.db.user.findUnique({ where: { id: userId }, select: { registeredAt: true } }),
      this.db.project.findUnique({
        where: { id: projectId },
        select: { status: true, endsOn: true, deletedAt: true, otherGuildsPolicy: true, guilds: { select: { guildId: true } } },
      }),
      this.db.enrolment.findUnique({ where: { userId_projectId: { userId, projectId } }, select: { id: true } }),
      this.catalogue.personGuildCodes(userId),
      this.catalogue.reference(),
    ]);
    if (!user?.registeredAt) throw new ServiceError('not-registered');
    if (!project) return { kind: 'unavailable' };
    const guildIds = project.guilds.map((g) => g.guildId);
    const guildCodes = ref.guilds.filter((g) => guildIds.includes(g.id)).map((g) => g.code);
    const check = canJoin({ ...project, guildCodes }, personGuilds, enrolment !== null, this.clock.now(), this.timeZone, confirmed);
    if (check !== 'ok') return { kind: check };
    try {
      await this.db.enrolment.create({ data: { userId, projectId, joinedAt: this.clock.now() }, select: { id: true } });
    } catch (error) {
      // Two presses (or two devices) at once: the other one joined; the person is a participant once.
      if (isUniqueViolation(error)) return { kind: 'already' };
      throw error;
    }
    return { kind: 'joined' };
  }

  /** The person's visible projects with each step's state, the nearest pending deadline first. */
  async myProjects(userId: number): Promise<MyProject[]> {
    const enrolments = await this.db.enrolment.findMany({
      where: { userId, project: listedProjectWhere },
      select: {
        project: {
          select: {
            ...projectSummarySelect,
            allowLateWork: true,
            stepsInOrder: true,
            steps: { select: { id: true, position: true, title: true, startsOn: true, endsOn: true }, orderBy: { position: 'asc' } },
          },
        },
        submissions: { select: { stepId: true, attempt: true, status: true, grade: { select: { totalPoints: true, maxPoints: true } } } },
      },
    });
    const now = this.clock.now();
    const projects = enrolments
      .filter((e) => isVisible(e.project))
      .map(({ project, submissions }): MyProject => {
        const states: StepState[] = [];
        const steps = project.steps.map((step): MyStep => {
          const state = stepState(
            submissions.filter((s) => s.stepId === step.id).map((s) => ({ attempt: s.attempt, status: s.status, points: s.grade?.totalPoints, maxPoints: s.grade?.maxPoints })),
          );
          const submit = canSubmit(step, project, [...states], now, this.timeZone);
          states.push(state);
          return { ...step, state, submit };
        });
        return { id: project.id, title: project.title, phase: projectPhase(project, now, this.timeZone), startsOn: project.startsOn, endsOn: project.endsOn, steps };
      });
    return byNearestDeadline(projects, now, this.timeZone);
  }
}
