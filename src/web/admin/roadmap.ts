// The roadmap pages: a revision's rows grouped by direction with progress (downloadable in the
// plans' own column layout), a row's card with its projects, the comparison of two revisions, and
// the forms: moderators and admins edit the newest revision; authors link their own projects.
import { localDateOf } from '../../domain/local-days.ts';
import { diffSummary, type RowDiff } from '../../domain/roadmap.ts';
import type { RevisionSummary, RoadmapRowView, RoadmapView } from '../../services/roadmap.ts';
import { idOf, formField, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html, type Html } from './html.ts';
import { notice, notFoundPage } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import { renderTable, type DataTable } from './table.ts';
import { effectKeyOf, hidden } from './users.ts';

const READERS = ['analyst', 'moderator', 'author', 'admin'] as const;
const EDITORS = ['moderator', 'admin'] as const;
const LINKERS = ['moderator', 'author', 'admin'] as const;

const isEditor = (ctx: PageContext) => Boolean(ctx.person?.roles.some((r) => r === 'moderator' || r === 'admin'));
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

const revisionLabel = (ctx: PageContext, r: RevisionSummary) => ctx.t('web-roadmap-revision-label', { year: String(r.year), number: r.number, quarter: ROMAN[r.quarter] ?? String(r.quarter) });
const directionName = (ctx: PageContext, d: RoadmapRowView['direction']) => (d ? (ctx.locale === 'en' ? d.nameEn : d.nameRu) : ctx.t('roadmap-no-direction'));

/** The plan as the seed tables have it: №, direction/event, deadline, responsible, result, plus progress. */
export function roadmapTable(ctx: PageContext, view: RoadmapView): DataTable {
  const t = ctx.t;
  const headings: DataTable['headings'] = [];
  let last: number | null | undefined;
  view.rows.forEach((row, i) => {
    const dir = row.direction?.id ?? null;
    if (dir !== last) headings.push({ before: i, text: directionName(ctx, row.direction) });
    last = dir;
  });
  return {
    id: 'roadmap',
    title: t('web-roadmap-table', { year: String(view.revision.year) }),
    caption: `${t('web-roadmap-table', { year: String(view.revision.year) })} · ${revisionLabel(ctx, view.revision)}`,
    columns: [
      { label: t('web-roadmap-col-number'), type: 'number' },
      { label: t('web-roadmap-col-event'), type: 'text' },
      { label: t('web-roadmap-col-deadline'), type: 'text' },
      { label: t('web-roadmap-col-responsible'), type: 'text' },
      { label: t('web-roadmap-col-result'), type: 'text' },
      { label: t('web-roadmap-col-progress'), type: 'percent', bar: true },
    ],
    rows: view.rows.map((r) => [r.number, r.event, r.deadline, r.responsible, r.resultForm, r.progress]),
    links: view.rows.map((r) => `/admin/roadmap/rows/${r.itemId}`),
    rowClasses: view.rows.map((r) => (r.overdue ? 'overdue' : null)),
    headings,
  };
}

function revisionPicker(ctx: PageContext, revisions: RevisionSummary[], current: RevisionSummary): Html {
  const t = ctx.t;
  const option = (r: RevisionSummary, selected: boolean) => html`<option value="${r.id}" ${selected ? html`selected` : ''}>${revisionLabel(ctx, r)}${r.note ? ` — ${r.note}` : ''}</option>`;
  const previous = revisions.find((r) => r.year === current.year && r.number < current.number) ?? revisions.find((r) => r.id !== current.id);
  return html`<form method="get" action="/admin/roadmap" class="filters">
  <label>${t('web-roadmap-revision')}<select name="revision">${revisions.map((r) => option(r, r.id === current.id))}</select></label>
  <button type="submit">${t('web-roadmap-show')}</button>
</form>
${
  revisions.length > 1
    ? html`<form method="get" action="/admin/roadmap/compare" class="filters">
  <label>${t('web-roadmap-compare-from')}<select name="from">${revisions.map((r) => option(r, r.id === (previous?.id ?? current.id)))}</select></label>
  <label>${t('web-roadmap-compare-to')}<select name="to">${revisions.map((r) => option(r, r.id === current.id))}</select></label>
  <button type="submit">${t('web-roadmap-compare')}</button>
</form>`
    : ''
}`;
}

