// The context types of the bot: what every handler and conversation can rely on.
import type { Context } from 'grammy';
import type { ConversationFlavor, Conversation } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Person } from '../services/users.ts';

/** Context inside conversations: a fresh object per replayed update, with i18n re-installed. */
export type ConvContext = Context & I18nFlavor;

export type BotContext = ConversationFlavor<Context & I18nFlavor> & {
  /** The person behind the update (null for updates without a sender, e.g. channel posts). */
  person: Person | null;
  /** Key for effects of this update, so a redelivered update changes nothing twice. */
  effectKey: string;
};

export type KodoConversation = Conversation<BotContext, ConvContext>;
