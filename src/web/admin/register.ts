// Registers the admin view's route table on fastify: every route goes through one gate that reads
// the session, checks the route's roles on the server, checks the CSRF token of every form post,
// picks the language and sets the security headers; pages come back as HTML, CSV or XLSX.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ServiceError } from '../../services/users.ts';
import { authRoutes, SESSION_COOKIE } from './auth.ts';
import { allowed, type AdminDeps, type AdminRoute, type Locale, type Page, type PageContext, type UploadedFile, UPLOAD_LIMIT } from './context.ts';
import { analyticsRoutes } from './analytics.ts';
import { auditRoutes } from './audit.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { moderationRoutes } from './moderation.ts';
import { newsRoutes } from './news.ts';
import { projectEditRoutes } from './project-edit.ts';
import { proposalRoutes } from './proposals.ts';
import { staticRoutes } from './static.ts';
import { roadmapRoutes } from './roadmap.ts';
import { submissionRoutes } from './submissions.ts';
import { safeEqual, withSecurityHeaders } from './security.ts';
import { toCsv, toXlsx } from './table.ts';
import { userRoutes } from './users.ts';
import { practiceAdminRoutes } from './practices.ts';
import { practicePageRoutes } from './practice-pages.ts';

export const LANG_COOKIE = 'kodo_lang';

/** Every route of the admin view, in menu order: the one table the server authorises from. */
export function adminRoutes(deps: AdminDeps): AdminRoute[] {
  return [
    ...analyticsRoutes(deps),
    ...userRoutes(deps),
    ...submissionRoutes(deps),
    ...practiceAdminRoutes(deps),
    ...moderationRoutes(deps),
    ...projectEditRoutes(deps),
    ...proposalRoutes(deps),
    ...newsRoutes(deps),
    ...roadmapRoutes(deps),
    ...auditRoutes(deps),
    ...practicePageRoutes(deps),
    ...authRoutes(deps),
    ...staticRoutes(),
  ];
}

const flat = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
};

function pickLocale(request: FastifyRequest, personLocale: string | null | undefined, fallback: string): Locale {
  const query = (request.query as Record<string, unknown>)?.lang;
  if (query === 'ru' || query === 'en') return query;
  const saved = request.cookies[LANG_COOKIE];
  if (saved === 'ru' || saved === 'en') return saved;
  if (personLocale === 'ru' || personLocale === 'en') return personLocale;
  const accept = String(request.headers['accept-language'] ?? '').toLowerCase();
  if (/^\s*en\b/.test(accept)) return 'en';
  if (/^\s*ru\b/.test(accept)) return 'ru';
  return fallback === 'en' ? 'en' : 'ru';
}

/** Registers the admin view in its own fastify scope (cookies and form bodies are parsed only there). */
export function registerAdmin(root: FastifyInstance, deps: AdminDeps): void {
  void root.register(async (app) => {
    await app.register(cookie);
    await app.register(formbody, { bodyLimit: 262_144 });
    // Forms with a file (a news post's photo or document): one file, held in memory up to Telegram's
    // 10 MB for photos; a bigger one arrives marked truncated and its form is refused with a message.
    await app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 40, fieldSize: 262_144 },
      onFile: async (part: MultipartFile) => {
        const data = await part.toBuffer();
        const upload: UploadedFile = { filename: part.filename, mimetype: part.mimetype, data, truncated: part.file.truncated };
        (part as unknown as { value: unknown }).value = upload;
      },
    });
    await addRoutes(app, deps);
  });
}

