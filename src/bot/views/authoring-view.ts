// What the project builder shows: the author's projects, a project and a step being built (with the
// problems still keeping it from review), pickers, item and criterion screens, the preview made of
// the catalogue's own cards, and the moderators' queue.
import { InlineKeyboard } from 'grammy';
import { formatRange } from '../../domain/dates.ts';
import { ITEM_ACCEPTS, PROJECT_KINDS, PROJECT_LEVELS, type DraftProblem } from '../../domain/project-draft.ts';
import type { BuilderProject, BuilderStepDetail, MyProjectLine } from '../../services/authoring/read.ts';
import type { ProjectCard, StepCard } from '../../services/catalogue.ts';
import { au, dashboardData, mod, PROJECT_FIELDS, STEP_FIELDS, teamData } from '../authoring-data.ts';
import { decodeAction } from '../catalogue-state.ts';
import { escapeHtml } from '../html.ts';
import { cardScreen, compact, fitLines, namesOf, refName, stepName, type Screen, type ViewEnv } from './catalogue-view.ts';
import { stepScreen } from './step-view.ts';
import { truncate } from '../../domain/text.ts';

const BUTTON_MAX = 40;
const LINE_MAX = 120;

const dates = (env: ViewEnv, from: Date, to: Date) => formatRange(from, to, env.locale, env.timeZone);

export function statusText(env: ViewEnv, p: { status: string; inReview: boolean; returned?: boolean }): string {
  if (p.status === 'draft') return env.t(p.inReview ? 'authoring-status-review' : p.returned ? 'authoring-status-returned' : 'authoring-status-draft');
  return env.t(`authoring-status-${p.status === 'finished' ? 'finished' : p.status === 'running' ? 'running' : 'published'}`);
}

export function myProjectsScreen(env: ViewEnv, projects: readonly MyProjectLine[], canCreate: boolean): Screen {
  const kb = new InlineKeyboard();
  const lines = [env.t('authoring-my-title')];
  if (!projects.length) lines.push('', env.t('authoring-my-empty'));
  for (const p of projects) {
    lines.push(env.t('authoring-my-line', { title: escapeHtml(truncate(p.title, LINE_MAX)), status: statusText(env, p), dates: dates(env, p.startsOn, p.endsOn) }));
    kb.text(truncate(p.title, BUTTON_MAX), au('p', p.id)).row();
  }
  if (canCreate) lines.push('', env.t('authoring-my-hint'));
  return { text: fitLines(lines), keyboard: compact(kb) };
}

export function problemText(env: ViewEnv, p: DraftProblem): string {
  const vars: Record<string, string | number> = {};
  if ('step' in p && p.step !== undefined) vars.step = p.step;
  if ('criterion' in p) vars.criterion = escapeHtml(truncate(p.criterion, 60));
  if ('field' in p) {
    vars.field = env.t(`authoring-field-${p.field}`);
    vars.max = p.max;
  }
  return env.t(`authoring-problem-${p.code}`, vars);
}

