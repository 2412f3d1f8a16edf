// Factory of Telegram updates (messages, commands, callbacks, media) for feeding bot.handleUpdate in tests.
import type { Chat, Message, MessageEntity, PhotoSize, Update, User } from 'grammy/types';

type NonChannelChat = Exclude<Chat, Chat.ChannelChat>;
type IncomingMessage = NonNullable<Update['message']>;

const FIRST_UPDATE_ID = 1;
// Kept far above the ids FakeBotApi hands out per chat, so an edit of a factory message never hits a bot message.
const FIRST_MESSAGE_ID = 100_000;

let updateSeq = FIRST_UPDATE_ID;
let messageSeq = FIRST_MESSAGE_ID;
let callbackSeq = 1;
let fileSeq = 1;

export function resetUpdateCounters(): void {
  updateSeq = FIRST_UPDATE_ID;
  messageSeq = FIRST_MESSAGE_ID;
  callbackSeq = 1;
  fileSeq = 1;
}

export function nextUpdateId(): number {
  return updateSeq++;
}

export function nextMessageId(): number {
  return messageSeq++;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function fileIds(prefix: string): { file_id: string; file_unique_id: string } {
  const n = fileSeq++;
  return { file_id: `${prefix}_user_${n}`, file_unique_id: `AgAD_user_${n}` };
}

export interface UserOptions {
  first_name?: string;
  last_name?: string;
  /** `null` produces a user without a username. */
  username?: string | null;
  language_code?: string;
  is_bot?: boolean;
  is_premium?: true;
}

export function makeUser(id: number, opts: UserOptions = {}): User {
  const user: User = {
    id,
    is_bot: opts.is_bot ?? false,
    first_name: opts.first_name ?? `User${id}`,
    // Russian is the audience of the coworking, so it is the realistic default for locale-dependent code.
    language_code: opts.language_code ?? 'ru',
  };
  if (opts.last_name !== undefined) user.last_name = opts.last_name;
  if (opts.username !== null) user.username = opts.username ?? `user${id}`;
  if (opts.is_premium) user.is_premium = true;
  return user;
}

export function privateChat(user: User): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.last_name !== undefined) chat.last_name = user.last_name;
  if (user.username !== undefined) chat.username = user.username;
  return chat;
}

export function groupChat(id: number, title = `Group ${id}`): Chat.SupergroupChat {
  return { id, type: 'supergroup', title };
}

export interface MessageOptions {
  /** Defaults to the private chat with the user. */
  chat?: NonChannelChat;
  date?: number;
  message_id?: number;
  update_id?: number;
  reply_to_message?: Message;
  message_thread_id?: number;
}

function baseMessage(user: User, opts: MessageOptions): IncomingMessage {
  const msg = {
    message_id: opts.message_id ?? nextMessageId(),
    from: user,
    chat: opts.chat ?? privateChat(user),
    date: opts.date ?? now(),
  } as IncomingMessage;
  if (opts.reply_to_message) msg.reply_to_message = opts.reply_to_message as NonNullable<IncomingMessage['reply_to_message']>;
  if (opts.message_thread_id !== undefined) msg.message_thread_id = opts.message_thread_id;
  return msg;
}

function messageUpdate(message: IncomingMessage, opts: MessageOptions): Update {
  return { update_id: opts.update_id ?? nextUpdateId(), message };
}

export function textUpdate(user: User, text: string, opts: MessageOptions & { entities?: MessageEntity[] } = {}): Update {
  const message = baseMessage(user, opts);
  message.text = text;
  if (opts.entities) message.entities = opts.entities;
  return messageUpdate(message, opts);
}

/** `command` may be given with or without the slash, and may include a bot mention (`/start@kodo_test_bot`). */
export function commandUpdate(user: User, command: string, payload?: string, opts: MessageOptions = {}): Update {
  const cmd = command.startsWith('/') ? command : `/${command}`;
  const text = payload !== undefined && payload !== '' ? `${cmd} ${payload}` : cmd;
  return textUpdate(user, text, {
    ...opts,
    entities: [{ type: 'bot_command', offset: 0, length: cmd.length }],
  });
}

export interface CallbackOptions {
  update_id?: number;
  /** Defaults to a string derived from the chat, like Telegram's per-chat instance id. */
  chat_instance?: string;
  inline_message_id?: string;
}

/**
 * `message` is the message carrying the inline keyboard; pass e.g. `fake.lastMessage(id)!.message`
 * so edits in the handler target a message the fake knows.
 */
export function callbackUpdate(user: User, data: string, message?: Partial<Message>, opts: CallbackOptions = {}): Update {
  const chat = (message?.chat ?? privateChat(user)) as Chat;
  const fullMessage = {
    message_id: message?.message_id ?? nextMessageId(),
    date: message?.date ?? now(),
    text: 'Menu',
    ...message,
    chat,
  } as Message;
  return {
    update_id: opts.update_id ?? nextUpdateId(),
    callback_query: {
      id: String(callbackSeq++),
      from: user,
      chat_instance: opts.chat_instance ?? `${chat.id}`,
      data,
      ...(opts.inline_message_id !== undefined ? { inline_message_id: opts.inline_message_id } : { message: fullMessage }),
    },
  };
}

