// Expert invite links `/start expert_<token>`: a manager of one project makes a link; the first
// person to open it asks to be the project's expert; a manager confirms (or declines) with buttons.
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/client.ts';
import { escapeHtml } from '../render/escape.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { enqueue } from './outbox.ts';
import { canManageProject, loadActor, requireProjectManager } from './project-access.ts';
import { memberName } from './project-team.ts';
import type { Translate } from './translator.ts';
import { ServiceError } from './users.ts';

export const INVITE_DAYS = 7;
/** 18 random bytes: 144 bits, 24 characters of base64url — well inside a 64-character start payload. */
const TOKEN_BYTES = 18;
export const INVITE_TOKEN = /^[A-Za-z0-9_-]{24}$/;

export interface ExpertInviteDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
}

export type OpenOutcome =
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'used' }
  | { kind: 'own'; projectTitle: string }
  | { kind: 'already-expert'; projectTitle: string }
  | { kind: 'waiting'; projectTitle: string }
  | { kind: 'claimed'; projectTitle: string };

export type DecideOutcome = { kind: 'accepted' | 'declined'; name: string; projectId: number } | { kind: 'already'; status: string; projectId: number };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class ExpertInviteService {
  constructor(private readonly deps: ExpertInviteDeps) {}

  /** A new single-use link for one project, valid for INVITE_DAYS days. Only its hash is kept. */
  async create(actorId: number, projectId: number, effectKey: string): Promise<{ token: string; expiresAt: Date; projectTitle: string }> {
    const now = this.deps.clock.now();
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
    return this.deps.db.$transaction(async (tx) => {
      const project = await requireProjectManager(tx, actorId, projectId);
      const invite = await tx.expertInvite.create({ data: { projectId, tokenHash: hashToken(token), createdById: actorId, createdAt: now, expiresAt } });
      await recordAudit(tx, { key: `${effectKey}:expert-invite:${projectId}`, actorId, action: 'project.expert-invite.create', entity: 'project', entityId: projectId, after: { inviteId: invite.id, expiresAt } });
      return { token, expiresAt, projectTitle: project.title };
    });
  }

  /**
   * The person opening the link asks to become the expert. The conditional update open → claimed
   * is the lock: of two people opening one link, exactly one gets it; the other is told it is used.
   */
  async open(personId: number, token: string): Promise<OpenOutcome> {
    if (!INVITE_TOKEN.test(token)) return { kind: 'invalid' };
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const invite = await tx.expertInvite.findUnique({
        where: { tokenHash: hashToken(token) },
        include: { project: { select: { id: true, title: true, authorId: true, deletedAt: true, coauthors: { select: { userId: true } } } } },
      });
      if (!invite || invite.project.deletedAt) return { kind: 'invalid' };
      const projectTitle = invite.project.title;
      if (invite.claimedById === personId && invite.status === 'claimed') return { kind: 'waiting', projectTitle };
      if (invite.status !== 'open') return { kind: 'used' };
      if (invite.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
      const actor = await loadActor(tx, personId);
      if (canManageProject({ ...actor, roles: [] }, { authorId: invite.project.authorId, coauthorIds: invite.project.coauthors.map((c) => c.userId) })) return { kind: 'own', projectTitle };
      const assigned = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId: invite.projectId, userId: personId } } });
      if (assigned) return { kind: 'already-expert', projectTitle };
      const { count } = await tx.expertInvite.updateMany({
        where: { id: invite.id, status: 'open', expiresAt: { gt: now } },
        data: { status: 'claimed', claimedById: personId, claimedAt: now },
      });
      if (count !== 1) return { kind: 'used' };
      const [opener, creator] = await Promise.all([
        tx.user.findUniqueOrThrow({ where: { id: personId }, select: { id: true, fullName: true, username: true } }),
        tx.user.findUnique({ where: { id: invite.createdById }, select: { telegramId: true, locale: true } }),
      ]);
      if (creator) await this.#askManager(tx, invite.id, invite.projectId, projectTitle, opener, creator, now);
      return { kind: 'claimed', projectTitle };
    });
  }

  async #askManager(
    tx: Tx,
    inviteId: number,
    projectId: number,
    projectTitle: string,
    opener: { id: number; fullName: string | null; username: string | null },
    to: { telegramId: bigint; locale: string | null },
    now: Date,
  ): Promise<void> {
    const locale = to.locale ?? this.deps.defaultLocale;
    const t = (key: string, vars?: Record<string, string | number>) => this.deps.translate(locale, key, vars);
    await enqueue(tx, {
      key: `expert-invite:${inviteId}:ask`,
      chatId: to.telegramId,
      payload: {
        text: t('team-invite-ask', { name: escapeHtml(memberName(opener)), project: escapeHtml(projectTitle), id: String(projectId) }),
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: t('team-btn-invite-accept'), callback_data: `team:ok:${inviteId}` }, { text: t('team-btn-invite-decline'), callback_data: `team:no:${inviteId}` }]] },
      },
    }, now);
  }

  /**
   * A manager of the project answers. Accepting assigns the person as the project's expert (and
   * gives them the expert role if they lacked it: the manager has vouched for them on this project);
   * both changes are audited and the person is told. A second answer changes nothing.
   */
  async decide(actorId: number, inviteId: number, accept: boolean): Promise<DecideOutcome> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const invite = await tx.expertInvite.findUnique({ where: { id: inviteId } });
      if (!invite) throw new ServiceError('team-err-invite-gone');
      const project = await requireProjectManager(tx, actorId, invite.projectId);
      const { count } = await tx.expertInvite.updateMany({
        where: { id: inviteId, status: 'claimed' },
        data: { status: accept ? 'accepted' : 'declined', decidedById: actorId, decidedAt: now },
      });
      if (count !== 1) return { kind: 'already', status: invite.status, projectId: invite.projectId };
      const expertId = invite.claimedById!;
      const person = await tx.user.findUniqueOrThrow({ where: { id: expertId }, select: { id: true, fullName: true, username: true, telegramId: true, locale: true } });
      const locale = person.locale ?? this.deps.defaultLocale;
      const projectVars = { project: escapeHtml(project.title) };
      if (!accept) {
        await enqueue(tx, { key: `expert-invite:${inviteId}:declined`, chatId: person.telegramId, payload: { text: this.deps.translate(locale, 'team-invite-declined-notice', projectVars), parse_mode: 'HTML' } }, now);
        return { kind: 'declined', name: memberName(person), projectId: project.id };
      }
      const roles = (await tx.userRole.findMany({ where: { userId: expertId }, select: { role: true } })).map((r) => r.role);
      if (!roles.includes('expert')) {
        await tx.userRole.create({ data: { userId: expertId, role: 'expert', grantedById: actorId, grantedAt: now } });
        await recordAudit(tx, {
          key: `expert-invite:${inviteId}:role`,
          actorId,
          action: 'role.grant',
          entity: 'user',
          entityId: expertId,
          before: { roles },
          after: { roles: [...roles, 'expert'], source: `expert-invite:${inviteId}` },
        });
      }
      const existing = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId: project.id, userId: expertId } } });
      if (!existing) {
        await tx.projectExpert.create({ data: { projectId: project.id, userId: expertId, assignedById: actorId, assignedAt: now } });
        await recordAudit(tx, {
          key: `expert-invite:${inviteId}:assign`,
          actorId,
          action: 'project.expert.assign',
          entity: 'project',
          entityId: project.id,
          before: null,
          after: { expertId, inviteId },
        });
      }
      await enqueue(tx, { key: `expert-invite:${inviteId}:accepted`, chatId: person.telegramId, payload: { text: this.deps.translate(locale, 'review-assigned-notice', projectVars), parse_mode: 'HTML' } }, now);
      return { kind: 'accepted', name: memberName(person), projectId: project.id };
    });
  }
}
