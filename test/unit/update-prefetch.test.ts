// What a claimed batch reads ahead, and for which updates: the first of each chat and of each person,
// and no one whose updates in two chats of the batch run side by side.
import { Api } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { UpdatePrefetch } from '../../src/bot/update-prefetch.ts';
import type { KeyValueStorage } from '../../src/db/kv-storage.ts';
import type { Person } from '../../src/services/users.ts';
import { groupChat, makeUser, textUpdate } from '../helpers/updates.ts';

const person = (telegramId: bigint): Person => ({
  id: Number(telegramId), telegramId, username: null, fullName: 'Участник', email: null, locale: 'ru', municipalityId: null, institutionId: null, registeredAt: new Date(0), roles: ['participant'],
});

function prefetchFor(states: Record<string, unknown>) {
  const reads = { people: [] as bigint[][], chats: [] as string[][] };
  const users = {
    byTelegramIds: async (ids: readonly bigint[]) => {
      reads.people.push([...ids]);
      return new Map(ids.map((id) => [id, person(id)]));
    },
  };
  const storage: KeyValueStorage<unknown> = {
    read: async () => undefined,
    readMany: async (keys) => {
      reads.chats.push([...keys]);
      return new Map(keys.filter((k) => k in states).map((k) => [k, states[k]]));
    },
    write: async () => undefined,
    delete: async () => undefined,
  };
  const bot = { api: new Api('1:x'), isInited: () => false, botInfo: {} as UserFromGetMe };
  return { prefetch: new UpdatePrefetch(users, storage, bot), reads };
}

describe('reading ahead for a claimed batch', () => {
  it("gives the first update of each chat its state and of each person their row, once", async () => {
    const [olga, ivan] = [makeUser(101), makeUser(102)];
    const first = textUpdate(olga, 'one');
    const second = textUpdate(olga, 'two');
    const other = textUpdate(ivan, 'hi');
    const { prefetch, reads } = prefetchFor({ '101': { registration: [] } });
    await prefetch.load([first, second, other]);
    expect(reads.people).toEqual([[101n, 102n]]);
    expect(reads.chats).toEqual([['101', '102']]);
    expect(prefetch.takePerson(first.update_id)?.telegramId).toBe(101n);
    expect(prefetch.takePerson(first.update_id)).toBeUndefined(); // taken once
    expect(prefetch.takePerson(second.update_id)).toBeUndefined(); // reads what the first one wrote
    expect(prefetch.takeConversation(first.update_id)).toEqual({ value: { registration: [] } });
    expect(prefetch.takeConversation(second.update_id)).toBeUndefined();
    expect(prefetch.takeConversation(other.update_id)).toEqual({ value: undefined }); // known: no conversation
    prefetch.drop(other);
    expect(prefetch.takePerson(other.update_id)).toBeUndefined();
  });

  it('reads nothing ahead for a person writing in two chats of the batch', async () => {
    const petr = makeUser(103);
    const inGroup = textUpdate(petr, '/projects', { chat: groupChat(-1001) });
    const inPrivate = textUpdate(petr, 'English');
    const { prefetch } = prefetchFor({});
    await prefetch.load([inGroup, inPrivate]);
    expect(prefetch.takePerson(inGroup.update_id)).toBeUndefined();
    expect(prefetch.takePerson(inPrivate.update_id)).toBeUndefined();
    // Each chat still has its own conversation state read ahead.
    expect(prefetch.takeConversation(inGroup.update_id)).toEqual({ value: undefined });
    expect(prefetch.takeConversation(inPrivate.update_id)).toEqual({ value: undefined });
  });
});
