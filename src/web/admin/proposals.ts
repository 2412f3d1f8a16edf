// Moderators' page of participants' proposals: all of them by status, one proposal's card, and a
// decision (status and a comment for the author) through ProposalService.setStatus — the same call
// as the bot's queue: audited, the author told, a decision taken meanwhile by someone else refused.
import { isProposalStatus, PROPOSAL_COMMENT_MAX, PROPOSAL_STATUSES } from '../../domain/proposals.ts';
import { tables } from './analytics.ts';
import { MODERATOR, idParam, formField, pageOf, type AdminDeps, type AdminRoute } from './context.ts';
import { html } from './html.ts';
import { notice } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';
import { hidden, pager } from './users.ts';
import { truncate } from '../../domain/text.ts';

const PER_PAGE = 20;

export function proposalRoutes(deps: AdminDeps): AdminRoute[] {
  const { proposals } = deps.services;
  return [
    {
      method: 'GET',
      url: '/admin/proposals',
      access: MODERATOR,
      nav: 'web-nav-proposals',
      handler: async (ctx) => {
        const t = ctx.t;
        const status = ctx.query.status && isProposalStatus(ctx.query.status) ? ctx.query.status : null;
        const { items, total } = await proposals.list(ctx.person!, status, pageOf(ctx), PER_PAGE);
        const table: DataTable = {
          id: 'proposals',
          title: t('web-proposals-title'),
          columns: [
            { label: '№', type: 'number' },
            { label: t('web-col-submitted'), type: 'datetime' },
            { label: t('web-col-name'), type: 'text' },
            { label: t('web-col-status'), type: 'text' },
            { label: t('web-proposal-text'), type: 'text' },
            { label: t('web-proposal-comment'), type: 'text' },
          ],
          rows: items.map((p) => [p.id, p.createdAt, p.authorName, t(`proposal-status-${p.status}`), truncate(p.text, 200), p.comment]),
          links: items.map((p) => `/admin/proposals/${p.id}`),
        };
        return {
          title: t('web-proposals-title'),
          body: html`<form method="get" class="filters">
  <label>${t('web-col-status')}<select name="status"><option value="">${t('web-filter-all')}</option>${PROPOSAL_STATUSES.map(
    (s) => html`<option value="${s}" ${status === s ? html`selected` : ''}>${t(`proposal-status-${s}`)}</option>`,
  )}</select></label>
  <button type="submit">${t('web-filter-apply')}</button>
</form>
<p class="muted">${t('web-found', { count: total })}</p>
${tables(ctx, [table])}${pager(ctx, total, PER_PAGE)}`,
          tables: [table],
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/proposals/:id',
      access: MODERATOR,
      handler: async (ctx) => {
        const t = ctx.t;
        const p = await proposals.view(ctx.person!, idParam(ctx));
        return {
          title: t('web-proposal-title', { id: p.id }),
          body: html`${notice('ok', ctx.query.saved ? t('web-saved') : null)}
<p><a href="/admin/proposals">← ${t('web-nav-proposals')}</a></p>
<dl class="facts">
  <dt>${t('web-col-name')}</dt><dd>${p.authorName}</dd>
  <dt>${t('web-col-submitted')}</dt><dd>${new Intl.DateTimeFormat(ctx.locale === 'en' ? 'en-GB' : 'ru-RU', { timeZone: deps.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(p.createdAt)}</dd>
  <dt>${t('web-col-status')}</dt><dd id="proposal-status">${t(`proposal-status-${p.status}`)}</dd>
  ${p.fileId ? html`<dt>${t('web-proposal-file')}</dt><dd>${p.fileKind === 'photo' ? t('proposal-file-photo') : t('proposal-file-document', { name: p.fileName ?? '' })} <span class="muted">${t('web-item-in-telegram')}</span></dd>` : ''}
  ${p.comment ? html`<dt>${t('web-proposal-comment')}</dt><dd>${p.comment}</dd>` : ''}
</dl>
<blockquote>${p.text}</blockquote>
<section class="card"><h2>${t('web-proposal-decide')}</h2>
<form method="post" action="${`/admin/proposals/${p.id}/status`}" class="stack" id="proposal-form">${hidden(ctx)}<input type="hidden" name="revision" value="${p.revision}">
  <label>${t('web-col-status')}<select name="status">${PROPOSAL_STATUSES.map((s) => html`<option value="${s}" ${p.status === s ? html`selected` : ''}>${t(`proposal-status-${s}`)}</option>`)}</select></label>
  <label>${t('web-proposal-comment')}<textarea name="comment" rows="3" maxlength="${PROPOSAL_COMMENT_MAX}"></textarea></label>
  <button type="submit">${t('web-save')}</button>
</form></section>
<p><a href="${`/admin/audit?entity=Proposal&entityId=${p.id}`}">${t('web-mod-history')}</a></p>`,
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/proposals/:id/status',
      access: MODERATOR,
      handler: async (ctx) => {
        const id = idParam(ctx);
        const status = formField(ctx, 'status');
        if (!isProposalStatus(status)) return { title: ctx.t('web-not-found'), status: 400, body: html`<p><a href="${`/admin/proposals/${id}`}">${ctx.t('web-nav-proposals')}</a></p>` };
        await proposals.setStatus(ctx.person!, id, status, formField(ctx, 'comment') || null, Number(formField(ctx, 'revision')) || 0);
        return withSecurityHeaders(ctx.reply).redirect(`/admin/proposals/${id}?saved=1`, 303);
      },
    },
  ];
}