function rowForm(ctx: PageContext, action: string, directions: { id: number; nameRu: string; nameEn: string }[], row: Partial<RoadmapRowView> & { revisionId?: number }, submit: string): Html {
  const t = ctx.t;
  const due = row.dueDate ? row.dueDate.toISOString().slice(0, 10) : '';
  return html`<form method="post" action="${action}" class="stack">${hidden(ctx)}${row.revisionId ? html`<input type="hidden" name="revisionId" value="${row.revisionId}">` : ''}
  <label>${t('web-roadmap-direction')}<select name="directionId"><option value="">${t('roadmap-no-direction')}</option>${directions.map(
    (d) => html`<option value="${d.id}" ${d.id === row.directionId ? html`selected` : ''}>${ctx.locale === 'en' ? d.nameEn : d.nameRu}</option>`,
  )}</select></label>
  <label>${t('web-roadmap-event')}<textarea name="event" rows="3" required maxlength="1000">${row.event ?? ''}</textarea></label>
  <label>${t('web-roadmap-col-deadline')}<input name="deadline" required maxlength="120" value="${row.deadline ?? ''}" placeholder="${t('web-roadmap-deadline-hint')}"></label>
  <label>${t('web-roadmap-due')}<input type="date" name="dueDate" value="${due}"></label>
  <label>${t('web-roadmap-col-responsible')}<input name="responsible" required maxlength="300" value="${row.responsible ?? ''}"></label>
  <label>${t('web-roadmap-col-result')}<textarea name="resultForm" rows="2" maxlength="600">${row.resultForm ?? ''}</textarea></label>
  <button type="submit">${submit}</button>
</form>`;
}

const rowInput = (ctx: PageContext) => ({
  directionId: idOf(formField(ctx, 'directionId')) || null,
  event: formField(ctx, 'event'),
  deadline: formField(ctx, 'deadline'),
  dueDate: formField(ctx, 'dueDate'),
  responsible: formField(ctx, 'responsible'),
  resultForm: formField(ctx, 'resultForm'),
});

const back = (ctx: PageContext, url: string) => withSecurityHeaders(ctx.reply).redirect(url, 303);

function diffLabel(ctx: PageContext, d: RowDiff): string {
  if (d.kind === 'added') return ctx.t('web-roadmap-diff-added');
  if (d.kind === 'removed') return ctx.t('web-roadmap-diff-removed');
  if (d.kind === 'changed') return d.moved ? `${ctx.t('web-roadmap-diff-changed')}, ${ctx.t('web-roadmap-diff-moved')}` : ctx.t('web-roadmap-diff-changed');
  return d.moved ? ctx.t('web-roadmap-diff-moved') : '';
}

