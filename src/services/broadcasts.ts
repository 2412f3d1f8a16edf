// News and broadcasts: a moderator's post saved as a draft, an audience counted before sending, a
// send now or at a set time, then one outbox row per recipient (key broadcast:<id>:user:<userId>)
// written in one transaction; pause, resume and cancel move those rows between pending and held.
import type { Db, Tx } from '../db/client.ts';
import type { Prisma } from '../db/generated/sqlite/client.ts';
import { checkPost, parseAudience, postTitle, tally, type Audience, type BroadcastCounts, type Post } from '../domain/broadcast.ts';
import { ROLES, type Role } from '../domain/roles.ts';
import type { Clock } from '../runtime/clock.ts';
import { recordAudit } from './audit.ts';
import { enqueueNotice } from './outbox.ts';
import { ServiceError, type Person } from './users.ts';

export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'cancelled' | 'done';

export interface BroadcastView {
  id: number;
  status: BroadcastStatus;
  title: string;
  post: Post;
  audience: Audience | null;
  sendAt: Date | null;
  createdById: number | null;
  statusChatId: bigint | null;
  statusMessageId: number | null;
  progressAt: Date | null;
  finishedAt: Date | null;
  total: number;
}

export type AudienceKind = Exclude<Audience['kind'], 'all'>;

export interface AudienceOption {
  /** The audience this option means (its code goes on the button). */
  audience: Audience;
  nameRu: string;
  nameEn: string;
}

export interface AudienceCount {
  total: number;
  /** Of them, people who blocked the bot: they are skipped and counted as blocked. */
  unreachable: number;
}

export interface NewsItem {
  id: number;
  title: string;
  publishedAt: Date;
  post: Post | null;
}

const PAGE = 8;
const FAN_OUT_CHUNK = 1_000;

export const canBroadcast = (actor: Person | null | undefined) => Boolean(actor?.roles.some((r) => r === 'moderator' || r === 'admin'));

