// Workshops (мастерские): an author's idea gets a topic in the developers' chat with a pinned card;
// people join its working group (a cap kept by the database), the author closes it or turns it into
// a project draft whose working group is recorded with it.
import { sqltag as sql } from '@prisma/client/runtime/client';
import type { Db, Tx } from '../../db/client.ts';
import { topicLink } from '../../domain/group-rights.ts';
import { joinRefusal, WORKSHOP_LIMITS } from '../../domain/workshops.ts';
import { formatDay } from '../../domain/dates.ts';
import { escapeHtml } from '../../render/escape.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { RewardsService } from '../rewards.ts';
import { ServiceError, type Person } from '../users.ts';
import type { GroupLinkService } from './links.ts';
import { recipientSelect, type Notifier } from './notify.ts';
import { isCardGone, isGroupStateError, isUniqueViolation, type GroupApi } from './telegram.ts';

export interface WorkshopInput {
  title: string;
  idea: string;
  outcome: string;
  path: string;
  guildCodes: string[];
  formingUntil: Date | null;
  cap: number | null;
}

export interface WorkshopView {
  id: number;
  title: string;
  idea: string;
  outcome: string;
  path: string;
  guildCodes: string[];
  formingUntil: Date | null;
  cap: number | null;
  memberCount: number;
  status: string;
  authorId: number;
  authorName: string;
  chatId: bigint | null;
  threadId: number | null;
  cardMessageId: number | null;
  projectId: number | null;
  link: string | null;
}

export type WorkshopOpened = WorkshopView & { cardPinned: boolean };

const DAY = 86_400_000;

export const canOpenWorkshops = (person: Pick<Person, 'roles'>) => person.roles.some((r) => r === 'author' || r === 'moderator' || r === 'admin');

const workshopSelect = {
  id: true, title: true, idea: true, outcome: true, path: true, guildCodes: true, formingUntil: true, cap: true, memberCount: true,
  status: true, authorId: true, chatId: true, threadId: true, cardMessageId: true, projectId: true, author: { select: { fullName: true } },
} as const;

type Row = { id: number; title: string; idea: string; outcome: string; path: string; guildCodes: string; formingUntil: Date | null; cap: number | null; memberCount: number; status: string; authorId: number; chatId: bigint | null; threadId: number | null; cardMessageId: number | null; projectId: number | null; author: { fullName: string | null } };

const toView = (r: Row): WorkshopView => ({
  ...r,
  guildCodes: r.guildCodes ? r.guildCodes.split(',') : [],
  authorName: r.author.fullName ?? '—',
  link: r.chatId !== null && r.threadId !== null ? topicLink(r.chatId, r.threadId) : null,
});

