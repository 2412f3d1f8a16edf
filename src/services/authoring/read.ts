// What the builder, the preview and the moderation queue show: a project and its steps as their
// authors and moderators see them (drafts included), and the same cards a participant will see.
import { draftProblems, type DraftProblem } from '../../domain/project-draft.ts';
import { projectPhase } from '../../domain/projects.ts';
import type { ProjectCard, StepCard } from '../catalogue.ts';
import { currentRubricRows } from '../rubric-version.ts';
import { ServiceError } from '../users.ts';
import { actorOf, isModerator, readableProject } from './access.ts';
import type { AuthoringDeps } from './deps.ts';

export interface MyProjectLine {
  id: number;
  title: string;
  status: string;
  inReview: boolean;
  returned: boolean;
  startsOn: Date;
  endsOn: Date;
}

export interface BuilderStep {
  id: number;
  position: number;
  title: string;
  startsOn: Date;
  endsOn: Date;
  items: number;
  criteria: number;
}

export interface BuilderProject {
  id: number;
  title: string;
  summary: string;
  description: string;
  kind: string;
  level: string;
  status: string;
  startsOn: Date;
  endsOn: Date;
  hours: number | null;
  allowLateWork: boolean;
  stepsInOrder: boolean;
  version: number;
  inReview: boolean;
  reviewComment: string | null;
  guildCodes: string[];
  directionCodes: string[];
  steps: BuilderStep[];
  participants: number;
  problems: DraftProblem[];
  /** The viewer is an author (not only a moderator). */
  mine: boolean;
  authorName: string;
}

export interface BuilderStepDetail {
  id: number;
  projectId: number;
  projectTitle: string;
  projectStatus: string;
  projectStartsOn: Date;
  projectEndsOn: Date;
  position: number;
  title: string;
  description: string;
  startsOn: Date;
  endsOn: Date;
  version: number;
  rubricVersion: number;
  materials: { id: number; position: number; title: string; kind: string; url: string | null; fileId: string | null }[];
  checklist: { id: number; position: number; title: string; hint: string; accepts: string; required: boolean }[];
  criteria: { id: number; position: number; title: string; maxPoints: number; yesNo: boolean }[];
  /** Work was handed in under the current rubric: a change of checklist or criteria opens a new version. */
  rubricInUse: boolean;
}

const fullProjectSelect = {
  id: true,
  title: true,
  summary: true,
  description: true,
  kind: true,
  level: true,
  status: true,
  startsOn: true,
  endsOn: true,
  hours: true,
  allowLateWork: true,
  stepsInOrder: true,
  version: true,
  reviewRequestedAt: true,
  reviewComment: true,
  otherGuildsPolicy: true,
  author: { select: { fullName: true } },
  guilds: { select: { guild: { select: { code: true, sort: true } } } },
  directions: { select: { direction: { select: { code: true, sort: true } } } },
  steps: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      title: true,
      description: true,
      startsOn: true,
      endsOn: true,
      materials: { orderBy: { position: 'asc' }, select: { title: true, url: true } },
      checklist: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { title: true, hint: true } },
      criteria: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { title: true, maxPoints: true, yesNo: true } },
    },
  },
  _count: { select: { enrolments: true } },
} as const;

const sorted = <T extends { sort: number; code: string }>(rows: T[]) => [...rows].sort((a, b) => a.sort - b.sort).map((r) => r.code);

export class AuthoringReader {
  constructor(private readonly deps: AuthoringDeps) {}

  /** The person's projects, drafts first, then the newest. */
  async myProjects(userId: number): Promise<MyProjectLine[]> {
    const rows = await this.deps.db.project.findMany({
      where: { authorId: userId, deletedAt: null },
      select: { id: true, title: true, status: true, reviewRequestedAt: true, reviewComment: true, startsOn: true, endsOn: true },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    });
    const rank = (s: string) => ['draft', 'published', 'running', 'finished'].indexOf(s);
    return rows
      .map((r) => ({ id: r.id, title: r.title, status: r.status, inReview: r.reviewRequestedAt !== null, returned: r.status === 'draft' && r.reviewRequestedAt === null && !!r.reviewComment, startsOn: r.startsOn, endsOn: r.endsOn }))
      .sort((a, b) => rank(a.status) - rank(b.status));
  }