export function roadmapRoutes(deps: AdminDeps): AdminRoute[] {
  const { roadmap } = deps.services;

  /** A row's card: what it says, its projects (unlink), linking a project, and (editors) the edit form. */
  const rowPage = async (ctx: PageContext) => {
    const t = ctx.t;
    const item = await deps.services.roadmap.findItem(idOf(ctx.params.id));
    const view = item ? await roadmap.view(item.revisionId) : null;
    const row = view?.rows.find((r) => r.itemId === item!.id);
    if (!view || !row) return notFoundPage(ctx, '/admin/roadmap', 'web-nav-roadmap');
    const actor = ctx.person!;
    const mayLink = actor.roles.some((r) => (LINKERS as readonly string[]).includes(r));
    const mine = (p: RoadmapRowView['projects'][number]) => isEditor(ctx) || p.authorId === actor.id || p.coauthorIds.includes(actor.id);
    const linkable = mayLink && view.revision.editable ? (await roadmap.linkableProjects(actor)).filter((p) => p.roadmapRowId !== row.rowId) : [];
    const editable = isEditor(ctx) && view.revision.editable;
    const directions = editable ? await roadmap.directions() : [];
    // Someone else's draft stays theirs until it is published: neither its title nor its link shows.
    const shown = row.projects.filter((p) => p.status !== 'draft' || mine(p));
    const projects = shown.length
      ? html`<table><thead><tr><th>${t('web-col-project')}</th><th class="num">${t('web-roadmap-col-progress')}</th><th></th></tr></thead><tbody>${shown.map(
          (p) => html`<tr><td><a href="${`/admin/projects/${p.id}`}">${p.title}</a> <span class="badge">${t(`web-project-status-${p.status}`)}</span></td>
  <td class="num"><progress max="100" value="${Math.round(p.completion * 100)}"></progress> ${Math.round(p.completion * 100)} %</td>
  <td>${
    mayLink && mine(p)
      ? html`<form method="post" action="${`/admin/roadmap/rows/${row.itemId}/unlink`}" class="inline">${hidden(ctx)}<input type="hidden" name="projectId" value="${p.id}"><button type="submit" class="link">${t('web-roadmap-unlink')}</button></form>`
      : ''
  }</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">${t('web-roadmap-no-projects')}</p>`;
    return {
      title: t('web-roadmap-row-title', { number: row.number }),
      body: html`${notice('ok', ctx.query.saved ? t('web-saved') : null)}
<p><a href="${`/admin/roadmap?revision=${view.revision.id}`}">← ${revisionLabel(ctx, view.revision)}</a></p>
<dl class="facts">
  <dt>${t('web-roadmap-direction')}</dt><dd>${directionName(ctx, row.direction)}</dd>
  <dt>${t('web-roadmap-event')}</dt><dd>${row.event}</dd>
  <dt>${t('web-roadmap-col-deadline')}</dt><dd>${row.deadline}${row.overdue ? html` <span class="badge">${t('web-roadmap-overdue')}</span>` : ''}</dd>
  <dt>${t('web-roadmap-col-responsible')}</dt><dd>${row.responsible}</dd>
  <dt>${t('web-roadmap-col-result')}</dt><dd>${row.resultForm || '—'}</dd>
  <dt>${t('web-roadmap-col-progress')}</dt><dd>${row.progress === null ? t('web-roadmap-not-measured') : html`<progress max="100" value="${Math.round(row.progress * 100)}"></progress> ${Math.round(row.progress * 100)} %`}</dd>
</dl>
<p class="muted">${t('web-roadmap-progress-rule')}</p>
<section class="card"><h2>${t('web-roadmap-projects')}</h2>${projects}
${
  linkable.length
    ? html`<form method="post" action="${`/admin/roadmap/rows/${row.itemId}/link`}" class="filters">${hidden(ctx)}
  <label>${t('web-roadmap-link-project')}<select name="projectId">${linkable.map((p) => html`<option value="${p.id}">${p.title}${p.roadmapRowId ? ` (${t('web-roadmap-linked-elsewhere')})` : ''}</option>`)}</select></label>
  <button type="submit">${t('web-roadmap-link')}</button></form>`
    : ''
}</section>
${
  editable
    ? html`<section class="card"><h2>${t('web-roadmap-edit-row')}</h2>${rowForm(ctx, `/admin/roadmap/rows/${row.itemId}`, directions, row, t('web-save'))}
<div class="row-actions">
  <form method="post" action="${`/admin/roadmap/rows/${row.itemId}/move`}" class="inline">${hidden(ctx)}<input type="hidden" name="dir" value="up"><button type="submit">↑ ${t('web-roadmap-up')}</button></form>
  <form method="post" action="${`/admin/roadmap/rows/${row.itemId}/move`}" class="inline">${hidden(ctx)}<input type="hidden" name="dir" value="down"><button type="submit">↓ ${t('web-roadmap-down')}</button></form>
  <form method="post" action="${`/admin/roadmap/rows/${row.itemId}/delete`}" class="inline">${hidden(ctx)}<button type="submit">${t('web-roadmap-delete')}</button></form>
</div></section>`
    : isEditor(ctx)
      ? html`<p class="muted">${t('web-roadmap-read-only')}</p>`
      : ''
}
<p><a href="${`/admin/audit?entity=roadmap-row&entityId=${row.rowId}`}">${t('web-roadmap-history')}</a></p>`,
    };
  };

  return [
    {
      method: 'GET',
      url: '/admin/roadmap',
      access: READERS,
      nav: 'web-nav-roadmap',
      handler: async (ctx) => {
        const t = ctx.t;
        const revisions = await roadmap.revisions();
        const wanted = idOf(ctx.query.revision) || (await roadmap.currentRevisionId());
        const view = wanted ? await roadmap.view(wanted) : null;
        const thisYear = localDateOf(ctx.deps.clock.now(), deps.timeZone).year;
        const year = revisions[0]?.year ?? thisYear;
        const newest = revisions.find((r) => r.year === year);
        // A correction of the latest year (a copy of its newest revision), or the next year's first
        // plan: empty, or carrying this year's rows over.
        const targets = newest
          ? [
              { year, basedOn: newest.id, carry: 0 },
              { year: year + 1, basedOn: 0, carry: newest.id },
              { year: year + 1, basedOn: 0, carry: 0 },
            ]
          : [{ year, basedOn: 0, carry: 0 }];
        const targetLabel = (x: (typeof targets)[number]) =>
          x.basedOn
            ? t('web-roadmap-target-copy', { year: String(x.year), number: newest!.number })
            : x.carry
              ? t('web-roadmap-target-carry', { year: String(x.year), from: String(newest!.year), number: newest!.number })
              : t('web-roadmap-target-new', { year: String(x.year) });
        const newRevision = isEditor(ctx)
          ? html`<section class="card"><h2>${t('web-roadmap-new-revision')}</h2><p class="muted">${newest ? t('web-roadmap-new-revision-copy', { label: revisionLabel(ctx, newest) }) : ''} ${t('web-roadmap-new-revision-empty')}</p>
<form method="post" action="/admin/roadmap/revisions" class="filters">${hidden(ctx)}
  <label>${t('web-roadmap-year')}<select name="target">${targets.map((x) => html`<option value="${`${x.year}:${x.basedOn}${x.carry ? `:${x.carry}` : ''}`}">${targetLabel(x)}</option>`)}</select></label>
  <label>${t('web-roadmap-quarter')}<select name="quarter">${[1, 2, 3, 4].map((q) => html`<option value="${q}" ${q === Math.min(4, (newest?.quarter ?? 0) + 1) ? html`selected` : ''}>${ROMAN[q]}</option>`)}</select></label>
  <label>${t('web-roadmap-note')}<input name="note" maxlength="300"></label>
  <button type="submit">${t('web-roadmap-create-revision')}</button>
</form></section>`
          : '';
        if (!view) {
          if (ctx.query.revision) return notFoundPage(ctx, '/admin/roadmap', 'web-nav-roadmap');
          return { title: t('web-roadmap-title'), body: html`<p class="muted">${t('web-roadmap-none')}</p>${newRevision}` };
        }
        const table = roadmapTable(ctx, view);
        const labels = { csv: t('web-download-csv'), xlsx: t('web-download-xlsx'), empty: t('web-table-empty') };
        const measured = view.rows.filter((r) => r.progress !== null);
        const r = view.revision;
        const addForm =
          isEditor(ctx) && r.editable
            ? html`<section class="card"><h2>${t('web-roadmap-add-row')}</h2>${rowForm(ctx, '/admin/roadmap/rows', await roadmap.directions(), { revisionId: r.id }, t('web-roadmap-add'))}</section>`
            : '';
        return {
          title: t('web-roadmap-title-year', { year: String(r.year) }),
          body: html`${notice('ok', ctx.query.saved ? t('web-saved') : null)}${notice('ok', ctx.query.exists ? t('web-roadmap-exists') : null)}
${revisionPicker(ctx, revisions, r)}
<p>${revisionLabel(ctx, r)}${r.note ? html` — ${r.note}` : ''} · ${t('web-roadmap-created', { date: new Intl.DateTimeFormat(ctx.locale === 'en' ? 'en-GB' : 'ru-RU', { timeZone: deps.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(r.createdAt), who: r.createdBy ?? '—' })}
${r.editable ? '' : html` <span class="badge">${t('web-roadmap-read-only-badge')}</span>`}</p>
<div class="kpis">
  <div class="kpi"><span class="value">${view.rows.length}</span><span class="label">${t('web-roadmap-kpi-rows')}</span></div>
  <div class="kpi"><span class="value">${measured.length}</span><span class="label">${t('web-roadmap-kpi-measured')}</span></div>
  <div class="kpi"><span class="value">${measured.length ? Math.round((measured.reduce((s, x) => s + x.progress!, 0) / measured.length) * 100) : 0} %</span><span class="label">${t('web-roadmap-kpi-progress')}</span></div>
  <div class="kpi"><span class="value">${view.rows.filter((x) => x.overdue).length}</span><span class="label">${t('web-roadmap-kpi-overdue')}</span></div>
</div>
${renderTable(table, { locale: ctx.locale, timeZone: deps.timeZone }, `/admin/roadmap?revision=${r.id}`, labels)}
<p class="muted">${t('web-roadmap-progress-rule')}</p>
${addForm}${newRevision}`,
          tables: [table],
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/roadmap/compare',
      access: READERS,
      handler: async (ctx) => {
        const t = ctx.t;
        const comparison = await roadmap.compare(idOf(ctx.query.from), idOf(ctx.query.to));
        if (!comparison) return notFoundPage(ctx, '/admin/roadmap', 'web-nav-roadmap');
        const { from, to, diff, directions } = comparison;
        const dirName = (id: number | null) => {
          const d = id === null ? undefined : directions.get(id);
          return d ? (ctx.locale === 'en' ? d.nameEn : d.nameRu) : t('roadmap-no-direction');
        };
        const shown = (fieldName: string, value: string | number | null) => {
          if (fieldName === 'directionId') return dirName(value as number | null);
          if (value === null || value === '') return '—';
          // Due dates as the region writes them: 31.10.2026.
          const iso = fieldName === 'dueDate' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value)) : null;
          return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : String(value);
        };
        const sum = diffSummary(diff);
        const cols = ['directionId', 'event', 'deadline', 'dueDate', 'responsible', 'resultForm'] as const;
        const colLabel = (c: (typeof cols)[number]) => t(c === 'directionId' ? 'web-roadmap-direction' : c === 'dueDate' ? 'web-roadmap-due' : c === 'event' ? 'web-roadmap-event' : `web-roadmap-col-${c === 'resultForm' ? 'result' : c}`);
        const cell = (d: RowDiff, c: (typeof cols)[number]) => {
          const row = d.kind === 'removed' ? d.before : d.after;
          const value = shown(c, c === 'dueDate' ? (row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null) : row[c]);
          const change = d.kind === 'changed' ? d.changes.find((x) => x.field === c) : undefined;
          if (!change) return html`<td>${value}</td>`;
          return html`<td class="changed"><del>${shown(c, change.before)}</del><br><ins>${shown(c, change.after)}</ins></td>`;
        };
        const changes: DataTable = {
          id: 'roadmap-changes',
          title: t('web-roadmap-changes'),
          columns: [
            { label: t('web-roadmap-col-change'), type: 'text' },
            { label: t('web-roadmap-event'), type: 'text' },
            { label: t('web-roadmap-col-field'), type: 'text' },
            { label: t('web-roadmap-col-before'), type: 'text' },
            { label: t('web-roadmap-col-after'), type: 'text' },
          ],
          rows: diff.flatMap((d) => {
            if (d.kind === 'same') return d.moved ? [[diffLabel(ctx, d), d.after.event, '', '', '']] : [];
            if (d.kind === 'added') return [[diffLabel(ctx, d), d.after.event, '', '', '']];
            if (d.kind === 'removed') return [[diffLabel(ctx, d), d.before.event, '', '', '']];
            return d.changes.map((c) => [diffLabel(ctx, d), d.after.event, colLabel(c.field), shown(c.field, c.before), shown(c.field, c.after)]);
          }),
        };
        const base = `/admin/roadmap/compare?from=${from.id}&to=${to.id}`;
        return {
          title: t('web-roadmap-compare-title'),
          body: html`<p><a href="${`/admin/roadmap?revision=${to.id}`}">← ${revisionLabel(ctx, to)}</a></p>
<p>${t('web-roadmap-compare-line', { from: revisionLabel(ctx, from), to: revisionLabel(ctx, to) })}</p>
<div class="kpis">
  <div class="kpi"><span class="value">${sum.added}</span><span class="label">${t('web-roadmap-diff-added')}</span></div>
  <div class="kpi"><span class="value">${sum.removed}</span><span class="label">${t('web-roadmap-diff-removed')}</span></div>
  <div class="kpi"><span class="value">${sum.changed}</span><span class="label">${t('web-roadmap-diff-changed')}</span></div>
  <div class="kpi"><span class="value">${sum.moved}</span><span class="label">${t('web-roadmap-diff-moved')}</span></div>
</div>
<section class="table-block" id="t-roadmap-diff">
  <div class="table-head"><h2>${t('web-roadmap-changes')}</h2><span class="downloads"><a href="${`${base}&table=roadmap-changes&format=csv`}" download>${t('web-download-csv')}</a> <a href="${`${base}&table=roadmap-changes&format=xlsx`}" download>${t('web-download-xlsx')}</a></span></div>
  <div class="scroll"><table>
    <thead><tr><th>${t('web-roadmap-col-change')}</th>${cols.map((c) => html`<th>${colLabel(c)}</th>`)}</tr></thead>
    <tbody>${diff.map((d) => html`<tr class="${`diff-${d.kind}`}"><td>${diffLabel(ctx, d)}</td>${cols.map((c) => cell(d, c))}</tr>`)}</tbody>
  </table></div>
</section>`,
          tables: [changes],
        };
      },
    },
    { method: 'GET', url: '/admin/roadmap/rows/:id', access: READERS, handler: rowPage },
    {
      method: 'POST',
      url: '/admin/roadmap/revisions',
      access: EDITORS,
      handler: async (ctx) => {
        // «2026:14»: the year and the revision the person saw as its newest (0: none, a first plan);
        // «2027:0:14»: a first plan carrying revision 14's rows over.
        const target = /^(\d{4}):(\d{1,9})(?::(\d{1,9}))?$/.exec(formField(ctx, 'target'));
        const year = target ? Number(target[1]) : Number(formField(ctx, 'year'));
        const basedOn = (target ? Number(target[2]) : idOf(formField(ctx, 'basedOn'))) || null;
        const carryFrom = target?.[3] ? Number(target[3]) : null;
        const outcome = await roadmap.createRevision(ctx.person!, { year, quarter: Number(formField(ctx, 'quarter')), note: formField(ctx, 'note'), basedOn, carryFrom }, effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap?revision=${outcome.revisionId}&${outcome.kind === 'created' ? 'saved' : 'exists'}=1`);
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows',
      access: EDITORS,
      handler: async (ctx) => {
        const revisionId = idOf(formField(ctx, 'revisionId'));
        await roadmap.addRow(ctx.person!, revisionId, rowInput(ctx), effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap?revision=${revisionId}&saved=1`);
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows/:id',
      access: EDITORS,
      handler: async (ctx) => {
        const id = idOf(ctx.params.id);
        await roadmap.editRow(ctx.person!, id, rowInput(ctx), effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap/rows/${id}?saved=1`);
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows/:id/delete',
      access: EDITORS,
      handler: async (ctx) => {
        const item = await roadmap.findItem(idOf(ctx.params.id));
        await roadmap.deleteRow(ctx.person!, idOf(ctx.params.id), effectKeyOf(ctx));
        return back(ctx, item ? `/admin/roadmap?revision=${item.revisionId}&saved=1` : '/admin/roadmap');
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows/:id/move',
      access: EDITORS,
      handler: async (ctx) => {
        const id = idOf(ctx.params.id);
        await roadmap.moveRow(ctx.person!, id, formField(ctx, 'dir') === 'up' ? -1 : 1, effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap/rows/${id}?saved=1`);
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows/:id/link',
      access: LINKERS,
      handler: async (ctx) => {
        const id = idOf(ctx.params.id);
        const item = await roadmap.findItem(id);
        if (!item) return notFoundPage(ctx, '/admin/roadmap', 'web-nav-roadmap');
        await roadmap.linkProject(ctx.person!, item.rowId, idOf(formField(ctx, 'projectId')), effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap/rows/${id}?saved=1`);
      },
    },
    {
      method: 'POST',
      url: '/admin/roadmap/rows/:id/unlink',
      access: LINKERS,
      handler: async (ctx) => {
        const id = idOf(ctx.params.id);
        await roadmap.unlinkProject(ctx.person!, idOf(formField(ctx, 'projectId')), effectKeyOf(ctx));
        return back(ctx, `/admin/roadmap/rows/${id}?saved=1`);
      },
    },
  ];
}
