// The bank of best practices: a moderator proposes an accepted, highly graded hand-in, its author
// consents or declines in the bot, published practices are searched by anyone, and the author or a
// moderator withdraws one. Every change is audited; the people concerned are told through the outbox.
import type { Db, Tx } from '../db/client.ts';
import type { Prisma } from '../db/generated/sqlite/client.ts';
import { canModerate } from '../domain/moderation.ts';
import { buildSearchText, canProposeAgain, canWithdraw, defaultPracticeTitle, givenPracticeTitle, highGradeMinimum, normalizeKeyword, proposeRefusal, type PracticeStatus } from '../domain/practices.ts';
import type { Clock } from '../runtime/clock.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import { recordAudit } from './audit.ts';
import { enqueueNotice } from './outbox.ts';
import { ServiceError, type Person } from './users.ts';

export interface PracticeDeps {
  db: Db;
  clock: Clock;
}

export interface Named {
  id: number;
  nameRu: string;
  nameEn: string;
}

export interface PracticeItemView {
  position: number;
  title: string;
  kind: string;
  fileId: string | null;
  fileName: string | null;
  mimeType: string | null;
  fileSize: number | null;
  url: string | null;
  text: string | null;
}

export interface PracticeCard {
  id: number;
  title: string;
  summary: string;
  status: PracticeStatus;
  userId: number;
  author: string | null;
  project: { id: number; title: string };
  step: { id: number; title: string; position: number };
  directions: Named[];
  guilds: Named[];
  tokens: Named[];
  points: number;
  maxPoints: number;
  decidedAt: Date | null;
  items: PracticeItemView[];
}

export interface PracticeFilter {
  keyword?: string | null;
  directionId?: number | null;
  guildId?: number | null;
  page: number;
  pageSize: number;
}

export interface AdminPracticeRow {
  id: number;
  title: string;
  status: PracticeStatus;
  author: string | null;
  project: string;
  proposedAt: Date;
  decidedAt: Date | null;
  submissionId: number;
}

const cardInclude = {
  user: { select: { fullName: true } },
  project: { select: { id: true, title: true, directions: { include: { direction: true } }, guilds: { include: { guild: true } } } },
  step: { select: { id: true, title: true, position: true } },
  submission: { select: { grade: { select: { totalPoints: true, maxPoints: true, tokens: { include: { token: true } } } } } },
  items: { orderBy: { position: 'asc' } },
} as const;

/**
 * A practice is shown only while its project is: hiding or unpublishing a project (personal data in
 * it, say) takes its practices out of the bank too, and showing it again brings them back.
 */
const VISIBLE_PROJECT = { deletedAt: null, status: { not: 'draft' } };

const bySort = <T extends { sort: number }>(a: T, b: T) => a.sort - b.sort;

export class PracticeService {
  constructor(private readonly deps: PracticeDeps) {}

