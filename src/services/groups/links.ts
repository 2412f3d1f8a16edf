// Groups the bot is added to: their rights as Telegram reports them (my_chat_member), the purpose a
// moderator links them to with /group, and the moderators told when a linked group stops working.
import type { Db } from '../../db/client.ts';
import { isGone, missingRights, type BotMembership, type GroupPurpose, type MissingRight } from '../../domain/group-rights.ts';
import { escapeHtml } from '../../render/escape.ts';
import { recordAudit } from '../audit.ts';
import type { Clock } from '../../runtime/clock.ts';
import { ServiceError, type Person } from '../users.ts';
import type { Notifier } from './notify.ts';
import type { GroupApi } from './telegram.ts';

export interface ChatFacts {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  isForum: boolean;
}

export type BotStatusOutcome =
  | { kind: 'ignored' }
  | { kind: 'unsupported'; chatType: 'group' | 'channel' }
  | { kind: 'gone' }
  | { kind: 'ready'; purpose: string | null }
  | { kind: 'missing'; missing: MissingRight[] };

export interface LinkState {
  chatId: bigint;
  title: string;
  purpose: string | null;
  active: boolean;
  missing: MissingRight[];
}

export const isModerator = (person: Pick<Person, 'roles'>) => person.roles.includes('moderator') || person.roles.includes('admin');

