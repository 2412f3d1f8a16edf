// The roadmap (дорожная карта): revisions of the year's plan, their rows with progress from linked
// projects, a new quarter's revision as a copy of the newest, edits to the newest only, project links.
import type { Db, Tx } from '../db/client.ts';
import { localDateOf } from '../domain/local-days.ts';
import { checkRow, diffRevisions, isOverdue, rowProgress, projectCompletion, type RoadmapRowFields, type RowDiff, type RowInput, type ProjectTally } from '../domain/roadmap.ts';
import type { Clock } from '../runtime/clock.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import { recordAudit, recordAuditOnce } from './audit.ts';
import { canManageProject, managedBy, type Actor } from './project-access.ts';
import { ServiceError } from './users.ts';

export interface RoadmapDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
}

export interface RevisionSummary {
  id: number;
  year: number;
  quarter: number;
  number: number;
  note: string;
  createdAt: Date;
  createdBy: string | null;
  rows: number;
  /** The year's newest revision: the only one that may be edited. */
  editable: boolean;
}

export interface LinkedProject {
  id: number;
  title: string;
  status: string;
  completion: number;
  authorId: number | null;
  coauthorIds: number[];
}

export interface RoadmapRowView extends RoadmapRowFields {
  itemId: number;
  /** № in the plan as shown: directions in their order, then each row's position. */
  number: number;
  direction: { id: number; nameRu: string; nameEn: string } | null;
  progress: number | null;
  overdue: boolean;
  projects: LinkedProject[];
}

export interface RoadmapView {
  revision: RevisionSummary;
  rows: RoadmapRowView[];
}

export interface RoadmapComparison {
  from: RevisionSummary;
  to: RevisionSummary;
  diff: RowDiff[];
  directions: Map<number, { nameRu: string; nameEn: string }>;
}

export type NewRevisionOutcome = { kind: 'created'; revisionId: number } | { kind: 'exists'; revisionId: number };

/** Edits to the plan are moderators' and admins' (the regional centre compiles it). */
const canEdit = (actor: Actor) => actor.roles.includes('moderator') || actor.roles.includes('admin');

const itemSelect = {
  id: true,
  rowId: true,
  position: true,
  directionId: true,
  event: true,
  deadline: true,
  dueDate: true,
  responsible: true,
  resultForm: true,
  revisionId: true,
  direction: { select: { id: true, nameRu: true, nameEn: true, sort: true } },
} as const;

const fieldsOf = (i: { rowId: number; position: number; directionId: number | null; event: string; deadline: string; dueDate: Date | null; responsible: string; resultForm: string }): RoadmapRowFields => ({
  rowId: i.rowId,
  position: i.position,
  directionId: i.directionId,
  event: i.event,
  deadline: i.deadline,
  dueDate: i.dueDate,
  responsible: i.responsible,
  resultForm: i.resultForm,
});

export class RoadmapService {
  constructor(private readonly deps: RoadmapDeps) {}

  private get db() {
    return this.deps.db;
  }