export function projectScreen(env: ViewEnv, p: BuilderProject): Screen {
  const { t, ref } = env;
  const launched = p.status !== 'draft';
  const lines = [
    t('authoring-project-head', { title: escapeHtml(p.title), status: statusText(env, { status: p.status, inReview: p.inReview, returned: !!p.reviewComment }) }),
    t('authoring-project-summary', { summary: p.summary ? escapeHtml(truncate(p.summary, 300)) : t('authoring-empty') }),
    t('authoring-project-kind', { kind: t(`authoring-kind-${p.kind}`), level: t(`authoring-level-${p.level}`) }),
    t('authoring-project-guilds', { guilds: namesOf(ref.guilds, p.guildCodes, env), directions: namesOf(ref.directions, p.directionCodes, env) }),
    t('authoring-project-dates', { dates: dates(env, p.startsOn, p.endsOn), hours: p.hours ?? 0 }),
    t('authoring-project-rules', { late: t(p.allowLateWork ? 'authoring-yes' : 'authoring-no'), order: t(p.stepsInOrder ? 'authoring-yes' : 'authoring-no') }),
    '',
  ];
  if (p.steps.length) {
    lines.push(t('authoring-project-steps'));
    for (const s of p.steps) lines.push(t('authoring-project-step', { position: s.position, title: escapeHtml(truncate(s.title, LINE_MAX)), dates: dates(env, s.startsOn, s.endsOn), items: s.items, criteria: s.criteria }));
  } else lines.push(t('authoring-project-no-steps'));
  if (launched) lines.push('', t('authoring-project-participants', { count: p.participants }));
  if (p.reviewComment && p.status === 'draft' && !p.inReview) lines.push('', t('authoring-project-returned', { comment: escapeHtml(p.reviewComment) }));
  if (p.inReview) lines.push('', t('authoring-project-in-review'));
  else if (p.status === 'draft' && p.problems.length) {
    lines.push('', t('authoring-project-problems'));
    for (const problem of p.problems.slice(0, 10)) lines.push(`• ${problemText(env, problem)}`);
  }

  const kb = new InlineKeyboard();
  if (p.status !== 'finished') {
    kb.text(t('authoring-btn-title'), au('pe', p.id, 0)).text(t('authoring-btn-summary'), au('pe', p.id, 1)).text(t('authoring-btn-description'), au('pe', p.id, 2)).row();
    kb.text(t('authoring-btn-kind'), au('pk', p.id)).text(t('authoring-btn-level'), au('pl', p.id)).text(t('authoring-btn-guilds'), au('pg', p.id)).text(t('authoring-btn-directions'), au('pd', p.id)).row();
    kb.text(t('authoring-btn-dates'), au('pe', p.id, 3)).text(t('authoring-btn-hours'), au('pe', p.id, 4)).row();
    kb.text(t(p.allowLateWork ? 'authoring-btn-late-on' : 'authoring-btn-late-off'), au('pr', p.id, 0)).text(t(p.stepsInOrder ? 'authoring-btn-order-on' : 'authoring-btn-order-off'), au('pr', p.id, 1)).row();
  }
  for (const s of p.steps) kb.text(truncate(stepName(env, s.position, s.title), BUTTON_MAX), au('s', s.id)).row();
  if (p.status !== 'finished') kb.text(t('authoring-btn-add-step'), au('sn', p.id)).row();
  kb.text(t('authoring-btn-preview'), au('pw', p.id)).text(t('authoring-btn-copy'), au('pc', p.id)).row();
  kb.text(t('authoring-btn-export-yaml'), au('px', p.id, 0)).text(t('authoring-btn-export-json'), au('px', p.id, 1)).row();
  if (p.status === 'draft' && !p.inReview && p.mine) kb.text(t('authoring-btn-send-review'), au('pR', p.id)).row();
  if (launched && p.status !== 'finished') kb.text(t('authoring-btn-finish'), au('pf', p.id)).row();
  kb.text(t('authoring-btn-dashboard'), dashboardData(p.id)).text(t('authoring-btn-team'), teamData(p.id)).row();
  kb.text(t('authoring-btn-my'), au('list'));
  return { text: fitLines(lines), keyboard: compact(kb) };
}

const acceptsText = (env: ViewEnv, accepts: string) => env.t(`authoring-accepts-${(ITEM_ACCEPTS as readonly string[]).includes(accepts) ? accepts : 'any'}`);

