// Where conversation state is kept, with the updates it consumed written in the same row.
//
// The inbox marks an update done a few milliseconds after its handler finished, in a batch. A crash
// inside that window used to hand the same update to the conversation again, now waiting at the
// next question: a name taken again as the municipality, one document filed as two items. The
// state is written last, after everything the update did, so "this update was consumed" written
// with it is true whatever the timing, and a redelivered update is recognised and skipped.
import type { ConversationData, VersionedState } from '@grammyjs/conversations';
import type { KeyValueStorage } from '../db/kv-storage.ts';

/** How many of the latest consumed update ids a chat's row remembers. */
const REMEMBERED_UPDATES = 16;
/**
 * The most a chat's conversation state may take. Refused answers are not kept (ask.ts), so only a
 * very long run of accepted ones reaches it; the conversation then ends cleanly instead of making
 * every later update of the chat slower to replay.
 */
export const MAX_CONVERSATION_STATE_CHARS = 512 * 1024;

type State = VersionedState<ConversationData>;
export interface StoredConversation {
  version?: State['version'];
  state?: State['state'];
  /** Ids of the latest updates whose handling this row is the outcome of. */
  consumed?: number[];
}

export function consumedAlready(stored: StoredConversation | undefined, updateId: number): boolean {
  return stored?.consumed?.includes(updateId) ?? false;
}

/** The plugin's own value out of what is stored (an empty state after a finished conversation). */
export function pluginState(stored: StoredConversation | undefined): State | undefined {
  return stored?.version === undefined ? undefined : ({ version: stored.version, state: stored.state } as State);
}

export function recordConsumed(previous: StoredConversation | undefined, updateId: number, state: State | undefined): StoredConversation {
  const consumed = [...(previous?.consumed ?? []).filter((id) => id !== updateId), updateId].slice(-REMEMBERED_UPDATES);
  return state ? { version: state.version, state: state.state, consumed } : { consumed };
}

export type ConversationStore = KeyValueStorage<StoredConversation>;