  /** Every revision, newest first (year, then number). */
  async revisions(): Promise<RevisionSummary[]> {
    const rows = await this.db.roadmapRevision.findMany({
      orderBy: [{ year: 'desc' }, { number: 'desc' }],
      include: { createdBy: { select: { fullName: true } }, _count: { select: { items: true } } },
    });
    const newest = new Map<number, number>();
    for (const r of rows) if (!newest.has(r.year)) newest.set(r.year, r.id);
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      quarter: r.quarter,
      number: r.number,
      note: r.note,
      createdAt: r.createdAt,
      createdBy: r.createdBy?.fullName ?? null,
      rows: r._count.items,
      editable: newest.get(r.year) === r.id,
    }));
  }

  /**
   * The revision shown when none is asked for: this year's newest (a plan for next year being drawn
   * up in December does not replace the one being carried out), else the latest year's newest.
   */
  async currentRevisionId(): Promise<number | null> {
    const year = localDateOf(this.deps.clock.now(), this.deps.timeZone).year;
    const newest = { orderBy: { number: 'desc' as const }, select: { id: true } };
    const r = (await this.db.roadmapRevision.findFirst({ where: { year }, ...newest })) ?? (await this.db.roadmapRevision.findFirst({ orderBy: [{ year: 'desc' }, { number: 'desc' }], select: { id: true } }));
    return r?.id ?? null;
  }

  /** A revision's rows with progress, in the plan's order; null for an unknown revision. */
  async view(revisionId: number): Promise<RoadmapView | null> {
    const revision = (await this.revisions()).find((r) => r.id === revisionId);
    if (!revision) return null;
    const items = await this.db.roadmapItem.findMany({ where: { revisionId }, select: itemSelect });
    const rowIds = items.map((i) => i.rowId);
    const projects = await this.linkedProjects(rowIds);
    const today = localDateOf(this.deps.clock.now(), this.deps.timeZone).dayNumber;
    const ordered = [...items].sort((a, b) => (a.direction?.sort ?? 1e9) - (b.direction?.sort ?? 1e9) || (a.directionId ?? 0) - (b.directionId ?? 0) || a.position - b.position);
    return {
      revision,
      rows: ordered.map((i, n) => {
        const linked = projects.get(i.rowId) ?? [];
        // A draft is a plan, not work under way: it shows its author the link but moves no progress.
        const progress = rowProgress(linked.filter((p) => p.project.status !== 'draft').map((p) => p.tally));
        return {
          ...fieldsOf(i),
          itemId: i.id,
          number: n + 1,
          direction: i.direction ? { id: i.direction.id, nameRu: i.direction.nameRu, nameEn: i.direction.nameEn } : null,
          progress,
          overdue: isOverdue(i.dueDate, progress, today),
          projects: linked.map((p) => p.project),
        };
      }),
    };
  }

  /** What changed from one revision to another (any two, in either order). */
  async compare(fromId: number, toId: number): Promise<RoadmapComparison | null> {
    const all = await this.revisions();
    const from = all.find((r) => r.id === fromId);
    const to = all.find((r) => r.id === toId);
    if (!from || !to) return null;
    const [a, b] = await Promise.all([fromId, toId].map((id) => this.db.roadmapItem.findMany({ where: { revisionId: id }, select: itemSelect })));
    const directions = new Map((await this.db.direction.findMany({ select: { id: true, nameRu: true, nameEn: true, sort: true } })).map((d) => [d.id, d]));
    // Shown in the plan's order (directions, then position), as the revision pages show it.
    const sortOf = (id: number | null) => (id === null ? 1e9 : (directions.get(id)?.sort ?? 1e9));
    const rowOf = (d: RowDiff) => (d.kind === 'removed' ? d.before : d.after);
    const diff = diffRevisions(a!.map(fieldsOf), b!.map(fieldsOf))
      .map((d, i) => ({ d, i }))
      .sort((x, y) => sortOf(rowOf(x.d).directionId) - sortOf(rowOf(y.d).directionId) || x.i - y.i)
      .map((x) => x.d);
    return { from, to, diff, directions };
  }

  /** Projects per row with their tallies (deleted projects drop out; drafts are listed for their authors). */
  private async linkedProjects(rowIds: number[]): Promise<Map<number, { project: LinkedProject; tally: ProjectTally }[]>> {
    const out = new Map<number, { project: LinkedProject; tally: ProjectTally }[]>();
    if (!rowIds.length) return out;
    const projects = await this.db.project.findMany({
      where: { roadmapRowId: { in: rowIds }, deletedAt: null },
      orderBy: { id: 'asc' },
      select: { id: true, title: true, status: true, roadmapRowId: true, authorId: true, coauthors: { select: { userId: true } }, _count: { select: { steps: true, enrolments: true } } },
    });
    const ids = projects.map((p) => p.id);
    // One accepted attempt per (person, step) is enough; distinct keeps re-accepted steps from counting twice.
    const accepted = ids.length
      ? await this.db.submission.findMany({ where: { status: 'accepted', enrolment: { projectId: { in: ids } } }, distinct: ['enrolmentId', 'stepId'], select: { enrolment: { select: { projectId: true } } } })
      : [];
    const acceptedBy = new Map<number, number>();
    for (const s of accepted) acceptedBy.set(s.enrolment.projectId, (acceptedBy.get(s.enrolment.projectId) ?? 0) + 1);
    for (const p of projects) {
      const tally: ProjectTally = { projectId: p.id, steps: p._count.steps, enrolled: p._count.enrolments, accepted: acceptedBy.get(p.id) ?? 0 };
      const entry = { project: { id: p.id, title: p.title, status: p.status, completion: projectCompletion(tally), authorId: p.authorId, coauthorIds: p.coauthors.map((c) => c.userId) }, tally };
      const list = out.get(p.roadmapRowId!) ?? [];
      list.push(entry);
      out.set(p.roadmapRowId!, list);
    }
    return out;
  }

  /** Projects the actor may link to a row: moderators and admins any, authors those they manage. */
  async linkableProjects(actor: Actor): Promise<{ id: number; title: string; roadmapRowId: number | null }[]> {
    const where = canEdit(actor) ? { deletedAt: null } : { deletedAt: null, ...managedBy(actor.id) };
    return this.db.project.findMany({ where, orderBy: { id: 'desc' }, take: 500, select: { id: true, title: true, roadmapRowId: true } });
  }

  /**
   * A new revision of `year`: a copy of that year's newest revision (every row keeps its identity,
   * so links and comparisons carry over), or an empty plan for a year's first. `basedOn` is the
   * revision the person saw as newest: if another one was made meanwhile (a double click, a
   * colleague), that one is answered and nothing new is made.
   */
  /**
   * A new revision of `year`: a copy of its newest (`basedOn`, which must still be the newest), or
   * its first. A first one may start from an earlier year's revision (`carryFrom`): its rows come
   * over as new rows of the new year (a year's rows are its own; projects stay linked to last year's).
   */
  async createRevision(actor: Actor, input: { year: number; quarter: number; note: string; basedOn: number | null; carryFrom?: number | null }, effectKey: string): Promise<NewRevisionOutcome> {
    if (!canEdit(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw new ServiceError('roadmap-err-year');
    if (![1, 2, 3, 4].includes(input.quarter)) throw new ServiceError('roadmap-err-quarter');
    const note = input.note.replace(/\s+/g, ' ').trim().slice(0, 300);
    try {
      return await this.db.$transaction(async (tx) => {
        const latest = await tx.roadmapRevision.findFirst({ where: { year: input.year }, orderBy: { number: 'desc' }, select: { id: true, number: true } });
        // Waits for an edit of the revision being copied to commit, so the copy includes it.
        if (latest) await tx.roadmapRevision.update({ where: { id: latest.id }, data: { changedAt: this.deps.clock.now() } });
        if ((latest?.id ?? null) !== input.basedOn) {
          if (latest) return { kind: 'exists', revisionId: latest.id } as const;
          throw new ServiceError('roadmap-err-stale');
        }
        const revision = await tx.roadmapRevision.create({ data: { year: input.year, quarter: input.quarter, number: (latest?.number ?? 0) + 1, note, createdById: actor.id } });
        let copied = 0;
        let carried: number | null = null;
        if (latest) {
          const items = await tx.roadmapItem.findMany({ where: { revisionId: latest.id }, orderBy: { position: 'asc' } });
          if (items.length) {
            await tx.roadmapItem.createMany({ data: items.map(({ id: _id, revisionId: _r, ...rest }) => ({ ...rest, revisionId: revision.id })) });
            copied = items.length;
          }
        } else if (input.carryFrom) {
          const source = await tx.roadmapRevision.findUnique({ where: { id: input.carryFrom }, select: { id: true, year: true } });
          if (!source || source.year >= input.year) throw new ServiceError('roadmap-err-not-found');
          const items = await tx.roadmapItem.findMany({ where: { revisionId: source.id }, orderBy: { position: 'asc' } });
          for (const { id: _id, revisionId: _r, rowId: _row, ...rest } of items) {
            const row = await tx.roadmapRow.create({ data: { year: input.year } });
            await tx.roadmapItem.create({ data: { ...rest, dueDate: null, revisionId: revision.id, rowId: row.id } });
          }
          copied = items.length;
          carried = source.id;
        }
        await recordAudit(tx, {
          key: `${effectKey}:roadmap-revision`,
          actorId: actor.id,
          action: 'roadmap.revision',
          entity: 'roadmap-revision',
          entityId: revision.id,
          before: latest ? { revisionId: latest.id, number: latest.number } : carried ? { carriedFrom: carried } : null,
          after: { year: input.year, quarter: input.quarter, number: revision.number, note, rows: copied },
        });
        return { kind: 'created', revisionId: revision.id } as const;
      });
    } catch (error) {
      // Two presses at the same moment: unique(year, number) lets one through; the other is shown it.
      if (!isUniqueViolation(error)) throw error;
      const latest = await this.db.roadmapRevision.findFirst({ where: { year: input.year }, orderBy: { number: 'desc' }, select: { id: true } });
      return { kind: 'exists', revisionId: latest!.id };
    }
  }

  /**
   * The revision, locked for this transaction, if it may still be edited. The write comes first:
   * once it holds the row, a new revision being copied from it has either committed (and is seen
   * below) or waits until this edit has committed (and copies it).
   */
  private async editableRevision(tx: Tx, revisionId: number): Promise<{ id: number; year: number }> {
    const locked = await tx.roadmapRevision.updateMany({ where: { id: revisionId }, data: { changedAt: this.deps.clock.now() } });
    if (!locked.count) throw new ServiceError('roadmap-err-not-found');
    const revision = await tx.roadmapRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { id: true, year: true, number: true } });
    const newer = await tx.roadmapRevision.count({ where: { year: revision.year, number: { gt: revision.number } } });
    if (newer > 0) throw new ServiceError('roadmap-err-read-only');
    return revision;
  }

  private async item(tx: Tx, itemId: number) {
    const item = await tx.roadmapItem.findUnique({ where: { id: itemId }, select: itemSelect });
    if (!item) throw new ServiceError('roadmap-err-not-found');
    return item;
  }

  private checked(input: RowInput) {
    const r = checkRow(input);
    if (!r.ok) throw new ServiceError(r.problems[0]!);
    return r.value;
  }

  /** Runs a change once per effect key: a form sent twice finds its audit row and changes nothing. */
  private async once<T>(auditKey: string, work: (tx: Tx) => Promise<T>): Promise<T | null> {
    try {
      return await this.db.$transaction(async (tx) => {
        if (await tx.auditLog.findUnique({ where: { key: auditKey }, select: { id: true } })) return null;
        return work(tx);
      });
    } catch (error) {
      // The same form at the same moment: both passed the check, the audit key's unique index let
      // one commit and rolled the other back whole.
      if (isUniqueViolation(error) && (await this.db.auditLog.findUnique({ where: { key: auditKey }, select: { id: true } }))) return null;
      throw error;
    }
  }

  async addRow(actor: Actor, revisionId: number, input: RowInput, effectKey: string): Promise<{ itemId: number } | null> {
    if (!canEdit(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const value = this.checked(input);
    return this.once(`${effectKey}:roadmap-add`, async (tx) => {
      const revision = await this.editableRevision(tx, revisionId);
      await this.checkDirection(tx, value.directionId);
      const last = await tx.roadmapItem.findFirst({ where: { revisionId }, orderBy: { position: 'desc' }, select: { position: true } });
      const row = await tx.roadmapRow.create({ data: { year: revision.year } });
      const item = await tx.roadmapItem.create({ data: { ...value, revisionId, rowId: row.id, position: (last?.position ?? 0) + 1 } });
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-add`, actorId: actor.id, action: 'roadmap.row-add', entity: 'roadmap-row', entityId: row.id, before: null, after: { revisionId, ...value } });
      return { itemId: item.id };
    });
  }

  async editRow(actor: Actor, itemId: number, input: RowInput, effectKey: string): Promise<{ changed: boolean }> {
    if (!canEdit(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const value = this.checked(input);
    const done = await this.once(`${effectKey}:roadmap-edit:${itemId}`, async (tx) => {
      const item = await this.item(tx, itemId);
      await this.editableRevision(tx, item.revisionId);
      await this.checkDirection(tx, value.directionId);
      const before = fieldsOf(item);
      const after = { ...before, ...value };
      if (diffRevisions([before], [after])[0]!.kind === 'same') return { changed: false };
      await tx.roadmapItem.update({ where: { id: itemId }, data: value });
      const { rowId: _r, position: _p, ...was } = before;
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-edit:${itemId}`, actorId: actor.id, action: 'roadmap.row-edit', entity: 'roadmap-row', entityId: item.rowId, before: { revisionId: item.revisionId, ...was }, after: { revisionId: item.revisionId, ...value } });
      return { changed: true };
    });
    return done ?? { changed: false };
  }

  /** Removes the row from the newest revision only; older revisions and project links keep it. */
  async deleteRow(actor: Actor, itemId: number, effectKey: string): Promise<void> {
    if (!canEdit(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    await this.once(`${effectKey}:roadmap-delete:${itemId}`, async (tx) => {
      const item = await tx.roadmapItem.findUnique({ where: { id: itemId }, select: itemSelect });
      if (!item) return; // already deleted (a second press)
      await this.editableRevision(tx, item.revisionId);
      await tx.roadmapItem.delete({ where: { id: itemId } });
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-delete:${itemId}`, actorId: actor.id, action: 'roadmap.row-delete', entity: 'roadmap-row', entityId: item.rowId, before: { revisionId: item.revisionId, ...fieldsOf(item) }, after: null });
    });
  }

  /** Moves a row one place up (-1) or down (+1) among the rows of its direction. */
  async moveRow(actor: Actor, itemId: number, step: -1 | 1, effectKey: string): Promise<void> {
    if (!canEdit(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    await this.once(`${effectKey}:roadmap-move:${itemId}`, async (tx) => {
      const item = await this.item(tx, itemId);
      await this.editableRevision(tx, item.revisionId);
      const neighbour = await tx.roadmapItem.findFirst({
        where: { revisionId: item.revisionId, directionId: item.directionId, position: step < 0 ? { lt: item.position } : { gt: item.position } },
        orderBy: { position: step < 0 ? 'desc' : 'asc' },
        select: { id: true, position: true },
      });
      if (!neighbour) return;
      await tx.roadmapItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
      await tx.roadmapItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-move:${itemId}`, actorId: actor.id, action: 'roadmap.row-move', entity: 'roadmap-row', entityId: item.rowId, before: { revisionId: item.revisionId, position: item.position }, after: { revisionId: item.revisionId, position: neighbour.position } });
    });
  }

  /**
   * Links a project to a plan row (a project implements one row; linking again moves it). Allowed to
   * moderators and admins, and to the project's own author and co-authors.
   */
  async linkProject(actor: Actor, rowId: number, projectId: number, effectKey: string): Promise<{ changed: boolean }> {
    const done = await this.once(`${effectKey}:roadmap-link:${projectId}`, async (tx) => {
      const project = await this.projectFor(tx, actor, projectId);
      const row = await tx.roadmapRow.findUnique({ where: { id: rowId }, select: { year: true } });
      if (!row) throw new ServiceError('roadmap-err-not-found');
      // Projects implement the plan as it stands: a row dropped from the year's newest revision takes no new links.
      const newest = await tx.roadmapRevision.findFirst({ where: { year: row.year }, orderBy: { number: 'desc' }, select: { id: true } });
      if (!newest || !(await tx.roadmapItem.findUnique({ where: { revisionId_rowId: { revisionId: newest.id, rowId } }, select: { id: true } }))) throw new ServiceError('roadmap-err-row-gone');
      if (project.roadmapRowId === rowId) return { changed: false };
      await tx.project.update({ where: { id: projectId }, data: { roadmapRowId: rowId } });
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-link:${projectId}`, actorId: actor.id, action: 'roadmap.link', entity: 'project', entityId: projectId, before: { roadmapRowId: project.roadmapRowId }, after: { roadmapRowId: rowId } });
      return { changed: true };
    });
    return done ?? { changed: false };
  }

  async unlinkProject(actor: Actor, projectId: number, effectKey: string): Promise<{ changed: boolean }> {
    const done = await this.once(`${effectKey}:roadmap-unlink:${projectId}`, async (tx) => {
      const project = await this.projectFor(tx, actor, projectId);
      if (project.roadmapRowId === null) return { changed: false };
      await tx.project.update({ where: { id: projectId }, data: { roadmapRowId: null } });
      await recordAuditOnce(tx, { key: `${effectKey}:roadmap-unlink:${projectId}`, actorId: actor.id, action: 'roadmap.unlink', entity: 'project', entityId: projectId, before: { roadmapRowId: project.roadmapRowId }, after: { roadmapRowId: null } });
      return { changed: true };
    });
    return done ?? { changed: false };
  }

  private async projectFor(tx: Tx, actor: Actor, projectId: number) {
    const project = await tx.project.findFirst({ where: { id: projectId, deletedAt: null }, select: { id: true, roadmapRowId: true, authorId: true, coauthors: { select: { userId: true } } } });
    if (!project) throw new ServiceError('roadmap-err-project');
    if (!canEdit(actor) && !canManageProject(actor, { authorId: project.authorId, coauthorIds: project.coauthors.map((c) => c.userId) })) throw new ServiceError('roadmap-err-not-yours');
    return project;
  }

  private async checkDirection(tx: Tx, directionId: number | null): Promise<void> {
    if (directionId !== null && !(await tx.direction.findUnique({ where: { id: directionId }, select: { id: true } }))) throw new ServiceError('roadmap-err-direction');
  }

  /** Which revision and row a revision's row belongs to (null when it is gone). */
  findItem(itemId: number): Promise<{ id: number; revisionId: number; rowId: number } | null> {
    return this.db.roadmapItem.findUnique({ where: { id: itemId }, select: { id: true, revisionId: true, rowId: true } });
  }

  /** Directions for the row form, in their order. */
  directions() {
    return this.db.direction.findMany({ orderBy: { sort: 'asc' }, select: { id: true, nameRu: true, nameEn: true } });
  }
}