  /**
   * Proposes a hand-in for the bank and asks its author for consent. Proposing again (a double
   * click, a second moderator) finds the same practice and sends nothing new, unless the author
   * declined it or it was withdrawn: then the author is asked again (a new round).
   */
  async propose(actor: Person, submissionId: number, effectKey: string, givenTitle: string | null = null): Promise<{ id: number; created: boolean; status: PracticeStatus }> {
    if (!canModerate(actor.roles)) throw new ServiceError('need-role', { role: 'moderator' });
    const known = await this.deps.db.practice.findUnique({ where: { submissionId }, select: { id: true, status: true } });
    if (known && !canProposeAgain(known.status as PracticeStatus)) return { id: known.id, created: false, status: known.status as PracticeStatus };
    const sub = await this.deps.db.submission.findUnique({
      where: { id: submissionId },
      include: {
        grade: { select: { decision: true, totalPoints: true, maxPoints: true } },
        enrolment: { select: { user: { select: { id: true, telegramId: true, fullName: true } } } },
        step: { select: { id: true, title: true, project: { select: { id: true, title: true, summary: true } } } },
        items: { include: { checklistItem: { select: { title: true, position: true } } } },
      },
    });
    if (!sub) throw new ServiceError('practice-submission-not-found', { id: submissionId });
    // Asked again or for the first time, the hand-in passes the same checks (a grade corrected since may not).
    const refusal = proposeRefusal(sub);
    if (refusal) throw new ServiceError(refusal, { points: sub.grade?.totalPoints ?? 0, max: sub.grade?.maxPoints ?? 0, need: highGradeMinimum(sub.grade?.maxPoints ?? 0) });
    const now = this.deps.clock.now();
    const author = sub.enrolment.user;
    const items = [...sub.items].sort((a, b) => a.checklistItem.position - b.checklistItem.position);
    const given = givenPracticeTitle(givenTitle);
    const title = given ?? defaultPracticeTitle(sub.step.project.title, sub.step.title);
    const searchText = (t: string) => buildSearchText([t, sub.step.project.summary, author.fullName, ...items.flatMap((i) => [i.checklistItem.title, i.text, i.fileName])]);
    const askConsent = (tx: Tx, practiceId: number, round: number) =>
      enqueueNotice(tx, {
        key: `practice:${practiceId}:consent:${round}`,
        chatId: author.telegramId,
        kind: 'practices.consent-request',
        data: { practiceId, project: sub.step.project.title, step: sub.step.title, points: sub.grade!.totalPoints, maxPoints: sub.grade!.maxPoints },
      }, now);
    if (known) {
      // Back to «proposed» by a conditional update: of two moderators at once, one asks again.
      const was = known.status as PracticeStatus;
      const asked = await this.deps.db.$transaction(async (tx) => {
        const { count } = await tx.practice.updateMany({
          where: { id: known.id, status: was },
          data: { status: 'proposed', round: { increment: 1 }, proposedById: actor.id, proposedAt: now, decidedAt: null, consentAt: null, consentVia: null, withdrawnById: null, withdrawnAt: null, withdrawReason: null, ...(given ? { title: given, searchText: searchText(given) } : {}) },
        });
        if (!count) return false;
        const p = await tx.practice.findUniqueOrThrow({ where: { id: known.id }, select: { round: true, title: true } });
        await recordAudit(tx, { key: `${effectKey}:practice-propose-again:${known.id}`, actorId: actor.id, action: 'practice.propose-again', entity: 'practice', entityId: known.id, before: { status: was }, after: { status: 'proposed', round: p.round, title: p.title } });
        await askConsent(tx, known.id, p.round);
        return true;
      });
      if (asked) return { id: known.id, created: true, status: 'proposed' };
      const present = await this.deps.db.practice.findUniqueOrThrow({ where: { id: known.id }, select: { status: true } });
      return { id: known.id, created: false, status: present.status as PracticeStatus };
    }
    try {
      const id = await this.deps.db.$transaction(async (tx) => {
        const practice = await tx.practice.create({
          data: {
            submissionId,
            userId: author.id,
            projectId: sub.step.project.id,
            stepId: sub.step.id,
            title,
            summary: sub.step.project.summary,
            proposedById: actor.id,
            proposedAt: now,
            searchText: searchText(title),
            items: {
              create: items.map((i, n) => ({
                position: n + 1,
                title: i.checklistItem.title,
                kind: i.kind,
                fileId: i.fileId,
                fileName: i.fileName,
                mimeType: i.mimeType,
                fileSize: i.fileSize,
                url: i.url,
                text: i.text,
              })),
            },
          },
        });
        await recordAudit(tx, { key: `${effectKey}:practice-propose:${submissionId}`, actorId: actor.id, action: 'practice.propose', entity: 'practice', entityId: practice.id, after: { submissionId, status: 'proposed', title } });
        await askConsent(tx, practice.id, 1);
        return practice.id;
      });
      return { id, created: true, status: 'proposed' };
    } catch (error) {
      // Two moderators at once: the unique submission id lets one create it; the other finds it.
      if (!isUniqueViolation(error)) throw error;
      const row = await this.deps.db.practice.findUniqueOrThrow({ where: { submissionId }, select: { id: true, status: true } });
      return { id: row.id, created: false, status: row.status as PracticeStatus };
    }
  }

