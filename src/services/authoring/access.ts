// Who may change a project: its authors and moderators — checked here, whatever buttons were shown.
// Every change bumps the project's version and takes a draft out of the review queue.
import type { Tx } from '../../db/client.ts';
import { isRole, type Role } from '../../domain/roles.ts';
import { ServiceError } from '../users.ts';

export interface Actor {
  id: number;
  roles: Role[];
}

export async function actorOf(tx: Tx, userId: number): Promise<Actor> {
  const rows = await tx.userRole.findMany({ where: { userId }, select: { role: true } });
  return { id: userId, roles: rows.map((r) => r.role).filter(isRole) };
}

export const isModerator = (actor: Actor) => actor.roles.includes('moderator') || actor.roles.includes('admin');

const projectAccessSelect = { id: true, authorId: true, status: true, deletedAt: true, version: true, reviewRequestedAt: true, startsOn: true, endsOn: true, title: true } as const;

export type AccessibleProject = { id: number; authorId: number | null; status: string; deletedAt: Date | null; version: number; reviewRequestedAt: Date | null; startsOn: Date; endsOn: Date; title: string };

/**
 * Whether the person is one of the project's authors. Co-authors share the author's rights: the
 * co-author list extends this one check.
 */
export async function isProjectAuthor(tx: Tx, project: { id: number; authorId: number | null }, userId: number): Promise<boolean> {
  return project.authorId === userId;
}

/** The project if the actor may see its draft (authors, moderators); refused otherwise. */
export async function readableProject(tx: Tx, actor: Actor, projectId: number): Promise<AccessibleProject & { mine: boolean }> {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: projectAccessSelect });
  if (!project || project.deletedAt) throw new ServiceError('authoring-err-not-found');
  const mine = await isProjectAuthor(tx, project, actor.id);
  if (!mine && !isModerator(actor)) throw new ServiceError('authoring-err-not-yours');
  return { ...project, mine };
}

/** As readableProject, and the project is still open to changes (a finished project is not). */
export async function editableProject(tx: Tx, actor: Actor, projectId: number): Promise<AccessibleProject & { mine: boolean }> {
  const project = await readableProject(tx, actor, projectId);
  if (project.status === 'finished') throw new ServiceError('authoring-err-finished');
  return project;
}

/**
 * Records that the project changed: a new version (a moderator publishes only the version they
 * saw) and, for a draft waiting for review, its request withdrawn. Returns whether it was withdrawn.
 */
export async function touch(tx: Tx, project: AccessibleProject, now: Date): Promise<{ withdrawn: boolean }> {
  const withdrawn = project.status === 'draft' && project.reviewRequestedAt !== null;
  await tx.project.update({ where: { id: project.id }, data: { version: { increment: 1 }, updatedAt: now, ...(withdrawn ? { reviewRequestedAt: null } : {}) } });
  return { withdrawn };
}
