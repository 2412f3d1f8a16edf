// Moderators' pages about handed-in work: the list (by status and project), one hand-in with its
// items and grade, and correcting the grade through GradingService.correctGrade — the same service
// as the bot's /regrade: audited, points corrected by a correction entry, the participant told.
import type { GradeDraft } from '../../domain/grading.ts';
import { PAGE_SIZE } from '../../services/review-log.ts';
import type { GradingView } from '../../services/grading/index.ts';
import { tables } from './analytics.ts';
import { MODERATOR, idOf, pageOf, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html } from './html.ts';
import { notice, notFoundPage } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';
import { effectKeyOf, hidden, pager } from './users.ts';
import { practiceSection } from './practices.ts';
import { proposeRefusal } from '../../domain/practices.ts';

const str = (ctx: PageContext, name: string) => (typeof ctx.body[name] === 'string' ? (ctx.body[name] as string) : '');

/** Reads the correction form against the rubric it was drawn from. */
export function draftFromForm(ctx: PageContext, view: GradingView): GradeDraft {
  const tokens = ctx.body.tokens;
  return {
    items: view.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: str(ctx, `item_${i.checklistItemId}`) === 'ok', comment: str(ctx, `itemc_${i.checklistItemId}`) })),
    criteria: view.criteria.map((c) => {
      const raw = str(ctx, `crit_${c.id}`).trim();
      return { criterionId: c.id, points: /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN };
    }),
    tokens: (Array.isArray(tokens) ? tokens : typeof tokens === 'string' ? [tokens] : []).filter((x) => view.tokens.some((t) => t.code === x)),
    comment: str(ctx, 'comment'),
    decision: str(ctx, 'decision') === 'accepted' ? 'accepted' : 'returned',
    overrideReason: str(ctx, 'overrideReason') || null,
  };
}

