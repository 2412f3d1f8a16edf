// The analysts' pages (the seed's «Статистика»): the dashboard with totals and activity by month,
// projects with their funnel and slowest step, participants, institutions with their status, and
// municipalities; each filtered by period, guild, direction and municipality, each table downloadable.
import { formatMonth, formatRange } from '../../domain/dates.ts';
import { DEFAULT_STATUS_BANDS } from '../../domain/institution-status.ts';
import type { ProjectRow, ParticipantRow, UnitRow } from '../../services/analytics.ts';
import type { AdminDeps, AdminRoute, Page, PageContext } from './context.ts';
import { filterForm, filterQuery, parseFilter } from './filters.ts';
import { html, jsonAttr, type Html } from './html.ts';
import { renderTable, type DataTable } from './table.ts';
import { notFoundPage } from './layout.ts';

const STATS: AdminRoute['access'] = ['analyst', 'moderator', 'admin'];
const STATS_AND_AUTHORS: AdminRoute['access'] = ['analyst', 'moderator', 'admin', 'author'];

/** A chart drawn by /static/admin.js from its data attribute (no inline script). */
export function chart(id: string, label: string, config: { type: 'bar' | 'line'; labels: string[]; datasets: { label: string; data: number[] }[]; horizontal?: boolean }): Html {
  return html`<figure class="chart"><canvas id="${id}" role="img" aria-label="${label}" data-chart="${jsonAttr(config)}"></canvas><figcaption>${label}</figcaption></figure>`;
}

export function tables(ctx: PageContext, list: DataTable[]): Html {
  const base = `${ctx.request.url.split('?')[0]}${filterQuery(ctx.query)}`;
  const labels = { csv: ctx.t('web-download-csv'), xlsx: ctx.t('web-download-xlsx'), empty: ctx.t('web-table-empty') };
  return html`${list.map((t) => renderTable(t, { locale: ctx.locale, timeZone: ctx.deps.timeZone }, base, labels))}`;
}

const isStaff = (ctx: PageContext) => Boolean(ctx.person?.roles.some((r) => r === 'analyst' || r === 'moderator' || r === 'admin'));

function projectsTable(ctx: PageContext, rows: ProjectRow[]): DataTable {
  const t = ctx.t;
  return {
    id: 'projects',
    title: t('web-projects-title'),
    columns: [
      { label: t('web-col-project'), type: 'text' },
      { label: t('web-col-status'), type: 'text' },
      { label: t('web-col-starts'), type: 'date' },
      { label: t('web-col-ends'), type: 'date' },
      { label: t('web-col-enrolled'), type: 'number' },
      { label: t('web-col-handed-in'), type: 'number' },
      { label: t('web-col-accepted'), type: 'number' },
      { label: t('web-col-completed'), type: 'number' },
      { label: t('web-col-average-points'), type: 'decimal' },
      { label: t('web-col-average-share'), type: 'percent' },
      { label: t('web-col-slowest-step'), type: 'text' },
      { label: t('web-col-median-days'), type: 'decimal' },
    ],
    rows: rows.map((p) => [
      p.title,
      t(`web-project-status-${p.status}`),
      p.startsOn,
      p.endsOn,
      p.figures.enrolled,
      p.figures.handedIn,
      p.figures.accepted,
      p.figures.completed,
      p.figures.averagePoints,
      p.figures.averageShare,
      p.figures.slowestStep?.title ?? null,
      p.figures.slowestStep?.medianDays ?? null,
    ]),
    links: rows.map((p) => `/admin/projects/${p.id}`),
  };
}

function participantsTable(ctx: PageContext, rows: ParticipantRow[], id = 'participants'): DataTable {
  const t = ctx.t;
  const linkUsers = ctx.person?.roles.some((r) => r === 'moderator' || r === 'admin');
  return {
    id,
    title: t('web-participants-title'),
    columns: [
      { label: t('web-col-name'), type: 'text' },
      { label: t('web-col-institution'), type: 'text' },
      { label: t('web-col-municipality'), type: 'text' },
      { label: t('web-col-projects'), type: 'number' },
      { label: t('web-col-handed-in'), type: 'number' },
      { label: t('web-col-accepted'), type: 'number' },
      { label: t('web-col-points'), type: 'number' },
      { label: t('web-col-badges'), type: 'number' },
    ],
    rows: rows.map((p) => [p.name, p.institution, p.municipality, p.projects, p.handedIn, p.accepted, p.points, p.badges]),
    links: linkUsers ? rows.map((p) => `/admin/users/${p.userId}`) : undefined,
  };
}

