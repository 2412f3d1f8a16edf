// The audit log for moderators and admins: who changed what, when, before and after; filtered by
// action, entity, actor and period, paginated, downloadable.
import { PAGE_SIZE } from '../../services/review-log.ts';
import { tables } from './analytics.ts';
import { AUDITED_ENTITIES } from '../../domain/moderation.ts';
import { pageOf, type AdminDeps, type AdminRoute } from './context.ts';
import { parseFilter } from './filters.ts';
import { html } from './html.ts';
import type { DataTable } from './table.ts';
import { pager } from './users.ts';

const short = (value: unknown) => {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
};

export function auditRoutes(deps: AdminDeps): AdminRoute[] {
  return [
    {
      method: 'GET',
      url: '/admin/audit',
      access: ['moderator', 'admin'],
      nav: 'web-nav-audit',
      handler: async (ctx) => {
        const t = ctx.t;
        const q = ctx.query;
        const period = parseFilter(q, deps.timeZone);
        const { rows, total, actions } = await deps.services.reviewLog.audit({
          action: q.action || undefined,
          entity: q.entity && /^[a-z-]{1,40}$/.test(q.entity) ? q.entity : undefined,
          entityId: q.entityId && q.entityId.length <= 60 ? q.entityId : undefined,
          actorId: /^\d{1,9}$/.test(q.actor ?? '') ? Number(q.actor) : undefined,
          from: period.from,
          to: period.to,
          page: pageOf(ctx),
        });
        const table: DataTable = {
          id: 'audit',
          title: t('web-audit-title'),
          columns: [
            { label: t('web-col-when'), type: 'datetime' },
            { label: t('web-col-actor'), type: 'text' },
            { label: t('web-col-action'), type: 'text' },
            { label: t('web-col-entity'), type: 'text' },
            { label: t('web-col-before'), type: 'text' },
            { label: t('web-col-after'), type: 'text' },
          ],
          rows: rows.map((r) => [r.createdAt, r.actor ?? (r.actorId === null ? t('web-audit-system') : `#${r.actorId}`), r.action, `${r.entity} #${r.entityId}`, short(r.before), short(r.after)]),
        };
        return {
          title: t('web-audit-title'),
          body: html`<form method="get" class="filters">
  <label>${t('web-col-action')}<select name="action"><option value="">${t('web-filter-all')}</option>${actions.map((a) => html`<option value="${a}" ${q.action === a ? html`selected` : ''}>${a}</option>`)}</select></label>
  <label>${t('web-col-entity')}<select name="entity"><option value="">${t('web-filter-all')}</option>${AUDITED_ENTITIES.map(
    (e) => html`<option value="${e}" ${q.entity === e ? html`selected` : ''}>${e}</option>`,
  )}</select></label>
  <label>${t('web-audit-entity-id')}<input name="entityId" value="${q.entityId ?? ''}" maxlength="60" inputmode="numeric"></label>
  <label>${t('web-filter-from')}<input type="date" name="from" value="${q.from ?? ''}"></label>
  <label>${t('web-filter-to')}<input type="date" name="to" value="${q.to ?? ''}"></label>
  <button type="submit">${t('web-filter-apply')}</button>
</form>
<p class="muted">${t('web-found', { count: total })}</p>
${tables(ctx, [table])}${pager(ctx, total, PAGE_SIZE)}`,
          tables: [table],
        };
      },
    },
  ];
}
