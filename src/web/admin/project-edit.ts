// The project editor for a wide screen: a project's texts and each step's title, task and dates,
// saved through the authoring services the bot's builder uses (authors their own projects,
// moderators anyone's — audited there). Every field is checked before the first is saved, so a
// refused form leaves the project as it was.
import { startOfLocalDay } from '../../domain/date-input.ts';
import { toLocalDate } from '../../domain/dates.ts';
import { checkText, LIMITS } from '../../domain/project-draft.ts';
import type { ProjectTextField } from '../../services/authoring/project-edit.ts';
import { ServiceError } from '../../services/users.ts';
import { tables } from './analytics.ts';
import { idParam, formField, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html } from './html.ts';
import { notice, notFoundPage } from './layout.ts';
import { projectView, wholeProject } from './moderation.ts';
import { withSecurityHeaders } from './security.ts';
import type { DataTable } from './table.ts';
import { hidden } from './users.ts';

const EDITORS: AdminRoute['access'] = ['moderator', 'author'];
const TEXT_FIELDS: ProjectTextField[] = ['title', 'summary', 'description'];
const LIMIT_OF: Record<ProjectTextField, number> = { title: LIMITS.title, summary: LIMITS.summary, description: LIMITS.description };

const dayInput = (ctx: PageContext, at: Date) => {
  const d = toLocalDate(at, ctx.deps.timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

/** «2026-12-15» from a date input, as the start of that day in the region. */
function dayOf(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(day.year, day.month - 1, day.day));
  if (probe.getUTCMonth() !== day.month - 1) return null;
  return startOfLocalDay(day, timeZone);
}

function checked(field: Parameters<typeof checkText>[0], raw: string, optional = false): string {
  const result = checkText(field, raw, optional);
  if (!result.ok) throw new ServiceError(`authoring-err-${result.reason}`, { max: result.max });
  return result.value;
}

export function projectEditRoutes(deps: AdminDeps): AdminRoute[] {
  const { authoring } = deps.services;
  const notFound = (ctx: PageContext) => (notFoundPage(ctx, '/admin', 'web-back-home'));
  return [
    {
      method: 'GET',
      url: '/admin/my-projects',
      access: ['author'],
      nav: 'web-nav-my-projects',
      handler: async (ctx) => {
        const t = ctx.t;
        const mine = await authoring.read.myProjects(ctx.person!.id);
        const table: DataTable = {
          id: 'my-projects',
          title: t('web-my-projects-edit-title'),
          columns: [
            { label: t('web-col-project'), type: 'text' },
            { label: t('web-col-status'), type: 'text' },
            { label: t('web-col-starts'), type: 'date' },
            { label: t('web-col-ends'), type: 'date' },
          ],
          rows: mine.map((p) => [p.title, `${t(`web-project-status-${p.status}`)}${p.inReview ? ` · ${t('web-mod-in-review')}` : ''}`, p.startsOn, p.endsOn]),
          links: mine.map((p) => (p.status === 'finished' ? null : `/admin/projects/${p.id}/edit`)),
        };
        return { title: t('web-my-projects-edit-title'), body: html`<p class="narrow-only notice error">${t('web-edit-wide-only')}</p>${tables(ctx, [table])}`, tables: [table] };
      },
    },
    {
      method: 'GET',
      url: '/admin/projects/:id/edit',
      access: EDITORS,
      handler: async (ctx) => {
        const t = ctx.t;
        const whole = await wholeProject(ctx, idParam(ctx));
        if (!whole) return notFoundPage(ctx, '/admin', 'web-back-home');
        const { project: p, steps } = whole;
        const locked = p.status === 'finished';
        const stepForms = steps.map(
          (s) => html`<form method="post" action="${`/admin/steps/${s.id}/edit`}" class="stack card step-form">${hidden(ctx)}<input type="hidden" name="version" value="${s.version}">
  <h3>${t('web-mod-step', { position: s.position })}</h3>
  <label>${t('web-edit-step-title')}<input name="title" required maxlength="${LIMITS.stepTitle}" value="${s.title}"></label>
  <label>${t('web-edit-step-task')}<textarea name="task" rows="5" maxlength="${LIMITS.task}">${s.description}</textarea></label>
  <div class="dates"><label>${t('web-edit-starts')}<input type="date" name="startsOn" required value="${dayInput(ctx, s.startsOn)}"></label>
  <label>${t('web-edit-ends')}<input type="date" name="endsOn" required value="${dayInput(ctx, s.endsOn)}"></label></div>
  <button type="submit">${t('web-save')}</button>
</form>`,
        );
        return {
          title: t('web-edit-page', { title: p.title }),
          body: html`${notice('ok', ctx.query.saved ? t(ctx.query.saved === 'withdrawn' ? 'web-edit-saved-withdrawn' : 'web-saved') : null)}
<p class="narrow-only notice error">${t('web-edit-wide-only')}</p>
${
  locked
    ? html`<p class="notice error">${t('authoring-err-finished')}</p>`
    : html`<div class="editor wide-only">
<div class="edit-forms">
<form method="post" action="${`/admin/projects/${p.id}/edit`}" class="stack card" id="project-form">${hidden(ctx)}<input type="hidden" name="version" value="${p.version}">
  ${TEXT_FIELDS.map((f) =>
    f === 'title'
      ? html`<label>${t(`web-edit-${f}`)}<input name="${f}" required maxlength="${LIMIT_OF[f]}" value="${p[f]}"></label>`
      : html`<label>${t(`web-edit-${f}`)}<textarea name="${f}" rows="${f === 'description' ? 8 : 3}" maxlength="${LIMIT_OF[f]}">${p[f]}</textarea></label>`,
  )}
  <div class="dates"><label>${t('web-edit-starts')}<input type="date" name="startsOn" required value="${dayInput(ctx, p.startsOn)}"></label>
  <label>${t('web-edit-ends')}<input type="date" name="endsOn" required value="${dayInput(ctx, p.endsOn)}"></label></div>
  <button type="submit">${t('web-save')}</button>
</form>
${stepForms}
</div>
<aside class="preview"><h2>${t('web-edit-preview')}</h2>${projectView(ctx, p, steps)}</aside>
</div>`
}`,
        };
      },
    },
    {
      method: 'POST',
      url: '/admin/projects/:id/edit',
      access: EDITORS,
      handler: async (ctx) => {
        const id = idParam(ctx);
        const whole = await wholeProject(ctx, id);
        if (!whole) return notFoundPage(ctx, '/admin', 'web-back-home');
        const p = whole.project;
        // A form drawn before someone else's change would write the old values back over it.
        if ((Number(formField(ctx, 'version')) || 0) !== p.version) throw new ServiceError('authoring-err-conflict');
        // Only the fields that changed are checked and saved (a new draft's empty summary may stay so).
        const changed = TEXT_FIELDS.filter((f) => formField(ctx, f).trim() !== p[f]);
        const wanted = Object.fromEntries(changed.map((f) => [f, checked(f, formField(ctx, f), f === 'description')])) as Partial<Record<ProjectTextField, string>>;
        const startsOn = dayOf(formField(ctx, 'startsOn'), deps.timeZone);
        const endsOn = dayOf(formField(ctx, 'endsOn'), deps.timeZone);
        if (!startsOn || !endsOn) throw new ServiceError('authoring-err-dates-format');
        const me = ctx.person!.id;
        let withdrawn = false;
        // Dates first: the only change the service can still refuse (steps left outside them).
        // Compared as the days the form showed, so an untouched date is not rewritten.
        if (formField(ctx, 'startsOn') !== dayInput(ctx, p.startsOn) || formField(ctx, 'endsOn') !== dayInput(ctx, p.endsOn)) withdrawn = (await authoring.projects.setDates(me, id, startsOn, endsOn)).withdrawn || withdrawn;
        for (const f of changed) withdrawn = (await authoring.projects.setText(me, id, f, wanted[f]!)).withdrawn || withdrawn;
        return withSecurityHeaders(ctx.reply).redirect(`/admin/projects/${id}/edit?saved=${withdrawn ? 'withdrawn' : '1'}`, 303);
      },
    },
    {
      method: 'POST',
      url: '/admin/steps/:id/edit',
      access: EDITORS,
      handler: async (ctx) => {
        const stepId = idParam(ctx);
        const me = ctx.person!.id;
        let step;
        try {
          step = await authoring.read.step(me, stepId);
        } catch (error) {
          if (error instanceof ServiceError && (error.code === 'authoring-err-step-gone' || error.code === 'authoring-err-not-found' || error.code === 'authoring-err-not-yours')) return notFoundPage(ctx, '/admin', 'web-back-home');
          throw error;
        }
        let version = Number(formField(ctx, 'version')) || 0;
        // A form drawn from an older version is refused before anything is saved.
        if (version !== step.version) throw new ServiceError('authoring-err-conflict');
        const title = checked('stepTitle', formField(ctx, 'title'));
        const task = checked('task', formField(ctx, 'task'), true);
        const startsOn = dayOf(formField(ctx, 'startsOn'), deps.timeZone);
        const endsOn = dayOf(formField(ctx, 'endsOn'), deps.timeZone);
        if (!startsOn || !endsOn) throw new ServiceError('authoring-err-dates-format');
        let withdrawn = false;
        const note = (r: { version: number; withdrawn: boolean }) => {
          version = r.version;
          withdrawn = withdrawn || r.withdrawn;
        };
        if (formField(ctx, 'startsOn') !== dayInput(ctx, step.startsOn) || formField(ctx, 'endsOn') !== dayInput(ctx, step.endsOn)) note(await authoring.steps.setDates(me, stepId, version, startsOn, endsOn));
        if (title !== step.title) note(await authoring.steps.setText(me, stepId, version, 'title', title));
        if (task !== step.description) note(await authoring.steps.setText(me, stepId, version, 'task', task));
        return withSecurityHeaders(ctx.reply).redirect(`/admin/projects/${step.projectId}/edit?saved=${withdrawn ? 'withdrawn' : '1'}`, 303);
      },
    },
  ];
}
