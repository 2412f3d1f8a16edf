// Changing a project's steps: add, reorder, delete, texts, dates, materials, checklist items and
// criteria. Two people editing one step at once are kept apart by the step's version: each change
// names the version it was made on, and the second of two changes made on the same one is refused.
import type { Tx } from '../../db/client.ts';
import { checkPoints, checkStepSpan, checkText, ITEM_ACCEPTS, MAX_CRITERIA, MAX_ITEMS, MAX_MATERIALS, MAX_STEPS, moved } from '../../domain/project-draft.ts';
import { isUniqueViolation } from '../../runtime/unique-violation.ts';
import { recordAudit } from '../audit.ts';
import { ServiceError } from '../users.ts';
import { actorOf, editableProject, touch, type AccessibleProject } from './access.ts';
import type { AuthoringDeps } from './deps.ts';
import { tellDatesMoved } from './notices.ts';
import { writeRubric, type CriterionData, type ItemData, type Wanted } from './rubric-write.ts';

export interface StepChange {
  stepId: number;
  /** The step's version after the change: the next change names it. */
  version: number;
  withdrawn: boolean;
  rubricVersion: number;
}

type StepRow = { id: number; projectId: number; position: number; title: string; version: number; rubricVersion: number; startsOn: Date; endsOn: Date };

function textOrThrow(field: Parameters<typeof checkText>[0], raw: string, optional = false): string {
  const checked = checkText(field, raw, optional);
  if (!checked.ok) throw new ServiceError(`authoring-err-${checked.reason}`, { max: checked.max });
  return checked.value;
}

export class StepEditor {
  constructor(private readonly deps: AuthoringDeps) {}

