// Signing in and out: the one-time link from the bot's /web (opened, then confirmed with a button, so
// a link preview fetching the URL spends nothing), the Telegram Login Widget when configured, logout.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyTelegramLogin } from '../../domain/telegram-login.ts';
import { canUseWeb, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '../../services/web-auth.ts';
import type { AdminDeps, AdminRoute, PageContext } from './context.ts';
import { html } from './html.ts';
import { notice } from './layout.ts';
import { RateLimiter, withSecurityHeaders } from './security.ts';

export const SESSION_COOKIE = 'kodo_session';

/** Login attempts per client address per minute (links and widget answers alike). */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

/** Login forms only from this site: a cross-site form could sign a visitor in as someone else. */
function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function authRoutes(deps: AdminDeps): AdminRoute[] {
  const limiter = new RateLimiter(LOGIN_ATTEMPTS_PER_MINUTE, 60_000, () => deps.clock.now().getTime());
  const secure = deps.publicUrl.startsWith('https://');

  const startSession = (ctx: PageContext, sessionId: string): FastifyReply => {
    // The cookie lives as long as the session may; the server ends it earlier when idle.
    ctx.reply.setCookie(SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_MAX_HOURS * 3600 });
    return withSecurityHeaders(ctx.reply).redirect('/admin', 303);
  };

  const refused = (ctx: PageContext, key: string, status = 400) => ({
    title: ctx.t('web-login-title'),
    status,
    body: html`${notice('error', ctx.t(key))}<p>${ctx.t('web-login-how')}</p>`,
  });

  const widget = (ctx: PageContext) =>
    deps.loginWidget
      ? html`<p>${ctx.t('web-login-widget')}</p>
<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-login="${deps.loginWidget.botUsername}" data-size="large" data-auth-url="${`${deps.publicUrl}/auth/telegram`}" data-request-access="write"></script>`
      : '';

  return [
    {
      method: 'GET',
      url: '/login',
      access: 'public',
      handler: async (ctx) => {
        if (ctx.person && canUseWeb(ctx.person.roles)) return withSecurityHeaders(ctx.reply).redirect('/admin', 303);
        return { title: ctx.t('web-login-title'), body: html`<p>${ctx.t('web-login-how')}</p><p class="muted">${ctx.t('web-login-idle', { minutes: SESSION_IDLE_MINUTES })}</p>${widget(ctx)}` };
      },
    },
    {
      method: 'GET',
      url: '/login/:token',
      access: 'public',
      handler: async (ctx) => ({
        title: ctx.t('web-login-title'),
        body: html`<p>${ctx.t('web-login-confirm')}</p>
<form method="post" action="/login" class="login"><input type="hidden" name="token" value="${ctx.params.token ?? ''}"><button type="submit" id="login-button">${ctx.t('web-login-button')}</button></form>`,
      }),
    },
    {
      method: 'POST',
      url: '/login',
      access: 'public',
      handler: async (ctx) => {
        if (!limiter.allow(ctx.request.ip)) return refused(ctx, 'web-login-slow-down', 429);
        if (!sameOrigin(ctx.request)) return refused(ctx, 'web-error-csrf', 403);
        const token = typeof ctx.body.token === 'string' ? ctx.body.token : '';
        const session = await deps.services.webAuth.consumeLoginLink(token, ctx.request.cookies[SESSION_COOKIE]);
        if (!session) return refused(ctx, 'web-login-link-spent');
        return startSession(ctx, session.sessionId);
      },
    },
    {
      method: 'GET',
      url: '/auth/telegram',
      access: 'public',
      handler: async (ctx) => {
        if (!deps.loginWidget) return refused(ctx, 'web-login-widget-off', 404);
        if (!limiter.allow(ctx.request.ip)) return refused(ctx, 'web-login-slow-down', 429);
        const check = verifyTelegramLogin(ctx.query, deps.loginWidget.botToken, Math.floor(deps.clock.now().getTime() / 1000));
        if (!check.ok) return refused(ctx, 'web-login-widget-bad');
        const session = await deps.services.webAuth.loginByTelegramId(check.telegramId, ctx.request.cookies[SESSION_COOKIE]);
        if (!session) return refused(ctx, 'web-login-no-role', 403);
        return startSession(ctx, session.sessionId);
      },
    },
    {
      method: 'POST',
      url: '/logout',
      access: 'signed-in',
      handler: async (ctx) => {
        const id = ctx.request.cookies[SESSION_COOKIE];
        if (id) await deps.services.webAuth.logout(id);
        ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return withSecurityHeaders(ctx.reply).redirect('/login', 303);
      },
    },
  ];
}