export function submissionRoutes(deps: AdminDeps): AdminRoute[] {
  const { reviewLog, grading, analytics } = deps.services;
  return [
    {
      method: 'GET',
      url: '/admin/submissions',
      access: MODERATOR,
      nav: 'web-nav-submissions',
      handler: async (ctx) => {
        const t = ctx.t;
        const page = pageOf(ctx);
        const { rows, total } = await reviewLog.submissions({ status: ctx.query.status, projectId: idOf(ctx.query.project) || undefined, page });
        const projects = await analytics.projects({ from: null, to: null, guildId: null, directionId: null, municipalityId: null });
        const table: DataTable = {
          id: 'submissions',
          title: t('web-submissions-title'),
          columns: [
            { label: t('web-col-submitted'), type: 'datetime' },
            { label: t('web-col-name'), type: 'text' },
            { label: t('web-col-project'), type: 'text' },
            { label: t('web-col-step'), type: 'text' },
            { label: t('web-col-attempt'), type: 'number' },
            { label: t('web-col-status'), type: 'text' },
            { label: t('web-col-points'), type: 'number' },
            { label: t('web-col-max-points'), type: 'number' },
            { label: t('web-col-expert'), type: 'text' },
          ],
          rows: rows.map((r) => [r.submittedAt, r.participant, r.project, r.step, r.attempt, t(`web-submission-status-${r.status}`), r.points, r.maxPoints, r.expert]),
          links: rows.map((r) => `/admin/submissions/${r.id}`),
        };
        return {
          title: t('web-submissions-title'),
          body: html`<form method="get" class="filters">
  <label>${t('web-col-status')}<select name="status"><option value="">${t('web-filter-all')}</option>${['submitted', 'returned', 'accepted'].map(
    (s) => html`<option value="${s}" ${ctx.query.status === s ? html`selected` : ''}>${t(`web-submission-status-${s}`)}</option>`,
  )}</select></label>
  <label>${t('web-col-project')}<select name="project"><option value="">${t('web-filter-all')}</option>${projects.map(
    (p) => html`<option value="${p.id}" ${String(p.id) === ctx.query.project ? html`selected` : ''}>${p.title}</option>`,
  )}</select></label>
  <button type="submit">${t('web-filter-apply')}</button>
</form>
<p class="muted">${t('web-found', { count: total })}</p>
${tables(ctx, [table])}${pager(ctx, total, PAGE_SIZE)}`,
          tables: [table],
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/submissions/:id',
      access: MODERATOR,
      handler: async (ctx) => {
        const t = ctx.t;
        const sub = await reviewLog.submission(idOf(ctx.params.id));
        if (!sub) return notFoundPage(ctx, '/admin/submissions', 'web-nav-submissions');
        const handed = new Map(sub.items.map((i) => [i.checklistItemId, i]));
        const items = html`<ol class="items">${sub.step.checklist.map((c) => {
          const item = handed.get(c.id);
          const content = !item
            ? html`<span class="muted">${t('web-item-missing')}</span>`
            : item.kind === 'link' && item.url && /^https?:\/\//i.test(item.url)
              ? html`<a href="${item.url}" rel="noopener noreferrer nofollow" target="_blank">${item.url}</a>`
              : item.kind === 'text'
                ? html`<blockquote>${item.text ?? ''}</blockquote>`
                : html`<span>${item.kind === 'photo' ? t('web-item-photo') : item.fileName ?? t('web-item-file')}</span> <span class="muted">${t('web-item-in-telegram')}</span>`;
          return html`<li><b>${c.title}</b><div>${content}</div></li>`;
        })}</ol>`;
        let form = html`<p class="muted">${t('web-grade-none')}</p>`;
        if (sub.grade) {
          const view = await grading.correctionView(ctx.person!.id, sub.grade.id);
          const d = view.initial!;
          const check = new Map(d.items.map((i) => [i.checklistItemId, i]));
          const score = new Map(d.criteria.map((c) => [c.criterionId, c.points]));
          form = html`<section class="card"><h2>${t('web-grade-correct')}</h2>
<p class="muted">${t('web-grade-by', { expert: sub.grade.expert.fullName ?? '—' })}</p>
<form method="post" action="${`/admin/grades/${sub.grade.id}/correct`}" class="stack grade-form">${hidden(ctx)}
  <input type="hidden" name="version" value="${view.version ?? ''}">
  <input type="hidden" name="submissionId" value="${sub.id}">
  <fieldset><legend>${t('web-grade-items')}</legend>${view.items.map(
    (i) => html`<div class="row"><span>${i.position}. ${i.title}</span>
      <select name="${`item_${i.checklistItemId}`}"><option value="ok" ${check.get(i.checklistItemId)?.ok ? html`selected` : ''}>${t('web-grade-item-ok')}</option><option value="no" ${check.get(i.checklistItemId)?.ok === false ? html`selected` : ''}>${t('web-grade-item-no')}</option></select>
      <input name="${`itemc_${i.checklistItemId}`}" value="${check.get(i.checklistItemId)?.comment ?? ''}" maxlength="300" placeholder="${t('web-grade-item-comment')}"></div>`,
  )}</fieldset>
  <fieldset><legend>${t('web-grade-criteria')}</legend>${view.criteria.map(
    (c) => html`<label class="row"><span>${c.position}. ${c.title} ${c.yesNo ? t('web-grade-yes-no', { max: c.maxPoints }) : t('web-grade-max', { max: c.maxPoints })}</span>
      <input type="number" name="${`crit_${c.id}`}" min="0" max="${c.maxPoints}" step="1" required value="${score.get(c.id) ?? 0}"></label>`,
  )}</fieldset>
  <fieldset><legend>${t('web-grade-tokens')}</legend><div class="checks">${view.tokens.map(
    (tk) => html`<label class="check"><input type="checkbox" name="tokens" value="${tk.code}" ${d.tokens.includes(tk.code) ? html`checked` : ''}> ${ctx.locale === 'en' ? tk.nameEn : tk.nameRu}</label>`,
  )}</div></fieldset>
  <fieldset><legend>${t('web-grade-decision')}</legend>
    <label class="check"><input type="radio" name="decision" value="accepted" ${d.decision === 'accepted' ? html`checked` : ''}> ${t('web-submission-status-accepted')}</label>
    <label class="check"><input type="radio" name="decision" value="returned" ${d.decision === 'returned' ? html`checked` : ''}> ${t('web-submission-status-returned')}</label>
    <label>${t('web-grade-override')}<input name="overrideReason" maxlength="500" value="${d.overrideReason ?? ''}"></label>
  </fieldset>
  <label>${t('web-grade-comment')}<textarea name="comment" maxlength="1500" rows="3">${d.comment}</textarea></label>
  <label>${t('web-grade-reason')}<textarea name="reason" maxlength="500" rows="2" required></textarea></label>
  <button type="submit">${t('web-grade-save')}</button>
</form></section>`;
        }
        return {
          title: t('web-submission-title', { id: sub.id }),
          body: html`${notice('ok', ctx.query.corrected ? t('web-grade-corrected') : null)}${notice('ok', ctx.query.proposed ? t('web-practices-proposed') : null)}
<dl class="facts">
  <dt>${t('web-col-name')}</dt><dd>${sub.enrolment.user.fullName ?? '—'}</dd>
  <dt>${t('web-col-project')}</dt><dd>${sub.step.project.title}</dd>
  <dt>${t('web-col-step')}</dt><dd>${sub.step.title}</dd>
  <dt>${t('web-col-attempt')}</dt><dd>${sub.attempt}</dd>
  <dt>${t('web-col-status')}</dt><dd id="submission-status">${t(`web-submission-status-${sub.status}`)}</dd>
</dl>
<h2>${t('web-items-title')}</h2>${items}
${form}
${await practiceSection(ctx, sub.id, proposeRefusal({ status: sub.status, grade: sub.grade }) === null)}
${sub.grade ? html`<p><a href="${`/admin/audit?entity=grade&entityId=${sub.grade.id}`}">${t('web-grade-history')}</a></p>` : ''}`,
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/grades/:id/correct',
      access: MODERATOR,
      handler: async (ctx) => {
        const gradeId = idOf(ctx.params.id);
        const view = await grading.correctionView(ctx.person!.id, gradeId);
        await grading.correctGrade(ctx.person!.id, gradeId, draftFromForm(ctx, view), str(ctx, 'reason'), str(ctx, 'version'), effectKeyOf(ctx));
        return withSecurityHeaders(ctx.reply).redirect(`/admin/submissions/${view.submissionId}?corrected=1`, 303);
      },
    },
  ];
}
