// The page frame: header with the menu the person's roles allow, language switch and logout.
import { allowed, type AdminRoute, type Page, type PageContext } from './context.ts';
import { html, type Html } from './html.ts';

export function layout(ctx: PageContext, routes: readonly AdminRoute[], title: string, body: Html): Html {
  const roles = ctx.person?.roles ?? null;
  const path = ctx.request.url.split('?')[0];
  const menu = routes.filter((r) => r.nav && r.method === 'GET' && roles && allowed(r.access, roles));
  const other = ctx.locale === 'ru' ? 'en' : 'ru';
  const langQuery = new URLSearchParams({ ...ctx.query, lang: other });
  langQuery.delete('format');
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${ctx.t('web-brand')}</title>
<link rel="stylesheet" href="/static/admin.css">
<script src="/static/chart.umd.js" defer></script>
<script src="/static/admin.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="${ctx.person ? '/admin' : path?.startsWith('/practices') ? '/practices' : '/login'}">${ctx.t('web-brand')}</a>
  ${menu.length ? html`<nav>${menu.map((r) => html`<a href="${r.url}" class="${path === r.url ? 'current' : ''}">${ctx.t(r.nav!)}</a>`)}</nav>` : ''}
  <div class="me">
    <a href="${`?${langQuery.toString()}`}" hreflang="${other}">${other.toUpperCase()}</a>
    ${
      ctx.person
        ? html`<span class="who">${ctx.person.fullName ?? ctx.person.username ?? ''}</span>
    <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit" class="link">${ctx.t('web-logout')}</button></form>`
        : ''
    }
  </div>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

export function notice(kind: 'ok' | 'error', text: string | null | undefined): Html {
  return text ? html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>` : html``;
}

/** A 404 page with a way on: back to the list the thing was looked for in, with an optional note. */
export function notFoundPage(ctx: PageContext, backHref: string, backLabelKey: string, noteKey?: string): Page {
  return { title: ctx.t('web-not-found'), status: 404, body: html`${noteKey ? html`<p>${ctx.t(noteKey)}</p>` : ''}<p><a href="${backHref}">${ctx.t(backLabelKey)}</a></p>` };
}