export function stepEditScreen(env: ViewEnv, s: BuilderStepDetail): Screen {
  const { t } = env;
  const v = s.version;
  const lines = [
    t('authoring-step-head', { step: escapeHtml(stepName(env, s.position, s.title)), project: escapeHtml(s.projectTitle) }),
    t('authoring-step-dates', { dates: dates(env, s.startsOn, s.endsOn) }),
    t('authoring-step-task', { task: s.description ? escapeHtml(truncate(s.description, 1500)) : t('authoring-empty') }),
    '',
    t('authoring-step-materials'),
    ...(s.materials.length ? s.materials.map((m) => `${m.position}. ${m.kind === 'file' ? '📎' : '🔗'} ${escapeHtml(truncate(m.title, LINE_MAX))}`) : [t('authoring-none')]),
    '',
    t('authoring-step-checklist'),
    ...(s.checklist.length
      ? s.checklist.map((c) => t('authoring-step-item', { position: c.position, title: escapeHtml(truncate(c.title, LINE_MAX)), accepts: acceptsText(env, c.accepts), required: t(c.required ? 'authoring-required' : 'authoring-optional') }))
      : [t('authoring-none')]),
    '',
    t('authoring-step-criteria'),
    ...(s.criteria.length
      ? s.criteria.map((c) => t(c.yesNo ? 'authoring-step-criterion-yes-no' : 'authoring-step-criterion', { position: c.position, title: escapeHtml(truncate(c.title, LINE_MAX)), points: c.maxPoints }))
      : [t('authoring-none')]),
  ];
  if (s.rubricInUse) lines.push('', t('authoring-step-rubric-in-use', { version: s.rubricVersion }));
  const finished = s.projectStatus === 'finished';
  const kb = new InlineKeyboard();
  if (!finished) {
    kb.text(t('authoring-btn-title'), au('se', s.id, v, 0)).text(t('authoring-btn-task'), au('se', s.id, v, 1)).text(t('authoring-btn-dates'), au('se', s.id, v, 2)).row();
    kb.text('⬆️', au('sm', s.id, v, 0)).text('⬇️', au('sm', s.id, v, 1)).text(t('authoring-btn-delete-step'), au('sx', s.id, v)).row();
    kb.text(t('authoring-btn-add-material'), au('ma', s.id, v));
    for (const m of s.materials) kb.text(`✖ ${m.position}`, au('mx', s.id, v, m.id));
    kb.row();
    kb.text(t('authoring-btn-add-item'), au('ia', s.id, v)).row();
    for (const c of s.checklist) kb.text(truncate(`☑️ ${c.position}. ${c.title}`, BUTTON_MAX), au('i', s.id, c.id)).row();
    kb.text(t('authoring-btn-add-criterion'), au('ca', s.id, v)).row();
    for (const c of s.criteria) kb.text(truncate(`⭐ ${c.position}. ${c.title}`, BUTTON_MAX), au('c', s.id, c.id)).row();
  }
  kb.text(t('authoring-btn-preview-step'), au('sw', s.id)).text(t('authoring-btn-back-project'), au('p', s.projectId));
  return { text: fitLines(lines), keyboard: compact(kb) };
}

export function itemScreen(env: ViewEnv, s: BuilderStepDetail, itemId: number): Screen | null {
  const item = s.checklist.find((c) => c.id === itemId);
  if (!item) return null;
  const { t } = env;
  const v = s.version;
  const text = t('authoring-item-card', {
    step: escapeHtml(stepName(env, s.position, s.title)),
    position: item.position,
    title: escapeHtml(item.title),
    accepts: acceptsText(env, item.accepts),
    required: t(item.required ? 'authoring-required' : 'authoring-optional'),
    hint: item.hint ? escapeHtml(item.hint) : t('authoring-empty'),
  });
  const kb = new InlineKeyboard();
  ITEM_ACCEPTS.forEach((a, i) => kb.text(`${a === item.accepts ? '• ' : ''}${acceptsText(env, a)}`, au('it', s.id, v, item.id, i)));
  kb.row().text(t(item.required ? 'authoring-btn-make-optional' : 'authoring-btn-make-required'), au('ir', s.id, v, item.id)).text(t('authoring-btn-hint'), au('ih', s.id, v, item.id)).row();
  kb.text(t('authoring-btn-delete'), au('ix', s.id, v, item.id)).text(t('authoring-btn-back-step'), au('s', s.id));
  return { text, keyboard: kb };
}

export function criterionScreen(env: ViewEnv, s: BuilderStepDetail, criterionId: number): Screen | null {
  const c = s.criteria.find((x) => x.id === criterionId);
  if (!c) return null;
  const { t } = env;
  const text = t('authoring-criterion-card', {
    step: escapeHtml(stepName(env, s.position, s.title)),
    position: c.position,
    title: escapeHtml(c.title),
    points: t(c.yesNo ? 'authoring-points-yes-no' : 'authoring-points-max', { points: c.maxPoints }),
  });
  const kb = new InlineKeyboard()
    .text(t('authoring-btn-points'), au('cp', s.id, s.version, c.id))
    .row()
    .text(t('authoring-btn-delete'), au('cx', s.id, s.version, c.id))
    .text(t('authoring-btn-back-step'), au('s', s.id));
  return { text, keyboard: kb };
}

export function kindScreen(env: ViewEnv, p: BuilderProject): Screen {
  const kb = new InlineKeyboard();
  PROJECT_KINDS.forEach((k, i) => kb.text(`${k === p.kind ? '• ' : ''}${env.t(`authoring-kind-${k}`)}`, au('pK', p.id, i)).row());
  kb.text(env.t('authoring-btn-back-project'), au('p', p.id));
  return { text: env.t('authoring-ask-kind'), keyboard: kb };
}

