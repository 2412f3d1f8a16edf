// Callback data of the catalogue: every button carries the whole state it leads to (filters, page,
// where Back goes), so the one catalogue message can be edited in place with nothing kept on the server.
import type { StatusFilter } from '../domain/projects.ts';

export const CATALOGUE_PREFIX = 'cat:';
const MAX_CALLBACK_BYTES = 64;

/** The list with explicit filters; guilds and directions are positions in the reference lists. */
export interface ListState {
  kind: 'list';
  /** Bit i set = the i-th guild is chosen; 0 = every guild. */
  guilds: bigint;
  /** Position of the chosen direction + 1; 0 = every direction. */
  direction: number;
  status: StatusFilter;
  upto: boolean;
  /** Position of the chosen project kind in PROJECT_KINDS + 1; 0 = every kind. */
  projectKind: number;
  /** Position of the chosen level in PROJECT_LEVELS + 1; 0 = both levels. */
  level: number;
  page: number;
}

/**
 * Where the person came from, and so where Back leads: the list with these filters, the list with
 * the person's own guilds (deep links), or /my.
 */
export type CatalogueState = ListState | { kind: 'default' } | { kind: 'my' };

export type CatalogueAction =
  | { verb: 'list'; state: CatalogueState }
  | { verb: 'guilds'; state: ListState }
  | { verb: 'directions'; state: ListState }
  /** The kind-and-level screen with the legend of directions. */
  | { verb: 'filters'; state: ListState }
  | { verb: 'card'; projectId: number; state: CatalogueState }
  | { verb: 'join'; projectId: number; state: CatalogueState }
  | { verb: 'join-confirmed'; projectId: number; state: CatalogueState }
  | { verb: 'step'; stepId: number; state: CatalogueState }
  /** A step's card as a new message, from a notice that must stay as it is; Back leads to /my. */
  | { verb: 'step-new'; stepId: number }
  | { verb: 'files'; stepId: number }
  | { verb: 'my' };

const STATUS_CHAR: Record<StatusFilter, string> = { open: 'o', finished: 'f', all: 'a' };
const CHAR_STATUS: Record<string, StatusFilter> = { o: 'open', f: 'finished', a: 'all' };

export function defaultListState(guilds: bigint): ListState {
  return { kind: 'list', guilds, direction: 0, status: 'open', upto: false, projectKind: 0, level: 0, page: 0 };
}

export function encodeState(state: CatalogueState): string {
  if (state.kind === 'default') return '-';
  if (state.kind === 'my') return 'm';
  // Kind and level take two digits after the status only when one is chosen, so the buttons of
  // earlier messages (without them) still decode, to "every kind, both levels".
  const aim = state.projectKind || state.level ? `${state.projectKind}${state.level}` : '';
  return `${state.guilds.toString(16)}.${state.direction.toString(36)}.${STATUS_CHAR[state.status]}${state.upto ? 1 : 0}${aim}.${state.page.toString(36)}`;
}

const LIST = /^([0-9a-f]{1,16})\.([0-9a-z]{1,3})\.([ofa])([01])(?:([0-4])([0-2]))?\.([0-9a-z]{1,4})$/;

export function decodeState(text: string): CatalogueState | null {
  if (text === '-') return { kind: 'default' };
  if (text === 'm') return { kind: 'my' };
  const m = LIST.exec(text);
  if (!m) return null;
  return {
    kind: 'list',
    guilds: BigInt(`0x${m[1]}`),
    direction: parseInt(m[2]!, 36),
    status: CHAR_STATUS[m[3]!]!,
    upto: m[4] === '1',
    projectKind: m[5] === undefined ? 0 : Number(m[5]),
    level: m[6] === undefined ? 0 : Number(m[6]),
    page: parseInt(m[7]!, 36),
  };
}

const VERB_CHAR = {
  list: 'l',
  guilds: 'g',
  directions: 'd',
  filters: 'k',
  card: 'o',
  join: 'j',
  'join-confirmed': 'y',
  step: 's',
  'step-new': 'n',
  files: 'f',
  my: 'm',
} as const satisfies Record<CatalogueAction['verb'], string>;

export function encodeAction(action: CatalogueAction): string {
  const parts: string[] = [VERB_CHAR[action.verb]];
  if ('projectId' in action) parts.push(String(action.projectId));
  if ('stepId' in action) parts.push(String(action.stepId));
  if ('state' in action) parts.push(encodeState(action.state));
  const data = CATALOGUE_PREFIX + parts.join(':');
  // Cannot happen with ids below 10^9 and the seeded number of guilds; a loud failure beats a dead button.
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`catalogue callback data too long: ${data}`);
  return data;
}

const ACTION = /^cat:([lgdkojysnfm])(?::(\d{1,9}))?(?::([^:]+))?$/;

/** Null for anything malformed or forged: the caller answers "this button is out of date". */
export function decodeAction(data: string): CatalogueAction | null {
  const m = ACTION.exec(data);
  if (!m) return null;
  const [, verb, idText, stateText] = m;
  const id = idText === undefined ? null : Number(idText);
  const state = stateText === undefined ? null : decodeState(stateText);
  if (stateText !== undefined && !state) return null;
  switch (verb) {
    case 'l':
      return id === null && state ? { verb: 'list', state } : null;
    case 'g':
    case 'd':
    case 'k':
      return id === null && state?.kind === 'list' ? { verb: verb === 'g' ? 'guilds' : verb === 'd' ? 'directions' : 'filters', state } : null;
    case 'o':
    case 'j':
    case 'y':
      if (id === null || !state) return null;
      return { verb: verb === 'o' ? 'card' : verb === 'j' ? 'join' : 'join-confirmed', projectId: id, state };
    case 's':
      return id !== null && state ? { verb: 'step', stepId: id, state } : null;
    case 'n':
      return id !== null && !state ? { verb: 'step-new', stepId: id } : null;
    case 'f':
      return id !== null && !state ? { verb: 'files', stepId: id } : null;
    case 'm':
      return id === null && !state ? { verb: 'my' } : null;
    default:
      return null;
  }
}

export function hasBit(mask: bigint, position: number): boolean {
  return ((mask >> BigInt(position)) & 1n) === 1n;
}

export function toggleBit(mask: bigint, position: number): bigint {
  return mask ^ (1n << BigInt(position));
}

export function maskOf(positions: readonly number[]): bigint {
  return positions.reduce((mask, p) => mask | (1n << BigInt(p)), 0n);
}