export class BroadcastService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  #must(actor: Person | null | undefined): asserts actor is Person {
    if (!canBroadcast(actor)) throw new ServiceError('need-role', { role: 'moderator' });
  }

  /** Checks the post and keeps it as a draft; the audience is picked next. */
  async createDraft(actor: Person, post: Post): Promise<number> {
    this.#must(actor);
    const problem = checkPost(post);
    if (problem) throw new ServiceError(`broadcast-post-${problem.problem}`, problem.problem === 'too-long' ? { limit: problem.limit, length: problem.length } : {});
    const row = await this.db.broadcast.create({
      data: { text: post.text, post: post as unknown as Prisma.InputJsonValue, audience: {}, status: 'draft', createdById: actor.id, createdAt: this.clock.now() },
      select: { id: true },
    });
    return row.id;
  }

  async get(id: number): Promise<BroadcastView | null> {
    const b = await this.db.broadcast.findUnique({ where: { id } });
    if (!b) return null;
    const post = (b.post ?? { text: b.text, buttons: [] }) as unknown as Post;
    return {
      id: b.id,
      status: b.status as BroadcastStatus,
      title: postTitle(post.text) || '📎',
      post,
      audience: parseAudience(b.audience),
      sendAt: b.sendAt,
      createdById: b.createdById,
      statusChatId: b.statusChatId,
      statusMessageId: b.statusMessageId,
      progressAt: b.progressAt,
      finishedAt: b.finishedAt,
      total: b.total,
    };
  }

  /** Guilds, directions, municipalities, institutions, open projects or roles, a page at a time. */
  async options(kind: AudienceKind, page: number): Promise<{ options: AudienceOption[]; pages: number }> {
    const paged = <T>(rows: T[]) => ({ rows: rows.slice(page * PAGE, page * PAGE + PAGE), pages: Math.max(1, Math.ceil(rows.length / PAGE)) });
    const sorted = { orderBy: [{ sort: 'asc' as const }, { id: 'asc' as const }] };
    let all: AudienceOption[];
    switch (kind) {
      case 'guild':
        all = (await this.db.guild.findMany(sorted)).map((g) => ({ audience: { kind, id: g.id }, nameRu: g.nameRu, nameEn: g.nameEn }));
        break;
      case 'direction':
        all = (await this.db.direction.findMany(sorted)).map((d) => ({ audience: { kind, id: d.id }, nameRu: d.nameRu, nameEn: d.nameEn }));
        break;
      case 'municipality':
        all = (await this.db.municipality.findMany({ orderBy: { name: 'asc' } })).map((m) => ({ audience: { kind, id: m.id }, nameRu: m.name, nameEn: m.name }));
        break;
      case 'institution':
        all = (await this.db.institution.findMany({ orderBy: { name: 'asc' } })).map((i) => ({ audience: { kind, id: i.id }, nameRu: i.name, nameEn: i.name }));
        break;
      case 'project':
        all = (
          await this.db.project.findMany({ where: { deletedAt: null, status: { in: ['published', 'running', 'finished'] } }, orderBy: { startsOn: 'desc' } })
        ).map((p) => ({ audience: { kind, id: p.id, owing: false }, nameRu: p.title, nameEn: p.title }));
        break;
      case 'role':
        all = ROLES.map((role) => ({ audience: { kind, role }, nameRu: role, nameEn: role }));
        break;
    }
    const { rows, pages } = paged(all);
    return { options: rows, pages };
  }

  /** What an audience is called: a guild's name, a project's title, a role. */
  async describe(audience: Audience): Promise<{ nameRu: string; nameEn: string } | null> {
    switch (audience.kind) {
      case 'all':
        return { nameRu: '', nameEn: '' };
      case 'guild':
        return this.db.guild.findUnique({ where: { id: audience.id }, select: { nameRu: true, nameEn: true } });
      case 'direction':
        return this.db.direction.findUnique({ where: { id: audience.id }, select: { nameRu: true, nameEn: true } });
      case 'municipality': {
        const m = await this.db.municipality.findUnique({ where: { id: audience.id } });
        return m && { nameRu: m.name, nameEn: m.name };
      }
      case 'institution': {
        const i = await this.db.institution.findUnique({ where: { id: audience.id } });
        return i && { nameRu: i.name, nameEn: i.name };
      }
      case 'project': {
        const p = await this.db.project.findFirst({ where: { id: audience.id, deletedAt: null } });
        return p && { nameRu: p.title, nameEn: p.title };
      }
      case 'role':
        return { nameRu: audience.role, nameEn: audience.role };
    }
  }

  /** The step of a project people are working on now: open today, the first by position. */
  async currentStep(projectId: number, now = this.clock.now()): Promise<{ id: number; position: number; title: string } | null> {
    return this.db.step.findFirst({
      where: { projectId, startsOn: { lte: now }, endsOn: { gte: now } },
      orderBy: { position: 'asc' },
      select: { id: true, position: true, title: true },
    });
  }

  async #where(audience: Audience, now: Date): Promise<Prisma.UserWhereInput> {
    const registered: Prisma.UserWhereInput = { registeredAt: { not: null } };
    switch (audience.kind) {
      case 'all':
        return registered;
      case 'guild':
        return { ...registered, guilds: { some: { guildId: audience.id } } };
      case 'direction':
        return { ...registered, enrolments: { some: { project: { deletedAt: null, directions: { some: { directionId: audience.id } } } } } };
      case 'municipality':
        return { ...registered, municipalityId: audience.id };
      case 'institution':
        return { ...registered, institutionId: audience.id };
      case 'role':
        return { ...registered, roles: { some: { role: audience.role } } };
      case 'project': {
        if (!audience.owing) return { ...registered, enrolments: { some: { projectId: audience.id } } };
        const step = await this.currentStep(audience.id, now);
        // No step open today: nobody owes anything now.
        if (!step) return { id: -1 };
        return {
          ...registered,
          enrolments: { some: { projectId: audience.id, submissions: { none: { stepId: step.id, status: { in: ['submitted', 'accepted'] } } } } },
        };
      }
    }
  }

  /** How many people the audience reaches now, and how many of them blocked the bot. */
  async count(audience: Audience, now = this.clock.now()): Promise<AudienceCount> {
    const where = await this.#where(audience, now);
    const [total, unreachable] = await Promise.all([this.db.user.count({ where }), this.db.user.count({ where: { AND: [where, { unreachableAt: { not: null } }] } })]);
    return { total, unreachable };
  }

  /**
   * The moderator's confirmation: the draft gets its audience and goes now (sendAt null) or at
   * sendAt. Only a draft can be confirmed, so a second press changes nothing. The bot names its
   * status message (edited in place as the broadcast goes); the web view polls instead (null).
   */
  async confirm(
    actor: Person,
    id: number,
    audience: Audience,
    sendAt: Date | null,
    statusMessage: { chatId: bigint | number; messageId: number } | null,
  ): Promise<{ status: 'sending' | 'scheduled'; total: number }> {
    this.#must(actor);
    const now = this.clock.now();
    if (sendAt && sendAt.getTime() <= now.getTime()) throw new ServiceError('broadcast-time-past');
    const draft = await this.get(id);
    if (!draft) throw new ServiceError('broadcast-not-found');
    if (draft.status !== 'draft') throw new ServiceError('broadcast-already-confirmed');
    const { total } = await this.count(audience, now);
    if (!total) throw new ServiceError('broadcast-audience-empty');
    const changed = await this.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({
        where: { id, status: 'draft' },
        data: {
          status: 'scheduled',
          audience: audience as unknown as Prisma.InputJsonValue,
          sendAt: sendAt ?? now,
          total,
          statusChatId: statusMessage ? BigInt(statusMessage.chatId) : null,
          statusMessageId: statusMessage?.messageId ?? null,
        },
      });
      if (!count) return false;
      await recordAudit(tx, { key: `broadcast:${id}:confirm`, actorId: actor.id, action: sendAt ? 'broadcast.schedule' : 'broadcast.send', entity: 'broadcast', entityId: id, before: { status: 'draft' }, after: { status: 'scheduled', audience, sendAt: sendAt ?? now, total } });
      const news = await tx.news.create({ data: { title: draft.title, body: draft.post.text, authorId: actor.id, createdAt: now } });
      await tx.broadcast.update({ where: { id }, data: { newsId: news.id } });
      return true;
    });
    if (!changed) throw new ServiceError('broadcast-already-confirmed');
    if (!sendAt) await this.start(id, now);
    return { status: sendAt ? 'scheduled' : 'sending', total };
  }

  /** Starts every scheduled broadcast whose time has come (the sender calls it every second or so). */
  async startDue(now = this.clock.now()): Promise<number[]> {
    const due = await this.db.broadcast.findMany({ where: { status: 'scheduled', sendAt: { lte: now } }, select: { id: true } });
    const started: number[] = [];
    for (const { id } of due) if (await this.start(id, now)) started.push(id);
    return started;
  }

  /**
   * One outbox row per recipient, all in one transaction with the status change: a crash leaves
   * either no rows and a scheduled broadcast (started again) or every row.
   */
  async start(id: number, now: Date): Promise<boolean> {
    return this.db.$transaction(
      async (tx) => {
        const b = await tx.broadcast.findUnique({ where: { id }, select: { audience: true, newsId: true, status: true } });
        const audience = parseAudience(b?.audience);
        if (!b || b.status !== 'scheduled') return false;
        const { count } = await tx.broadcast.updateMany({ where: { id, status: 'scheduled' }, data: { status: 'sending', startedAt: now, progressAt: null } });
        if (!count) return false;
        const people = audience ? await tx.user.findMany({ where: await this.#where(audience, now), select: { id: true, telegramId: true }, orderBy: { id: 'asc' } }) : [];
        for (let i = 0; i < people.length; i += FAN_OUT_CHUNK) {
          await tx.outboxMessage.createMany({
            data: people.slice(i, i + FAN_OUT_CHUNK).map((p) => ({
              key: `broadcast:${id}:user:${p.id}`,
              chatId: p.telegramId,
              method: 'notice',
              payload: {},
              kind: 'news.post',
              data: { broadcastId: id },
              category: 'news',
              broadcastId: id,
              availableAt: now,
              createdAt: now,
            })),
          });
        }
        // A post for those owing a step is theirs alone; one for all the project's people is news for its topic.
        if (audience?.kind === 'project' && !audience.owing) await this.#postInTopic(tx, id, audience.id, now);
        await tx.broadcast.update({ where: { id }, data: { total: people.length } });
        if (b.newsId) await tx.news.update({ where: { id: b.newsId }, data: { publishedAt: now } });
        return true;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }

  /** A project's news also goes to its discussion topic when the project asked for posts there. */
  async #postInTopic(tx: Tx, id: number, projectId: number, now: Date): Promise<void> {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { discussionPosts: true, discussionChatId: true, discussionThreadId: true } });
    if (!project?.discussionPosts || project.discussionChatId === null || project.discussionThreadId === null) return;
    await tx.outboxMessage.createMany({
      data: [{ key: `broadcast:${id}:topic`, chatId: project.discussionChatId, method: 'notice', payload: {}, kind: 'news.topic-post', data: { broadcastId: id, threadId: project.discussionThreadId }, availableAt: now, createdAt: now }],
    });
  }

  async #owned(actor: Person, id: number): Promise<BroadcastView> {
    this.#must(actor);
    const b = await this.get(id);
    if (!b) throw new ServiceError('broadcast-not-found');
    return b;
  }

  async pause(actor: Person, id: number): Promise<void> {
    const b = await this.#owned(actor, id);
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({ where: { id, status: 'sending' }, data: { status: 'paused', progressAt: null } });
      if (!count) throw new ServiceError(b.status === 'cancelled' ? 'broadcast-is-cancelled' : b.status === 'done' ? 'broadcast-is-done' : 'broadcast-not-sending');
      await tx.outboxMessage.updateMany({ where: { broadcastId: id, status: 'pending' }, data: { status: 'held' } });
      await recordAudit(tx, { actorId: actor.id, action: 'broadcast.pause', entity: 'broadcast', entityId: id, before: { status: 'sending' }, after: { status: 'paused' } });
    });
  }

  async resume(actor: Person, id: number): Promise<void> {
    const b = await this.#owned(actor, id);
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({ where: { id, status: 'paused' }, data: { status: 'sending', progressAt: null } });
      if (!count) throw new ServiceError(b.status === 'cancelled' ? 'broadcast-is-cancelled' : b.status === 'done' ? 'broadcast-is-done' : 'broadcast-not-paused');
      await tx.outboxMessage.updateMany({ where: { broadcastId: id, status: 'held' }, data: { status: 'pending', availableAt: this.clock.now() } });
      await recordAudit(tx, { actorId: actor.id, action: 'broadcast.resume', entity: 'broadcast', entityId: id, before: { status: 'paused' }, after: { status: 'sending' } });
    });
  }

  /** Stops what has not gone yet; the moderator gets the report of what had. */
  async cancel(actor: Person, id: number): Promise<void> {
    const b = await this.#owned(actor, id);
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({
        where: { id, status: { in: ['draft', 'scheduled', 'sending', 'paused'] } },
        data: { status: 'cancelled', finishedAt: now, progressAt: null },
      });
      if (!count) throw new ServiceError(b.status === 'done' ? 'broadcast-is-done' : 'broadcast-is-cancelled');
      await tx.outboxMessage.updateMany({ where: { broadcastId: id, status: { in: ['pending', 'held'] } }, data: { status: 'cancelled' } });
      if (b.status !== 'draft') {
        await recordAudit(tx, { actorId: actor.id, action: 'broadcast.cancel', entity: 'broadcast', entityId: id, before: { status: b.status }, after: { status: 'cancelled' } });
        await this.#report(tx, id, 'cancelled', now);
      }
    });
  }

  /** The latest broadcasts past their draft, newest first, for the web view's list. */
  async recent(limit = 20): Promise<BroadcastView[]> {
    const rows = await this.db.broadcast.findMany({ where: { status: { not: 'draft' } }, select: { id: true }, orderBy: { id: 'desc' }, take: limit });
    return (await Promise.all(rows.map((r) => this.get(r.id)))).filter((b): b is BroadcastView => b !== null);
  }

  async counts(id: number, total?: number): Promise<BroadcastCounts> {
    const groups = await this.db.outboxMessage.groupBy({ by: ['status'], where: { broadcastId: id }, _count: { _all: true } });
    const byStatus = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
    return tally(total ?? (await this.db.broadcast.findUnique({ where: { id }, select: { total: true } }))?.total ?? 0, byStatus);
  }

  /** Broadcasts whose status message is due an edit: going, paused, or finished but not yet shown so. */
  async watched(): Promise<BroadcastView[]> {
    const rows = await this.db.broadcast.findMany({
      where: { OR: [{ status: { in: ['scheduled', 'sending', 'paused'] } }, { status: { in: ['done', 'cancelled'] }, progressAt: null, statusMessageId: { not: null } }] },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return (await Promise.all(rows.map((r) => this.get(r.id)))).filter((b): b is BroadcastView => b !== null);
  }

  async localeOf(telegramId: bigint): Promise<string | null> {
    return (await this.db.user.findUnique({ where: { telegramId }, select: { locale: true } }))?.locale ?? null;
  }

  async markShown(id: number, at: Date): Promise<void> {
    await this.db.broadcast.update({ where: { id }, data: { progressAt: at } });
  }

  /** A broadcast with nothing left to send is done; its author gets the report. */
  async finishIfDone(id: number, counts: BroadcastCounts, now = this.clock.now()): Promise<boolean> {
    if (counts.left > 0) return false;
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.broadcast.updateMany({ where: { id, status: 'sending' }, data: { status: 'done', finishedAt: now, progressAt: null } });
      if (!count) return false;
      await this.#report(tx, id, 'done', now, counts);
      return true;
    });
  }

  async #report(tx: Tx, id: number, state: 'done' | 'cancelled', now: Date, counts?: BroadcastCounts): Promise<void> {
    const b = await tx.broadcast.findUnique({ where: { id }, select: { statusChatId: true, text: true, total: true } });
    if (!b?.statusChatId) return;
    const groups = counts ? null : await tx.outboxMessage.groupBy({ by: ['status'], where: { broadcastId: id }, _count: { _all: true } });
    const final = counts ?? tally(b.total, Object.fromEntries(groups!.map((g) => [g.status, g._count._all])));
    await enqueueNotice(tx, { key: `broadcast:${id}:report`, chatId: b.statusChatId, kind: 'broadcast.finished', data: { title: postTitle(b.text) || '📎', state, counts: final } }, now);
  }

  /** Published news, newest first, for /news. */
  async news(page: number, perPage = 5): Promise<{ items: NewsItem[]; pages: number }> {
    const where = { publishedAt: { not: null } };
    const [total, rows] = await Promise.all([
      this.db.news.count({ where }),
      this.db.news.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: page * perPage, take: perPage, include: { broadcasts: { select: { post: true }, take: 1 } } }),
    ]);
    return {
      items: rows.map((n) => ({ id: n.id, title: n.title, publishedAt: n.publishedAt!, post: (n.broadcasts[0]?.post ?? null) as Post | null })),
      pages: Math.max(1, Math.ceil(total / perPage)),
    };
  }

  async newsItem(id: number): Promise<NewsItem | null> {
    const n = await this.db.news.findFirst({ where: { id, publishedAt: { not: null } }, include: { broadcasts: { select: { post: true }, take: 1 } } });
    return n && { id: n.id, title: n.title, publishedAt: n.publishedAt!, post: (n.broadcasts[0]?.post ?? { text: n.body, buttons: [] }) as unknown as Post };
  }
}

export type { Role };