export function levelScreen(env: ViewEnv, p: BuilderProject): Screen {
  const kb = new InlineKeyboard();
  PROJECT_LEVELS.forEach((l, i) => kb.text(`${l === p.level ? '• ' : ''}${env.t(`authoring-level-${l}`)}`, au('pL', p.id, i)));
  kb.row().text(env.t('authoring-btn-back-project'), au('p', p.id));
  return { text: env.t('authoring-ask-level'), keyboard: kb };
}

/** Guilds or directions as toggles; every press saves at once. */
export function pickerScreen(env: ViewEnv, p: BuilderProject, which: 'guilds' | 'directions'): Screen {
  const items = which === 'guilds' ? env.ref.guilds : env.ref.directions;
  const chosen = which === 'guilds' ? p.guildCodes : p.directionCodes;
  const kb = new InlineKeyboard();
  items.forEach((item, i) => {
    kb.text(`${chosen.includes(item.code) ? '✅ ' : ''}${truncate(refName(item, env.locale), BUTTON_MAX)}`, au(which === 'guilds' ? 'pG' : 'pD', p.id, i));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(env.t('authoring-btn-done'), au('p', p.id));
  return { text: env.t(which === 'guilds' ? 'authoring-ask-guilds' : 'authoring-ask-directions'), keyboard: compact(kb) };
}

/** The catalogue's buttons, kept as the participant sees them, lead around the preview instead. */
function previewKeyboard(kb: InlineKeyboard, projectId: number): InlineKeyboard {
  const out = new InlineKeyboard();
  for (const row of kb.inline_keyboard) {
    for (const button of row) {
      if (!('callback_data' in button)) continue;
      const action = decodeAction(button.callback_data ?? '');
      const data = action?.verb === 'step' ? au('sw', action.stepId) : action?.verb === 'card' ? au('pw', projectId) : au('pn', projectId);
      out.text(button.text, data);
    }
    out.row();
  }
  return compact(out);
}

export function previewProjectScreen(env: ViewEnv, card: ProjectCard, botUsername: string | undefined): Screen {
  const screen = cardScreen(env, card, { kind: 'default' }, botUsername);
  const kb = previewKeyboard(screen.keyboard, card.id).row().text(env.t('authoring-btn-back-builder'), au('p', card.id));
  return { text: fitLines([env.t('authoring-preview-banner'), '', screen.text]), keyboard: compact(kb) };
}

export function previewStepScreen(env: ViewEnv, card: StepCard): Screen {
  const screen = stepScreen(env, card, { kind: 'default' });
  const kb = previewKeyboard(screen.keyboard, card.project.id).row().text(env.t('authoring-btn-back-builder-step'), au('s', card.id));
  return { text: fitLines([env.t('authoring-preview-banner'), '', screen.text]), keyboard: compact(kb) };
}

export function queueScreen(env: ViewEnv, queue: readonly { id: number; title: string; author: string; requestedAt: Date }[]): Screen {
  const kb = new InlineKeyboard();
  if (!queue.length) return { text: env.t('moderation-queue-empty'), keyboard: kb };
  const lines = [env.t('moderation-queue-title', { count: queue.length })];
  for (const q of queue) {
    lines.push(env.t('moderation-queue-line', { title: escapeHtml(truncate(q.title, LINE_MAX)), author: escapeHtml(q.author || '—'), date: formatRange(q.requestedAt, q.requestedAt, env.locale, env.timeZone).split(' – ')[0]! }));
    kb.text(truncate(q.title, BUTTON_MAX), mod('o', q.id)).row();
  }
  return { text: fitLines(lines), keyboard: compact(kb) };
}

/** A moderator's view of a waiting draft: the builder's summary, the participant's preview a tap away. */
export function reviewScreen(env: ViewEnv, p: BuilderProject): Screen {
  const base = projectScreen(env, p);
  const kb = new InlineKeyboard();
  if (p.status === 'draft' && p.inReview) kb.text(env.t('moderation-btn-publish'), mod('p', p.id, p.version)).text(env.t('moderation-btn-return'), mod('r', p.id, p.version)).row();
  kb.text(env.t('authoring-btn-preview'), au('pw', p.id)).text(env.t('authoring-btn-open-builder'), au('p', p.id)).row();
  kb.text(env.t('moderation-btn-queue'), mod('q'));
  const head = p.inReview ? env.t('moderation-review-head', { author: escapeHtml(p.authorName || '—') }) : env.t('moderation-review-not-waiting');
  return { text: fitLines([head, '', base.text]), keyboard: kb };
}

export const projectFieldOf = (n: number) => PROJECT_FIELDS[n];
export const stepFieldOf = (n: number) => STEP_FIELDS[n];
