// Rules of the participant journey: which projects the catalogue lists and how, who may join,
// when a step's results may be handed in, and what state each step is in for the person.
import { daysUntil, localDateOf, zoneOffsetMs } from './local-days.ts';

export const PROJECT_STATUSES = ['draft', 'published', 'running', 'finished'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_FILTERS = ['open', 'finished', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The guild «Любая»: a project carrying it is for everyone, a person holding it fits every project. */
export const ANY_GUILD = 'any';

export type OtherGuildsPolicy = 'confirm' | 'refuse';

// ── catalogue ──────────────────────────────────────────────────────────────

export interface ProjectFacts {
  status: string;
  startsOn: Date;
  endsOn: Date;
  deletedAt: Date | null;
}

export interface ListedProject extends ProjectFacts {
  id: number;
  title: string;
  guildCodes: string[];
  directionCodes: string[];
  /** The steps' windows, for when work is accepted (a list built without them shows no intake). */
  steps?: readonly IntakeStep[];
  /** What the project aims at (PROJECT_KINDS) and its level (PROJECT_LEVELS). */
  kind?: string;
  level?: string;
}

/** The seed's «Тиражирование / Обучение кадров / Выявление / Разработка», in that order. */
export const PROJECT_KINDS = ['replicate', 'train', 'find', 'build'] as const;
export const PROJECT_LEVELS = ['municipal', 'regional'] as const;

/** Drafts and deleted projects exist only for their authors and moderators. */
export function isVisible(project: Pick<ProjectFacts, 'status' | 'deletedAt'>): boolean {
  return project.deletedAt === null && project.status !== 'draft';
}

/**
 * Finished when the author says so, or once its last day (local calendar day) is over: an author
 * who forgets to close a project must not leave it "open" in the catalogue for years.
 */
export function isFinished(project: Pick<ProjectFacts, 'status' | 'endsOn'>, now: Date, timeZone: string): boolean {
  return project.status === 'finished' || daysUntil(now, project.endsOn, timeZone) < 0;
}

export type ProjectPhase = 'upcoming' | 'running' | 'finished';

/** What the participant is told: starts soon, under way, or over (dates win over a stale status). */
export function projectPhase(project: Pick<ProjectFacts, 'status' | 'startsOn' | 'endsOn'>, now: Date, timeZone: string): ProjectPhase {
  if (isFinished(project, now, timeZone)) return 'finished';
  if (project.status === 'running' || daysUntil(now, project.startsOn, timeZone) <= 0) return 'running';
  return 'upcoming';
}

/** open = published or running (and not over by its dates); finished; all. */
export function matchesStatus(project: Pick<ProjectFacts, 'status' | 'endsOn'>, filter: StatusFilter, now: Date, timeZone: string): boolean {
  if (filter === 'all') return true;
  const finished = isFinished(project, now, timeZone);
  return filter === 'finished' ? finished : !finished;
}

/** The first instant of the next local month: "up to the current month" lists projects starting before it. */
export function startOfNextMonth(now: Date, timeZone: string): Date {
  const local = localDateOf(now, timeZone);
  const year = local.month === 12 ? local.year + 1 : local.year;
  const month = local.month === 12 ? 1 : local.month + 1;
  return localMidnight(year, month, 1, timeZone);
}

/** UTC instant of 00:00 local time on the given day (two passes settle offsets that change at that day). */
function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const target = Date.UTC(year, month - 1, day);
  let guess = target;
  for (let i = 0; i < 2; i++) guess = target - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

export interface CatalogueFilter {
  /** Guild codes; empty means every guild. */
  guildCodes: string[];
  /** A direction code, or null for every direction. */
  directionCode: string | null;
  status: StatusFilter;
  /** Only projects starting before the next month begins. */
  uptoCurrentMonth: boolean;
  /** A project kind, or null/absent for every kind. */
  projectKind?: string | null;
  /** A level, or null/absent for both. */
  level?: string | null;
}

/**
 * A project fits the chosen guilds when it shares one of them or is for everyone («Любая»);
 * choosing «Любая» yourself, or no guild at all, means every guild.
 */
export function matchesGuilds(projectGuilds: readonly string[], chosen: readonly string[]): boolean {
  if (chosen.length === 0 || chosen.includes(ANY_GUILD) || projectGuilds.includes(ANY_GUILD)) return true;
  return projectGuilds.some((g) => chosen.includes(g));
}

/** Whether a person with these guilds is someone the project is meant for. */
export function fitsGuilds(projectGuilds: readonly string[], personGuilds: readonly string[]): boolean {
  if (projectGuilds.length === 0 || projectGuilds.includes(ANY_GUILD) || personGuilds.includes(ANY_GUILD)) return true;
  return projectGuilds.some((g) => personGuilds.includes(g));
}

export function matchesFilter(project: ListedProject, filter: CatalogueFilter, now: Date, timeZone: string): boolean {
  return matches(project, filter, now, timeZone, filter.uptoCurrentMonth ? startOfNextMonth(now, timeZone).getTime() : Number.POSITIVE_INFINITY);
}

function matches(project: ListedProject, filter: CatalogueFilter, now: Date, timeZone: string, startsBefore: number): boolean {
  if (!isVisible(project)) return false;
  if (!matchesStatus(project, filter.status, now, timeZone)) return false;
  if (project.startsOn.getTime() >= startsBefore) return false;
  if (filter.directionCode !== null && !project.directionCodes.includes(filter.directionCode)) return false;
  if (filter.projectKind && project.kind !== filter.projectKind) return false;
  if (filter.level && project.level !== filter.level) return false;
  return matchesGuilds(project.guildCodes, filter.guildCodes);
}

// ── intake: when a project takes work ─────────────────────────────────────

export interface IntakeStep {
  position: number;
  startsOn: Date;
  endsOn: Date;
}

/**
 * When the project takes work, as the catalogue line tells it: a step accepting now (until the end
 * of `until`'s local day), else the next step to open, else closed (every step's window is over
 * while the project is not); none for a finished project or one without steps.
 */
export type Intake =
  | { kind: 'accepting'; position: number; until: Date }
  | { kind: 'opens'; position: number; on: Date }
  | { kind: 'closed' }
  | { kind: 'none' };

/**
 * Windows are whole local days, as for handing in (canSubmit). Of several steps open at once the one
 * closing first is named — its deadline is the one a newcomer must not miss; of several to come, the
 * one opening first.
 */
export function projectIntake(project: Pick<ListedProject, 'status' | 'endsOn' | 'steps'>, now: Date, timeZone: string): Intake {
  const steps = project.steps ?? [];
  if (steps.length === 0 || isFinished(project, now, timeZone)) return { kind: 'none' };
  let open: IntakeStep | null = null;
  let next: IntakeStep | null = null;
  for (const step of steps) {
    if (daysUntil(now, step.startsOn, timeZone) > 0) {
      if (!next || step.startsOn.getTime() < next.startsOn.getTime() || (step.startsOn.getTime() === next.startsOn.getTime() && step.position < next.position)) next = step;
    } else if (daysUntil(now, step.endsOn, timeZone) >= 0) {
      if (!open || step.endsOn.getTime() < open.endsOn.getTime() || (step.endsOn.getTime() === open.endsOn.getTime() && step.position < open.position)) open = step;
    }
  }
  if (open) return { kind: 'accepting', position: open.position, until: open.endsOn };
  if (next) return { kind: 'opens', position: next.position, on: next.startsOn };
  return { kind: 'closed' };
}

/** The catalogue's sections, in order: taking work now, other open projects, finished ones. */
export type ListingSection = 'accepting' | 'open' | 'finished';
const SECTION_ORDER: Record<ListingSection, number> = { accepting: 0, open: 1, finished: 2 };

export function listingSection(project: Pick<ListedProject, 'status' | 'endsOn' | 'steps'>, now: Date, timeZone: string): ListingSection {
  if (isFinished(project, now, timeZone)) return 'finished';
  return projectIntake(project, now, timeZone).kind === 'accepting' ? 'accepting' : 'open';
}

/**
 * The listing's order: projects that take work now first (a newcomer's first pick should be one
 * they can act on), then the other open ones, then the finished; newest first within each.
 */
export function catalogueOrder<T extends ListedProject>(projects: readonly T[], now: Date, timeZone: string): { project: T; section: ListingSection }[] {
  const keyed = projects.map((project) => ({ project, section: listingSection(project, now, timeZone) }));
  keyed.sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || b.project.startsOn.getTime() - a.project.startsOn.getTime() || b.project.id - a.project.id);
  return keyed;
}

/** Newest first, as the original platform lists them: by start, then the later-created first. */
export function newestFirst<T extends { id: number; startsOn: Date }>(projects: readonly T[]): T[] {
  return [...projects].sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime() || b.id - a.id);
}