export interface DocumentInfo {
  file_name?: string;
  mime_type?: string;
  file_size?: number;
  file_id?: string;
  file_unique_id?: string;
}

export function documentUpdate(
  user: User,
  doc: DocumentInfo = {},
  opts: MessageOptions & { caption?: string } = {},
): Update {
  const message = baseMessage(user, opts);
  const ids = fileIds('BQACAgIAAxk');
  message.document = {
    file_id: doc.file_id ?? ids.file_id,
    file_unique_id: doc.file_unique_id ?? ids.file_unique_id,
    file_name: doc.file_name ?? 'document.pdf',
    mime_type: doc.mime_type ?? 'application/pdf',
    file_size: doc.file_size ?? 1024,
  };
  if (opts.caption !== undefined) message.caption = opts.caption;
  return messageUpdate(message, opts);
}

export interface PhotoSizeInfo {
  width: number;
  height: number;
  file_size?: number;
}

const DEFAULT_PHOTO_SIZES: PhotoSizeInfo[] = [
  { width: 90, height: 90, file_size: 1_500 },
  { width: 320, height: 320, file_size: 15_000 },
  { width: 800, height: 800, file_size: 60_000 },
];

/** Sizes are listed smallest first, as Telegram does; handlers usually take the last one. */
export function photoUpdate(
  user: User,
  sizes: PhotoSizeInfo[] = DEFAULT_PHOTO_SIZES,
  opts: MessageOptions & { caption?: string } = {},
): Update {
  const message = baseMessage(user, opts);
  message.photo = sizes.map((s): PhotoSize => {
    const size: PhotoSize = { ...fileIds('AgACAgIAAxk'), width: s.width, height: s.height };
    if (s.file_size !== undefined) size.file_size = s.file_size;
    return size;
  });
  if (opts.caption !== undefined) message.caption = opts.caption;
  return messageUpdate(message, opts);
}

export function stickerUpdate(user: User, opts: MessageOptions & { emoji?: string } = {}): Update {
  const message = baseMessage(user, opts);
  message.sticker = {
    ...fileIds('CAACAgIAAxk'),
    type: 'regular',
    width: 512,
    height: 512,
    is_animated: false,
    is_video: false,
    emoji: opts.emoji ?? '\u{1F44D}',
    file_size: 20_000,
  };
  return messageUpdate(message, opts);
}

export function voiceUpdate(
  user: User,
  opts: MessageOptions & { duration?: number; file_size?: number } = {},
): Update {
  const message = baseMessage(user, opts);
  message.voice = {
    ...fileIds('AwACAgIAAxk'),
    duration: opts.duration ?? 3,
    mime_type: 'audio/ogg',
    file_size: opts.file_size ?? 8_000,
  };
  return messageUpdate(message, opts);
}

/** A supergroup with topics on, as a forum's Chat object shows it. */
export function forumChat(id: number, title = `Forum ${id}`): Chat.SupergroupChat {
  return { id, type: 'supergroup', title, is_forum: true };
}

export function basicGroupChat(id: number, title = `Group ${id}`): Chat.GroupChat {
  return { id, type: 'group', title };
}

export function channelChat(id: number, title = `Channel ${id}`): Chat.ChannelChat {
  return { id, type: 'channel', title };
}

type AnyChatMember = NonNullable<Update['my_chat_member']>['new_chat_member'];

/**
 * `my_chat_member`: the bot's own membership changed in `chat`, by `from` (who added, promoted,
 * demoted or removed it). `newMember` is the bot's ChatMember afterwards (e.g. botAdministrator()).
 */
export function myChatMemberUpdate(from: User, chat: Chat, oldMember: AnyChatMember, newMember: AnyChatMember, opts: { update_id?: number; date?: number } = {}): Update {
  return {
    update_id: opts.update_id ?? nextUpdateId(),
    my_chat_member: { chat, from, date: opts.date ?? now(), old_chat_member: oldMember, new_chat_member: newMember },
  };
}

/** The bot's ChatMember with a plain status (member, left, kicked). */
export function plainMember(user: User, status: 'member' | 'left' | 'kicked'): AnyChatMember {
  if (status === 'kicked') return { status, user, until_date: 0 };
  return { status, user } as AnyChatMember;
}

/** `chat_join_request`: `user` asked to join `chat` through `inviteLink` (a link that creates join requests). */
export function chatJoinRequestUpdate(user: User, chat: Chat.SupergroupChat, inviteLink?: { invite_link: string; creator: User; name?: string }, opts: { update_id?: number; date?: number } = {}): Update {
  return {
    update_id: opts.update_id ?? nextUpdateId(),
    chat_join_request: {
      chat,
      from: user,
      user_chat_id: user.id,
      date: opts.date ?? now(),
      ...(inviteLink ? { invite_link: { ...inviteLink, creates_join_request: true, is_primary: false, is_revoked: false } } : {}),
    },
  };
}
