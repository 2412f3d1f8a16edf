// What the catalogue message shows: the paged list with its filters, the filter pickers, a project
// card, the other-guilds confirmation and the "gone" notice — each as text plus inline keyboard.
import { InlineKeyboard } from 'grammy';
import { formatDay, formatMonth, formatRange, toLocalDate, type Locale } from '../../domain/dates.ts';
import { projectIntake, projectPhase, type ListedProject, type MonthGroup, type Page, type ProjectPhase } from '../../domain/projects.ts';
import type { CatalogueReference, ProjectCard, RefItem } from '../../services/catalogue.ts';
import { directionMarks } from '../../domain/direction-marks.ts';
import { encodeAction, hasBit, toggleBit, type CatalogueState, type ListState } from '../catalogue-state.ts';
import { aimSummary } from './catalogue-filters-view.ts';
import { escapeHtml } from '../html.ts';
import { truncate } from '../../domain/text.ts';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface ViewEnv {
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** The services' clock reading for this update. */
  now: Date;
  ref: CatalogueReference;
}

export interface Screen {
  text: string;
  keyboard: InlineKeyboard;
}

export const PAGE_SIZE = 6;
const BUTTON_TITLE_MAX = 40;
const SUMMARY_MAX = 700;
export const MESSAGE_MAX = 4096;

// dates.ts builds an Intl.DateTimeFormat per call (about 0.2 ms); the catalogue shows the same few
// hundred project dates on every press, so their texts are remembered (bounded).
const dateTexts = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size >= 20_000) dateTexts.clear();
    dateTexts.set(key, (text = make()));
  }
  return text;
}
export const rangeText = (from: Date, to: Date, env: ViewEnv) =>
  remembered(`r|${env.locale}|${env.timeZone}|${from.getTime()}|${to.getTime()}`, () => formatRange(from, to, env.locale, env.timeZone));
const monthText = (sample: Date, env: ViewEnv) => remembered(`m|${env.locale}|${env.timeZone}|${sample.getTime()}`, () => formatMonth(sample, env.locale, env.timeZone));
/** «30 ноября», with the year only when it is not this year. */
const dayText = (day: Date, env: ViewEnv) =>
  remembered(`d|${env.locale}|${env.timeZone}|${day.getTime()}|${toLocalDate(env.now, env.timeZone).year}`, () =>
    formatDay(day, env.locale, env.timeZone, toLocalDate(day, env.timeZone).year !== toLocalDate(env.now, env.timeZone).year),
  );

/** The line under a listed project saying when it takes work, or null when there is nothing to say. */
export function intakeText(env: ViewEnv, project: ListedProject): string | null {
  const intake = projectIntake(project, env.now, env.timeZone);
  switch (intake.kind) {
    case 'accepting':
      return env.t('catalogue-intake-accepting', { position: String(intake.position), date: dayText(intake.until, env) });
    case 'opens':
      return env.t('catalogue-intake-opens', { position: String(intake.position), date: dayText(intake.on, env) });
    case 'closed':
      return env.t('catalogue-intake-closed');
    default:
      return null;
  }
}

export const refName = (item: RefItem, locale: Locale) => (locale === 'en' ? item.nameEn : item.nameRu);

export function namesOf(items: readonly RefItem[], codes: readonly string[], env: ViewEnv): string {
  const names = items.filter((i) => codes.includes(i.code)).map((i) => refName(i, env.locale));
  return names.length ? escapeHtml(names.join(', ')) : env.t('catalogue-none');
}

export const phaseText = (env: ViewEnv, phase: ProjectPhase) => env.t(`catalogue-phase-${phase}`);

/**
 * Keeps a message within Telegram's limit by dropping whole lines from the end (every line is
 * balanced HTML, so nothing is cut inside a tag).
 */
export function fitLines(lines: string[]): string {
  let text = lines.join('\n');
  if (text.length <= MESSAGE_MAX) return text;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > MESSAGE_MAX - 2) break;
    kept.push(line);
    length += line.length + 1;
  }
  text = `${kept.join('\n')}\n…`;
  return text;
}

/** Drops empty rows (a row closed after the last button of a section), which Telegram refuses. */
export function compact(kb: InlineKeyboard): InlineKeyboard {
  return new InlineKeyboard(kb.inline_keyboard.filter((row) => row.length > 0));
}

const NUMBERED_STEP = /^(шаг|step)\s*\d+/iu;

/** «Шаг 2. Title», unless the author already numbered the title that way. */
export function stepName(env: ViewEnv, position: number, title: string): string {
  return NUMBERED_STEP.test(title.trim()) ? title.trim() : env.t('catalogue-step-name', { position: String(position), title });
}

