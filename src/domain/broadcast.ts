// Broadcast rules without I/O: what a post may hold, who an audience means, when «15.12 10:00» is.
import { localDateOf, zoneOffsetMs } from './local-days.ts';
import { isRole, type Role } from './roles.ts';

/** Telegram's limits: text of a message, caption under a photo or document. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
export const MAX_BUTTONS = 8;
export const BUTTON_TEXT_LIMIT = 64;

/** A formatting span as Telegram sends it with a message (offsets in UTF-16 code units). */
export interface Entity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export interface LinkButton {
  text: string;
  url: string;
}

/** A post exactly as it will arrive: the moderator's formatting is kept as Telegram's entities. */
export interface Post {
  text: string;
  entities?: Entity[];
  /** file_id of a photo or a document sent with the post (the text is then its caption). */
  photo?: string;
  document?: string;
  buttons: LinkButton[];
}

export type PostProblem = { problem: 'empty' } | { problem: 'too-long'; limit: number; length: number } | { problem: 'media-and-document' };

export function checkPost(post: Post): PostProblem | null {
  if (post.photo && post.document) return { problem: 'media-and-document' };
  const hasMedia = Boolean(post.photo || post.document);
  if (!post.text.trim() && !hasMedia) return { problem: 'empty' };
  const limit = hasMedia ? CAPTION_LIMIT : TEXT_LIMIT;
  if (post.text.length > limit) return { problem: 'too-long', limit, length: post.text.length };
  return null;
}

export type ButtonsResult = { ok: true; buttons: LinkButton[] } | { ok: false; problem: 'format' | 'not-https' | 'too-many' | 'text-too-long'; line: string };

/** One button a line: «Текст | https://адрес» (also «Текст - https://…» or «Текст https://…»). */
export function parseButtons(input: string): ButtonsResult {
  const buttons: LinkButton[] = [];
  for (const raw of input.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(.*?)\s*(?:\||—|–|-)?\s*(\S+:\/\/\S+|\S+\.\S+)$/u.exec(line);
    const text = match?.[1]?.trim();
    if (!match || !text) return { ok: false, problem: 'format', line };
    if (text.length > BUTTON_TEXT_LIMIT) return { ok: false, problem: 'text-too-long', line };
    let url: URL;
    try {
      url = new URL(match[2]!);
    } catch {
      return { ok: false, problem: 'not-https', line };
    }
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return { ok: false, problem: 'not-https', line };
    buttons.push({ text, url: url.href });
  }
  if (buttons.length > MAX_BUTTONS) return { ok: false, problem: 'too-many', line: '' };
  return { ok: true, buttons };
}

/** The first line of the post, shortened: the title in /news. */
export function postTitle(text: string, max = 80): string {
  const first = text.trim().split('\n', 1)[0]!.trim();
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

// ── audiences ──────────────────────────────────────────────────────────────

export type Audience =
  | { kind: 'all' }
  | { kind: 'guild'; id: number }
  | { kind: 'direction'; id: number }
  | { kind: 'municipality'; id: number }
  | { kind: 'institution'; id: number }
  | { kind: 'project'; id: number; owing: boolean }
  | { kind: 'role'; role: Role };

/** Compact form for buttons (callback data ≤ 64 bytes): a, g5, d3, m12, i40, p7, p7o, r.moderator. */
export function encodeAudience(a: Audience): string {
  switch (a.kind) {
    case 'all':
      return 'a';
    case 'project':
      return `p${a.id}${a.owing ? 'o' : ''}`;
    case 'role':
      return `r.${a.role}`;
    default:
      return `${a.kind[0]}${a.id}`;
  }
}

export function decodeAudience(code: string): Audience | null {
  if (code === 'a') return { kind: 'all' };
  if (code.startsWith('r.')) {
    const role = code.slice(2);
    return isRole(role) ? { kind: 'role', role } : null;
  }
  const m = /^([gdmip])(\d{1,9})(o?)$/.exec(code);
  if (!m) return null;
  const id = Number(m[2]);
  if (m[3] && m[1] !== 'p') return null;
  const kinds = { g: 'guild', d: 'direction', m: 'municipality', i: 'institution' } as const;
  if (m[1] === 'p') return { kind: 'project', id, owing: m[3] === 'o' };
  return { kind: kinds[m[1] as keyof typeof kinds], id };
}

/** A stored audience, checked (rows are JSON). */
export function parseAudience(raw: unknown): Audience | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Record<string, unknown>;
  if (a.kind === 'all') return { kind: 'all' };
  if (a.kind === 'role') return typeof a.role === 'string' && isRole(a.role) ? { kind: 'role', role: a.role } : null;
  if (typeof a.id !== 'number') return null;
  if (a.kind === 'project') return { kind: 'project', id: a.id, owing: a.owing === true };
  if (a.kind === 'guild' || a.kind === 'direction' || a.kind === 'municipality' || a.kind === 'institution') return { kind: a.kind, id: a.id };
  return null;
}

// ── sending time ───────────────────────────────────────────────────────────

export type SendTimeResult = { ok: true; at: Date } | { ok: false; problem: 'format' | 'no-such-date' | 'past' | 'too-far' };

/** The instant of a wall-clock time in the zone (the offset re-read at the guess, for DST zones). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let at = wall - zoneOffsetMs(new Date(wall), timeZone);
  at = wall - zoneOffsetMs(new Date(at), timeZone);
  return new Date(at);
}

/**
 * «15.12 10:00», «15.12.2026 10:00», «15.12.26 в 10:00» in the region's time zone. Without a year a
 * date in a month already gone means next year (typed in December, «10.01» is January); within
 * the current month or later, this year — so a moment already past is refused, not moved.
 */
export function parseSendTime(input: string, now: Date, timeZone: string): SendTimeResult {
  const m = /^\s*(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\s*(?:в|at|,)?\s*(\d{1,2})[:.](\d{2})\s*$/iu.exec(input);
  if (!m) return { ok: false, problem: 'format' };
  const [day, month, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
  const today = localDateOf(now, timeZone);
  let year = m[3] ? Number(m[3]) : today.year;
  if (m[3] && m[3].length === 2) year += 2000;
  if (!m[3] && month < today.month) year += 1;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return { ok: false, problem: 'no-such-date' };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return { ok: false, problem: 'no-such-date' };
  const at = zonedInstant(year, month, day, hour, minute, timeZone);
  if (at.getTime() <= now.getTime()) return { ok: false, problem: 'past' };
  if (at.getTime() - now.getTime() > 366 * 86_400_000) return { ok: false, problem: 'too-far' };
  return { ok: true, at };
}

/** «15.12 10:00» back, for confirmations. */
export function formatSendTime(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + zoneOffsetMs(at, timeZone));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}.${pad(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** «3 400» / «3,400»: counts in the status line. */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ru-RU').format(n).replace(/\u00a0/g, ' ');
}

// ── progress ───────────────────────────────────────────────────────────────

export interface BroadcastCounts {
  total: number;
  delivered: number;
  blocked: number;
  failed: number;
  /** Switched news off in /settings (the delivery gate dropped their row). */
  muted: number;
  /** Still to go: pending, in flight, or held by a pause. */
  left: number;
}

/** Outbox row statuses of one broadcast, tallied. */
export function tally(total: number, byStatus: Record<string, number>): BroadcastCounts {
  const n = (s: string) => byStatus[s] ?? 0;
  return {
    total,
    delivered: n('sent'),
    blocked: n('blocked') + n('skipped'),
    failed: n('failed'),
    muted: n('dropped'),
    left: n('pending') + n('sending') + n('held'),
  };
}