  async project(userId: number, projectId: number): Promise<BuilderProject> {
    const db = this.deps.db;
    const actor = await actorOf(db, userId);
    const access = await readableProject(db, actor, projectId);
    const p = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: fullProjectSelect });
    const guildCodes = sorted(p.guilds.map((g) => g.guild));
    return {
      id: p.id,
      title: p.title,
      summary: p.summary,
      description: p.description,
      kind: p.kind,
      level: p.level,
      status: p.status,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      hours: p.hours,
      allowLateWork: p.allowLateWork,
      stepsInOrder: p.stepsInOrder,
      version: p.version,
      inReview: p.reviewRequestedAt !== null,
      reviewComment: p.reviewComment,
      guildCodes,
      directionCodes: sorted(p.directions.map((d) => d.direction)),
      steps: p.steps.map((s) => ({ id: s.id, position: s.position, title: s.title, startsOn: s.startsOn, endsOn: s.endsOn, items: s.checklist.length, criteria: s.criteria.length })),
      participants: p._count.enrolments,
      problems: draftProblems({ ...p, guildCodes, steps: p.steps }),
      mine: access.mine,
      authorName: p.author?.fullName ?? '',
    };
  }

  async step(userId: number, stepId: number): Promise<BuilderStepDetail> {
    const db = this.deps.db;
    const s = await db.step.findUnique({
      where: { id: stepId },
      select: {
        id: true,
        projectId: true,
        position: true,
        title: true,
        description: true,
        startsOn: true,
        endsOn: true,
        version: true,
        rubricVersion: true,
        project: { select: { title: true, status: true, startsOn: true, endsOn: true } },
        materials: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, kind: true, url: true, fileId: true } },
        checklist: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, hint: true, accepts: true, required: true } },
        criteria: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, maxPoints: true, yesNo: true } },
      },
    });
    if (!s) throw new ServiceError('authoring-err-step-gone');
    await readableProject(db, await actorOf(db, userId), s.projectId);
    const inUse = await db.submission.count({ where: { stepId, rubricVersion: s.rubricVersion, submittedAt: { not: null } } });
    const { project, ...rest } = s;
    return { ...rest, projectTitle: project.title, projectStatus: project.status, projectStartsOn: project.startsOn, projectEndsOn: project.endsOn, rubricInUse: inUse > 0 };
  }

  /** The project card exactly as the catalogue will show it (no one enrolled yet, the viewer not enrolled). */
  async previewCard(userId: number, projectId: number): Promise<ProjectCard> {
    const p = await this.project(userId, projectId);
    return {
      id: p.id,
      title: p.title,
      summary: p.summary,
      status: p.status === 'draft' ? 'published' : p.status,
      phase: projectPhase({ status: p.status === 'draft' ? 'published' : p.status, startsOn: p.startsOn, endsOn: p.endsOn }, this.deps.clock.now(), this.deps.timeZone),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      guildCodes: p.guildCodes,
      directionCodes: p.directionCodes,
      steps: p.steps.map((s) => ({ id: s.id, position: s.position, title: s.title, startsOn: s.startsOn, endsOn: s.endsOn })),
      participants: p.participants,
      enrolled: false,
      fitsPerson: true,
      otherGuildsPolicy: 'confirm',
    };
  }

  /** A step card as an enrolled participant will see it before handing anything in. */
  async previewStep(userId: number, stepId: number): Promise<StepCard> {
    const s = await this.step(userId, stepId);
    const p = await this.deps.db.project.findUniqueOrThrow({ where: { id: s.projectId }, select: { id: true, title: true, status: true, allowLateWork: true, stepsInOrder: true } });
    return {
      id: s.id,
      position: s.position,
      title: s.title,
      description: s.description,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      project: p,
      materials: s.materials,
      checklist: s.checklist,
      criteria: s.criteria,
      maxPoints: s.criteria.reduce((sum, c) => sum + c.maxPoints, 0),
      enrolled: true,
      state: { kind: 'not-started' },
      submit: 'ok',
    };
  }

  /** Drafts waiting for a moderator, the longest waiting first. */
  async reviewQueue(userId: number): Promise<{ id: number; title: string; author: string; requestedAt: Date }[]> {
    const actor = await actorOf(this.deps.db, userId);
    if (!isModerator(actor)) throw new ServiceError('authoring-err-not-moderator');
    const rows = await this.deps.db.project.findMany({
      where: { status: 'draft', deletedAt: null, reviewRequestedAt: { not: null } },
      orderBy: { reviewRequestedAt: 'asc' },
      select: { id: true, title: true, reviewRequestedAt: true, author: { select: { fullName: true } } },
      take: 30,
    });
    return rows.map((r) => ({ id: r.id, title: r.title, author: r.author?.fullName ?? '', requestedAt: r.reviewRequestedAt! }));
  }
}
