// The catalogue's callback data: every state survives the round trip, fits Telegram's 64 bytes,
// and anything malformed is rejected rather than guessed at.
import { describe, expect, it } from 'vitest';
import { decodeAction, decodeState, defaultListState, encodeAction, encodeState, hasBit, maskOf, toggleBit, type CatalogueAction, type ListState } from '../../src/bot/catalogue-state.ts';

const busiest: ListState = { kind: 'list', guilds: (1n << 64n) - 1n, direction: 36 ** 3 - 1, status: 'finished', upto: true, projectKind: 4, level: 2, page: 36 ** 4 - 1 };

describe('catalogue callback data', () => {
  it('round-trips states and actions', () => {
    const states = [{ kind: 'default' } as const, { kind: 'my' } as const, defaultListState(maskOf([0, 6, 12])), busiest];
    for (const state of states) expect(decodeState(encodeState(state))).toEqual(state);
    const actions: CatalogueAction[] = [
      { verb: 'list', state: busiest },
      { verb: 'guilds', state: busiest },
      { verb: 'directions', state: defaultListState(0n) },
      { verb: 'card', projectId: 999_999_999, state: busiest },
      { verb: 'join', projectId: 7, state: { kind: 'default' } },
      { verb: 'join-confirmed', projectId: 999_999_999, state: busiest },
      { verb: 'step', stepId: 999_999_999, state: { kind: 'my' } },
      { verb: 'step-new', stepId: 999_999_999 },
      { verb: 'files', stepId: 12 },
      { verb: 'my' },
    ];
    for (const action of actions) {
      const data = encodeAction(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual(action);
    }
  });

  it('encodes the person’s guilds compactly', () => {
    expect(encodeState(defaultListState(maskOf([6, 8])))).toBe('140.0.o0.0');
    expect(encodeAction({ verb: 'card', projectId: 12, state: defaultListState(maskOf([6])) })).toBe('cat:o:12:40.0.o0.0');
  });

  it('rejects malformed or forged data', () => {
    for (const data of ['cat:', 'cat:x', 'cat:l', 'cat:l:zz', 'cat:o:-', 'cat:o:abc:-', 'cat:o:1', 'cat:j:1:-:x', 'cat:g:-', 'cat:f:1:-', 'cat:m:1', 'cat:n', 'cat:n:1:m', 'cat:l:1.0.q0.0', 'cat:l:1.0.o2.0', 'cat:o:1234567890:-', 'profile:edit:name']) {
      expect(decodeAction(data), data).toBeNull();
    }
  });

  it('toggles guild bits', () => {
    const mask = toggleBit(toggleBit(0n, 3), 40);
    expect(hasBit(mask, 3)).toBe(true);
    expect(hasBit(mask, 40)).toBe(true);
    expect(hasBit(toggleBit(mask, 3), 3)).toBe(false);
  });
});
