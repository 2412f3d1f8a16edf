// What makes a project draft well-formed and complete: field limits that keep every card within
// Telegram's limits, criterion points, dates inside the project, and the checks run before review.

export const PROJECT_KINDS = ['replicate', 'train', 'find', 'build'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_LEVELS = ['municipal', 'regional'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
export { ITEM_ACCEPTS, type ItemAccepts } from './submission-rules.ts';

/** Characters per field. Chosen so the longest project and step cards stay under 4,096 characters. */
export const LIMITS = {
  title: 150,
  summary: 700,
  description: 3000,
  stepTitle: 150,
  task: 1500,
  itemTitle: 200,
  hint: 200,
  criterionTitle: 200,
  materialTitle: 200,
  url: 1000,
  comment: 1000,
} as const;
export type LimitedField = keyof typeof LIMITS;

export const MAX_STEPS = 20;
export const MAX_ITEMS = 12;
export const MAX_CRITERIA = 12;
export const MAX_MATERIALS = 10;
export const MAX_POINTS = 100;
export const MAX_HOURS = 1000;
/** A step card's text budget (Telegram allows 4,096; the card adds headings, dates and the state). */
export const STEP_CARD_BUDGET = 3600;

export type TextCheck = { ok: true; value: string } | { ok: false; reason: 'empty' | 'too-long'; max: number };

export function checkText(field: LimitedField, raw: string, optional = false): TextCheck {
  const value = raw.trim();
  const max = LIMITS[field];
  if (!value && !optional) return { ok: false, reason: 'empty', max };
  if (value.length > max) return { ok: false, reason: 'too-long', max };
  return { ok: true, value };
}

export type PointsCheck = { ok: true; yesNo: boolean; maxPoints: number } | { ok: false; reason: 'format' | 'negative' | 'zero' | 'too-many'; max: number };

/** «7» is a points criterion worth up to 7; «да 3» / «yes 3» / «да/нет 3» a yes/no criterion worth 3; «да» alone is worth 1. */
export function parsePoints(raw: string): PointsCheck {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(?:(да\/нет|да|yes\/no|yes) ?)?(-?\d{1,6})?$/.exec(s);
  if (!m || (!m[1] && m[2] === undefined)) return { ok: false, reason: 'format', max: MAX_POINTS };
  const yesNo = m[1] !== undefined;
  const points = m[2] === undefined ? 1 : Number(m[2]);
  return checkPoints(yesNo, points);
}

export function checkPoints(yesNo: boolean, points: number): PointsCheck {
  if (!Number.isInteger(points)) return { ok: false, reason: 'format', max: MAX_POINTS };
  if (points < 0) return { ok: false, reason: 'negative', max: MAX_POINTS };
  if (points === 0) return { ok: false, reason: 'zero', max: MAX_POINTS };
  if (points > MAX_POINTS) return { ok: false, reason: 'too-many', max: MAX_POINTS };
  return { ok: true, yesNo, maxPoints: points };
}

export type HoursCheck = { ok: true; hours: number | null } | { ok: false; max: number };

export function parseHours(raw: string): HoursCheck {
  const s = raw.trim();
  if (s === '' || s === '0' || s === '-') return { ok: true, hours: null };
  if (!/^\d{1,4}$/.test(s) || Number(s) > MAX_HOURS) return { ok: false, max: MAX_HOURS };
  return { ok: true, hours: Number(s) };
}

// ── dates ──────────────────────────────────────────────────────────────────

export interface Span {
  startsOn: Date;
  endsOn: Date;
}

export type SpanCheck = 'ok' | 'order' | 'outside';

/** A step's dates: in order and inside the project's. */
export function checkStepSpan(step: Span, project: Span): SpanCheck {
  if (step.endsOn < step.startsOn) return 'order';
  if (step.startsOn < project.startsOn || step.endsOn > project.endsOn) return 'outside';
  return 'ok';
}

/** Steps whose dates a new project span would leave outside it (named when the author moves the project). */
export function stepsOutside<S extends Span & { position: number }>(steps: readonly S[], project: Span): S[] {
  return steps.filter((s) => checkStepSpan(s, project) !== 'ok');
}

// ── the checks before review ───────────────────────────────────────────────

export interface DraftStep extends Span {
  position: number;
  title: string;
  description: string;
  materials: { title: string; url: string | null }[];
  checklist: { title: string; hint: string }[];
  criteria: { title: string; maxPoints: number; yesNo: boolean }[];
}

export interface DraftProject extends Span {
  title: string;
  summary: string;
  description: string;
  kind: string;
  level: string;
  guildCodes: readonly string[];
  steps: readonly DraftStep[];
}

export type DraftProblem =
  | { code: 'no-title' | 'no-summary' | 'no-guilds' | 'no-steps' | 'bad-kind' | 'bad-level' | 'project-dates' | 'too-many-steps' }
  | { code: 'field-too-long'; field: LimitedField; max: number; step?: number }
  | { code: 'step-no-checklist' | 'step-no-criteria' | 'step-dates-order' | 'step-dates-outside' | 'step-too-long'; step: number }
  | { code: 'criterion-points'; step: number; criterion: string };

const over = (field: LimitedField, value: string) => value.trim().length > LIMITS[field];

/** How long a step card would be, roughly: the card's own lines add about 40 characters each. */
export function stepCardLength(step: DraftStep): number {
  const lines = [step.title, step.description, ...step.materials.map((m) => `${m.title} ${m.url ?? ''}`), ...step.checklist.map((c) => `${c.title} ${c.hint}`), ...step.criteria.map((c) => c.title)];
  return lines.reduce((sum, line) => sum + line.length + 40, 200);
}

/** Every problem that keeps the draft from review, in the order the author would fix them. */
export function draftProblems(p: DraftProject): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!p.title.trim()) problems.push({ code: 'no-title' });
  if (!p.summary.trim()) problems.push({ code: 'no-summary' });
  for (const field of ['title', 'summary', 'description'] as const) if (over(field, p[field])) problems.push({ code: 'field-too-long', field, max: LIMITS[field] });
  if (!(PROJECT_KINDS as readonly string[]).includes(p.kind)) problems.push({ code: 'bad-kind' });
  if (!(PROJECT_LEVELS as readonly string[]).includes(p.level)) problems.push({ code: 'bad-level' });
  if (!p.guildCodes.length) problems.push({ code: 'no-guilds' });
  if (p.endsOn < p.startsOn) problems.push({ code: 'project-dates' });
  if (!p.steps.length) problems.push({ code: 'no-steps' });
  if (p.steps.length > MAX_STEPS) problems.push({ code: 'too-many-steps' });
  for (const s of p.steps) {
    const step = s.position;
    if (over('stepTitle', s.title)) problems.push({ code: 'field-too-long', field: 'stepTitle', max: LIMITS.stepTitle, step });
    if (over('task', s.description)) problems.push({ code: 'field-too-long', field: 'task', max: LIMITS.task, step });
    if (!s.checklist.length) problems.push({ code: 'step-no-checklist', step });
    if (!s.criteria.length) problems.push({ code: 'step-no-criteria', step });
    for (const c of s.criteria) if (!checkPoints(c.yesNo, c.maxPoints).ok) problems.push({ code: 'criterion-points', step, criterion: c.title });
    const span = checkStepSpan(s, p);
    if (span === 'order') problems.push({ code: 'step-dates-order', step });
    else if (span === 'outside' && p.endsOn >= p.startsOn) problems.push({ code: 'step-dates-outside', step });
    if (stepCardLength(s) > STEP_CARD_BUDGET) problems.push({ code: 'step-too-long', step });
  }
  return problems;
}

// ── moving things in a list ────────────────────────────────────────────────

/** The order after moving the element at `index` one place up (-1) or down (+1); unchanged at the ends. */
export function moved<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const out = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return out;
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** Which steps' dates moved (by position): enrolled people are told once per moved step. */
export function movedDates<S extends Span & { id: number }>(before: readonly S[], after: readonly S[]): number[] {
  return after
    .filter((a) => {
      const b = before.find((x) => x.id === a.id);
      return b !== undefined && (b.startsOn.getTime() !== a.startsOn.getTime() || b.endsOn.getTime() !== a.endsOn.getTime());
    })
    .map((a) => a.id);
}
