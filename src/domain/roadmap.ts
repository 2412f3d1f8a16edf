// The roadmap's rules: a row's progress from its projects, what changed between two revisions,
// which rows are overdue, and what a row must hold. Pure: no database, no clock (now is passed in).

/** What one linked project has done so far, as counted by the service. */
export interface ProjectTally {
  projectId: number;
  /** Steps of the project. */
  steps: number;
  /** People enrolled. */
  enrolled: number;
  /** Accepted (person, step) pairs: each person's step counts once however many attempts it took. */
  accepted: number;
}

/**
 * A project's completion: accepted (person, step) pairs out of all it asks for, enrolled × steps.
 * A project nobody has joined yet (or without steps) has done nothing: 0.
 */
export function projectCompletion(p: ProjectTally): number {
  const owed = p.enrolled * p.steps;
  if (owed <= 0) return 0;
  return Math.min(1, Math.max(0, p.accepted / owed));
}

/**
 * A row's progress: the plain mean of its projects' completion, so each project that implements
 * the row weighs the same whatever its size (a small municipal pilot counts as much as a regional
 * course). null when no project is linked: the row is not measured, which is not the same as 0.
 */
export function rowProgress(projects: readonly ProjectTally[]): number | null {
  if (projects.length === 0) return null;
  return projects.reduce((sum, p) => sum + projectCompletion(p), 0) / projects.length;
}

/** The fields of a row that a revision may change (rowId is the row's identity across revisions). */
export interface RoadmapRowFields {
  rowId: number;
  position: number;
  directionId: number | null;
  event: string;
  deadline: string;
  /** A calendar date (midnight UTC of that day) or null. */
  dueDate: Date | null;
  responsible: string;
  resultForm: string;
}

export const COMPARED_FIELDS = ['directionId', 'event', 'deadline', 'dueDate', 'responsible', 'resultForm'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string | number | null;
  after: string | number | null;
}

export type RowDiff =
  | { kind: 'added'; rowId: number; after: RoadmapRowFields }
  | { kind: 'removed'; rowId: number; before: RoadmapRowFields }
  | { kind: 'changed'; rowId: number; before: RoadmapRowFields; after: RoadmapRowFields; changes: FieldChange[]; moved: boolean }
  | { kind: 'same'; rowId: number; before: RoadmapRowFields; after: RoadmapRowFields; moved: boolean };

const comparable = (value: string | number | Date | null): string | number | null => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/**
 * Row by row, matched by identity: added, removed, changed (with each changed field) or the same;
 * `moved` when only its place in the order differs (relative order, so a row inserted above does
 * not mark every row below it as moved). In the newer revision's order, removed rows where they were.
 */
export function diffRevisions(from: readonly RoadmapRowFields[], to: readonly RoadmapRowFields[]): RowDiff[] {
  const before = new Map(from.map((r) => [r.rowId, r]));
  const after = new Map(to.map((r) => [r.rowId, r]));
  const keptOld = [...from].sort((a, b) => a.position - b.position).filter((r) => after.has(r.rowId)).map((r) => r.rowId);
  const keptNew = [...to].sort((a, b) => a.position - b.position).filter((r) => before.has(r.rowId)).map((r) => r.rowId);
  const movedIds = movedRows(keptOld, keptNew);
  const out: RowDiff[] = [];
  for (const row of [...to].sort((a, b) => a.position - b.position)) {
    const old = before.get(row.rowId);
    if (!old) {
      out.push({ kind: 'added', rowId: row.rowId, after: row });
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of COMPARED_FIELDS) {
      const a = comparable(old[field]);
      const b = comparable(row[field]);
      if (a !== b) changes.push({ field, before: a, after: b });
    }
    const moved = movedIds.has(row.rowId);
    out.push(changes.length ? { kind: 'changed', rowId: row.rowId, before: old, after: row, changes, moved } : { kind: 'same', rowId: row.rowId, before: old, after: row, moved });
  }
  // Removed rows go after the row that preceded them in the older revision.
  const sortedOld = [...from].sort((a, b) => a.position - b.position);
  sortedOld.forEach((row, i) => {
    if (after.has(row.rowId)) return;
    const removed: RowDiff = { kind: 'removed', rowId: row.rowId, before: row };
    let anchor = -1;
    for (let j = i - 1; j >= 0 && anchor < 0; j--) anchor = out.findIndex((d) => d.rowId === sortedOld[j]!.rowId);
    out.splice(anchor + 1, 0, removed);
  });
  return out;
}