export class WorkshopService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly links: GroupLinkService,
    private readonly rewards: RewardsService,
    private readonly notifier: Notifier,
  ) {}

  checkInput(input: WorkshopInput): void {
    const L = WORKSHOP_LIMITS;
    if (!input.title.trim() || input.title.length > L.title) throw new ServiceError('workshop-bad-title', { max: L.title });
    if (!input.idea.trim() || input.idea.length > L.idea) throw new ServiceError('workshop-bad-text', { max: L.idea });
    if (input.outcome.length > L.outcome || input.path.length > L.path) throw new ServiceError('workshop-bad-text', { max: L.outcome });
    if (input.formingUntil && input.formingUntil.getTime() <= this.clock.now().getTime()) throw new ServiceError('workshop-bad-date');
  }

  /**
   * Opens a workshop: a topic in the developers' chat first (nothing is saved if Telegram refuses),
   * then the row and the ИННОВАТОР evaluation in one transaction, then the card, pinned. The card is
   * sent directly rather than through the outbox because its message id is what gets pinned.
   */
  async open(actor: Person, input: WorkshopInput, api: GroupApi): Promise<WorkshopOpened> {
    if (!actor.registeredAt) throw new ServiceError('not-registered');
    if (!canOpenWorkshops(actor)) throw new ServiceError('need-role', { role: 'author' });
    this.checkInput(input);
    const { chat, threadId } = await this.newTopic(input.title, api);
    const now = this.clock.now();
    const id = await this.db.$transaction(async (tx) => {
      const row = await tx.workshop.create({
        data: {
          title: input.title.trim(), idea: input.idea.trim(), outcome: input.outcome.trim(), path: input.path.trim(), guildCodes: input.guildCodes.join(','),
          formingUntil: input.formingUntil, cap: input.cap, authorId: actor.id, chatId: chat.chatId, threadId, createdAt: now,
        },
      });
      await this.rewards.evaluate(tx, actor.id, { kind: 'workshop-opened', ref: `workshop:${row.id}`, now });
      return row.id;
    });
    return this.postCard((await this.view(id))!, api);
  }

  /** A topic in the developers' chat; a chat that refuses it (topics off, rights taken) is marked broken. */
  private async newTopic(title: string, api: GroupApi): Promise<{ chat: { chatId: bigint }; threadId: number }> {
    const chat = await this.links.activeChat('developers');
    if (!chat) throw new ServiceError('workshop-no-chat');
    try {
      return { chat, threadId: (await api.createForumTopic(Number(chat.chatId), title.slice(0, 128))).message_thread_id };
    } catch (error) {
      if (!isGroupStateError(error)) throw error;
      await this.links.markBroken(chat.chatId, String((error as Error).message));
      throw new ServiceError('workshop-chat-broken');
    }
  }

  /** Sends the card into the workshop's topic and pins it; a refusal leaves the workshop standing (listed in /workshops). */
  private async postCard(view: WorkshopView, api: GroupApi): Promise<WorkshopOpened> {
    let cardPinned = false;
    try {
      const card = await api.sendMessage(Number(view.chatId), await this.cardText(view), { message_thread_id: view.threadId!, parse_mode: 'HTML', reply_markup: this.cardKeyboard(view) });
      await this.db.workshop.update({ where: { id: view.id }, data: { cardMessageId: card.message_id } });
      view = { ...view, cardMessageId: card.message_id };
      await api.pinChatMessage(Number(view.chatId), card.message_id, { disable_notification: true });
      cardPinned = true;
    } catch (error) {
      if (!isGroupStateError(error)) throw error;
    }
    return { ...view, cardPinned };
  }

  /** The author recreates a topic deleted by hand: a new topic in the developers' chat, the card posted and pinned again. */
  async restoreTopic(actor: Person, workshopId: number, api: GroupApi): Promise<WorkshopOpened> {
    const w = await this.authorsOwn(actor, workshopId);
    if (w.status !== 'open') throw new ServiceError('workshop-join-not-open');
    if (w.threadId !== null) throw new ServiceError('workshop-topic-exists');
    const { chat, threadId } = await this.newTopic(w.title, api);
    const changed = await this.db.workshop.updateMany({ where: { id: workshopId, threadId: null }, data: { chatId: chat.chatId, threadId, cardMessageId: null } });
    if (!changed.count) throw new ServiceError('workshop-topic-exists');
    return this.postCard((await this.view(workshopId))!, api);
  }

  /**
   * The card's topic (or the card) was deleted by hand: the workshop forgets them and its author is
   * offered a new topic, once per lost topic.
   */
  private async topicLost(view: WorkshopView): Promise<void> {
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      const changed = await tx.workshop.updateMany({ where: { id: view.id, threadId: view.threadId }, data: { threadId: null, cardMessageId: null } });
      if (!changed.count) return;
      const author = await tx.user.findUniqueOrThrow({ where: { id: view.authorId }, select: recipientSelect });
      await this.notifier.tell(tx, author, `workshop-topic-lost:${view.id}:${view.threadId}`, 'workshop-notice-topic-lost', { title: escapeHtml(view.title) }, now, {
        reply_markup: { inline_keyboard: [[{ text: this.notifier.text(author.locale, 'workshop-btn-restore'), callback_data: `ws:t:${view.id}` }]] },
      });
    });
  }

  async view(id: number): Promise<WorkshopView | null> {
    const row = await this.db.workshop.findUnique({ where: { id }, select: workshopSelect });
    return row ? toView(row) : null;
  }

  async listOpen(): Promise<WorkshopView[]> {
    const rows = await this.db.workshop.findMany({ where: { status: 'open' }, select: workshopSelect, orderBy: { id: 'desc' }, take: 30 });
    return rows.map(toView);
  }

  async listMine(userId: number): Promise<WorkshopView[]> {
    const rows = await this.db.workshop.findMany({ where: { OR: [{ authorId: userId }, { members: { some: { userId } } }] }, select: workshopSelect, orderBy: { id: 'desc' }, take: 20 });
    return rows.map(toView);
  }

  async isMember(workshopId: number, userId: number): Promise<boolean> {
    return (await this.db.workshopMember.count({ where: { workshopId, userId } })) > 0;
  }

  /**
   * Joins the working group. The membership row's key makes a second press (or a second device)
   * join once; the conditional increment is the cap: of two people taking the last seat at the same
   * moment exactly one update matches, the other's transaction is rolled back.
   */
  async join(person: Person, workshopId: number): Promise<{ outcome: 'joined' | 'already'; view: WorkshopView }> {
    if (!person.registeredAt) throw new ServiceError('not-registered');
    const now = this.clock.now();
    const w = await this.view(workshopId);
    if (!w) throw new ServiceError('workshop-not-found');
    if (await this.isMember(workshopId, person.id)) return { outcome: 'already', view: w };
    const refusal = joinRefusal(w, person.id, now);
    if (refusal) throw new ServiceError(`workshop-join-${refusal}`);
    try {
      await this.db.$transaction(async (tx) => {
        await tx.workshopMember.create({ data: { workshopId, userId: person.id, joinedAt: now } });
        const seats = await tx.$executeRaw(sql`UPDATE "Workshop" SET "memberCount" = "memberCount" + 1 WHERE "id" = ${workshopId} AND "status" = 'open' AND ("cap" IS NULL OR "memberCount" < "cap")`);
        if (seats !== 1) throw new ServiceError('workshop-join-full');
        const author = await tx.user.findUniqueOrThrow({ where: { id: w.authorId }, select: recipientSelect });
        await this.notifier.tell(tx, author, `workshop-joined:${workshopId}:${person.id}:${now.getTime()}`, 'workshop-notice-joined', { name: escapeHtml(person.fullName ?? '—'), title: escapeHtml(w.title), count: w.memberCount + 1 }, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { outcome: 'already', view: (await this.view(workshopId))! };
      throw error;
    }
    return { outcome: 'joined', view: (await this.view(workshopId))! };
  }

  async leave(person: Person, workshopId: number): Promise<{ outcome: 'left' | 'not-member'; view: WorkshopView }> {
    const w = await this.view(workshopId);
    if (!w) throw new ServiceError('workshop-not-found');
    if (w.status !== 'open') throw new ServiceError('workshop-join-not-open');
    const left = await this.db.$transaction(async (tx) => {
      const removed = await tx.workshopMember.deleteMany({ where: { workshopId, userId: person.id } });
      if (removed.count) await tx.workshop.update({ where: { id: workshopId }, data: { memberCount: { decrement: 1 } } });
      return removed.count > 0;
    });
    return { outcome: left ? 'left' : 'not-member', view: (await this.view(workshopId))! };
  }

  /** The author closes the workshop: no more joining; the members are told. */
  async close(actor: Person, workshopId: number): Promise<WorkshopView> {
    const w = await this.authorsOwn(actor, workshopId);
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      const changed = await tx.workshop.updateMany({ where: { id: workshopId, status: 'open' }, data: { status: 'closed', closedAt: now } });
      if (!changed.count) throw new ServiceError('workshop-join-not-open');
      await this.tellMembers(tx, workshopId, `workshop-closed:${workshopId}`, 'workshop-notice-closed', { title: escapeHtml(w.title) }, now);
    });
    return (await this.view(workshopId))!;
  }

  /**
   * Turns the workshop into a project draft (kind «build»): the idea becomes its summary, the
   * final image and the path its description, the guilds carry over; the working group stays
   * recorded as the workshop's members, and the workshop keeps the link to the project.
   */
  async toProject(actor: Person, workshopId: number): Promise<{ view: WorkshopView; projectId: number }> {
    const w = await this.authorsOwn(actor, workshopId);
    if (w.status === 'project') throw new ServiceError('workshop-already-project', { project: w.projectId ?? 0 });
    const now = this.clock.now();
    const projectId = await this.db.$transaction(async (tx) => {
      const guilds = w.guildCodes.length ? await tx.guild.findMany({ where: { code: { in: w.guildCodes } }, select: { id: true } }) : [];
      const project = await tx.project.create({
        data: {
          title: w.title, summary: w.idea.slice(0, 500), description: [w.outcome, w.path].filter(Boolean).join('\n\n'), kind: 'build', level: 'regional', status: 'draft',
          startsOn: now, endsOn: new Date(now.getTime() + 30 * DAY), authorId: w.authorId, guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
        },
      });
      const changed = await tx.workshop.updateMany({ where: { id: workshopId, status: { in: ['open', 'closed'] } }, data: { status: 'project', projectId: project.id, closedAt: now } });
      if (!changed.count) throw new ServiceError('workshop-already-project', { project: 0 });
      await this.tellMembers(tx, workshopId, `workshop-project:${workshopId}`, 'workshop-notice-project', { title: escapeHtml(w.title) }, now);
      return project.id;
    });
    return { view: (await this.view(workshopId))!, projectId };
  }

  /** Ids of the working group, for the co-authors of the project made from it. */
  async members(workshopId: number): Promise<{ id: number; fullName: string | null }[]> {
    const rows = await this.db.workshopMember.findMany({ where: { workshopId }, select: { user: { select: { id: true, fullName: true } } }, orderBy: { joinedAt: 'asc' } });
    return rows.map((r) => r.user);
  }

  /** Brings the card in the topic up to date (count, status); a deleted card or topic changes nothing here. */
  async refreshCard(view: WorkshopView, api: GroupApi): Promise<void> {
    if (view.chatId === null || view.cardMessageId === null) return;
    try {
      await api.editMessageText(Number(view.chatId), view.cardMessageId, await this.cardText(view), { parse_mode: 'HTML', reply_markup: view.status === 'open' ? this.cardKeyboard(view) : undefined });
    } catch (error) {
      if (isCardGone(error)) await this.topicLost(view);
    }
  }

  async cardText(w: WorkshopView): Promise<string> {
    const t = (key: string, vars?: Record<string, string | number>) => this.notifier.groupText(key, vars);
    const guilds = w.guildCodes.length ? await this.db.guild.findMany({ where: { code: { in: w.guildCodes } }, orderBy: { sort: 'asc' } }) : [];
    const locale = this.notifier.groupLocale;
    const lines = [
      t('workshop-card-title', { title: escapeHtml(w.title) }),
      t('workshop-card-author', { name: escapeHtml(w.authorName) }),
      '',
      t('workshop-card-idea', { text: escapeHtml(w.idea) }),
    ];
    if (w.outcome) lines.push(t('workshop-card-outcome', { text: escapeHtml(w.outcome) }));
    if (w.path) lines.push(t('workshop-card-path', { text: escapeHtml(w.path) }));
    if (guilds.length) lines.push(t('workshop-card-guilds', { guilds: guilds.map((g) => (locale === 'en' ? g.nameEn : g.nameRu)).join(', ') }));
    if (w.formingUntil) lines.push(t('workshop-card-until', { date: formatDay(w.formingUntil, locale, this.timeZone) }));
    lines.push(w.cap !== null ? t('workshop-card-members-cap', { count: w.memberCount, cap: w.cap }) : t('workshop-card-members', { count: w.memberCount }));
    if (w.status !== 'open') lines.push('', t(`workshop-card-status-${w.status}`));
    return lines.join('\n').slice(0, 4096);
  }

  cardKeyboard(w: WorkshopView): { inline_keyboard: { text: string; callback_data: string }[][] } {
    const t = (key: string) => this.notifier.groupText(key);
    return {
      inline_keyboard: [
        [
          { text: t('workshop-btn-join'), callback_data: `ws:j:${w.id}` },
          { text: t('workshop-btn-leave'), callback_data: `ws:l:${w.id}` },
        ],
        [
          { text: t('workshop-btn-close'), callback_data: `ws:c:${w.id}` },
          { text: t('workshop-btn-project'), callback_data: `ws:p:${w.id}` },
        ],
      ],
    };
  }

  private async authorsOwn(actor: Person, workshopId: number): Promise<WorkshopView> {
    const w = await this.view(workshopId);
    if (!w) throw new ServiceError('workshop-not-found');
    if (w.authorId !== actor.id) throw new ServiceError('workshop-not-author');
    return w;
  }

  private async tellMembers(tx: Tx, workshopId: number, keyPrefix: string, textKey: string, vars: Record<string, string | number>, now: Date): Promise<void> {
    const members = await tx.workshopMember.findMany({ where: { workshopId }, select: { user: { select: recipientSelect } } });
    for (const { user } of members) await this.notifier.tell(tx, user, `${keyPrefix}:user:${user.id}`, textKey, vars, now);
  }
}

