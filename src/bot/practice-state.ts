// Callback data of the bank of best practices (`pb:`): every button carries the whole search it
// leads to — direction, guild, page and the typed keyword — so nothing is kept on the server and a
// stale or forged button decodes to a search (or to nothing), never to someone else's state.
import { normalizeKeyword } from '../domain/practices.ts';

export const PRACTICE_BROWSE_PREFIX = 'pb:';
const MAX_CALLBACK_BYTES = 64;

export interface PracticeSearch {
  /** Direction id; 0 = every direction. */
  direction: number;
  /** Guild id; 0 = every guild. */
  guild: number;
  page: number;
  /** Normalized keyword (domain/practices.ts); '' = none. */
  keyword: string;
}

export type PracticeAction =
  | { verb: 'list'; state: PracticeSearch }
  | { verb: 'directions'; state: PracticeSearch }
  | { verb: 'guilds'; state: PracticeSearch }
  /** How to type a keyword (the keyword itself comes with /practices <words>). */
  | { verb: 'keyword'; state: PracticeSearch }
  | { verb: 'card'; id: number; state: PracticeSearch }
  | { verb: 'files'; id: number };

export const emptySearch = (keyword = ''): PracticeSearch => ({ direction: 0, guild: 0, page: 0, keyword: normalizeKeyword(keyword) });

const VERB_CODE = { list: 'l', directions: 'd', guilds: 'g', keyword: 'k', card: 'c', files: 'f' } as const;
const CODE_VERB = Object.fromEntries(Object.entries(VERB_CODE).map(([k, v]) => [v, k])) as Record<string, PracticeAction['verb']>;

const encodeState = (s: PracticeSearch) => `${s.direction.toString(36)}.${s.guild.toString(36)}.${s.page.toString(36)}.${s.keyword}`;

/**
 * The button's data; the keyword, last, is cut (at a character) to fit Telegram's 64 bytes, so a
 * long Cyrillic keyword pages on as its first twenty-odd letters.
 */
export function encodePracticeAction(action: PracticeAction): string {
  const head = `${PRACTICE_BROWSE_PREFIX}${VERB_CODE[action.verb]}:`;
  if (action.verb === 'files') return `${head}${action.id.toString(36)}`;
  let data = action.verb === 'card' ? `${head}${action.id.toString(36)}:${encodeState(action.state)}` : `${head}${encodeState(action.state)}`;
  while (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) data = Array.from(data).slice(0, -1).join('');
  return data.trimEnd();
}

const ID = /^[0-9a-z]{1,6}$/;

function decodeState(text: string): PracticeSearch | null {
  const m = /^([0-9a-z]{1,6})\.([0-9a-z]{1,6})\.([0-9a-z]{1,4})\.(.*)$/s.exec(text);
  if (!m) return null;
  return { direction: parseInt(m[1]!, 36), guild: parseInt(m[2]!, 36), page: parseInt(m[3]!, 36), keyword: normalizeKeyword(m[4]) };
}

/** null for anything this feature did not make. */
export function decodePracticeAction(data: string): PracticeAction | null {
  if (!data.startsWith(PRACTICE_BROWSE_PREFIX) || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
  const rest = data.slice(PRACTICE_BROWSE_PREFIX.length);
  const verb = CODE_VERB[rest.slice(0, 1)];
  if (!verb || rest[1] !== ':') return null;
  const body = rest.slice(2);
  if (verb === 'files') return ID.test(body) ? { verb, id: parseInt(body, 36) } : null;
  if (verb === 'card') {
    const colon = body.indexOf(':');
    const id = body.slice(0, colon);
    const state = colon > 0 && ID.test(id) ? decodeState(body.slice(colon + 1)) : null;
    return state ? { verb, id: parseInt(id, 36), state } : null;
  }
  const state = decodeState(body);
  return state ? { verb, state } : null;
}
