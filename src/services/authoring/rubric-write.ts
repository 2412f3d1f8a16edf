// Writes a step's checklist or criteria as a whole new list, keeping old rubric versions intact:
// once work has been handed in under the current version, a change opens the next version — rows
// that change are retired (untilVersion) and replaced by new ones, unchanged rows carry on — so
// grades made against the old version, and work handed in under it, keep the rubric they saw.
import type { Tx } from '../../db/client.ts';

export interface ItemData {
  title: string;
  hint: string;
  accepts: string;
  required: boolean;
}

export interface CriterionData {
  title: string;
  maxPoints: number;
  yesNo: boolean;
}

/** A row of the wanted list: an existing row (by id) with its data, or a new one (id null). */
export interface Wanted<D> {
  id: number | null;
  data: D;
}

type Row<D> = D & { id: number; position: number; sinceVersion: number };

/** Whether work was handed in under the step's current rubric version (then it may not change in place). */
async function frozen(tx: Tx, stepId: number, rubricVersion: number): Promise<boolean> {
  const n = await tx.submission.count({ where: { stepId, rubricVersion, submittedAt: { not: null } } });
  return n > 0;
}

const same = <D extends object>(a: D, b: D) => (Object.keys(b) as (keyof D)[]).every((k) => a[k] === b[k]);

/** The rubric version the step has after the write (bumped when work had been handed in under the old one). */
export async function writeRubric<K extends 'checklist' | 'criteria'>(
  tx: Tx,
  step: { id: number; rubricVersion: number },
  kind: K,
  wanted: Wanted<K extends 'checklist' ? ItemData : CriterionData>[],
): Promise<number> {
  type D = K extends 'checklist' ? ItemData : CriterionData;
  // The two tables have the same shape around the data; one delegate each.
  const table = (kind === 'checklist' ? tx.checklistItem : tx.criterion) as unknown as {
    findMany(args: object): Promise<Row<D>[]>;
    update(args: object): Promise<unknown>;
    create(args: object): Promise<unknown>;
    delete(args: object): Promise<unknown>;
  };
  const current = await table.findMany({ where: { stepId: step.id, untilVersion: null }, orderBy: { position: 'asc' } });
  const dataOf = (row: Row<D>): D => {
    if (kind === 'checklist') {
      const r = row as unknown as Row<ItemData>;
      return { title: r.title, hint: r.hint, accepts: r.accepts, required: r.required } as D;
    }
    const r = row as unknown as Row<CriterionData>;
    return { title: r.title, maxPoints: r.maxPoints, yesNo: r.yesNo } as D;
  };
  const unchanged =
    current.length === wanted.length && wanted.every((w, i) => w.id === current[i]!.id && same(dataOf(current[i]!), w.data));
  if (unchanged) return step.rubricVersion;

  let version = step.rubricVersion;
  if (await frozen(tx, step.id, version)) {
    version += 1;
    await tx.step.update({ where: { id: step.id }, data: { rubricVersion: version } });
  }
  const keep = new Set(wanted.map((w) => w.id).filter((id): id is number => id !== null));
  // Rows of this version may change in place; their positions are moved out of the way first, as
  // the unique (step, version, position) index would refuse a swap done row by row.
  for (const row of current) {
    if (row.sinceVersion === version) await table.update({ where: { id: row.id }, data: { position: -row.id } });
  }
  for (const row of current) {
    if (keep.has(row.id)) continue;
    if (row.sinceVersion === version) await table.delete({ where: { id: row.id } });
    else await table.update({ where: { id: row.id }, data: { untilVersion: version } });
  }
  let position = 0;
  for (const w of wanted) {
    position += 1;
    const row = w.id === null ? undefined : current.find((r) => r.id === w.id);
    if (!row) {
      await table.create({ data: { stepId: step.id, position, sinceVersion: version, ...w.data } });
    } else if (row.sinceVersion === version) {
      await table.update({ where: { id: row.id }, data: { position, ...w.data } });
    } else if (row.position !== position || !same(dataOf(row), w.data)) {
      await table.update({ where: { id: row.id }, data: { untilVersion: version } });
      await table.create({ data: { stepId: step.id, position, sinceVersion: version, ...w.data } });
    }
  }
  return version;
}