async function addRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const routes = adminRoutes(deps);
  const secure = deps.publicUrl.startsWith('https://');

  const errorPage = (ctx: PageContext, status: number, message: string): FastifyReply =>
    withSecurityHeaders(ctx.reply).code(status).type('text/html; charset=utf-8').send(layout(ctx, routes, message, html`<p><a href="/admin">${ctx.t('web-back-home')}</a></p>`).value);

  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      // Multipart bodies are read whole before the handler runs: only routes that take a file accept
      // them, and only from a session allowed on the route, at most the file and its form in size.
      onRequest: async (request, reply) => {
        if (!String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) return;
        if (!route.multipart) return void reply.code(415).send();
        if (Number(request.headers['content-length'] ?? Number.POSITIVE_INFINITY) > UPLOAD_LIMIT + MULTIPART_FORM_ALLOWANCE) return void reply.code(413).send();
        const session = await deps.services.webAuth.session(request.cookies[SESSION_COOKIE]);
        if (!session || !allowed(route.access, session.person.roles)) return void reply.code(403).send();
      },
      handler: async (request, reply) => {
        const session = route.bare ? null : await deps.services.webAuth.session(request.cookies[SESSION_COOKIE]);
        const person = session?.person ?? null;
        const locale = pickLocale(request, person?.locale, deps.defaultLocale);
        const query = (request.query as Record<string, unknown>)?.lang;
        if (query === 'ru' || query === 'en') reply.setCookie(LANG_COOKIE, query, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 365 * 86_400 });
        const { body, files } = formOf(request.body);
        const ctx: PageContext = {
          request,
          reply,
          person,
          csrf: session?.csrfToken ?? '',
          locale,
          t: (key, vars) => deps.translate(locale, key, vars),
          deps,
          query: flat(request.query),
          params: flat(request.params),
          body,
          files,
        };
        if (route.access !== 'public') {
          if (!person) {
            if (route.method === 'GET') return withSecurityHeaders(reply).redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
            return errorPage(ctx, 401, ctx.t('web-error-signed-out'));
          }
          if (!allowed(route.access, person.roles)) return errorPage(ctx, 403, ctx.t('web-error-forbidden'));
          if (route.method === 'POST') {
            const sent = typeof body._csrf === 'string' ? body._csrf : '';
            if (!sent || !safeEqual(sent, session!.csrfToken)) return errorPage(ctx, 403, ctx.t('web-error-csrf'));
          }
        }
        let page: Page | FastifyReply;
        try {
          page = await route.handler(ctx);
        } catch (error) {
          if (error instanceof ServiceError) {
            const vars = typeof error.vars.role === 'string' ? { ...error.vars, role: ctx.t(`role-${error.vars.role}`) } : error.vars;
            return errorPage(ctx, 400, ctx.t(error.code, vars));
          }
          throw error;
        }
        if (!isPage(page)) return page;
        const format = ctx.query.format;
        if (route.method === 'GET' && (format === 'csv' || format === 'xlsx') && page.tables?.length) {
          const table = page.tables.find((t) => t.id === ctx.query.table) ?? page.tables[0]!;
          const name = `kodo-${table.id}.${format}`;
          withSecurityHeaders(reply).header('content-disposition', `attachment; filename="${name}"`);
          if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table));
          return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table, deps.timeZone));
        }
        return withSecurityHeaders(reply, { loginWidget: route.url === '/login' && Boolean(deps.loginWidget) })
          .code(page.status ?? 200)
          .type('text/html; charset=utf-8')
          .send(layout(ctx, routes, page.title, page.body).value);
      },
    });
  }
}


/** Room for a file form's text fields beside the file itself. */
const MULTIPART_FORM_ALLOWANCE = 512 * 1024;

const isUpload = (value: unknown): value is UploadedFile => Boolean(value) && typeof value === 'object' && Buffer.isBuffer((value as UploadedFile).data);

/** A parsed form (url-encoded or multipart) as text fields and files. */
function formOf(raw: unknown): { body: Record<string, string | string[]>; files: Record<string, UploadedFile> } {
  const body: Record<string, string | string[]> = {};
  const files: Record<string, UploadedFile> = {};
  if (!raw || typeof raw !== 'object') return { body, files };
  for (const [name, value] of Object.entries(raw)) {
    if (isUpload(value)) files[name] = value;
    else if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) body[name] = value as string | string[];
  }
  return { body, files };
}

const isPage = (value: unknown): value is Page => Boolean(value) && typeof value === 'object' && 'body' in (value as object) && 'title' in (value as object);