  /**
   * The author's answer. Only a proposed practice changes (a conditional update: of two presses
   * one wins); a stale press learns the practice's present status and changes nothing.
   */
  async answer(actor: Person, practiceId: number, consent: boolean, via: 'bot' | 'web', effectKey: string): Promise<{ changed: boolean; status: PracticeStatus; title: string }> {
    const practice = await this.deps.db.practice.findUnique({ where: { id: practiceId }, select: { userId: true, status: true, title: true, proposedById: true, round: true } });
    if (!practice) throw new ServiceError('practice-not-found', { id: practiceId });
    if (practice.userId !== actor.id) throw new ServiceError('practice-not-yours');
    const now = this.deps.clock.now();
    const status: PracticeStatus = consent ? 'published' : 'declined';
    const changed = await this.deps.db.$transaction(async (tx) => {
      const { count } = await tx.practice.updateMany({
        where: { id: practiceId, status: 'proposed' },
        data: { status, decidedAt: now, ...(consent ? { consentAt: now, consentVia: via } : {}) },
      });
      if (count === 0) return false;
      await recordAudit(tx, { key: `${effectKey}:practice-answer:${practiceId}`, actorId: actor.id, action: consent ? 'practice.consent' : 'practice.decline', entity: 'practice', entityId: practiceId, before: { status: 'proposed' }, after: { status, via } });
      const proposer = await tx.user.findUnique({ where: { id: practice.proposedById }, select: { telegramId: true } });
      if (proposer) await enqueueNotice(tx, { key: `practice:${practiceId}:answered:${practice.round}`, chatId: proposer.telegramId, kind: 'practices.answered', data: { practiceId, title: practice.title, consent } }, now);
      return true;
    });
    if (changed) return { changed, status, title: practice.title };
    const present = await this.deps.db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { status: true } });
    return { changed: false, status: present.status as PracticeStatus, title: practice.title };
  }

  /** Its author or a moderator takes a practice out of the bank (or out of the proposal); audited. */
  async withdraw(actor: Person, practiceId: number, reason: string, effectKey: string): Promise<{ changed: boolean; title: string }> {
    const practice = await this.deps.db.practice.findUnique({ where: { id: practiceId }, select: { userId: true, status: true, title: true, round: true, user: { select: { telegramId: true } } } });
    if (!practice) throw new ServiceError('practice-not-found', { id: practiceId });
    const moderator = canModerate(actor.roles);
    if (!moderator && practice.userId !== actor.id) throw new ServiceError('practice-not-yours');
    const status = practice.status as PracticeStatus;
    if (!canWithdraw({ userId: practice.userId, status }, { id: actor.id, moderator })) return { changed: false, title: practice.title };
    const why = reason.trim().slice(0, 500);
    const now = this.deps.clock.now();
    const changed = await this.deps.db.$transaction(async (tx) => {
      const { count } = await tx.practice.updateMany({
        where: { id: practiceId, status: { in: ['proposed', 'published'] } },
        data: { status: 'withdrawn', withdrawnById: actor.id, withdrawnAt: now, withdrawReason: why || null },
      });
      if (count === 0) return false;
      await recordAudit(tx, { key: `${effectKey}:practice-withdraw:${practiceId}`, actorId: actor.id, action: 'practice.withdraw', entity: 'practice', entityId: practiceId, before: { status }, after: { status: 'withdrawn', reason: why || undefined } });
      if (practice.userId !== actor.id) {
        await enqueueNotice(tx, { key: `practice:${practiceId}:withdrawn:${practice.round}`, chatId: practice.user.telegramId, kind: 'practices.withdrawn', data: { practiceId, title: practice.title, reason: why } }, now);
      }
      return true;
    });
    return { changed, title: practice.title };
  }

  /** Published practices, newest first, by keyword, direction and guild (a project for «Любая» fits every guild). */
  async search(filter: PracticeFilter): Promise<{ rows: PracticeCard[]; total: number }> {
    const keyword = normalizeKeyword(filter.keyword);
    const any = filter.guildId ? await this.deps.db.guild.findUnique({ where: { code: 'any' }, select: { id: true } }) : null;
    const where = {
      status: 'published',
      ...(keyword ? { searchText: { contains: keyword } } : {}),
      project: {
        ...VISIBLE_PROJECT,
        ...(filter.directionId ? { directions: { some: { directionId: filter.directionId } } } : {}),
        ...(filter.guildId ? { guilds: { some: { guildId: { in: [filter.guildId, ...(any ? [any.id] : [])] } } } } : {}),
      },
    };
    const [total, rows] = await Promise.all([
      this.deps.db.practice.count({ where }),
      this.deps.db.practice.findMany({ where, include: cardInclude, orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }], skip: filter.page * filter.pageSize, take: filter.pageSize }),
    ]);
    return { rows: rows.map(toCard), total };
  }

  /** A published practice's card; null for any other (proposed, declined, withdrawn or missing). */
  async published(id: number): Promise<PracticeCard | null> {
    const row = await this.deps.db.practice.findFirst({ where: { id, status: 'published', project: VISIBLE_PROJECT }, include: cardInclude });
    return row ? toCard(row) : null;
  }

  /** A practice in any status, for its author and moderators. */
  async forActor(actor: Person, id: number): Promise<PracticeCard | null> {
    const row = await this.deps.db.practice.findUnique({ where: { id }, include: cardInclude });
    if (!row || (row.userId !== actor.id && !canModerate(actor.roles))) return null;
    return toCard(row);
  }

  /** The author's own practices that can still be withdrawn. */
  async mine(actor: Person): Promise<{ id: number; title: string; status: PracticeStatus }[]> {
    const rows = await this.deps.db.practice.findMany({ where: { userId: actor.id, status: { in: ['proposed', 'published'] } }, select: { id: true, title: true, status: true }, orderBy: { id: 'desc' }, take: 20 });
    return rows.map((r) => ({ ...r, status: r.status as PracticeStatus }));
  }

  /** Moderators' list, every status or one. */
  async list(filter: { status?: string; page: number; pageSize: number }): Promise<{ rows: AdminPracticeRow[]; total: number }> {
    const where = filter.status ? { status: filter.status } : {};
    const [total, rows] = await Promise.all([
      this.deps.db.practice.count({ where }),
      this.deps.db.practice.findMany({
        where,
        select: { id: true, title: true, status: true, proposedAt: true, decidedAt: true, submissionId: true, user: { select: { fullName: true } }, project: { select: { title: true } } },
        orderBy: { id: 'desc' },
        skip: filter.page * filter.pageSize,
        take: filter.pageSize,
      }),
    ]);
    return {
      total,
      rows: rows.map((r) => ({ id: r.id, title: r.title, status: r.status as PracticeStatus, author: r.user.fullName, project: r.project.title, proposedAt: r.proposedAt, decidedAt: r.decidedAt, submissionId: r.submissionId })),
    };
  }

  /** The practice made from a hand-in, if any (the submission page shows it). */
  async ofSubmission(submissionId: number): Promise<{ id: number; status: PracticeStatus } | null> {
    const row = await this.deps.db.practice.findUnique({ where: { submissionId }, select: { id: true, status: true } });
    return row ? { id: row.id, status: row.status as PracticeStatus } : null;
  }

  /** Every direction and guild to filter by, in their reference order (short lists). */
  async filters(): Promise<{ directions: (Named & { sort: number })[]; guilds: (Named & { sort: number })[] }> {
    const [directions, guilds] = await Promise.all([this.deps.db.direction.findMany({ orderBy: { sort: 'asc' } }), this.deps.db.guild.findMany({ orderBy: { sort: 'asc' } })]);
    return { directions, guilds };
  }
}

type CardRow = Prisma.PracticeGetPayload<{ include: typeof cardInclude }>;

function toCard(row: CardRow): PracticeCard {
  const grade = row.submission.grade;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status as PracticeStatus,
    userId: row.userId,
    // The author is named only once they consented (a published practice always has).
    author: row.consentAt ? row.user.fullName : null,
    project: { id: row.project.id, title: row.project.title },
    step: row.step,
    directions: row.project.directions.map((d) => d.direction).sort(bySort),
    guilds: row.project.guilds.map((g) => g.guild).sort(bySort),
    tokens: grade ? grade.tokens.map((t) => ({ id: 0, nameRu: t.token.nameRu, nameEn: t.token.nameEn, sort: t.token.sort })).sort(bySort) : [],
    points: grade?.totalPoints ?? 0,
    maxPoints: grade?.maxPoints ?? 0,
    decidedAt: row.decidedAt,
    items: row.items,
  };
}