export interface MonthGroup<T> {
  year: number;
  month: number; // 1–12
  /** Any instant inside the month (for formatting the heading). */
  sample: Date;
  items: T[];
  /** The listing section the group belongs to (set by cataloguePage). */
  section?: ListingSection;
}

/**
 * Consecutive projects of the same local start month under one heading, order kept; with `sectionOf`,
 * a new section starts a new group even in the same month.
 */
export function groupByMonth<T extends { startsOn: Date }>(items: readonly T[], timeZone: string, sectionOf?: (item: T) => ListingSection): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const { year, month } = localDateOf(item.startsOn, timeZone);
    const section = sectionOf?.(item);
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month && last.section === section) last.items.push(item);
    else groups.push({ year, month, sample: item.startsOn, items: [item], ...(section ? { section } : {}) });
  }
  return groups;
}

export interface Page<T> {
  /** Zero-based, clamped into range. */
  page: number;
  pages: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(Number.isFinite(page) ? Math.trunc(page) : 0, 0), pages - 1);
  return { page: current, pages, total: items.length, items: items.slice(current * pageSize, (current + 1) * pageSize) };
}

/**
 * The whole catalogue view: filter, order (taking work now first), one page, grouped by section and
 * month. `sectioned` says whether the listing holds more than one section, so that headings for
 * sections are shown only when they tell something apart.
 */
