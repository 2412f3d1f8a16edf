// Who grades which project: the author or a moderator assigns experts one by one or by a guild or
// direction tag; audited, and the expert is told.
import type { Tx } from '../../db/client.ts';
import { escapeHtml } from '../../render/escape.ts';
import { recordAudit } from '../audit.ts';
import { enqueue } from '../outbox.ts';
import { canManageProject, managedBy } from '../project-access.ts';
import { ServiceError } from '../users.ts';
import { rolesOf, type GradingContext } from './context.ts';

export interface ProjectExperts {
  projectId: number;
  projectTitle: string;
  experts: { id: number; fullName: string | null; username: string | null }[];
}

export type TagFilter = { guildCode: string } | { directionCode: string };

async function projectForManager(tx: Tx, actorId: number, projectId: number) {
  const project = await tx.project.findFirst({ where: { id: projectId, deletedAt: null }, select: { id: true, title: true, authorId: true, coauthors: { select: { userId: true } } } });
  if (!project) throw new ServiceError('review-err-project-not-found', { id: String(projectId) });
  const actor = { id: actorId, roles: await rolesOf(tx, actorId) };
  if (!canManageProject(actor, { authorId: project.authorId, coauthorIds: project.coauthors.map((c) => c.userId) })) throw new ServiceError('review-err-not-project-manager');
  return project;
}

async function expertTarget(tx: Tx, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, telegramId: true, locale: true, fullName: true, username: true } });
  if (!user) throw new ServiceError('review-err-user-not-found');
  if (!(await rolesOf(tx, userId)).includes('expert')) throw new ServiceError('review-err-target-not-expert', { name: user.fullName ?? user.username ?? String(user.telegramId) });
  return user;
}

export async function projectExperts(ctx: GradingContext, actorId: number, projectId: number): Promise<ProjectExperts> {
  return ctx.deps.db.$transaction(async (tx) => {
    const project = await projectForManager(tx, actorId, projectId);
    const rows = await tx.projectExpert.findMany({
      where: { projectId },
      orderBy: { assignedAt: 'asc' },
      select: { user: { select: { id: true, fullName: true, username: true } } },
    });
    return { projectId, projectTitle: project.title, experts: rows.map((r) => r.user) };
  });
}

/** The project's author or a moderator assigns an expert; audited, and the expert is told. */
export async function assignExpert(ctx: GradingContext, actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean; projectTitle: string }> {
  const now = ctx.deps.clock.now();
  return ctx.deps.db.$transaction(async (tx) => {
    const project = await projectForManager(tx, actorId, projectId);
    const expert = await expertTarget(tx, expertId);
    const existing = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId, userId: expertId } } });
    if (existing) return { changed: false, projectTitle: project.title };
    await tx.projectExpert.create({ data: { projectId, userId: expertId, assignedById: actorId, assignedAt: now } });
    await recordAudit(tx, { key: `${effectKey}:expert-assign:${projectId}:${expertId}`, actorId, action: 'project.expert.assign', entity: 'project', entityId: projectId, before: null, after: { expertId } });
    await enqueue(tx, {
      key: `${effectKey}:expert-assigned:${projectId}:${expertId}`,
      chatId: expert.telegramId,
      payload: { text: ctx.t(expert.locale)('review-assigned-notice', { project: escapeHtml(project.title) }), parse_mode: 'HTML' },
    }, now);
    return { changed: true, projectTitle: project.title };
  });
}

export async function unassignExpert(ctx: GradingContext, actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean }> {
  return ctx.deps.db.$transaction(async (tx) => {
    await projectForManager(tx, actorId, projectId);
    const { count } = await tx.projectExpert.deleteMany({ where: { projectId, userId: expertId } });
    if (count === 0) return { changed: false };
    // Work this expert had reserved goes back to the others at once.
    await tx.submission.updateMany({ where: { claimedById: expertId, status: 'submitted', step: { projectId } }, data: { claimedById: null, claimExpiresAt: null } });
    await recordAudit(tx, { key: `${effectKey}:expert-unassign:${projectId}:${expertId}`, actorId, action: 'project.expert.unassign', entity: 'project', entityId: projectId, before: { expertId }, after: null });
    return { changed: true };
  });
}

/**
 * Assigns an expert to every current project of a guild or direction: moderators across the
 * region, authors across their own projects. Finished and deleted projects are left out.
 */
export async function assignExpertByTag(ctx: GradingContext, actorId: number, expertId: number, filter: TagFilter, effectKey: string): Promise<{ matched: number; added: number; tagName: string }> {
  const now = ctx.deps.clock.now();
  return ctx.deps.db.$transaction(async (tx) => {
    const roles = await rolesOf(tx, actorId);
    const moderator = roles.includes('moderator');
    if (!moderator && !roles.includes('author')) throw new ServiceError('review-err-not-project-manager');
    const expert = await expertTarget(tx, expertId);
    const locale = expert.locale ?? ctx.deps.defaultLocale;
    let tagName: string;
    let tagWhere: object;
    if ('guildCode' in filter) {
      const guild = await tx.guild.findUnique({ where: { code: filter.guildCode } });
      if (!guild) throw new ServiceError('review-err-tag-unknown', { tag: filter.guildCode });
      tagName = locale === 'en' ? guild.nameEn : guild.nameRu;
      tagWhere = { guilds: { some: { guildId: guild.id } } };
    } else {
      const direction = await tx.direction.findUnique({ where: { code: filter.directionCode } });
      if (!direction) throw new ServiceError('review-err-tag-unknown', { tag: filter.directionCode });
      tagName = locale === 'en' ? direction.nameEn : direction.nameRu;
      tagWhere = { directions: { some: { directionId: direction.id } } };
    }
    const projects = await tx.project.findMany({
      where: { deletedAt: null, status: { not: 'finished' }, ...tagWhere, ...(moderator ? {} : managedBy(actorId)) },
      select: { id: true, experts: { where: { userId: expertId }, select: { userId: true } } },
    });
    const missing = projects.filter((p) => p.experts.length === 0).map((p) => p.id);
    for (const projectId of missing) await tx.projectExpert.create({ data: { projectId, userId: expertId, assignedById: actorId, assignedAt: now } });
    if (missing.length) {
      await recordAudit(tx, { key: `${effectKey}:expert-assign-tag:${expertId}`, actorId, action: 'project.expert.assign', entity: 'user', entityId: expertId, before: null, after: { filter, projectIds: missing } });
      await enqueue(tx, {
        key: `${effectKey}:expert-assigned-tag:${expertId}`,
        chatId: expert.telegramId,
        payload: { text: ctx.t(expert.locale)('review-assigned-tag-notice', { count: missing.length, tag: escapeHtml(tagName) }), parse_mode: 'HTML' },
      }, now);
    }
    return { matched: projects.length, added: missing.length, tagName };
  });
}
