// The way from draft to the catalogue: the author sends a complete draft for review, a moderator
// publishes it or returns it with a comment, and the author is told either way. Publishing and
// finishing fire the project events the rewards service evaluates.
import { escapeHtml } from '../../render/escape.ts';
import { LIMITS } from '../../domain/project-draft.ts';
import { recordAudit } from '../audit.ts';
import { ServiceError } from '../users.ts';
import { actorOf, isModerator, readableProject } from './access.ts';
import type { AuthoringDeps } from './deps.ts';
import { tellAuthor, tellModeratorsOfReview } from './notices.ts';
import type { AuthoringReader } from './read.ts';

export class ProjectReview {
  constructor(
    private readonly deps: AuthoringDeps,
    private readonly reader: AuthoringReader,
  ) {}

  /** Runs the completeness checks; with none failing, the draft joins the moderators' queue and they are told. */
  async submit(userId: number, projectId: number): Promise<{ moderators: number }> {
    const view = await this.reader.project(userId, projectId);
    if (!view.mine) throw new ServiceError('authoring-err-not-yours');
    if (view.status !== 'draft') throw new ServiceError('authoring-err-not-draft');
    if (view.problems.length) throw new ServiceError('authoring-err-incomplete');
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      // Only the version that was checked goes for review: a change meanwhile matches nothing.
      const sent = await tx.project.updateMany({ where: { id: projectId, version: view.version, status: 'draft', reviewRequestedAt: null }, data: { reviewRequestedAt: now, reviewComment: null } });
      if (sent.count !== 1) {
        const fresh = await tx.project.findUnique({ where: { id: projectId }, select: { reviewRequestedAt: true, version: true } });
        if (fresh?.reviewRequestedAt && fresh.version === view.version) throw new ServiceError('authoring-err-already-in-review');
        throw new ServiceError('authoring-err-conflict');
      }
      const moderators = await tellModeratorsOfReview(this.deps, tx, { id: projectId, title: view.title, version: view.version }, view.authorName, now);
      return { moderators };
    });
  }

  /**
   * Publishes the version the moderator looked at. A draft the author changed since then (or took
   * back from review to edit) is refused, and the moderator sees its fresh state.
   */
  async publish(moderatorId: number, projectId: number, seenVersion: number): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, moderatorId);
      if (!isModerator(actor)) throw new ServiceError('authoring-err-not-moderator');
      const project = await readableProject(tx, actor, projectId);
      if (project.status !== 'draft') throw new ServiceError('authoring-err-already-decided');
      if (project.reviewRequestedAt === null) throw new ServiceError('authoring-err-being-edited');
      if (project.version !== seenVersion) throw new ServiceError('authoring-err-changed-since');
      const done = await tx.project.updateMany({ where: { id: projectId, version: seenVersion, status: 'draft', reviewRequestedAt: { not: null } }, data: { status: 'published', reviewRequestedAt: null, reviewComment: null, version: { increment: 1 } } });
      if (done.count !== 1) throw new ServiceError('authoring-err-changed-since');
      await recordAudit(tx, { actorId: moderatorId, action: 'project-publish', entity: 'project', entityId: projectId, before: { status: 'draft', version: seenVersion }, after: { status: 'published', version: seenVersion + 1 } });
      await tellAuthor(this.deps, tx, projectId, `project-published:${projectId}`, 'authoring-notice-published', { title: escapeHtml(project.title), id: projectId }, now);
      await this.deps.rewards.evaluateProject(tx, projectId, { kind: 'project-published', ref: `project:${projectId}`, now });
    });
    this.deps.catalogue.forget();
  }

  /** Back to the author with the moderator's comment; the draft leaves the queue. */
  async returnToAuthor(moderatorId: number, projectId: number, seenVersion: number, rawComment: string): Promise<void> {
    const comment = rawComment.trim();
    if (!comment) throw new ServiceError('authoring-err-empty', { max: LIMITS.comment });
    if (comment.length > LIMITS.comment) throw new ServiceError('authoring-err-too-long', { max: LIMITS.comment });
    const now = this.deps.clock.now();
    await this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, moderatorId);
      if (!isModerator(actor)) throw new ServiceError('authoring-err-not-moderator');
      const project = await readableProject(tx, actor, projectId);
      if (project.status !== 'draft') throw new ServiceError('authoring-err-already-decided');
      if (project.reviewRequestedAt === null) throw new ServiceError('authoring-err-being-edited');
      const done = await tx.project.updateMany({ where: { id: projectId, version: seenVersion, reviewRequestedAt: { not: null } }, data: { reviewRequestedAt: null, reviewComment: comment } });
      if (done.count !== 1) throw new ServiceError('authoring-err-changed-since');
      await recordAudit(tx, { actorId: moderatorId, action: 'project-return', entity: 'project', entityId: projectId, before: { inReview: true, version: seenVersion }, after: { inReview: false, comment } });
      await tellAuthor(this.deps, tx, projectId, `project-returned:${projectId}:v${seenVersion}`, 'authoring-notice-returned', { title: escapeHtml(project.title), comment: escapeHtml(comment), id: projectId }, now);
    });
  }

  /** The author (or a moderator) closes a launched project: no more hand-ins; `project-finished` fires. */
  async finish(userId: number, projectId: number): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, userId);
      const project = await readableProject(tx, actor, projectId);
      if (project.status === 'draft') throw new ServiceError('authoring-err-not-launched');
      if (project.status === 'finished') throw new ServiceError('authoring-err-finished');
      await this.#finish(tx, projectId, now, userId, project.mine ? undefined : project);
    });
    this.deps.catalogue.forget();
  }

  async #finish(tx: Parameters<Parameters<AuthoringDeps['db']['$transaction']>[0]>[0], projectId: number, now: Date, actorId: number | null, auditOf?: { status: string }): Promise<boolean> {
    const done = await tx.project.updateMany({ where: { id: projectId, status: { in: ['published', 'running'] } }, data: { status: 'finished', finishedAt: now, version: { increment: 1 } } });
    if (done.count !== 1) return false;
    if (auditOf) await recordAudit(tx, { actorId, action: 'project-finish', entity: 'project', entityId: projectId, before: { status: auditOf.status }, after: { status: 'finished' } });
    await this.deps.rewards.evaluateProject(tx, projectId, { kind: 'project-finished', ref: `project:${projectId}`, now });
    return true;
  }

  /** Finishes launched projects whose last day is over (a scheduled job; each project once). */
  async finishDue(now: Date): Promise<number> {
    const due = await this.deps.db.project.findMany({ where: { status: { in: ['published', 'running'] }, deletedAt: null, endsOn: { lt: new Date(now.getTime() - 86_400_000) } }, select: { id: true }, take: 200 });
    let finished = 0;
    for (const { id } of due) if (await this.deps.db.$transaction((tx) => this.#finish(tx, id, now, null))) finished += 1;
    if (finished) this.deps.catalogue.forget();
    return finished;
  }
}
