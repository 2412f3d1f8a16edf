// Moderators' pages of the bank of best practices: every practice with its status, proposing a
// hand-in from its page and withdrawing a practice — through PracticeService, as the bot does.
import type { PracticeStatus } from '../../domain/practices.ts';
import { PRACTICE_STATUSES } from '../../domain/practices.ts';
import { tables } from './analytics.ts';
import { MODERATOR, idOf, pageOf, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html } from './html.ts';
import { notice } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';
import { effectKeyOf, hidden, pager } from './users.ts';

const ADMIN_PAGE_SIZE = 50;
const str = (ctx: PageContext, name: string) => (typeof ctx.body[name] === 'string' ? (ctx.body[name] as string) : '');

/** The practice part of a hand-in's page: its status, or the button that proposes it. */
export async function practiceSection(ctx: PageContext, submissionId: number, proposable: boolean) {
  const t = ctx.t;
  const practice = await ctx.deps.services.practices.ofSubmission(submissionId);
  if (practice) {
    return html`<section class="card" id="practice"><h2>${t('web-practices-bank')}</h2>
<p>${t('web-practices-of-submission', { id: practice.id })}: <b>${t(`practice-status-${practice.status}`)}</b> · <a href="/admin/practices">${t('web-nav-practices')}</a></p></section>`;
  }
  if (!proposable) return html``;
  return html`<section class="card" id="practice"><h2>${t('web-practices-bank')}</h2>
<form method="post" action="${`/admin/submissions/${submissionId}/practice`}">${hidden(ctx)}<p class="muted">${t('web-practices-propose-hint')}</p>
<label>${t('web-practices-title-label')}<input type="text" name="title" maxlength="200" placeholder="${t('web-practices-title-placeholder')}"></label>
<button type="submit" id="propose-practice">${t('web-practices-propose')}</button></form></section>`;
}

export function practiceAdminRoutes(deps: AdminDeps): AdminRoute[] {
  const { practices } = deps.services;
  return [
    {
      method: 'GET',
      url: '/admin/practices',
      access: MODERATOR,
      nav: 'web-nav-practices',
      handler: async (ctx) => {
        const t = ctx.t;
        const page = pageOf(ctx);
        const status = (PRACTICE_STATUSES as readonly string[]).includes(ctx.query.status ?? '') ? (ctx.query.status as PracticeStatus) : undefined;
        const { rows, total } = await practices.list({ status, page: page - 1, pageSize: ADMIN_PAGE_SIZE });
        const table: DataTable = {
          id: 'practices',
          title: t('web-nav-practices'),
          columns: [
            { label: t('web-practices-col-title'), type: 'text' },
            { label: t('web-col-status'), type: 'text' },
            { label: t('web-practices-author'), type: 'text' },
            { label: t('web-col-project'), type: 'text' },
            { label: t('web-practices-col-proposed'), type: 'datetime' },
            { label: t('web-practices-col-decided'), type: 'datetime' },
            { label: t('web-practices-col-submission'), type: 'number' },
          ],
          rows: rows.map((r) => [r.title, t(`practice-status-${r.status}`), r.author, r.project, r.proposedAt, r.decidedAt, r.submissionId]),
          links: rows.map((r) => (r.status === 'published' ? `/practices/${r.id}` : `/admin/submissions/${r.submissionId}`)),
        };
        const withdrawable = rows.filter((r) => r.status === 'published' || r.status === 'proposed');
        return {
          title: t('web-nav-practices'),
          body: html`${notice('ok', ctx.query.withdrawn ? t('web-practices-withdrawn') : null)}
<form method="get" class="filters">
  <label>${t('web-col-status')}<select name="status"><option value="">${t('web-filter-all')}</option>${PRACTICE_STATUSES.map(
    (s) => html`<option value="${s}" ${status === s ? html`selected` : ''}>${t(`practice-status-${s}`)}</option>`,
  )}</select></label>
  <button type="submit">${t('web-filter-apply')}</button>
</form>
<p class="muted">${t('web-found', { count: total })} · <a href="/practices">${t('web-practices-public-title')}</a></p>
${tables(ctx, [table])}${pager(ctx, total, ADMIN_PAGE_SIZE)}
${
  withdrawable.length
    ? html`<section class="card"><h2>${t('web-practices-withdraw-title')}</h2>
<form method="post" action="/admin/practices/withdraw" class="stack">${hidden(ctx)}
  <label>${t('web-practices-col-title')}<select name="practiceId" required>${withdrawable.map((r) => html`<option value="${r.id}">№ ${r.id} · ${r.title}</option>`)}</select></label>
  <label>${t('web-practices-reason')}<input name="reason" maxlength="500" required></label>
  <button type="submit">${t('web-practices-withdraw')}</button>
</form></section>`
    : ''
}`,
          tables: [table],
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/practices/withdraw',
      access: MODERATOR,
      handler: async (ctx) => {
        await practices.withdraw(ctx.person!, idOf(str(ctx, 'practiceId')), str(ctx, 'reason'), effectKeyOf(ctx));
        return withSecurityHeaders(ctx.reply).redirect('/admin/practices?withdrawn=1', 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/submissions/:id/practice',
      access: MODERATOR,
      handler: async (ctx) => {
        const submissionId = idOf(ctx.params.id);
        await practices.propose(ctx.person!, submissionId, effectKeyOf(ctx), typeof ctx.body.title === 'string' ? ctx.body.title : null);
        return withSecurityHeaders(ctx.reply).redirect(`/admin/submissions/${submissionId}?proposed=1#practice`, 303);
      },
    },
  ];
}