export function cataloguePage(
  projects: readonly ListedProject[],
  filter: CatalogueFilter,
  page: number,
  pageSize: number,
  now: Date,
  timeZone: string,
): Page<ListedProject> & { groups: MonthGroup<ListedProject>[]; sectioned: boolean } {
  const startsBefore = filter.uptoCurrentMonth ? startOfNextMonth(now, timeZone).getTime() : Number.POSITIVE_INFINITY;
  const ordered = catalogueOrder(projects.filter((p) => matches(p, filter, now, timeZone, startsBefore)), now, timeZone);
  const sections = new Map(ordered.map((o) => [o.project, o.section]));
  const result = paginate(ordered.map((o) => o.project), page, pageSize);
  const sectioned = new Set(sections.values()).size > 1;
  return { ...result, groups: groupByMonth(result.items, timeZone, (p) => sections.get(p)!), sectioned };
}

// ── joining ────────────────────────────────────────────────────────────────

export interface JoinableProject extends Pick<ProjectFacts, 'status' | 'endsOn' | 'deletedAt'> {
  guildCodes: readonly string[];
  otherGuildsPolicy: string;
}

export type JoinCheck = 'ok' | 'already' | 'unavailable' | 'finished' | 'other-guilds-confirm' | 'other-guilds-refused';

/**
 * Whether the person may join now. A project for other guilds is visible to everyone; joining it
 * asks for confirmation or is refused, as the project says (`confirmed` = the person has agreed).
 */
export function canJoin(
  project: JoinableProject,
  personGuilds: readonly string[],
  enrolled: boolean,
  now: Date,
  timeZone: string,
  confirmed = false,
): JoinCheck {
  if (!isVisible(project)) return 'unavailable';
  if (enrolled) return 'already';
  if (isFinished(project, now, timeZone)) return 'finished';
  if (fitsGuilds(project.guildCodes, personGuilds)) return 'ok';
  if (project.otherGuildsPolicy === 'refuse') return 'other-guilds-refused';
  return confirmed ? 'ok' : 'other-guilds-confirm';
}

// ── steps ──────────────────────────────────────────────────────────────────

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

export type StepState =
  | { kind: 'not-started' }
  | { kind: 'draft'; attempt: number }
  | { kind: 'on-review'; attempt: number }
  | { kind: 'returned'; attempt: number }
  | { kind: 'accepted'; attempt: number; points: number; maxPoints: number };

