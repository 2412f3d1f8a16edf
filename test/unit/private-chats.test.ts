// Which group messages are commands to this bot, and what a chat's stored conversation row remembers.
import { describe, expect, it } from 'vitest';
import { consumedAlready, pluginState, recordConsumed } from '../../src/bot/conversation-storage.ts';
import { commandForBot } from '../../src/bot/private-chats.ts';

describe('commands in a group', () => {
  it('are the ones without a bot name or with this bot name, in any case', () => {
    expect(commandForBot('/review', 'kodo_bot')).toEqual({ command: 'review', payload: '' });
    expect(commandForBot('/Start@KoDo_Bot project_12', 'kodo_bot')).toEqual({ command: 'start', payload: 'project_12' });
    expect(commandForBot('/review@other_bot', 'kodo_bot')).toBeNull();
    expect(commandForBot('review', 'kodo_bot')).toBeNull();
    expect(commandForBot(undefined, 'kodo_bot')).toBeNull();
  });
});

describe('a conversation row', () => {
  const state = { version: [0, 2] as [0, number], state: { registration: [] } };

  it('remembers the updates it is the outcome of, the latest sixteen', () => {
    let row = recordConsumed(undefined, 1, state);
    for (let id = 2; id <= 20; id++) row = recordConsumed(row, id, state);
    expect(row.consumed).toEqual(Array.from({ length: 16 }, (_, i) => i + 5));
    expect(consumedAlready(row, 20)).toBe(true);
    expect(consumedAlready(row, 4)).toBe(false);
    expect(consumedAlready(row, 21)).toBe(false);
  });

  it('keeps the consumed ids after the conversation ends, with no state for the plugin', () => {
    const ended = recordConsumed(recordConsumed(undefined, 7, state), 8, undefined);
    expect(consumedAlready(ended, 8)).toBe(true);
    expect(pluginState(ended)).toBeUndefined();
    expect(pluginState(recordConsumed(undefined, 9, state))).toEqual(state);
    expect(pluginState(undefined)).toBeUndefined();
  });
});
