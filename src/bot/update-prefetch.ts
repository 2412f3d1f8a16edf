// Reads what handling an update starts with — the person and the chat's conversation state — for a
// whole batch of claimed updates in three queries, instead of three queries per update.
//
// Why a value read at claim time is still true when the update is handled: an instance claims a
// chat's updates only once the chat's earlier updates are marked done, and nothing else changes a
// chat's conversation state or (short of an administrator's role change, which may as well have
// come a moment later) its person. Within the batch only the first update of each chat and of each
// person gets a prefetched value: the ones after it must see what the first one wrote. A person with
// updates in two chats of the batch (a group and the private chat) reads for themselves: those run
// side by side.
import { Context, type Api } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { KeyValueStorage } from '../db/kv-storage.ts';
import type { ClaimPrefetch } from '../delivery/processor.ts';
import type { Person, UserService } from '../services/users.ts';

interface Prefetched {
  person?: Person | null;
  conversation?: { value: unknown };
}

export class UpdatePrefetch<State> implements ClaimPrefetch {
  readonly #byUpdate = new Map<number, Prefetched>();

  constructor(
    private readonly users: Pick<UserService, 'byTelegramIds'>,
    private readonly conversations: KeyValueStorage<State>,
    private readonly bot: { api: Api; isInited(): boolean; botInfo: UserFromGetMe },
  ) {}

  async load(updates: readonly Update[]): Promise<void> {
    const people = new Map<bigint, { updateId: number; chat: string | undefined; elsewhere: boolean }>();
    const chats = new Map<string, number>();
    // Contexts only to find chat and sender exactly as the handlers will; `me` is not consulted.
    const me = this.bot.isInited() ? this.bot.botInfo : ({} as UserFromGetMe);
    for (const update of updates) {
      const ctx = new Context(update, this.bot.api, me);
      const chat = ctx.chatId === undefined ? undefined : String(ctx.chatId);
      if (chat !== undefined && !chats.has(chat)) chats.set(chat, update.update_id);
      if (!ctx.from || ctx.from.is_bot) continue;
      const seen = people.get(BigInt(ctx.from.id));
      if (!seen) people.set(BigInt(ctx.from.id), { updateId: update.update_id, chat, elsewhere: false });
      // Updates of one person in two chats run side by side: one may change what the other read.
      else if (seen.chat !== chat) seen.elsewhere = true;
    }
    for (const [telegramId, seen] of people) if (seen.elsewhere) people.delete(telegramId);
    const [persons, states] = await Promise.all([this.users.byTelegramIds([...people.keys()]), this.conversations.readMany([...chats.keys()])]);
    for (const [telegramId, { updateId }] of people) this.#entry(updateId).person = persons.get(telegramId) ?? null;
    for (const [chatId, updateId] of chats) this.#entry(updateId).conversation = { value: states.get(chatId) };
  }

  /** The person as read for this update: undefined when nothing was read for it (read it now). */
  takePerson(updateId: number): Person | null | undefined {
    return this.#take(updateId, 'person');
  }

  /** The chat's stored conversation state as read for this update, once. */
  takeConversation(updateId: number): { value: State | undefined } | undefined {
    return this.#take(updateId, 'conversation') as { value: State | undefined } | undefined;
  }

  /** Each value is handed out once: a second read in the same update goes to the database. */
  #take<K extends keyof Prefetched>(updateId: number, key: K): Prefetched[K] {
    const entry = this.#byUpdate.get(updateId);
    const value = entry?.[key];
    if (entry) delete entry[key];
    return value;
  }

  drop(update: Update): void {
    this.#byUpdate.delete(update.update_id);
  }

  #entry(updateId: number): Prefetched {
    let entry = this.#byUpdate.get(updateId);
    if (!entry) this.#byUpdate.set(updateId, (entry = {}));
    return entry;
  }
}
