// Proposals for improving KoDO: anyone sends one (text, an optional file or photo); moderators work
// through a queue and set a status with a comment; the author is told of every change.
import type { Db } from '../../db/client.ts';
import { checkProposal, isProposalStatus, PROPOSAL_COMMENT_MAX, QUEUE_STATUSES, type ProposalStatus } from '../../domain/proposals.ts';
import { escapeHtml } from '../../render/escape.ts';
import { recordAudit } from '../audit.ts';
import type { Clock } from '../../runtime/clock.ts';
import { ServiceError, type Person } from '../users.ts';
import { isModerator } from './links.ts';
import { recipientSelect, type Notifier } from './notify.ts';

export interface ProposalFile {
  kind: 'document' | 'photo';
  fileId: string;
  fileName: string | null;
  fileSize: number | null;
}

export interface ProposalView {
  id: number;
  userId: number;
  authorName: string;
  text: string;
  status: ProposalStatus;
  comment: string | null;
  fileKind: string | null;
  fileId: string | null;
  fileName: string | null;
  revision: number;
  createdAt: Date;
}

const select = {
  id: true, userId: true, text: true, status: true, comment: true, fileKind: true, fileId: true, fileName: true, revision: true, createdAt: true,
  user: { select: { fullName: true } },
} as const;

type Row = { id: number; userId: number; text: string; status: string; comment: string | null; fileKind: string | null; fileId: string | null; fileName: string | null; revision: number; createdAt: Date; user: { fullName: string | null } };
const toView = ({ user, ...r }: Row): ProposalView => ({ ...r, status: isProposalStatus(r.status) ? r.status : 'new', authorName: user.fullName ?? '—' });

const PAGE = 8;

export class ProposalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** Saves a proposal (checked again here: the length and the file size) and tells the moderators. */
  async submit(person: Person, text: string, file: ProposalFile | null): Promise<ProposalView> {
    if (!person.registeredAt) throw new ServiceError('not-registered');
    const refusal = checkProposal(text, file?.fileSize ?? null);
    if (refusal) throw new ServiceError(`proposal-bad-${refusal}`);
    const now = this.clock.now();
    const row = await this.db.$transaction(async (tx) => {
      const created = await tx.proposal.create({
        data: { userId: person.id, text: text.trim(), fileKind: file?.kind ?? null, fileId: file?.fileId ?? null, fileName: file?.fileName ?? null, createdAt: now, updatedAt: now },
        select,
      });
      await this.notifier.tellModerators(tx, `proposal-new:${created.id}`, 'proposal-notice-new', { id: created.id, name: escapeHtml(person.fullName ?? '—') }, now);
      return created;
    });
    return toView(row);
  }

  async mine(userId: number): Promise<ProposalView[]> {
    return (await this.db.proposal.findMany({ where: { userId }, select, orderBy: { id: 'desc' }, take: 20 })).map(toView);
  }

  /** Moderators: those waiting for a decision (new, then under review), oldest first; page by page. */
  async queue(actor: Person, page: number): Promise<{ items: ProposalView[]; page: number; pages: number; total: number }> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const where = { status: { in: [...QUEUE_STATUSES] } };
    const total = await this.db.proposal.count({ where });
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const p = Math.min(Math.max(0, page), pages - 1);
    const rows = await this.db.proposal.findMany({ where, select, orderBy: [{ status: 'asc' }, { id: 'asc' }], skip: p * PAGE, take: PAGE });
    // 'new' sorts before 'review' alphabetically, which is the order wanted.
    return { items: rows.map(toView), page: p, pages, total };
  }

  /** Moderators: every proposal, or those of one status, newest first; page by page (the web view). */
  async list(actor: Person, status: ProposalStatus | null, page: number, perPage = 20): Promise<{ items: ProposalView[]; total: number }> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const where = status ? { status } : {};
    const [total, rows] = await Promise.all([
      this.db.proposal.count({ where }),
      this.db.proposal.findMany({ where, select, orderBy: { id: 'desc' }, skip: Math.max(0, page - 1) * perPage, take: perPage }),
    ]);
    return { items: rows.map(toView), total };
  }

  async view(actor: Person, id: number): Promise<ProposalView> {
    const row = await this.db.proposal.findUnique({ where: { id }, select });
    if (!row || (row.userId !== actor.id && !isModerator(actor))) throw new ServiceError('proposal-not-found');
    return toView(row);
  }

  /**
   * A moderator's decision. `revision` is the one the moderator saw: a decision taken meanwhile by
   * someone else wins and this one is refused. Audited; the author is told through the outbox.
   */
  async setStatus(actor: Person, id: number, status: ProposalStatus, comment: string | null, revision: number): Promise<ProposalView> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const note = comment?.trim() || null;
    if (note && note.length > PROPOSAL_COMMENT_MAX) throw new ServiceError('proposal-bad-comment', { max: PROPOSAL_COMMENT_MAX });
    const now = this.clock.now();
    const row = await this.db.$transaction(async (tx) => {
      const before = await tx.proposal.findUnique({ where: { id }, select: { status: true, comment: true, userId: true } });
      if (!before) throw new ServiceError('proposal-not-found');
      const changed = await tx.proposal.updateMany({ where: { id, revision }, data: { status, comment: note, revision: revision + 1, decidedById: actor.id, updatedAt: now } });
      if (!changed.count) throw new ServiceError('proposal-changed');
      await recordAudit(tx, { key: `proposal:${id}:rev:${revision + 1}`, actorId: actor.id, action: 'proposal.status', entity: 'proposal', entityId: id, before: { status: before.status, comment: before.comment }, after: { status, comment: note } });
      const author = await tx.user.findUniqueOrThrow({ where: { id: before.userId }, select: recipientSelect });
      const statusName = this.notifier.text(author.locale, `proposal-status-${status}`);
      await this.notifier.tell(tx, author, `proposal:${id}:rev:${revision + 1}`, note ? 'proposal-notice-status-comment' : 'proposal-notice-status', { id, status: statusName, comment: escapeHtml(note ?? '') }, now);
      return tx.proposal.findUniqueOrThrow({ where: { id }, select });
    });
    return toView(row);
  }
}
