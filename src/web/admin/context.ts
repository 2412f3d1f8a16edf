// The route table's types: who may open a route, what a handler gets and what it returns.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../domain/roles.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Services } from '../../services/index.ts';
import type { Translate } from '../../services/translator.ts';
import type { Person } from '../../services/users.ts';
import type { BotFileAccess } from '../telegram-files.ts';
import type { Html } from './html.ts';
import type { DataTable } from './table.ts';

export interface AdminDeps {
  services: Services;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  publicUrl: string;
  clock: Clock;
  /** The Telegram Login Widget, offered when configured (its domain set in BotFather). */
  loginWidget?: { botToken: string; botUsername: string } | null;
  /** The bot's username, for t.me links to what the bot shows (a practice's files). */
  botUsername?: string | null;
  /** The Bot API, for streaming the files of published practices (absent: they are offered in the bot only). */
  botFiles?: BotFileAccess | null;
}

/** 'public': anyone; 'signed-in': any session; a role list: a session holding one of them. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export type Locale = 'ru' | 'en';

/** Routes for moderators only. */
export const MODERATOR: Access = ['moderator'];

export interface PageContext {
  request: FastifyRequest;
  reply: FastifyReply;
  person: Person | null;
  /** The session's CSRF token, for forms. */
  csrf: string;
  locale: Locale;
  t(key: string, vars?: Record<string, string | number>): string;
  deps: AdminDeps;
  query: Record<string, string>;
  params: Record<string, string>;
  /** Parsed form fields (repeated names as arrays). */
  body: Record<string, string | string[]>;
  /** Files of a multipart form, by field name. */
  files: Record<string, UploadedFile>;
}

/** The largest file a form takes: what Telegram accepts for a photo sent by a bot. */
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
  /** Over the upload limit: `data` holds only its beginning. */
  truncated: boolean;
}

export interface Page {
  title: string;
  body: Html;
  /** Tables the page offers as CSV and XLSX (?table=<id>&format=csv|xlsx). */
  tables?: DataTable[];
  status?: number;
}

export interface AdminRoute {
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  /** Locale key of the menu entry, for pages in the menu. */
  nav?: string;
  /** Served without reading the session (static files). */
  bare?: boolean;
  /** Takes a multipart form with a file (refused on every other route, and before any session). */
  multipart?: boolean;
  handler(ctx: PageContext): Promise<Page | FastifyReply>;
}

export function allowed(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'signed-in') return true;
  return access.some((r) => roles.includes(r));
}

/** The 1-based page a list was asked for; anything but a plain number (1e400, -3, «abc») is page 1. */
export function pageOf(ctx: Pick<PageContext, 'query'>): number {
  return /^\d{1,6}$/.test(ctx.query.page ?? '') ? Math.max(1, Number(ctx.query.page)) : 1;
}

/** A numeric id as it comes in a URL or a form (1 to 9 digits); 0 for anything else. */
export const idOf = (text: string | undefined): number => (/^\d{1,9}$/.test(text ?? '') ? Number(text) : 0);

/** The route's `:id`. */
export const idParam = (ctx: Pick<PageContext, 'params'>): number => idOf(ctx.params.id);

/** A form field's text; browsers send a textarea's line breaks as CRLF, the bot stores LF. */
export const formField = (ctx: Pick<PageContext, 'body'>, name: string): string => (typeof ctx.body[name] === 'string' ? (ctx.body[name] as string).replace(/\r\n?/g, '\n') : '');