/** The list state a press leads back to, for Back buttons. */
export function backButton(env: ViewEnv, state: CatalogueState): InlineKeyboard {
  if (state.kind === 'my') return new InlineKeyboard().text(env.t('catalogue-btn-back-my'), encodeAction({ verb: 'my' }));
  return new InlineKeyboard().text(env.t('catalogue-btn-back-list'), encodeAction({ verb: 'list', state }));
}

export function filterSummary(env: ViewEnv, state: ListState): string {
  const { t, ref, locale } = env;
  const guilds = ref.guilds.filter((_, i) => hasBit(state.guilds, i)).map((g) => refName(g, locale));
  const direction = state.direction ? ref.directions[state.direction - 1] : undefined;
  const status = t(`catalogue-status-${state.status}`);
  const summary = t('catalogue-filters', {
    guilds: guilds.length ? escapeHtml(guilds.join(', ')) : t('catalogue-filter-all'),
    direction: direction ? escapeHtml(refName(direction, locale)) : t('catalogue-filter-all'),
    status: state.upto ? t('catalogue-status-upto', { status }) : status,
  });
  const aim = aimSummary(env, state);
  return aim ? `${summary}\n${aim}` : summary;
}

export function listScreen(env: ViewEnv, state: ListState, view: Page<ListedProject> & { groups: MonthGroup<ListedProject>[]; sectioned?: boolean }): Screen {
  const { t, timeZone } = env;
  // The page may have been clamped (fewer projects than when the button was made).
  const here: ListState = { ...state, page: view.page };
  const lines = [t('catalogue-title'), filterSummary(env, here), ''];
  const kb = new InlineKeyboard();
  if (view.total === 0) lines.push(t('catalogue-empty'));
  else lines.push(t('catalogue-found', { total: view.total, page: view.page + 1, pages: view.pages }));
  let number = view.page * PAGE_SIZE;
  let section: string | undefined;
  for (const group of view.groups) {
    if (view.sectioned && group.section && group.section !== section) lines.push('', t(`catalogue-section-${group.section}`));
    section = group.section;
    lines.push('', `<b>${monthText(group.sample, env)}</b>`);
    for (const project of group.items) {
      number++;
      lines.push(
        t('catalogue-line', {
          number: String(number),
          title: escapeHtml(project.title),
          dates: rangeText(project.startsOn, project.endsOn, env),
          phase: phaseText(env, projectPhase(project, env.now, timeZone)),
        }) + (project.directionCodes.length ? ` ${directionMarks(project.directionCodes)}` : ''),
      );
      const intake = intakeText(env, project);
      if (intake) lines.push(intake);
      kb.text(`${number}. ${truncate(project.title, BUTTON_TITLE_MAX)}`, encodeAction({ verb: 'card', projectId: project.id, state: here })).row();
    }
  }
  if (view.pages > 1) {
    if (view.page > 0) kb.text(t('btn-prev'), encodeAction({ verb: 'list', state: { ...here, page: view.page - 1 } }));
    kb.text(`${view.page + 1}/${view.pages}`, encodeAction({ verb: 'list', state: here }));
    if (view.page < view.pages - 1) kb.text(t('btn-next'), encodeAction({ verb: 'list', state: { ...here, page: view.page + 1 } }));
    kb.row();
  }
  const chosen = env.ref.guilds.filter((_, i) => hasBit(here.guilds, i)).length;
  kb.text(chosen ? t('catalogue-btn-guilds-some', { count: chosen }) : t('catalogue-btn-guilds'), encodeAction({ verb: 'guilds', state: here }));
  kb.text(`${here.direction ? '✅ ' : ''}${t('catalogue-btn-directions')}`, encodeAction({ verb: 'directions', state: here })).row();
  kb.text(`${here.projectKind || here.level ? '✅ ' : ''}${t('catalogue-btn-kinds')}`, encodeAction({ verb: 'filters', state: here })).row();
  for (const status of ['open', 'finished', 'all'] as const) {
    kb.text(`${here.status === status ? '• ' : ''}${t(`catalogue-btn-${status}`)}`, encodeAction({ verb: 'list', state: { ...here, status, page: 0 } }));
  }
  kb.row().text(`${here.upto ? '✅' : '▫️'} ${t('catalogue-btn-upto')}`, encodeAction({ verb: 'list', state: { ...here, upto: !here.upto, page: 0 } }));
  return { text: fitLines(lines), keyboard: compact(kb) };
}

