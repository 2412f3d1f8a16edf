// Who may manage a project (its author, its co-authors, moderators): one rule for every author feature.
import type { Tx } from '../db/client.ts';
import { ServiceError } from './users.ts';

/** The person acting, as permission checks need them. */
export interface Actor {
  id: number;
  roles: readonly string[];
}

export interface ProjectOwnership {
  authorId: number | null;
  coauthorIds: readonly number[];
}

/**
 * The author and every co-author have the same rights on the project; moderators may manage any
 * project (they publish, edit and correct). Nobody else, whatever their roles.
 */
export function canManageProject(actor: Actor, project: ProjectOwnership): boolean {
  if (actor.roles.includes('moderator')) return true;
  return project.authorId === actor.id || project.coauthorIds.includes(actor.id);
}

export interface ManagedProject extends ProjectOwnership {
  id: number;
  title: string;
  status: string;
}

/** The actor with roles as stored now (a button press may come long after the roles changed). */
export async function loadActor(tx: Tx, userId: number): Promise<Actor> {
  const roles = await tx.userRole.findMany({ where: { userId }, select: { role: true } });
  return { id: userId, roles: roles.map((r) => r.role) };
}

/** The project, if it exists and the actor may manage it; otherwise a refusal to show them. */
export async function requireProjectManager(tx: Tx, actorId: number, projectId: number): Promise<ManagedProject> {
  const project = await tx.project.findFirst({
    where: { id: projectId, deletedAt: null },
    select: { id: true, title: true, status: true, authorId: true, coauthors: { select: { userId: true } } },
  });
  if (!project) throw new ServiceError('team-err-project-not-found', { id: String(projectId) });
  const ownership = { authorId: project.authorId, coauthorIds: project.coauthors.map((c) => c.userId) };
  if (!canManageProject(await loadActor(tx, actorId), ownership)) throw new ServiceError('team-err-not-manager');
  return { id: project.id, title: project.title, status: project.status, ...ownership };
}

/** Prisma filter of the projects a (non-moderator) person manages: authored or co-authored. */
export const managedBy = (userId: number) => ({ OR: [{ authorId: userId }, { coauthors: { some: { userId } } }] });