/** Rows outside a longest common subsequence of the two orders: the fewest rows that moved. */
function movedRows(a: readonly number[], b: readonly number[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const stay = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      stay.add(a[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(a.filter((id) => !stay.has(id)));
}

/** Counts for the compare page's summary line. */
export function diffSummary(diff: readonly RowDiff[]): { added: number; removed: number; changed: number; moved: number } {
  return {
    added: diff.filter((d) => d.kind === 'added').length,
    removed: diff.filter((d) => d.kind === 'removed').length,
    changed: diff.filter((d) => d.kind === 'changed').length,
    moved: diff.filter((d) => (d.kind === 'changed' || d.kind === 'same') && d.moved).length,
  };
}

/** The local calendar day number (days since 1970-01-01) of `now`, computed by the caller's zone. */
export type DayNumber = number;

/** Overdue: its due day has passed (in the region's calendar) and its projects have not finished it. */
export function isOverdue(dueDate: Date | null, progress: number | null, today: DayNumber): boolean {
  if (!dueDate) return false;
  const due = Math.floor(dueDate.getTime() / 86_400_000);
  return due < today && (progress === null || progress < 1);
}

export const ROADMAP_LIMITS = { event: 1000, deadline: 120, responsible: 300, resultForm: 600 } as const;

export interface RowInput {
  directionId: number | null;
  event: string;
  deadline: string;
  /** YYYY-MM-DD (a date field) or DD.MM.YYYY, or empty. */
  dueDate: string;
  responsible: string;
  resultForm: string;
}

export type CheckedRow = Omit<RoadmapRowFields, 'rowId' | 'position'>;

/** Locale keys of the problems, or the row as it will be stored (spaces trimmed, a real date). */
export function checkRow(input: RowInput): { ok: true; value: CheckedRow } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const event = clean(input.event);
  const deadline = clean(input.deadline);
  const responsible = clean(input.responsible);
  const resultForm = clean(input.resultForm);
  if (!event) problems.push('roadmap-err-event-empty');
  else if (event.length > ROADMAP_LIMITS.event) problems.push('roadmap-err-event-long');
  if (!deadline) problems.push('roadmap-err-deadline-empty');
  else if (deadline.length > ROADMAP_LIMITS.deadline) problems.push('roadmap-err-deadline-long');
  if (!responsible) problems.push('roadmap-err-responsible-empty');
  else if (responsible.length > ROADMAP_LIMITS.responsible) problems.push('roadmap-err-responsible-long');
  if (resultForm.length > ROADMAP_LIMITS.resultForm) problems.push('roadmap-err-result-long');
  const due = parseDueDate(input.dueDate);
  if (due === undefined) problems.push('roadmap-err-due-date');
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { directionId: input.directionId, event, deadline, dueDate: due ?? null, responsible, resultForm } };
}

/** null for empty, undefined for text that is not a real calendar date. */
export function parseDueDate(text: string): Date | null | undefined {
  const s = text.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : ru ? [+ru[3]!, +ru[2]!, +ru[1]!] : [0, 0, 0];
  if (!y) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100) return undefined;
  return date;
}

/** The quarter (1–4) of a calendar month. */
export const quarterOfMonth = (month: number) => Math.floor((month - 1) / 3) + 1;

/** A page of `size` rows; a page past the end is null (a stale or forged button). */
export function pageBounds(total: number, page: number, size: number): { from: number; to: number; pages: number } | null {
  const pages = Math.max(1, Math.ceil(total / size));
  if (!Number.isInteger(page) || page < 0 || page >= pages) return null;
  return { from: page * size, to: Math.min(total, (page + 1) * size), pages };
}

/** A text progress bar for chat: ▰▰▰▱▱ 60 %. */
export function progressBar(progress: number, cells = 10): string {
  const full = Math.round(Math.min(1, Math.max(0, progress)) * cells);
  return '▰'.repeat(full) + '▱'.repeat(cells - full);
}
