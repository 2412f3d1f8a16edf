// Moderators' project pages: the queue of drafts sent for review, a whole project as it would be
// published (steps, checklists, criteria), publishing or returning it through the same
// ProjectReview calls as the bot's /moderation, and hiding, showing or unpublishing a project
// through ModerationService as /project_hide does — the author is told through the outbox either way.
import { formatRange } from '../../domain/dates.ts';
import type { BuilderProject, BuilderStepDetail } from '../../services/authoring/read.ts';
import { ServiceError } from '../../services/users.ts';
import { tables } from './analytics.ts';
import { MODERATOR, idParam, formField, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html, type Html } from './html.ts';
import { notice, notFoundPage } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';
import { effectKeyOf, hidden } from './users.ts';

/** Refusals a page shows next to the fresh state instead of an error page (someone changed it meanwhile). */
const FRESH_STATE = new Set(['authoring-err-changed-since', 'authoring-err-being-edited', 'authoring-err-already-decided']);

/** The project and every step's detail, or null when it is gone or not the person's to see. */
export async function wholeProject(ctx: PageContext, projectId: number): Promise<{ project: BuilderProject; steps: BuilderStepDetail[] } | null> {
  const { authoring } = ctx.deps.services;
  try {
    const project = await authoring.read.project(ctx.person!.id, projectId);
    const steps = [];
    for (const s of project.steps) steps.push(await authoring.read.step(ctx.person!.id, s.id));
    return { project, steps };
  } catch (error) {
    if (error instanceof ServiceError && (error.code === 'authoring-err-not-found' || error.code === 'authoring-err-not-yours')) return null;
    throw error;
  }
}

const range = (ctx: PageContext, from: Date, to: Date) => formatRange(from, to, ctx.locale, ctx.deps.timeZone);

function stepView(ctx: PageContext, s: BuilderStepDetail): Html {
  const t = ctx.t;
  const total = s.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  return html`<section class="card step">
<h3>${t('web-mod-step', { position: s.position })} ${s.title}</h3>
<p class="muted">${range(ctx, s.startsOn, s.endsOn)}</p>
${s.description ? html`<blockquote>${s.description}</blockquote>` : ''}
${s.materials.length ? html`<h4>${t('web-mod-materials')}</h4><ul>${s.materials.map((m) => html`<li>${m.url && /^https?:\/\//i.test(m.url) ? html`<a href="${m.url}" rel="noopener noreferrer nofollow" target="_blank">${m.title}</a>` : m.title}</li>`)}</ul>` : ''}
<h4>${t('web-mod-checklist')}</h4>
${s.checklist.length ? html`<ol>${s.checklist.map((c) => html`<li>${c.title}${c.required ? '' : html` <span class="muted">(${t('web-mod-optional')})</span>`}${c.hint ? html`<div class="muted">${c.hint}</div>` : ''}</li>`)}</ol>` : html`<p class="muted">—</p>`}
<h4>${t('web-mod-criteria', { total })}</h4>
${s.criteria.length ? html`<ol>${s.criteria.map((c) => html`<li>${c.title} — ${c.yesNo ? t('web-grade-yes-no', { max: c.maxPoints }) : t('web-grade-max', { max: c.maxPoints })}</li>`)}</ol>` : html`<p class="muted">—</p>`}
</section>`;
}

/** The project as a whole, shared by the moderation page and the editor's side panel. */
export function projectView(ctx: PageContext, p: BuilderProject, steps: BuilderStepDetail[]): Html {
  const t = ctx.t;
  return html`<dl class="facts">
  <dt>${t('web-col-status')}</dt><dd id="project-status">${t(`web-project-status-${p.status}`)}${p.inReview ? html` · ${t('web-mod-in-review')}` : ''}</dd>
  <dt>${t('web-mod-author')}</dt><dd>${p.authorName || '—'}</dd>
  <dt>${t('web-mod-dates')}</dt><dd>${range(ctx, p.startsOn, p.endsOn)}</dd>
  <dt>${t('web-mod-summary')}</dt><dd>${p.summary || '—'}</dd>
  <dt>${t('web-col-enrolled')}</dt><dd>${p.participants}</dd>
</dl>
${p.description ? html`<blockquote>${p.description}</blockquote>` : ''}
${p.problems.length && p.status === 'draft' ? html`<p class="notice error">${t('web-mod-incomplete', { count: p.problems.length })}</p>` : ''}
${steps.map((s) => stepView(ctx, s))}`;
}