function unitsTable(ctx: PageContext, scope: 'institution' | 'municipality', rows: UnitRow[]): DataTable {
  const t = ctx.t;
  const inst = scope === 'institution';
  return {
    id: inst ? 'institutions' : 'municipalities',
    title: t(inst ? 'web-institutions-title' : 'web-municipalities-title'),
    columns: [
      { label: t('web-col-place'), type: 'number' },
      { label: t(inst ? 'web-col-institution' : 'web-col-municipality'), type: 'text' },
      ...(inst ? [{ label: t('web-col-municipality'), type: 'text' as const }] : []),
      { label: t('web-col-unit-status'), type: 'text' },
      { label: t('web-col-score'), type: 'decimal' },
      { label: t('web-col-members'), type: 'number' },
      { label: t('web-col-active-members'), type: 'number' },
      { label: t('web-col-accepted'), type: 'number' },
    ],
    rows: rows.map((u) => [u.place, u.name, ...(inst ? [u.municipality ?? ''] : []), t(`institution-status-${u.status}`), u.place === null ? null : u.score, u.members, u.activeMembers, u.accepted]),
  };
}

export function analyticsRoutes(deps: AdminDeps): AdminRoute[] {
  const { analytics } = deps.services;

  const dashboard = async (ctx: PageContext): Promise<Page> => {
    const filter = parseFilter(ctx.query, deps.timeZone);
    if (!isStaff(ctx)) {
      // Authors: their own projects only.
      const rows = await analytics.projects(filter, ctx.person!.id);
      const list = [projectsTable(ctx, rows)];
      return { title: ctx.t('web-my-projects-title'), body: html`${await filterForm(ctx)}${tables(ctx, list)}`, tables: list };
    }
    const { totals, monthly, projects } = await analytics.overview(filter);
    const t = ctx.t;
    const kpis: [string, number | null, 'number' | 'percent'][] = [
      [t('web-kpi-participants'), totals.participants, 'number'],
      [t('web-kpi-active'), totals.activeParticipants, 'number'],
      [t('web-kpi-projects'), totals.projects, 'number'],
      [t('web-kpi-enrolled'), totals.enrolled, 'number'],
      [t('web-kpi-handed-in'), totals.handedIn, 'number'],
      [t('web-kpi-accepted'), totals.accepted, 'number'],
      [t('web-kpi-average-share'), totals.averageShare, 'percent'],
      [t('web-kpi-certificates'), totals.certificates, 'number'],
    ];
    const monthLabel = (m: string) => formatMonth(new Date(`${m}-15T00:00:00Z`), ctx.locale, deps.timeZone);
    const totalsTable: DataTable = {
      id: 'totals',
      title: t('web-totals-title'),
      columns: [{ label: t('web-col-metric'), type: 'text' }, { label: t('web-col-value'), type: 'decimal' }],
      rows: kpis.map(([label, value, kind]) => [kind === 'percent' ? `${label}, %` : label, value === null ? null : kind === 'percent' ? Math.round(value * 1000) / 10 : value]),
    };
    const monthlyTable: DataTable = {
      id: 'monthly',
      title: t('web-monthly-title'),
      columns: [
        { label: t('web-col-month'), type: 'text' },
        { label: t('web-col-enrolled'), type: 'number' },
        { label: t('web-col-handed-in'), type: 'number' },
        { label: t('web-col-accepted'), type: 'number' },
      ],
      rows: monthly.map((m) => [monthLabel(m.month), m.enrolled, m.handedIn, m.accepted]),
    };
    const list = [totalsTable, monthlyTable, projectsTable(ctx, projects)];
    const fmt = (v: number | null, kind: 'number' | 'percent') =>
      v === null ? '—' : new Intl.NumberFormat(ctx.locale, kind === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : {}).format(v);
    return {
      title: t('web-dashboard-title'),
      body: html`${await filterForm(ctx)}
<div class="kpis">${kpis.map(([label, value, kind]) => html`<div class="kpi"><span class="value">${fmt(value, kind)}</span><span class="label">${label}</span></div>`)}</div>
${chart('chart-monthly', t('web-monthly-title'), {
  type: 'bar',
  labels: monthly.map((m) => monthLabel(m.month)),
  datasets: [
    { label: t('web-col-enrolled'), data: monthly.map((m) => m.enrolled) },
    { label: t('web-col-handed-in'), data: monthly.map((m) => m.handedIn) },
    { label: t('web-col-accepted'), data: monthly.map((m) => m.accepted) },
  ],
})}
${tables(ctx, list.slice(1))}`,
      tables: list,
    };
  };

  return [
    { method: 'GET', url: '/admin', access: STATS_AND_AUTHORS, nav: 'web-nav-dashboard', handler: dashboard },
    {
      method: 'GET',
      url: '/admin/projects',
      access: STATS_AND_AUTHORS,
      nav: 'web-nav-projects',
      handler: async (ctx) => {
        const rows = await analytics.projects(parseFilter(ctx.query, deps.timeZone), isStaff(ctx) ? undefined : ctx.person!.id);
        const list = [projectsTable(ctx, rows)];
        return { title: ctx.t(isStaff(ctx) ? 'web-projects-title' : 'web-my-projects-title'), body: html`${await filterForm(ctx)}${tables(ctx, list)}`, tables: list };
      },
    },
    {
      method: 'GET',
      url: '/admin/projects/:id',
      access: STATS_AND_AUTHORS,
      handler: async (ctx) => {
        const id = /^\d{1,9}$/.test(ctx.params.id ?? '') ? Number(ctx.params.id) : 0;
        const found = id ? await analytics.project(id, parseFilter(ctx.query, deps.timeZone)) : null;
        // An author sees only their own projects; another's answers as if it did not exist.
        if (!found || (!isStaff(ctx) && found.project.authorId !== ctx.person!.id)) return notFoundPage(ctx, '/admin/projects', 'web-nav-projects');
        const { project, participants } = found;
        const t = ctx.t;
        const f = project.figures;
        const steps: DataTable = {
          id: 'steps',
          title: t('web-funnel-title'),
          columns: [
            { label: t('web-col-step'), type: 'text' },
            { label: t('web-col-handed-in'), type: 'number' },
            { label: t('web-col-accepted'), type: 'number' },
            { label: t('web-col-median-days'), type: 'decimal' },
          ],
          rows: f.steps.map((s) => [s.title, s.handedIn, s.accepted, s.medianDays]),
        };
        const list = [steps, participantsTable(ctx, participants)];
        const num = (v: number | null, digits = 0) => (v === null ? '—' : new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: digits }).format(v));
        return {
          title: project.title,
          body: html`<p class="muted">${t(`web-project-status-${project.status}`)} · ${formatRange(project.startsOn, project.endsOn, ctx.locale, deps.timeZone)}${
            project.status !== 'finished' && (ctx.person!.roles.includes('moderator') || found.project.authorId === ctx.person!.id)
              ? html` · <a class="wide-only" href="${`/admin/projects/${project.id}/edit`}">${t('web-edit-open')}</a>`
              : ''
          }</p>
${await filterForm(ctx, { tags: false })}
<dl class="facts">
  <dt>${t('web-col-enrolled')}</dt><dd>${num(f.enrolled)}</dd>
  <dt>${t('web-col-handed-in')}</dt><dd>${num(f.handedIn)}</dd>
  <dt>${t('web-col-accepted')}</dt><dd>${num(f.accepted)}</dd>
  <dt>${t('web-col-completed')}</dt><dd>${num(f.completed)}</dd>
  <dt>${t('web-col-average-points')}</dt><dd>${num(f.averagePoints, 1)}${f.averageShare === null ? '' : ` (${Math.round(f.averageShare * 100)} %)`}</dd>
  <dt>${t('web-col-slowest-step')}</dt><dd>${f.slowestStep ? t('web-slowest-step', { title: f.slowestStep.title, days: num(f.slowestStep.medianDays, 1) }) : '—'}</dd>
</dl>
${chart('chart-funnel', t('web-funnel-title'), {
  type: 'bar',
  labels: f.steps.map((s) => t('web-step-short', { n: s.position })),
  datasets: [
    { label: t('web-col-handed-in'), data: f.steps.map((s) => s.handedIn) },
    { label: t('web-col-accepted'), data: f.steps.map((s) => s.accepted) },
  ],
})}
${tables(ctx, list)}`,
          tables: list,
        };
      },
    },
    {
      method: 'GET',
      url: '/admin/participants',
      access: STATS,
      nav: 'web-nav-participants',
      handler: async (ctx) => {
        const list = [participantsTable(ctx, await analytics.participants(parseFilter(ctx.query, deps.timeZone)))];
        return { title: ctx.t('web-participants-title'), body: html`${await filterForm(ctx)}${tables(ctx, list)}`, tables: list };
      },
    },
    ...(['institution', 'municipality'] as const).map(
      (scope): AdminRoute => ({
        method: 'GET',
        url: scope === 'institution' ? '/admin/institutions' : '/admin/municipalities',
        access: STATS,
        nav: scope === 'institution' ? 'web-nav-institutions' : 'web-nav-municipalities',
        handler: async (ctx) => {
          const rows = await analytics.units(scope, parseFilter(ctx.query, deps.timeZone));
          const list = [unitsTable(ctx, scope, rows)];
          const ranked = rows.filter((r) => r.place !== null).slice(0, 10);
          const t = ctx.t;
          const legend =
            scope === 'institution'
              ? html`<details class="legend"><summary>${t('web-status-legend')}</summary><ul>
  <li><b>${t('institution-status-dormant')}</b> — ${t('web-status-band-dormant')}</li>
  ${DEFAULT_STATUS_BANDS.map((b) => html`<li><b>${t(`institution-status-${b.status}`)}</b> — ${t('web-status-band', { active: b.minActive, share: Math.round(b.minShare * 100), mean: b.minMean })}</li>`)}
</ul></details>`
              : '';
          return {
            title: t(scope === 'institution' ? 'web-institutions-title' : 'web-municipalities-title'),
            body: html`${await filterForm(ctx, { municipality: scope === 'institution' })}
<p class="muted">${t('web-rating-note')}</p>${legend}
${ranked.length ? chart(`chart-${scope}`, t('web-col-score'), { type: 'bar', horizontal: true, labels: ranked.map((r) => r.name), datasets: [{ label: t('web-col-score'), data: ranked.map((r) => Math.round(r.score * 10) / 10) }] }) : ''}
${tables(ctx, list)}`,
            tables: list,
          };
        },
      }),
    ),
  ];
}
