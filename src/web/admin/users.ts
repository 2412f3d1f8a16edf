// Moderators' and admins' pages about people: the list with search and role filter, a person's card,
// editing the name and institution (moderators, audited) and roles (admins, through the same
// UserService.changeRole as the bot's /roles: audited, and the person is told).
import { ROLES, isRole } from '../../domain/roles.ts';
import { USERS_PAGE } from '../../services/user-admin.ts';
import { tables } from './analytics.ts';
import { idParam, formField, pageOf, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html, type Html } from './html.ts';
import { notice, notFoundPage } from './layout.ts';
import { randomToken, withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';

const list = (ctx: PageContext, name: string) => {
  const v = ctx.body[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
};

/** The form's one-time key: a form sent twice (a double click, a resend) changes things once. */
export const formNonce = () => randomToken(12);
export function effectKeyOf(ctx: PageContext): string {
  const nonce = formField(ctx, 'nonce');
  return `web:${/^[A-Za-z0-9_-]{8,40}$/.test(nonce) ? nonce : randomToken(12)}`;
}

export const hidden = (ctx: PageContext): Html => html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="nonce" value="${formNonce()}">`;

export function pager(ctx: PageContext, total: number, size: number): Html {
  const page = pageOf(ctx);
  const pages = Math.ceil(total / size);
  if (pages <= 1) return html``;
  const link = (p: number) => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    q.delete('format');
    return `?${q.toString()}`;
  };
  return html`<nav class="pager">${page > 1 ? html`<a href="${link(page - 1)}">← ${ctx.t('web-page-prev')}</a>` : ''} <span>${ctx.t('web-page-of', { page, pages })}</span> ${page < pages ? html`<a href="${link(page + 1)}">${ctx.t('web-page-next')} →</a>` : ''}</nav>`;
}


export function userRoutes(deps: AdminDeps): AdminRoute[] {
  const { userAdmin, users } = deps.services;
  return [
    {
      method: 'GET',
      url: '/admin/users',
      access: ['moderator', 'admin'],
      nav: 'web-nav-users',
      handler: async (ctx) => {
        const t = ctx.t;
        const { rows, total } = await userAdmin.list({ query: ctx.query.q, role: ctx.query.role, page: pageOf(ctx) });
        const table: DataTable = {
          id: 'users',
          title: t('web-users-title'),
          columns: [
            { label: t('web-col-name'), type: 'text' },
            { label: t('web-col-username'), type: 'text' },
            { label: t('web-col-institution'), type: 'text' },
            { label: t('web-col-municipality'), type: 'text' },
            { label: t('web-col-roles'), type: 'text' },
            { label: t('web-col-registered'), type: 'date' },
          ],
          rows: rows.map((r) => [r.fullName ?? t('web-no-name'), r.username ? `@${r.username}` : '', r.institution, r.municipality, r.roles.map((x) => t(`role-${x}`)).join(', '), r.registeredAt]),
          links: rows.map((r) => `/admin/users/${r.id}`),
        };
        return {
          title: t('web-users-title'),
          body: html`<form method="get" class="filters">
  <label>${t('web-search')}<input type="search" name="q" value="${ctx.query.q ?? ''}" maxlength="100"></label>
  <label>${t('web-col-roles')}<select name="role"><option value="">${t('web-filter-all')}</option>${ROLES.map((r) => html`<option value="${r}" ${ctx.query.role === r ? html`selected` : ''}>${t(`role-${r}`)}</option>`)}</select></label>
  <button type="submit">${t('web-filter-apply')}</button>
</form>
<p class="muted">${t('web-found', { count: total })}</p>
${tables(ctx, [table])}${pager(ctx, total, USERS_PAGE)}`,
          tables: [table],
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/users/:id',
      access: ['moderator', 'admin'],
      handler: async (ctx) => {
        const t = ctx.t;
        const person = await users.byId(idParam(ctx));
        if (!person) return notFoundPage(ctx, '/admin/users', 'web-nav-users');
        const roles = ctx.person!.roles;
        const institutions = await userAdmin.institutions();
        const edit = roles.includes('moderator')
          ? html`<section class="card"><h2>${t('web-user-edit')}</h2>
<form method="post" action="${`/admin/users/${person.id}`}" class="stack">${hidden(ctx)}
  <label>${t('web-col-name')}<input name="fullName" required maxlength="120" value="${person.fullName ?? ''}"></label>
  <label>${t('web-col-institution')}<select name="institutionId"><option value="">—</option>${institutions.map(
    (i) => html`<option value="${i.id}" ${i.id === person.institutionId ? html`selected` : ''}>${i.municipality} — ${i.name}</option>`,
  )}</select></label>
  <button type="submit">${t('web-save')}</button>
</form></section>`
          : '';
        const roleForm = roles.includes('admin')
          ? html`<section class="card"><h2>${t('web-user-roles')}</h2>
<form method="post" action="${`/admin/users/${person.id}/roles`}" class="stack">${hidden(ctx)}
  <div class="checks">${ROLES.map((r) => html`<label class="check"><input type="checkbox" name="roles" value="${r}" ${person.roles.includes(r) ? html`checked` : ''}> ${t(`role-${r}`)}</label>`)}</div>
  <button type="submit">${t('web-save')}</button>
</form></section>`
          : '';
        const institution = person.institutionId ? institutions.find((i) => i.id === person.institutionId) : undefined;
        return {
          title: person.fullName ?? t('web-no-name'),
          body: html`${notice('ok', ctx.query.saved ? t('web-saved') : null)}
<dl class="facts">
  <dt>${t('web-col-username')}</dt><dd>${person.username ? `@${person.username}` : '—'}</dd>
  <dt>${t('web-col-institution')}</dt><dd>${institution ? `${institution.name} (${institution.municipality})` : '—'}</dd>
  <dt>${t('web-col-roles')}</dt><dd>${person.roles.map((r) => t(`role-${r}`)).join(', ') || '—'}</dd>
</dl>
<p><a href="${`/admin/audit?entity=user&entityId=${person.id}`}">${t('web-user-history')}</a></p>
${edit}${roleForm}`,
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/users/:id',
      access: ['moderator'],
      handler: async (ctx) => {
        const id = idParam(ctx);
        const institution = formField(ctx, 'institutionId');
        await userAdmin.edit(ctx.person!, id, { fullName: formField(ctx, 'fullName'), institutionId: /^\d{1,9}$/.test(institution) ? Number(institution) : null }, effectKeyOf(ctx));
        return withSecurityHeaders(ctx.reply).redirect(`/admin/users/${id}?saved=1`, 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/users/:id/roles',
      access: ['admin'],
      handler: async (ctx) => {
        const id = idParam(ctx);
        const target = await users.byId(id);
        if (!target) return notFoundPage(ctx, '/admin/users', 'web-nav-users');
        const wanted = new Set(list(ctx, 'roles').filter(isRole));
        const key = effectKeyOf(ctx);
        // Grants first, so taking admin from oneself while giving it to nobody is refused by the service.
        for (const role of ROLES) if (wanted.has(role) && !target.roles.includes(role)) await users.changeRole(ctx.person!, id, role, true, key);
        for (const role of ROLES) if (!wanted.has(role) && target.roles.includes(role)) await users.changeRole(ctx.person!, id, role, false, key);
        return withSecurityHeaders(ctx.reply).redirect(`/admin/users/${id}?saved=1`, 303);
      },
    },
  ];
}