export function moderationRoutes(deps: AdminDeps): AdminRoute[] {
  const { authoring, moderation } = deps.services;
  return [
    {
      method: 'GET',
      url: '/admin/moderation',
      access: MODERATOR,
      nav: 'web-nav-moderation',
      handler: async (ctx) => {
        const t = ctx.t;
        const queue = await authoring.read.reviewQueue(ctx.person!.id);
        const [shown, hiddenOnes] = await Promise.all([moderation.projects(ctx.person!, 'shown'), moderation.projects(ctx.person!, 'hidden')]);
        const queueTable: DataTable = {
          id: 'review-queue',
          title: t('web-mod-queue-title'),
          columns: [
            { label: t('web-col-project'), type: 'text' },
            { label: t('web-mod-author'), type: 'text' },
            { label: t('web-mod-requested'), type: 'datetime' },
          ],
          rows: queue.map((q) => [q.title, q.author, q.requestedAt]),
          links: queue.map((q) => `/admin/moderation/${q.id}`),
        };
        const projectTable: DataTable = {
          id: 'moderated-projects',
          title: t('web-mod-projects-title'),
          columns: [
            { label: t('web-col-project'), type: 'text' },
            { label: t('web-col-status'), type: 'text' },
            { label: t('web-mod-author'), type: 'text' },
            { label: t('web-col-starts'), type: 'date' },
            { label: t('web-col-ends'), type: 'date' },
          ],
          rows: shown.map((p) => [p.title, t(`web-project-status-${p.status}`), p.author, p.startsOn, p.endsOn]),
          links: shown.map((p) => `/admin/moderation/${p.id}`),
        };
        return {
          title: t('web-mod-title'),
          body: html`${notice('ok', ctx.query.done ? t(`web-mod-done-${ctx.query.done}`) : null)}
${tables(ctx, [queueTable])}
${tables(ctx, [projectTable])}
${
  hiddenOnes.length
    ? html`<section class="card"><h2>${t('web-mod-hidden-title')}</h2><ul class="hidden-projects">${hiddenOnes.map(
        (p) => html`<li>${p.title} <form method="post" action="${`/admin/moderation/${p.id}/visibility`}" class="inline">${hidden(ctx)}<input type="hidden" name="action" value="show"><button type="submit" class="link">${t('web-mod-show')}</button></form></li>`,
      )}</ul></section>`
    : ''
}`,
          tables: [queueTable, projectTable],
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/moderation/:id',
      access: MODERATOR,
      handler: async (ctx) => {
        const t = ctx.t;
        const whole = await wholeProject(ctx, idParam(ctx));
        if (!whole) return notFoundPage(ctx, '/admin/moderation', 'web-nav-moderation');
        const { project: p, steps } = whole;
        const problem = ctx.query.problem && FRESH_STATE.has(ctx.query.problem) ? t(ctx.query.problem) : null;
        const decide = p.status === 'draft' && p.inReview
          ? html`<section class="card decide"><h2>${t('web-mod-decide')}</h2>
<form method="post" action="${`/admin/moderation/${p.id}/publish`}" class="stack" id="publish-form">${hidden(ctx)}<input type="hidden" name="version" value="${p.version}">
  <button type="submit">${t('web-mod-publish')}</button>
</form>
<form method="post" action="${`/admin/moderation/${p.id}/return`}" class="stack" id="return-form">${hidden(ctx)}<input type="hidden" name="version" value="${p.version}">
  <label>${t('web-mod-return-comment')}<textarea name="comment" rows="3" maxlength="1000" required></textarea></label>
  <button type="submit" class="secondary">${t('web-mod-return')}</button>
</form></section>`
          : '';
        const visibility = p.status !== 'draft'
          ? html`<section class="card"><h2>${t('web-mod-visibility')}</h2>
<form method="post" action="${`/admin/moderation/${p.id}/visibility`}" class="stack" id="visibility-form">${hidden(ctx)}
  <label>${t('web-mod-visibility-action')}<select name="action"><option value="hide">${t('web-mod-hide')}</option><option value="unpublish">${t('web-mod-unpublish')}</option></select></label>
  <label>${t('web-mod-reason')}<textarea name="reason" rows="2" maxlength="500" required></textarea></label>
  <button type="submit" class="secondary">${t('web-mod-apply')}</button>
</form></section>`
          : '';
        return {
          title: p.title,
          body: html`${notice('error', problem)}${notice('ok', ctx.query.done ? t(`web-mod-done-${ctx.query.done}`) : null)}
<p class="actions"><a href="/admin/moderation">← ${t('web-nav-moderation')}</a> <a class="wide-only" href="${`/admin/projects/${p.id}/edit`}">${t('web-edit-open')}</a> <a href="${`/admin/audit?entity=project&entityId=${p.id}`}">${t('web-mod-history')}</a></p>
${decide}
${projectView(ctx, p, steps)}
${visibility}`,
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/moderation/:id/publish',
      access: MODERATOR,
      handler: async (ctx) => {
        const id = idParam(ctx);
        try {
          await authoring.review.publish(ctx.person!.id, id, Number(formField(ctx, 'version')) || 0);
        } catch (error) {
          if (error instanceof ServiceError && FRESH_STATE.has(error.code)) return withSecurityHeaders(ctx.reply).redirect(`/admin/moderation/${id}?problem=${error.code}`, 303);
          throw error;
        }
        return withSecurityHeaders(ctx.reply).redirect('/admin/moderation?done=published', 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/moderation/:id/return',
      access: MODERATOR,
      handler: async (ctx) => {
        const id = idParam(ctx);
        try {
          await authoring.review.returnToAuthor(ctx.person!.id, id, Number(formField(ctx, 'version')) || 0, formField(ctx, 'comment'));
        } catch (error) {
          if (error instanceof ServiceError && FRESH_STATE.has(error.code)) return withSecurityHeaders(ctx.reply).redirect(`/admin/moderation/${id}?problem=${error.code}`, 303);
          throw error;
        }
        return withSecurityHeaders(ctx.reply).redirect('/admin/moderation?done=returned', 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/moderation/:id/visibility',
      access: MODERATOR,
      handler: async (ctx) => {
        const id = idParam(ctx);
        const wanted = formField(ctx, 'action');
        const action = wanted === 'show' || wanted === 'unpublish' ? wanted : 'hide';
        await moderation.changeProject(ctx.person!, id, action, formField(ctx, 'reason'), effectKeyOf(ctx));
        // A hidden project has no page left to show: back to the list, where it can be shown again.
        return withSecurityHeaders(ctx.reply).redirect(action === 'unpublish' ? `/admin/moderation/${id}?done=unpublish` : `/admin/moderation?done=${action}`, 303);
      },
    },
  ];
}
