// What the bot needs in a group to run workshops and project discussions, and what is missing.

/** The bot's membership as Telegram reports it (ChatMember), reduced to what matters here. */
export interface BotMembership {
  status: 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
  can_manage_topics?: boolean;
  can_invite_users?: boolean;
  can_pin_messages?: boolean;
}

export interface GroupChatFacts {
  type: 'private' | 'group' | 'supergroup' | 'channel';
  isForum: boolean;
}

/**
 * Each missing piece is named so the person who added the bot can fix exactly that:
 * `supergroup` (a basic group or channel cannot have topics), `admin`, `topics` (forum mode off),
 * and the three administrator rights.
 */
export type MissingRight = 'supergroup' | 'admin' | 'topics' | 'can_manage_topics' | 'can_invite_users' | 'can_pin_messages';

export const RIGHTS = ['can_manage_topics', 'can_invite_users', 'can_pin_messages'] as const;

export function missingRights(chat: GroupChatFacts, bot: BotMembership): MissingRight[] {
  if (chat.type !== 'supergroup') return ['supergroup'];
  const missing: MissingRight[] = [];
  if (!chat.isForum) missing.push('topics');
  if (bot.status !== 'administrator' && bot.status !== 'creator') return [...missing, 'admin', ...RIGHTS];
  for (const right of RIGHTS) if (bot[right] !== true && bot.status !== 'creator') missing.push(right);
  return missing;
}

/** The bot is no longer there (removed, banned). */
export const isGone = (bot: BotMembership) => bot.status === 'left' || bot.status === 'kicked';

export const GROUP_PURPOSES = ['developers', 'discussion'] as const;
export type GroupPurpose = (typeof GROUP_PURPOSES)[number];
export const isGroupPurpose = (value: string): value is GroupPurpose => (GROUP_PURPOSES as readonly string[]).includes(value);

/** `https://t.me/c/<id>/<thread>`: a link to a topic of a supergroup, for its members. */
export function topicLink(chatId: bigint | number, threadId: number): string {
  const id = String(chatId).replace(/^-100/, '');
  return `https://t.me/c/${id}/${threadId}`;
}