export function guildsScreen(env: ViewEnv, state: ListState): Screen {
  const { t, ref, locale } = env;
  const kb = new InlineKeyboard();
  ref.guilds.forEach((guild, i) => {
    const on = hasBit(state.guilds, i);
    kb.text(`${on ? '✅ ' : ''}${refName(guild, locale)}`, encodeAction({ verb: 'guilds', state: { ...state, guilds: toggleBit(state.guilds, i) } }));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(t('catalogue-btn-all-guilds'), encodeAction({ verb: 'guilds', state: { ...state, guilds: 0n } }));
  kb.row().text(t('catalogue-btn-show'), encodeAction({ verb: 'list', state: { ...state, page: 0 } }));
  return { text: `${t('catalogue-title')}\n${filterSummary(env, state)}\n\n${t('catalogue-guilds-title')}`, keyboard: compact(kb) };
}

export function directionsScreen(env: ViewEnv, state: ListState): Screen {
  const { t, ref, locale } = env;
  const kb = new InlineKeyboard();
  ref.directions.forEach((direction, i) => {
    const on = state.direction === i + 1;
    kb.text(`${on ? '✅ ' : ''}${refName(direction, locale)}`, encodeAction({ verb: 'list', state: { ...state, direction: i + 1, page: 0 } })).row();
  });
  kb.text(`${state.direction ? '' : '✅ '}${t('catalogue-btn-all-directions')}`, encodeAction({ verb: 'list', state: { ...state, direction: 0, page: 0 } }));
  return { text: `${t('catalogue-title')}\n${filterSummary(env, state)}\n\n${t('catalogue-directions-title')}`, keyboard: compact(kb) };
}

export function cardScreen(env: ViewEnv, card: ProjectCard, state: CatalogueState, botUsername: string | undefined): Screen {
  const { t, ref } = env;
  const lines = [
    t('catalogue-card', {
      title: escapeHtml(card.title),
      summary: escapeHtml(truncate(card.summary, SUMMARY_MAX)),
      dates: rangeText(card.startsOn, card.endsOn, env),
      phase: phaseText(env, card.phase),
      guilds: namesOf(ref.guilds, card.guildCodes, env),
      directions: namesOf(ref.directions, card.directionCodes, env),
      participants: card.participants,
    }),
    '',
  ];
  if (card.steps.length) {
    lines.push(t('catalogue-card-steps'));
    for (const step of card.steps) {
      lines.push(t('catalogue-card-step-line', { position: String(step.position), title: escapeHtml(step.title), dates: rangeText(step.startsOn, step.endsOn, env) }));
    }
  } else lines.push(t('catalogue-card-no-steps'));
  lines.push('');
  const kb = new InlineKeyboard();
  if (card.enrolled) lines.push(t('catalogue-card-enrolled'));
  else if (card.phase === 'finished') lines.push(t('catalogue-card-finished'));
  else if (!card.fitsPerson && card.otherGuildsPolicy === 'refuse') lines.push(t('catalogue-card-refused', { guilds: namesOf(ref.guilds, card.guildCodes, env) }));
  else {
    if (!card.fitsPerson) lines.push(t('catalogue-card-other-guilds'));
    kb.text(t('catalogue-btn-join'), encodeAction({ verb: 'join', projectId: card.id, state })).row();
  }
  if (botUsername) lines.push(t('catalogue-card-share', { link: `https://t.me/${botUsername}?start=project_${card.id}` }));
  for (const step of card.steps) {
    kb.text(truncate(stepName(env, step.position, step.title), BUTTON_TITLE_MAX), encodeAction({ verb: 'step', stepId: step.id, state })).row();
  }
  return { text: fitLines(lines), keyboard: compact(kb.append(backButton(env, state))) };
}

export function joinConfirmScreen(env: ViewEnv, card: ProjectCard, personGuilds: readonly string[], state: CatalogueState): Screen {
  const { t, ref } = env;
  const kb = new InlineKeyboard()
    .text(t('catalogue-btn-join-anyway'), encodeAction({ verb: 'join-confirmed', projectId: card.id, state }))
    .text(t('catalogue-btn-join-back'), encodeAction({ verb: 'card', projectId: card.id, state }));
  return {
    text: t('catalogue-join-confirm', { title: escapeHtml(card.title), guilds: namesOf(ref.guilds, card.guildCodes, env), mine: namesOf(ref.guilds, personGuilds, env) }),
    keyboard: kb,
  };
}

export function goneScreen(env: ViewEnv, state: CatalogueState, key: 'catalogue-gone' | 'catalogue-step-gone' = 'catalogue-gone'): Screen {
  return { text: env.t(key), keyboard: backButton(env, state) };
}
