// The few Bot API calls the group services make themselves (topics, pins, invite links, join
// requests): they need Telegram's answer (a thread id, a message id, a link) to record it.
import type { Api } from 'grammy';

export type GroupApi = Pick<
  Api,
  | 'createForumTopic'
  | 'sendMessage'
  | 'pinChatMessage'
  | 'editMessageText'
  | 'createChatInviteLink'
  | 'approveChatJoinRequest'
  | 'declineChatJoinRequest'
  | 'getChatMember'
  | 'getChat'
>;

/** Telegram's description of a failed call, for telling "topics are off" from "rights were taken". */
export const apiErrorText = (error: unknown) => String((error as { description?: string })?.description ?? (error as Error)?.message ?? '');

/** The chat no longer lets the bot do this: topics off, rights taken, bot removed, topic deleted. */
export function isGroupStateError(error: unknown): boolean {
  return /not a forum|not enough rights|CHAT_ADMIN_REQUIRED|have no rights|bot was kicked|chat not found|TOPIC_DELETED|thread not found|TOPIC_CLOSED|need administrator rights|bot is not a member/i.test(apiErrorText(error));
}

/** The message or its topic no longer exists (deleted by hand). */
export const isCardGone = (error: unknown) => /message to edit not found|TOPIC_DELETED|thread not found|TOPIC_ID_INVALID/i.test(apiErrorText(error));

export { isUniqueViolation } from '../../runtime/unique-violation.ts';
