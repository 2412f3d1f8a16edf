// Project discussions: one topic per project in the linked discussion group, an invite link that
// creates join requests, and the requests approved for the project's people and declined (with a
// private explanation) for everyone else. Optionally, step deadlines and the project's news are
// posted in the topic; a topic deleted by hand is noticed when a post to it is refused.
import type { Db, Tx } from '../../db/client.ts';
import { formatDay } from '../../domain/dates.ts';
import { daysUntil } from '../../domain/local-days.ts';
import { escapeHtml } from '../../render/escape.ts';
import { recordAudit } from '../audit.ts';
import type { Clock } from '../../runtime/clock.ts';
import { enqueue } from '../outbox.ts';
import { ServiceError, type Person } from '../users.ts';
import { isModerator, type GroupLinkService } from './links.ts';
import { recipientSelect, type Notifier } from './notify.ts';
import { isCardGone, isGroupStateError, type GroupApi } from './telegram.ts';

export interface DiscussionView {
  projectId: number;
  title: string;
  invite: string | null;
  posts: boolean;
  /** The actor may open the topic and change its options. */
  manage: boolean;
}

export type JoinDecision = 'approved' | 'declined' | 'ignored';

const LIVE = { deletedAt: null, status: { in: ['published', 'running'] } };

export class DiscussionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly links: GroupLinkService,
    private readonly notifier: Notifier,
  ) {}

  /** The projects whose discussion the person may open (authors: their own; moderators: any) or join. */
  async list(actor: Person): Promise<DiscussionView[]> {
    const mine = { OR: [{ authorId: actor.id }, { enrolments: { some: { userId: actor.id } } }, { experts: { some: { userId: actor.id } } }] };
    const rows = await this.db.project.findMany({
      where: { ...LIVE, ...(isModerator(actor) ? {} : mine) },
      select: { id: true, title: true, authorId: true, discussionInvite: true, discussionPosts: true },
      orderBy: { id: 'desc' },
      take: 30,
    });
    return rows
      .map((r) => ({ projectId: r.id, title: r.title, invite: r.discussionInvite, posts: r.discussionPosts, manage: isModerator(actor) || r.authorId === actor.id }))
      .filter((v) => v.manage || v.invite);
  }

  private async manageable(actor: Person, projectId: number) {
    const project = await this.db.project.findFirst({ where: { id: projectId, deletedAt: null }, select: { id: true, title: true, status: true, authorId: true, discussionChatId: true, discussionThreadId: true, discussionInvite: true, discussionPosts: true } });
    if (!project) throw new ServiceError('discussion-no-project');
    if (!isModerator(actor) && project.authorId !== actor.id) throw new ServiceError('discussion-not-author');
    if (project.status !== 'published' && project.status !== 'running') throw new ServiceError('discussion-not-live');
    return project;
  }

  /**
   * The project's topic and invite link, created on first use in the linked discussion group (again
   * if the group changed or the topic was deleted by hand).
   */
  async open(actor: Person, projectId: number, api: GroupApi, effectKey: string): Promise<{ invite: string; created: boolean }> {
    const project = await this.manageable(actor, projectId);
    const chat = await this.links.activeChat('discussion');
    if (!chat) throw new ServiceError('discussion-no-chat');
    const chatId = Number(chat.chatId);
    if (project.discussionChatId === chat.chatId && project.discussionThreadId !== null && project.discussionInvite) {
      return { invite: project.discussionInvite, created: false };
    }
    let threadId: number;
    let invite: string;
    try {
      threadId = (await api.createForumTopic(chatId, project.title.slice(0, 128))).message_thread_id;
      // A topic reopened in the same group keeps the link the participants already have.
      const known = project.discussionChatId === chat.chatId ? project.discussionInvite : null;
      invite = known ?? (await api.createChatInviteLink(chatId, { name: `p${project.id}`, creates_join_request: true })).invite_link;
      await api.sendMessage(chatId, this.notifier.groupText('discussion-topic-intro', { title: escapeHtml(project.title) }), { message_thread_id: threadId, parse_mode: 'HTML' });
    } catch (error) {
      if (!isGroupStateError(error)) throw error;
      await this.links.markBroken(chat.chatId, String((error as Error).message));
      throw new ServiceError('discussion-chat-broken');
    }
    await this.db.$transaction(async (tx) => {
      await tx.project.update({ where: { id: projectId }, data: { discussionChatId: chat.chatId, discussionThreadId: threadId, discussionInvite: invite } });
      await recordAudit(tx, { key: `${effectKey}:discussion`, actorId: actor.id, action: 'project.discussion', entity: 'project', entityId: projectId, before: { chatId: project.discussionChatId, threadId: project.discussionThreadId }, after: { chatId: chat.chatId, threadId } });
    });
    return { invite, created: true };
  }

  async setPosts(actor: Person, projectId: number, on: boolean, effectKey: string): Promise<void> {
    const project = await this.manageable(actor, projectId);
    if (project.discussionPosts === on) return;
    await this.db.$transaction(async (tx) => {
      await tx.project.update({ where: { id: projectId }, data: { discussionPosts: on } });
      await recordAudit(tx, { key: `${effectKey}:discussion-posts`, actorId: actor.id, action: 'project.discussion-posts', entity: 'project', entityId: projectId, before: { posts: !on }, after: { posts: on } });
    });
  }

  /**
   * A join request to the discussion group: approved for people enrolled in the project the link
   * belongs to, its author, its experts and moderators; declined for anyone else, who is told why.
   */
  async joinRequest(chatId: number, telegramUserId: number, inviteLink: string | undefined, api: GroupApi, effectKey: string): Promise<JoinDecision> {
    const purpose = await this.links.purposeOf(chatId);
    if (purpose !== 'discussion') return 'ignored';
    const project = inviteLink ? await this.db.project.findFirst({ where: { discussionChatId: BigInt(chatId), discussionInvite: inviteLink }, select: { id: true, title: true } }) : null;
    const user = await this.db.user.findUnique({ where: { telegramId: BigInt(telegramUserId) }, select: { id: true, telegramId: true, locale: true, registeredAt: true, roles: { select: { role: true } } } });
    const moderator = user?.roles.some((r) => r.role === 'moderator' || r.role === 'admin') ?? false;
    const inProject = (where: { id?: number; discussionChatId?: bigint }) =>
      this.db.project.count({ where: { ...where, deletedAt: null, OR: [{ authorId: user!.id }, { enrolments: { some: { userId: user!.id } } }, { experts: { some: { userId: user!.id } } }] } });
    const allowed = !!user?.registeredAt && (moderator || (await inProject(project ? { id: project.id } : { discussionChatId: BigInt(chatId) })) > 0);
    try {
      if (allowed) await api.approveChatJoinRequest(chatId, telegramUserId);
      else await api.declineChatJoinRequest(chatId, telegramUserId);
    } catch (error) {
      // Already decided by a human admin, or the request expired: nothing to do.
      if (/HIDE_REQUESTER_MISSING|USER_ALREADY_PARTICIPANT/i.test(String((error as Error).message))) return 'ignored';
      throw error;
    }
    if (allowed) return 'approved';
    const now = this.clock.now();
    const reason = !user?.registeredAt ? 'discussion-declined-unregistered' : project ? 'discussion-declined-project' : 'discussion-declined-chat';
    await this.db.$transaction((tx) =>
      this.notifier.tell(tx, { id: user?.id ?? 0, telegramId: BigInt(telegramUserId), locale: user?.locale ?? null }, `join-declined:${chatId}:${telegramUserId}:${effectKey}`, reason, { title: escapeHtml(project?.title ?? '') }, now),
    );
    return 'declined';
  }

  /**
   * Hourly: for projects that asked for it, a step ending tomorrow (in the region's calendar) is
   * announced in the project's topic, once per step and deadline (the outbox key).
   */
  async postDeadlines(now: Date): Promise<number> {
    const steps = await this.db.step.findMany({
      where: { endsOn: { gt: now, lt: new Date(now.getTime() + 2 * 86_400_000) }, project: { ...LIVE, discussionPosts: true, discussionThreadId: { not: null }, discussionChatId: { not: null } } },
      select: { id: true, position: true, title: true, endsOn: true, project: { select: { title: true, discussionChatId: true, discussionThreadId: true } } },
    });
    let posted = 0;
    await this.db.$transaction(async (tx: Tx) => {
      for (const step of steps) {
        if (daysUntil(now, step.endsOn, this.timeZone) !== 1) continue;
        const text = this.notifier.groupText('discussion-deadline', { position: step.position, step: escapeHtml(step.title), project: escapeHtml(step.project.title), date: formatDay(step.endsOn, this.notifier.groupLocale, this.timeZone) });
        await enqueue(tx, { key: `discussion-deadline:${step.id}:${step.endsOn.getTime()}`, chatId: step.project.discussionChatId!, payload: { text, parse_mode: 'HTML', message_thread_id: step.project.discussionThreadId } }, now);
        posted++;
      }
    });
    return posted;
  }

  /** For the outbox sender: a post refused because its topic is gone forgets the topic. */
  async noticeRefusal({ chatId, params, error }: { chatId: bigint; params: Record<string, unknown>; error: unknown }): Promise<void> {
    if (params.message_thread_id !== undefined && chatId < 0n && isCardGone(error)) await this.topicGone(chatId, Number(params.message_thread_id));
  }

  /**
   * Telegram refused a post to a topic that no longer exists: the projects using it forget it (the
   * invite link stays, the group is the same) and their authors are offered to open a new one.
   */
  async topicGone(chatId: bigint, threadId: number): Promise<number> {
    const projects = await this.db.project.findMany({
      where: { discussionChatId: chatId, discussionThreadId: threadId },
      select: { id: true, title: true, author: { select: recipientSelect } },
    });
    const now = this.clock.now();
    let forgotten = 0;
    for (const project of projects) {
      await this.db.$transaction(async (tx) => {
        const { count } = await tx.project.updateMany({ where: { id: project.id, discussionThreadId: threadId }, data: { discussionThreadId: null } });
        if (!count) return;
        forgotten++;
        await recordAudit(tx, { key: `discussion-topic-lost:${project.id}:${threadId}`, actorId: null, action: 'project.discussion-lost', entity: 'project', entityId: project.id, before: { chatId, threadId }, after: { chatId, threadId: null } });
        if (!project.author) return;
        const button = { text: this.notifier.text(project.author.locale, 'discussion-btn-reopen'), callback_data: `disc:o:${project.id}` };
        await this.notifier.tell(tx, project.author, `discussion-topic-lost:${project.id}:${threadId}`, 'discussion-topic-lost', { title: escapeHtml(project.title) }, now, { reply_markup: { inline_keyboard: [[button]] } });
      });
    }
    return forgotten;
  }
}
