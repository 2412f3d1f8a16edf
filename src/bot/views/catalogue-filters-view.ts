// The catalogue's kind-and-level screen: what the projects aim at (replicate, train, find, build),
// their level (municipal, regional), and the legend of direction marks («Условные обозначения»).
import { InlineKeyboard } from 'grammy';
import { directionMark } from '../../domain/direction-marks.ts';
import { PROJECT_KINDS, PROJECT_LEVELS } from '../../domain/projects.ts';
import { encodeAction, type ListState } from '../catalogue-state.ts';
import { escapeHtml } from '../html.ts';
import { compact, filterSummary, refName, type Screen, type ViewEnv } from './catalogue-view.ts';

/** The legend: one line per direction, its mark and name. */
export function directionLegend(env: ViewEnv): string {
  const lines = env.ref.directions.map((d) => `${directionMark(d.code)} ${escapeHtml(refName(d, env.locale))}`);
  return `${env.t('catalogue-legend-title')}\n${lines.join('\n')}`;
}

/** «Вид: Обучение кадров · уровень: региональный», or '' when neither is chosen. */
export function aimSummary(env: ViewEnv, state: ListState): string {
  if (!state.projectKind && !state.level) return '';
  const kind = PROJECT_KINDS[state.projectKind - 1];
  const level = PROJECT_LEVELS[state.level - 1];
  return env.t('catalogue-filters-aim', {
    kind: kind ? env.t(`catalogue-kind-${kind}`) : env.t('catalogue-filter-all'),
    level: level ? env.t(`catalogue-level-${level}`) : env.t('catalogue-filter-all'),
  });
}

export function filtersScreen(env: ViewEnv, state: ListState): Screen {
  const { t } = env;
  const here: ListState = { ...state, page: 0 };
  const mark = (on: boolean, text: string) => `${on ? '✅ ' : ''}${text}`;
  const kb = new InlineKeyboard();
  kb.text(mark(here.projectKind === 0, t('catalogue-btn-all-kinds')), encodeAction({ verb: 'filters', state: { ...here, projectKind: 0 } })).row();
  PROJECT_KINDS.forEach((kind, i) => {
    kb.text(mark(here.projectKind === i + 1, t(`catalogue-kind-${kind}`)), encodeAction({ verb: 'filters', state: { ...here, projectKind: i + 1 } }));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(mark(here.level === 0, t('catalogue-btn-all-levels')), encodeAction({ verb: 'filters', state: { ...here, level: 0 } }));
  PROJECT_LEVELS.forEach((level, i) => {
    kb.text(mark(here.level === i + 1, t(`catalogue-level-${level}`)), encodeAction({ verb: 'filters', state: { ...here, level: i + 1 } }));
  });
  kb.row().text(t('catalogue-btn-show'), encodeAction({ verb: 'list', state: here }));
  const text = [t('catalogue-title'), filterSummary(env, here), '', t('catalogue-kinds-title'), '', directionLegend(env)].join('\n');
  return { text, keyboard: compact(kb) };
}