export interface SubmissionFacts {
  attempt: number;
  status: string;
  /** Grade.totalPoints / Grade.maxPoints when graded. */
  points?: number | null;
  maxPoints?: number | null;
}

/** The person's state of one step, from all their attempts at it: the latest attempt decides. */
export function stepState(submissions: readonly SubmissionFacts[]): StepState {
  let latest: SubmissionFacts | undefined;
  for (const s of submissions) if (!latest || s.attempt > latest.attempt) latest = s;
  if (!latest) return { kind: 'not-started' };
  const attempt = latest.attempt;
  switch (latest.status) {
    case 'draft':
      return { kind: 'draft', attempt };
    case 'submitted':
      return { kind: 'on-review', attempt };
    case 'returned':
      return { kind: 'returned', attempt };
    case 'accepted':
      return { kind: 'accepted', attempt, points: latest.points ?? 0, maxPoints: latest.maxPoints ?? 0 };
    default:
      return { kind: 'not-started' };
  }
}

/** Handed in: waiting for an expert or accepted. A draft or a returned step still needs the person. */
export function isHandedIn(state: StepState): boolean {
  return state.kind === 'on-review' || state.kind === 'accepted';
}

export interface SubmittableStep {
  startsOn: Date;
  endsOn: Date;
}

export interface SubmittableProject extends Pick<ProjectFacts, 'status' | 'deletedAt'> {
  allowLateWork: boolean;
  stepsInOrder: boolean;
}

export type SubmitCheck = 'ok' | 'unavailable' | 'project-finished' | 'not-started' | 'deadline-passed' | 'previous-step-first';

/**
 * Whether results of `step` may be handed in now. Dates are whole local days: a step "14 May – 31 May"
 * accepts work from the start of 14 May to the end of 31 May. `previousSteps` are the person's
 * states of the steps before this one; with steps in order each must be handed in first.
 * A project the author has closed takes nothing more, late work or not.
 */
export function canSubmit(
  step: SubmittableStep,
  project: SubmittableProject,
  previousSteps: readonly StepState[],
  now: Date,
  timeZone: string,
): SubmitCheck {
  if (!isVisible(project)) return 'unavailable';
  if (project.status === 'finished') return 'project-finished';
  if (daysUntil(now, step.startsOn, timeZone) > 0) return 'not-started';
  if (!project.allowLateWork && daysUntil(now, step.endsOn, timeZone) < 0) return 'deadline-passed';
  if (project.stepsInOrder && !previousSteps.every(isHandedIn)) return 'previous-step-first';
  return 'ok';
}

/** Which submit button the step card shows for a state (none while on review or once accepted). */
export function submitAction(state: StepState): 'start' | 'continue' | 'resubmit' | null {
  switch (state.kind) {
    case 'not-started':
      return 'start';
    case 'draft':
      return 'continue';
    case 'returned':
      return 'resubmit';
    default:
      return null;
  }
}

export type Deadline = { kind: 'days'; days: number } | { kind: 'today' } | { kind: 'passed'; days: number };

/** Days left until the end of the deadline's local day. */
export function deadlineInfo(endsOn: Date, now: Date, timeZone: string): Deadline {
  const days = daysUntil(now, endsOn, timeZone);
  if (days > 0) return { kind: 'days', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'passed', days: -days };
}

export interface TrackedStep {
  endsOn: Date;
  state: StepState;
}

/**
 * The deadline that matters next: the earliest end among steps still needing the person and not
 * yet past; null when nothing is pending.
 */
export function nextDeadline(steps: readonly TrackedStep[], now: Date, timeZone: string): Date | null {
  let best: Date | null = null;
  for (const step of steps) {
    if (isHandedIn(step.state) || daysUntil(now, step.endsOn, timeZone) < 0) continue;
    if (!best || step.endsOn.getTime() < best.getTime()) best = step.endsOn;
  }
  return best;
}

/** /my: projects with the nearest pending deadline first; those with nothing pending after them. */
export function byNearestDeadline<T extends { id: number; steps: readonly TrackedStep[] }>(projects: readonly T[], now: Date, timeZone: string): T[] {
  const keyed = projects.map((p) => ({ p, next: nextDeadline(p.steps, now, timeZone)?.getTime() ?? Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => a.next - b.next || b.p.id - a.p.id);
  return keyed.map((k) => k.p);
}
