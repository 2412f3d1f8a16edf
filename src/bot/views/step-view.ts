// What a step card and /my show: the task, materials, what to hand in, criteria, dates and the
// person's state, with the submit button the submission feature answers (`submit:<stepId>`).
import { InlineKeyboard } from 'grammy';
import { formatDay, formatRange } from '../../domain/dates.ts';
import { deadlineInfo, submitAction, type StepState } from '../../domain/projects.ts';
import type { StepCard } from '../../services/catalogue.ts';
import type { MyProject } from '../../services/enrolment.ts';
import { encodeAction, type CatalogueState } from '../catalogue-state.ts';
import { escapeHtml } from '../html.ts';
import { compact, fitLines, phaseText, stepName, type Screen, type ViewEnv } from './catalogue-view.ts';
import { truncate } from '../../domain/text.ts';

/** The callback data the submission feature handles. */
export const submitData = (stepId: number) => `submit:${stepId}`;

const DESCRIPTION_MAX = 1500;
const ITEM_MAX = 200;
const BUTTON_TITLE_MAX = 40;

const STATE_ICON: Record<StepState['kind'], string> = {
  'not-started': '▫️',
  draft: '✏️',
  'on-review': '⏳',
  returned: '🔁',
  accepted: '✅',
};

export function stateText(env: ViewEnv, state: StepState): string {
  if (state.kind === 'not-started') return env.t('catalogue-state-not-started');
  if (state.kind === 'accepted') return env.t('catalogue-state-accepted', { points: state.points, max: state.maxPoints, attempt: state.attempt });
  return env.t(`catalogue-state-${state.kind}`, { attempt: state.attempt });
}

export function daysLeftText(env: ViewEnv, endsOn: Date): string {
  const info = deadlineInfo(endsOn, env.now, env.timeZone);
  if (info.kind === 'days') return env.t('catalogue-days-left', { days: info.days });
  return env.t(info.kind === 'today' ? 'catalogue-days-today' : 'catalogue-days-passed');
}

/** Only http(s) links become clickable; anything else is shown as text. */
function linkHtml(title: string, url: string | null): string {
  const name = escapeHtml(truncate(title, ITEM_MAX));
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return `🔗 ${name}${url ? ` — ${escapeHtml(truncate(url, ITEM_MAX))}` : ''}`;
  return `🔗 <a href="${escapeHtml(url).replace(/"/g, '&quot;')}">${name}</a>`;
}

export function stepScreen(env: ViewEnv, card: StepCard, state: CatalogueState): Screen {
  const { t, locale, timeZone } = env;
  const lines = [
    t('catalogue-step-header', { project: escapeHtml(card.project.title), step: escapeHtml(stepName(env, card.position, card.title)) }),
    t('catalogue-step-dates', { dates: formatRange(card.startsOn, card.endsOn, locale, timeZone), left: daysLeftText(env, card.endsOn) }),
  ];
  if (card.enrolled) lines.push(t('catalogue-step-your-state', { state: stateText(env, card.state) }));
  const action = card.enrolled && card.submit === 'ok' ? submitAction(card.state) : null;
  if (!card.enrolled) lines.push(t('catalogue-step-join-first'));
  else if (card.submit !== 'ok' && submitAction(card.state) !== null) {
    lines.push(card.submit === 'not-started' ? t('catalogue-submit-not-started', { date: formatDay(card.startsOn, locale, timeZone) }) : t(`catalogue-submit-${card.submit === 'unavailable' ? 'project-finished' : card.submit}`));
  }
  if (card.description.trim()) lines.push('', escapeHtml(truncate(card.description.trim(), DESCRIPTION_MAX)));
  if (card.materials.length) {
    lines.push('', t('catalogue-step-materials'));
    for (const m of card.materials) lines.push(m.kind === 'file' ? t('catalogue-material-file', { title: escapeHtml(truncate(m.title, ITEM_MAX)) }) : linkHtml(m.title, m.url));
  }
  if (card.checklist.length) {
    lines.push('', t('catalogue-step-checklist'));
    for (const item of card.checklist) {
      const accepts = ['any', 'file', 'link', 'text'].includes(item.accepts) ? item.accepts : 'any';
      let line = t('catalogue-checklist-line', { position: String(item.position), title: escapeHtml(truncate(item.title, ITEM_MAX)), accepts: t(`catalogue-accepts-${accepts}`) });
      if (item.hint.trim()) line += ` (${escapeHtml(truncate(item.hint.trim(), ITEM_MAX))})`;
      lines.push(item.required ? line : t('catalogue-checklist-optional', { line }));
    }
  }
  if (card.criteria.length) {
    lines.push('', t('catalogue-step-criteria', { max: card.maxPoints }));
    for (const c of card.criteria) lines.push(t(c.yesNo ? 'catalogue-criterion-yes-no' : 'catalogue-criterion-line', { title: escapeHtml(truncate(c.title, ITEM_MAX)), points: c.maxPoints }));
  }

  const kb = new InlineKeyboard();
  if (action) {
    const label = action === 'start' ? 'catalogue-btn-submit' : action === 'continue' ? 'catalogue-btn-submit-continue' : 'catalogue-btn-submit-again';
    kb.text(t(label), submitData(card.id)).row();
  }
  const files = card.materials.filter((m) => m.kind === 'file' && m.fileId).length;
  if (files) kb.text(t('catalogue-btn-files', { count: files }), encodeAction({ verb: 'files', stepId: card.id })).row();
  kb.text(t('catalogue-btn-back-project'), encodeAction({ verb: 'card', projectId: card.project.id, state }));
  return { text: fitLines(lines), keyboard: compact(kb) };
}

export function myScreen(env: ViewEnv, projects: readonly MyProject[]): Screen {
  const { t, locale, timeZone } = env;
  const kb = new InlineKeyboard();
  if (!projects.length) return { text: t('catalogue-my-empty'), keyboard: kb };
  const lines = [t('catalogue-my-title')];
  for (const project of projects) {
    lines.push('', t('catalogue-my-project', { title: escapeHtml(project.title), phase: phaseText(env, project.phase) }));
    for (const step of project.steps) {
      let line = t('catalogue-my-step', { icon: STATE_ICON[step.state.kind], step: escapeHtml(truncate(stepName(env, step.position, step.title), ITEM_MAX)), state: stateText(env, step.state) });
      // A deadline matters while the person still owes the step something.
      if (submitAction(step.state) !== null) line = t('catalogue-my-deadline', { step: line, date: formatDay(step.endsOn, locale, timeZone), left: daysLeftText(env, step.endsOn) });
      lines.push(line);
    }
    kb.text(truncate(project.title, BUTTON_TITLE_MAX), encodeAction({ verb: 'card', projectId: project.id, state: { kind: 'my' } })).row();
  }
  return { text: fitLines(lines), keyboard: compact(kb) };
}