  /**
   * One change of a step, made on the version the person saw: the conditional version bump is the
   * lock — of two changes made on the same version exactly one matches, the other is told.
   */
  async #change(userId: number, stepId: number, expected: number, action: string, apply: (tx: Tx, step: StepRow, project: AccessibleProject, now: Date) => Promise<unknown>): Promise<StepChange> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const step = await tx.step.findUnique({ where: { id: stepId }, select: { id: true, projectId: true, position: true, title: true, version: true, rubricVersion: true, startsOn: true, endsOn: true } });
      if (!step) throw new ServiceError('authoring-err-step-gone');
      const actor = await actorOf(tx, userId);
      const project = await editableProject(tx, actor, step.projectId);
      const bumped = await tx.step.updateMany({ where: { id: stepId, version: expected }, data: { version: { increment: 1 } } });
      if (bumped.count !== 1) throw new ServiceError('authoring-err-conflict');
      const after = await apply(tx, step, project, now);
      const { withdrawn } = await touch(tx, project, now);
      if (!project.mine) await recordAudit(tx, { actorId: userId, action, entity: 'step', entityId: stepId, before: { version: expected }, after: { version: expected + 1, change: after ?? null } });
      // A deleted step has no version left to name.
      const fresh = await tx.step.findUnique({ where: { id: stepId }, select: { version: true, rubricVersion: true } });
      return { stepId, version: fresh?.version ?? 0, rubricVersion: fresh?.rubricVersion ?? 0, withdrawn };
    });
  }

  /** A new last step with the project's dates. */
  async addStep(userId: number, projectId: number, rawTitle: string): Promise<StepChange> {
    const title = textOrThrow('stepTitle', rawTitle);
    const now = this.deps.clock.now();
    try {
      return await this.deps.db.$transaction(async (tx) => {
        const actor = await actorOf(tx, userId);
        const project = await editableProject(tx, actor, projectId);
        const count = await tx.step.count({ where: { projectId } });
        if (count >= MAX_STEPS) throw new ServiceError('authoring-err-too-many', { max: MAX_STEPS });
        const step = await tx.step.create({ data: { projectId, position: count + 1, title, startsOn: project.startsOn, endsOn: project.endsOn } });
        const { withdrawn } = await touch(tx, project, now);
        if (!project.mine) await recordAudit(tx, { actorId: userId, action: 'step-add', entity: 'project', entityId: projectId, after: { stepId: step.id, title } });
        return { stepId: step.id, version: step.version, rubricVersion: step.rubricVersion, withdrawn };
      });
    } catch (error) {
      // Two steps added at the same moment take the same position: the second is told to look again.
      if (isUniqueViolation(error)) throw new ServiceError('authoring-err-conflict');
      throw error;
    }
  }

  setText(userId: number, stepId: number, expected: number, field: 'title' | 'task', raw: string): Promise<StepChange> {
    const value = textOrThrow(field === 'title' ? 'stepTitle' : 'task', raw, field === 'task');
    return this.#change(userId, stepId, expected, `step-${field}`, async (tx, step) => {
      await tx.step.update({ where: { id: step.id }, data: field === 'title' ? { title: value } : { description: value } });
      return { [field]: value };
    });
  }

  /** Dates inside the project's; people who still owe the step are told when they move. */
  setDates(userId: number, stepId: number, expected: number, startsOn: Date, endsOn: Date): Promise<StepChange> {
    return this.#change(userId, stepId, expected, 'step-dates', async (tx, step, project, now) => {
      const span = checkStepSpan({ startsOn, endsOn }, project);
      if (span === 'order') throw new ServiceError('authoring-err-dates-order');
      if (span === 'outside') throw new ServiceError('authoring-err-step-outside');
      await tx.step.update({ where: { id: step.id }, data: { startsOn, endsOn } });
      const movedDates = step.startsOn.getTime() !== startsOn.getTime() || step.endsOn.getTime() !== endsOn.getTime();
      if (movedDates && project.status !== 'draft') {
        await tellDatesMoved(this.deps, tx, { projectId: project.id, projectTitle: project.title, version: project.version + 1, stepId: step.id, stepTitle: step.title, startsOn, endsOn }, now);
      }
      return { startsOn, endsOn };
    });
  }

  /** Moves a step up or down. Refused once anyone has handed in work: "steps in order" depends on it. */
  move(userId: number, stepId: number, expected: number, direction: -1 | 1): Promise<StepChange> {
    return this.#change(userId, stepId, expected, 'step-move', async (tx, step, project) => {
      if (project.status !== 'draft' && (await tx.submission.count({ where: { step: { projectId: project.id }, submittedAt: { not: null } } }))) {
        throw new ServiceError('authoring-err-has-work');
      }
      const steps = await tx.step.findMany({ where: { projectId: project.id }, orderBy: { position: 'asc' }, select: { id: true } });
      const order = moved(steps, steps.findIndex((s) => s.id === step.id), direction);
      await this.#renumber(tx, order.map((s) => s.id));
      return { order: order.map((s) => s.id) };
    });
  }

  async #renumber(tx: Tx, ids: number[]): Promise<void> {
    // Out of the way first: the unique (project, position) index refuses a swap done row by row.
    for (const id of ids) await tx.step.update({ where: { id }, data: { position: -id } });
    for (const [i, id] of ids.entries()) await tx.step.update({ where: { id }, data: { position: i + 1 } });
  }

  /** Deletes a step of a draft, or of a launched project while nobody has handed in work for it. */
  async deleteStep(userId: number, stepId: number, expected: number): Promise<{ projectId: number; withdrawn: boolean }> {
    let projectId = 0;
    const change = await this.#change(userId, stepId, expected, 'step-delete', async (tx, step, project) => {
      projectId = project.id;
      if (await tx.submission.count({ where: { stepId: step.id } })) throw new ServiceError('authoring-err-has-work');
      await tx.step.delete({ where: { id: step.id } });
      const rest = await tx.step.findMany({ where: { projectId: project.id }, orderBy: { position: 'asc' }, select: { id: true } });
      await this.#renumber(tx, rest.map((s) => s.id));
      return { deleted: step.title };
    });
    return { projectId, withdrawn: change.withdrawn };
  }

  // ── materials ────────────────────────────────────────────────────────────

  addMaterial(userId: number, stepId: number, expected: number, material: { title: string; url?: string; fileId?: string }): Promise<StepChange> {
    const title = textOrThrow('materialTitle', material.title);
    const url = material.url?.trim();
    if (!material.fileId && (!url || !/^https?:\/\/\S+$/i.test(url))) return Promise.reject(new ServiceError('authoring-err-link'));
    if (url && url.length > 1000) return Promise.reject(new ServiceError('authoring-err-too-long', { max: 1000 }));
    return this.#change(userId, stepId, expected, 'step-material-add', async (tx, step) => {
      const count = await tx.stepMaterial.count({ where: { stepId: step.id } });
      if (count >= MAX_MATERIALS) throw new ServiceError('authoring-err-too-many', { max: MAX_MATERIALS });
      await tx.stepMaterial.create({ data: { stepId: step.id, position: count + 1, title, kind: material.fileId ? 'file' : 'link', url: material.fileId ? null : url!, fileId: material.fileId ?? null } });
      return { material: title };
    });
  }

  deleteMaterial(userId: number, stepId: number, expected: number, materialId: number): Promise<StepChange> {
    return this.#change(userId, stepId, expected, 'step-material-delete', async (tx, step) => {
      const rows = await tx.stepMaterial.findMany({ where: { stepId: step.id }, orderBy: { position: 'asc' } });
      if (!rows.some((r) => r.id === materialId)) throw new ServiceError('authoring-err-conflict');
      await tx.stepMaterial.delete({ where: { id: materialId } });
      const rest = rows.filter((r) => r.id !== materialId);
      for (const r of rest) await tx.stepMaterial.update({ where: { id: r.id }, data: { position: -r.id } });
      for (const [i, r] of rest.entries()) await tx.stepMaterial.update({ where: { id: r.id }, data: { position: i + 1 } });
      return { deleted: materialId };
    });
  }

  // ── checklist and criteria (versioned once work is handed in) ─────────────

  async #items(tx: Tx, stepId: number): Promise<Wanted<ItemData>[]> {
    const rows = await tx.checklistItem.findMany({ where: { stepId, untilVersion: null }, orderBy: { position: 'asc' } });
    return rows.map((r) => ({ id: r.id, data: { title: r.title, hint: r.hint, accepts: r.accepts, required: r.required } }));
  }

  async #criteria(tx: Tx, stepId: number): Promise<Wanted<CriterionData>[]> {
    const rows = await tx.criterion.findMany({ where: { stepId, untilVersion: null }, orderBy: { position: 'asc' } });
    return rows.map((r) => ({ id: r.id, data: { title: r.title, maxPoints: r.maxPoints, yesNo: r.yesNo } }));
  }

  /** Changes the checklist: `edit` gets the current list and returns the wanted one. */
  editChecklist(userId: number, stepId: number, expected: number, edit: (items: Wanted<ItemData>[]) => Wanted<ItemData>[]): Promise<StepChange> {
    return this.#change(userId, stepId, expected, 'step-checklist', async (tx, step) => {
      const wanted = edit(await this.#items(tx, step.id));
      if (wanted.length > MAX_ITEMS) throw new ServiceError('authoring-err-too-many', { max: MAX_ITEMS });
      for (const w of wanted) {
        w.data = { ...w.data, title: textOrThrow('itemTitle', w.data.title), hint: textOrThrow('hint', w.data.hint, true) };
        if (!(ITEM_ACCEPTS as readonly string[]).includes(w.data.accepts)) throw new ServiceError('authoring-err-bad-value');
      }
      const rubricVersion = await writeRubric(tx, step, 'checklist', wanted);
      return { checklist: wanted.map((w) => w.data), rubricVersion };
    });
  }

  editCriteria(userId: number, stepId: number, expected: number, edit: (criteria: Wanted<CriterionData>[]) => Wanted<CriterionData>[]): Promise<StepChange> {
    return this.#change(userId, stepId, expected, 'step-criteria', async (tx, step) => {
      const wanted = edit(await this.#criteria(tx, step.id));
      if (wanted.length > MAX_CRITERIA) throw new ServiceError('authoring-err-too-many', { max: MAX_CRITERIA });
      for (const w of wanted) {
        w.data = { ...w.data, title: textOrThrow('criterionTitle', w.data.title) };
        const points = checkPoints(w.data.yesNo, w.data.maxPoints);
        if (!points.ok) throw new ServiceError(`authoring-err-points-${points.reason}`, { max: points.max });
      }
      const rubricVersion = await writeRubric(tx, step, 'criteria', wanted);
      return { criteria: wanted.map((w) => w.data), rubricVersion };
    });
  }

  addItem(userId: number, stepId: number, expected: number, item: ItemData): Promise<StepChange> {
    return this.editChecklist(userId, stepId, expected, (items) => [...items, { id: null, data: item }]);
  }

  updateItem(userId: number, stepId: number, expected: number, itemId: number, patch: Partial<ItemData>): Promise<StepChange> {
    return this.editChecklist(userId, stepId, expected, (items) => {
      if (!items.some((i) => i.id === itemId)) throw new ServiceError('authoring-err-conflict');
      return items.map((i) => (i.id === itemId ? { id: i.id, data: { ...i.data, ...patch } } : i));
    });
  }

  deleteItem(userId: number, stepId: number, expected: number, itemId: number): Promise<StepChange> {
    return this.editChecklist(userId, stepId, expected, (items) => {
      if (!items.some((i) => i.id === itemId)) throw new ServiceError('authoring-err-conflict');
      return items.filter((i) => i.id !== itemId);
    });
  }

  addCriterion(userId: number, stepId: number, expected: number, criterion: CriterionData): Promise<StepChange> {
    return this.editCriteria(userId, stepId, expected, (list) => [...list, { id: null, data: criterion }]);
  }

  updateCriterion(userId: number, stepId: number, expected: number, criterionId: number, patch: Partial<CriterionData>): Promise<StepChange> {
    return this.editCriteria(userId, stepId, expected, (list) => {
      if (!list.some((c) => c.id === criterionId)) throw new ServiceError('authoring-err-conflict');
      return list.map((c) => (c.id === criterionId ? { id: c.id, data: { ...c.data, ...patch } } : c));
    });
  }

  deleteCriterion(userId: number, stepId: number, expected: number, criterionId: number): Promise<StepChange> {
    return this.editCriteria(userId, stepId, expected, (list) => {
      if (!list.some((c) => c.id === criterionId)) throw new ServiceError('authoring-err-conflict');
      return list.filter((c) => c.id !== criterionId);
    });
  }
}
