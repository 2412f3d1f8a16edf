// Which checklist items and criteria make up a step's rubric at a given version: rows carry the
// versions they belong to (sinceVersion ≤ v < untilVersion), so work handed in under an older
// rubric is graded — and its grade shown — against that rubric.
export interface VersionedRow {
  sinceVersion: number;
  untilVersion: number | null;
}

export const inVersion = (row: VersionedRow, version: number): boolean => row.sinceVersion <= version && (row.untilVersion === null || row.untilVersion > version);

/** The current rubric's rows (Prisma `where`). */
export const currentRubricRows = { untilVersion: null } as const;

/** The step as it was at `version`: its checklist and criteria of that version, and that version number. */
export function rubricAt<S extends { rubricVersion: number; checklist: VersionedRow[]; criteria: VersionedRow[] }>(step: S, version: number): S {
  return { ...step, rubricVersion: version, checklist: step.checklist.filter((r) => inVersion(r, version)), criteria: step.criteria.filter((r) => inVersion(r, version)) };
}