export class GroupLinkService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /**
   * The bot's membership changed (added, promoted, demoted, removed). Records its rights; tells the
   * person who did it what is missing (in private, through the outbox; the group gets the reply from
   * the caller); tells moderators when a linked group stops working.
   */
  async botStatusChanged(chat: ChatFacts, member: BotMembership, actor: Person | null, effectKey: string): Promise<BotStatusOutcome> {
    if (chat.type === 'private') return { kind: 'ignored' };
    const now = this.clock.now();
    const title = escapeHtml(chat.title ?? String(chat.id));
    if (chat.type === 'group' || chat.type === 'channel') {
      if (isGone(member)) return { kind: 'ignored' };
      if (actor) await this.db.$transaction((tx) => this.notifier.tell(tx, actor, `group-unsupported:${chat.id}:${effectKey}`, `group-unsupported-${chat.type}`, { title }, now));
      return { kind: 'unsupported', chatType: chat.type };
    }
    const chatId = BigInt(chat.id);
    const gone = isGone(member);
    const missing = gone ? [] : missingRights({ type: chat.type, isForum: chat.isForum }, member);
    const active = !gone && missing.length === 0;
    return this.db.$transaction(async (tx) => {
      const before = await tx.groupLink.findUnique({ where: { chatId } });
      const rights = {
        title: chat.title ?? before?.title ?? '',
        active,
        isForum: chat.isForum,
        botStatus: member.status,
        canManageTopics: member.can_manage_topics === true || member.status === 'creator',
        canInviteUsers: member.can_invite_users === true || member.status === 'creator',
        canPinMessages: member.can_pin_messages === true || member.status === 'creator',
      };
      await tx.groupLink.upsert({ where: { chatId }, create: { chatId, ...rights, addedById: actor?.id ?? null }, update: rights });
      if (before?.purpose && before.active && !active) {
        await this.notifier.tellModerators(tx, `group-down:${chat.id}:${effectKey}`, gone ? 'group-down-removed' : 'group-down-rights', { title, purpose: this.notifier.groupText(`group-purpose-${before.purpose}`), missing: this.missingText(null, missing) }, now);
      }
      if (gone) return { kind: 'gone' } as const;
      if (actor) {
        const key = missing.length ? 'group-private-missing' : 'group-private-ready';
        await this.notifier.tell(tx, actor, `group-rights:${chat.id}:${effectKey}`, key, { title, missing: this.missingText(actor.locale, missing) }, now);
      }
      return missing.length ? ({ kind: 'missing', missing } as const) : ({ kind: 'ready', purpose: before?.purpose ?? null } as const);
    });
  }

  /** The lines naming what to grant, in a language. */
  missingText(locale: string | null, missing: readonly MissingRight[]): string {
    return missing.map((m) => `• ${this.notifier.text(locale, `group-missing-${m}`)}`).join('\n');
  }

  /** Reads the bot's rights in the chat from Telegram and records them (rights change without an update when topics are switched). */
  async refresh(chatId: number, botId: number, api: GroupApi): Promise<LinkState> {
    const [chat, member] = await Promise.all([api.getChat(chatId), api.getChatMember(chatId, botId)]);
    const facts: ChatFacts = { id: chatId, type: chat.type, title: 'title' in chat ? chat.title : undefined, isForum: 'is_forum' in chat && chat.is_forum === true };
    const m = member as BotMembership;
    const missing = facts.type === 'supergroup' ? missingRights({ type: facts.type, isForum: facts.isForum }, m) : (['supergroup'] as MissingRight[]);
    const data = {
      title: facts.title ?? '',
      active: missing.length === 0 && !isGone(m),
      isForum: facts.isForum,
      botStatus: m.status,
      canManageTopics: m.can_manage_topics === true || m.status === 'creator',
      canInviteUsers: m.can_invite_users === true || m.status === 'creator',
      canPinMessages: m.can_pin_messages === true || m.status === 'creator',
    };
    const row = await this.db.groupLink.upsert({ where: { chatId: BigInt(chatId) }, create: { chatId: BigInt(chatId), ...data }, update: data });
    return { chatId: row.chatId, title: row.title, purpose: row.purpose, active: row.active, missing };
  }

  /** `/group developers|discussion` by a moderator: this chat becomes the one chat of that purpose. */
  async link(actor: Person, chatId: number, purpose: GroupPurpose, state: LinkState, effectKey: string): Promise<LinkState> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const id = BigInt(chatId);
    await this.db.$transaction(async (tx) => {
      const before = await tx.groupLink.findUnique({ where: { chatId: id } });
      const others = await tx.groupLink.findMany({ where: { purpose, chatId: { not: id } }, select: { chatId: true } });
      await tx.groupLink.updateMany({ where: { purpose, chatId: { not: id } }, data: { purpose: null } });
      await tx.groupLink.update({ where: { chatId: id }, data: { purpose, linkedById: actor.id } });
      await recordAudit(tx, {
        key: `${effectKey}:group-link`,
        actorId: actor.id,
        action: 'group.link',
        entity: 'group-link',
        entityId: String(chatId),
        before: { purpose: before?.purpose ?? null, replaced: others.map((o) => o.chatId) },
        after: { purpose },
      });
    });
    return { ...state, purpose };
  }

  async unlink(actor: Person, chatId: number, effectKey: string): Promise<void> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    await this.db.$transaction(async (tx) => {
      const before = await tx.groupLink.findUnique({ where: { chatId: BigInt(chatId) } });
      if (!before?.purpose) return;
      await tx.groupLink.update({ where: { chatId: BigInt(chatId) }, data: { purpose: null } });
      await recordAudit(tx, { key: `${effectKey}:group-unlink`, actorId: actor.id, action: 'group.unlink', entity: 'group-link', entityId: String(chatId), before: { purpose: before.purpose }, after: { purpose: null } });
    });
  }

  /** The chat linked to a purpose, if the bot can work there. */
  async activeChat(purpose: GroupPurpose): Promise<{ chatId: bigint; title: string } | null> {
    return this.db.groupLink.findFirst({ where: { purpose, active: true }, select: { chatId: true, title: true }, orderBy: { updatedAt: 'desc' } });
  }

  async linkedChat(purpose: GroupPurpose): Promise<{ chatId: bigint; title: string; active: boolean } | null> {
    return this.db.groupLink.findFirst({ where: { purpose }, select: { chatId: true, title: true, active: true }, orderBy: { updatedAt: 'desc' } });
  }

  async purposeOf(chatId: number | bigint): Promise<string | null> {
    const row = await this.db.groupLink.findUnique({ where: { chatId: BigInt(chatId) }, select: { purpose: true, active: true } });
    return row?.purpose ?? null;
  }

  /** A call failed because the chat changed under us (topics off, rights taken): the link is inactive, moderators told. */
  async markBroken(chatId: bigint, reason: string): Promise<void> {
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      const changed = await tx.groupLink.updateMany({ where: { chatId, active: true }, data: { active: false } });
      if (!changed.count) return;
      const link = await tx.groupLink.findUnique({ where: { chatId } });
      if (!link?.purpose) return;
      await this.notifier.tellModerators(tx, `group-broken:${chatId}:${now.getTime()}`, 'group-down-broken', { title: escapeHtml(link.title), purpose: this.notifier.groupText(`group-purpose-${link.purpose}`), reason: escapeHtml(reason.slice(0, 200)) }, now);
    });
  }

  /** For tests and the /group status line. */
  async state(chatId: number): Promise<{ purpose: string | null; active: boolean } | null> {
    return this.db.groupLink.findUnique({ where: { chatId: BigInt(chatId) }, select: { purpose: true, active: true } });
  }
}

