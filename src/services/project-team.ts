// A project's team: its author, co-authors (added and removed by anyone who manages the project)
// and experts, as the author's "team" screen shows them. Changes are audited and the person told.
import type { Db, Tx } from '../db/client.ts';
import { escapeHtml } from '../render/escape.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import { enqueue } from './outbox.ts';
import { requireProjectManager } from './project-access.ts';
import type { Translate } from './translator.ts';
import { ServiceError } from './users.ts';

export interface TeamMember {
  id: number;
  fullName: string | null;
  username: string | null;
}

export interface TeamView {
  projectId: number;
  projectTitle: string;
  author: TeamMember | null;
  coauthors: TeamMember[];
  experts: TeamMember[];
  /** Invites opened by someone and waiting for a manager's answer. */
  waitingInvites: { id: number; person: TeamMember }[];
}

export interface ProjectTeamDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
}

const memberSelect = { id: true, fullName: true, username: true } as const;

export const memberName = (m: Pick<TeamMember, 'id' | 'fullName' | 'username'>) => m.fullName ?? (m.username ? `@${m.username}` : `#${m.id}`);

export class ProjectTeamService {
  constructor(private readonly deps: ProjectTeamDeps) {}

  async view(actorId: number, projectId: number): Promise<TeamView> {
    return this.deps.db.$transaction(async (tx) => {
      const project = await requireProjectManager(tx, actorId, projectId);
      const [author, coauthors, experts, invites] = await Promise.all([
        project.authorId === null ? null : tx.user.findUnique({ where: { id: project.authorId }, select: memberSelect }),
        tx.projectCoauthor.findMany({ where: { projectId }, orderBy: { addedAt: 'asc' }, select: { user: { select: memberSelect } } }),
        tx.projectExpert.findMany({ where: { projectId }, orderBy: { assignedAt: 'asc' }, select: { user: { select: memberSelect } } }),
        tx.expertInvite.findMany({ where: { projectId, status: 'claimed' }, orderBy: { id: 'asc' }, select: { id: true, claimedById: true } }),
      ]);
      const openers = await tx.user.findMany({ where: { id: { in: invites.map((i) => i.claimedById!).filter(Boolean) } }, select: memberSelect });
      return {
        projectId,
        projectTitle: project.title,
        author,
        coauthors: coauthors.map((c) => c.user),
        experts: experts.map((e) => e.user),
        waitingInvites: invites.flatMap((i) => {
          const person = openers.find((o) => o.id === i.claimedById);
          return person ? [{ id: i.id, person }] : [];
        }),
      };
    });
  }

  /**
   * Adds a co-author: same rights on this project as its author. The person must have registered;
   * the author and existing co-authors are refused as "already". Audited; the person is told.
   */
  async addCoauthor(actorId: number, projectId: number, targetId: number, effectKey: string): Promise<{ changed: boolean; projectTitle: string; name: string }> {
    const now = this.deps.clock.now();
    try {
      return await this.deps.db.$transaction(async (tx) => {
        const project = await requireProjectManager(tx, actorId, projectId);
        const target = await tx.user.findUnique({ where: { id: targetId }, select: { ...memberSelect, telegramId: true, locale: true, registeredAt: true } });
        if (!target?.registeredAt) throw new ServiceError('team-err-target-not-registered');
        const name = memberName(target);
        if (project.authorId === targetId || project.coauthorIds.includes(targetId)) return { changed: false, projectTitle: project.title, name };
        await tx.projectCoauthor.create({ data: { projectId, userId: targetId, addedById: actorId, addedAt: now } });
        await recordAudit(tx, {
          key: `${effectKey}:coauthor-add:${projectId}:${targetId}`,
          actorId,
          action: 'project.coauthor.add',
          entity: 'project',
          entityId: projectId,
          before: { coauthorIds: project.coauthorIds },
          after: { coauthorIds: [...project.coauthorIds, targetId] },
        });
        await this.#tell(tx, target, `${effectKey}:coauthor-added:${projectId}:${targetId}`, 'team-coauthor-added-notice', { project: escapeHtml(project.title), id: String(projectId) }, now);
        return { changed: true, projectTitle: project.title, name };
      });
    } catch (error) {
      // Two managers adding the same person at once: the primary key lets one in.
      if (!isUniqueViolation(error)) throw error;
      const project = await this.deps.db.project.findUniqueOrThrow({ where: { id: projectId }, select: { title: true } });
      const target = await this.deps.db.user.findUniqueOrThrow({ where: { id: targetId }, select: memberSelect });
      return { changed: false, projectTitle: project.title, name: memberName(target) };
    }
  }

  /** Removes a co-author (anyone managing the project may, a co-author themselves included). */
  async removeCoauthor(actorId: number, projectId: number, targetId: number, effectKey: string): Promise<{ changed: boolean }> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const project = await requireProjectManager(tx, actorId, projectId);
      const { count } = await tx.projectCoauthor.deleteMany({ where: { projectId, userId: targetId } });
      if (count === 0) return { changed: false };
      await recordAudit(tx, {
        key: `${effectKey}:coauthor-remove:${projectId}:${targetId}`,
        actorId,
        action: 'project.coauthor.remove',
        entity: 'project',
        entityId: projectId,
        before: { coauthorIds: project.coauthorIds },
        after: { coauthorIds: project.coauthorIds.filter((id) => id !== targetId) },
      });
      if (targetId !== actorId) {
        const target = await tx.user.findUniqueOrThrow({ where: { id: targetId }, select: { telegramId: true, locale: true } });
        await this.#tell(tx, target, `${effectKey}:coauthor-removed:${projectId}:${targetId}`, 'team-coauthor-removed-notice', { project: escapeHtml(project.title) }, now);
      }
      return { changed: true };
    });
  }

  async #tell(tx: Tx, to: { telegramId: bigint; locale: string | null }, key: string, text: string, vars: Record<string, string>, now: Date): Promise<void> {
    const locale = to.locale ?? this.deps.defaultLocale;
    await enqueue(tx, { key, chatId: to.telegramId, payload: { text: this.deps.translate(locale, text, vars), parse_mode: 'HTML' } }, now);
  }
}
