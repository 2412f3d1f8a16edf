// Creating a draft and changing a project's own fields: texts, kind, level, guilds, directions,
// dates, hours and the two rules. Each answer is saved at once, so nothing is lost between answers.
import type { Tx } from '../../db/client.ts';
import { startOfLocalDay } from '../../domain/date-input.ts';
import { toLocalDate } from '../../domain/dates.ts';
import { checkText, MAX_HOURS, PROJECT_KINDS, PROJECT_LEVELS, stepsOutside } from '../../domain/project-draft.ts';
import { recordAudit } from '../audit.ts';
import { ServiceError } from '../users.ts';
import { actorOf, editableProject, isModerator, touch, type AccessibleProject, type Actor } from './access.ts';
import type { AuthoringDeps } from './deps.ts';
import { tellDatesMoved } from './notices.ts';

export type ProjectTextField = 'title' | 'summary' | 'description';

export interface ChangeResult {
  /** The draft had been sent for review and is taken back by this change. */
  withdrawn: boolean;
  version: number;
}


export class ProjectEditor {
  constructor(private readonly deps: AuthoringDeps) {}

  /** A new draft with its title; the rest has defaults the author changes next. */
  async createDraft(userId: number, rawTitle: string): Promise<number> {
    const title = checkText('title', rawTitle);
    if (!title.ok) throw new ServiceError(`authoring-err-${title.reason}`, { max: title.max });
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, userId);
      if (!actor.roles.includes('author') && !isModerator(actor)) throw new ServiceError('authoring-err-not-author');
      // Until the author gives dates: the coming month, from tomorrow.
      const d = toLocalDate(now, this.deps.timeZone);
      const day = (offset: number) => {
        const u = new Date(Date.UTC(d.year, d.month - 1, d.day + offset));
        return startOfLocalDay({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() }, this.deps.timeZone);
      };
      const project = await tx.project.create({
        data: { title: title.value, summary: '', kind: 'replicate', level: 'municipal', status: 'draft', startsOn: day(1), endsOn: day(30), authorId: userId, createdAt: now },
      });
      return project.id;
    });
  }

  /**
   * Runs one change of the project in a transaction: access, the change, the version and an audit
   * row when someone other than the author (a moderator) changes it.
   */
  async change(userId: number, projectId: number, action: string, apply: (tx: Tx, project: AccessibleProject, actor: Actor, now: Date) => Promise<unknown>): Promise<ChangeResult> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, userId);
      const project = await editableProject(tx, actor, projectId);
      const result = await apply(tx, project, actor, now);
      const { before, after } = result instanceof FieldChange ? result : { before: undefined, after: result };
      const { withdrawn } = await touch(tx, project, now);
      if (!project.mine) await recordAudit(tx, { actorId: userId, action, entity: 'project', entityId: projectId, before: { version: project.version, ...(before ? { change: before } : {}) }, after: { version: project.version + 1, change: after ?? null } });
      return { withdrawn, version: project.version + 1 };
    });
  }

  setText(userId: number, projectId: number, field: ProjectTextField, raw: string): Promise<ChangeResult> {
    const checked = checkText(field, raw, field === 'description');
    if (!checked.ok) return Promise.reject(new ServiceError(`authoring-err-${checked.reason}`, { max: checked.max }));
    return this.change(userId, projectId, `project-${field}`, async (tx, p) => {
      const old = await tx.project.findUniqueOrThrow({ where: { id: p.id }, select: { [field]: true } });
      await tx.project.update({ where: { id: p.id }, data: { [field]: checked.value } });
      return new FieldChange({ [field]: old[field] }, { [field]: checked.value });
    });
  }

  setKind(userId: number, projectId: number, kind: string): Promise<ChangeResult> {
    if (!(PROJECT_KINDS as readonly string[]).includes(kind)) return Promise.reject(new ServiceError('authoring-err-bad-value'));
    return this.change(userId, projectId, 'project-kind', async (tx, p) => tx.project.update({ where: { id: p.id }, data: { kind } }).then(() => ({ kind })));
  }

  setLevel(userId: number, projectId: number, level: string): Promise<ChangeResult> {
    if (!(PROJECT_LEVELS as readonly string[]).includes(level)) return Promise.reject(new ServiceError('authoring-err-bad-value'));
    return this.change(userId, projectId, 'project-level', async (tx, p) => tx.project.update({ where: { id: p.id }, data: { level } }).then(() => ({ level })));
  }

  setFlags(userId: number, projectId: number, flags: { allowLateWork?: boolean; stepsInOrder?: boolean }): Promise<ChangeResult> {
    return this.change(userId, projectId, 'project-rules', async (tx, p) => tx.project.update({ where: { id: p.id }, data: flags }).then(() => flags));
  }

  setHours(userId: number, projectId: number, hours: number | null): Promise<ChangeResult> {
    if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS)) return Promise.reject(new ServiceError('authoring-err-hours', { max: MAX_HOURS }));
    return this.change(userId, projectId, 'project-hours', async (tx, p) => tx.project.update({ where: { id: p.id }, data: { hours } }).then(() => ({ hours })));
  }

  /** Guilds by code; «Любая» (`any`) stands alone. Unknown codes are refused. */
  setGuilds(userId: number, projectId: number, codes: string[]): Promise<ChangeResult> {
    return this.change(userId, projectId, 'project-guilds', async (tx, p) => {
      const wanted = codes.includes('any') ? ['any'] : [...new Set(codes)];
      const rows = await tx.guild.findMany({ where: { code: { in: wanted } }, select: { id: true, code: true } });
      if (rows.length !== wanted.length) throw new ServiceError('authoring-err-unknown-guild', { code: wanted.find((c) => !rows.some((r) => r.code === c)) ?? '' });
      await tx.projectGuild.deleteMany({ where: { projectId: p.id } });
      for (const r of rows) await tx.projectGuild.create({ data: { projectId: p.id, guildId: r.id } });
      return { guilds: wanted };
    });
  }

  setDirections(userId: number, projectId: number, codes: string[]): Promise<ChangeResult> {
    return this.change(userId, projectId, 'project-directions', async (tx, p) => {
      const wanted = [...new Set(codes)];
      const rows = await tx.direction.findMany({ where: { code: { in: wanted } }, select: { id: true, code: true } });
      if (rows.length !== wanted.length) throw new ServiceError('authoring-err-unknown-direction', { code: wanted.find((c) => !rows.some((r) => r.code === c)) ?? '' });
      await tx.projectDirection.deleteMany({ where: { projectId: p.id } });
      for (const r of rows) await tx.projectDirection.create({ data: { projectId: p.id, directionId: r.id } });
      return { directions: wanted };
    });
  }

  /**
   * The project's dates. Steps must stay inside them (the steps left outside are named); people
   * enrolled in a launched project are told that the dates moved.
   */
  setDates(userId: number, projectId: number, startsOn: Date, endsOn: Date): Promise<ChangeResult> {
    if (endsOn < startsOn) return Promise.reject(new ServiceError('authoring-err-dates-order'));
    return this.change(userId, projectId, 'project-dates', async (tx, p, _actor, now) => {
      const steps = await tx.step.findMany({ where: { projectId: p.id }, select: { position: true, startsOn: true, endsOn: true } });
      const outside = stepsOutside(steps, { startsOn, endsOn });
      if (outside.length) throw new ServiceError('authoring-err-steps-outside', { steps: outside.map((s) => s.position).join(', ') });
      await tx.project.update({ where: { id: p.id }, data: { startsOn, endsOn } });
      const moved = p.startsOn.getTime() !== startsOn.getTime() || p.endsOn.getTime() !== endsOn.getTime();
      if (moved && p.status !== 'draft') {
        await tellDatesMoved(this.deps, tx, { projectId: p.id, projectTitle: p.title, version: p.version + 1, stepId: null, stepTitle: null, startsOn, endsOn }, now);
      }
      return new FieldChange({ startsOn: p.startsOn, endsOn: p.endsOn }, { startsOn, endsOn });
    });
  }
}

/** What a change replaced and with what, for the audit row of a moderator's edit. */
export class FieldChange {
  constructor(
    readonly before: Record<string, unknown>,
    readonly after: Record<string, unknown>,
  ) {}
}
