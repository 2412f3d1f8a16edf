// Changing a running project's checklist or criteria after work was handed in: a new rubric version
// for new work, while work handed in before is graded — and its grade kept — against the old one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GradeDraft } from '../../src/domain/grading.ts';
import { createHarness, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';

describe.each(databaseProviders)('rubric versions on %s', (provider) => {
  let h: Harness;
  let f: ProjectFixture;
  let ids: { author: number; expert: number; first: number; second: number };

  beforeEach(async () => {
    h = await createHarness(provider);
    ids = {
      author: (await createPerson(h.db, { telegramId: 6101, fullName: 'Ковалёва Анна', roles: ['author'] })).id,
      expert: (await createPerson(h.db, { telegramId: 6102, fullName: 'Лисицын Пётр', roles: ['expert'] })).id,
      first: (await createPerson(h.db, { telegramId: 6103, fullName: 'Синицына Ольга' })).id,
      second: (await createPerson(h.db, { telegramId: 6104, fullName: 'Щеглов Андрей' })).id,
    };
    f = await createProject(h.db, { authorId: ids.author });
    await assignExpert(h.db, f.projectId, ids.expert);
  });
  afterEach(async () => h.close());

  const draftFor = (itemIds: number[], criterionIds: number[], points: number[]): GradeDraft => ({
    items: itemIds.map((id) => ({ checklistItemId: id, ok: true, comment: '' })),
    criteria: criterionIds.map((id, i) => ({ criterionId: id, points: points[i]! })),
    tokens: [],
    comment: '',
    decision: 'accepted',
    overrideReason: null,
  });

  it('keeps the old rubric for work handed in before a change and its grade, and uses the new one for new work', async () => {
    const { grading, authoring, catalogue } = h.services;
    const at = h.clock.now();
    const graded = await submitWork(h.db, f, await enrol(h.db, ids.first, f.projectId), { submittedAt: at, items: fullWork('a') });
    const waiting = await submitWork(h.db, f, await enrol(h.db, ids.second, f.projectId), { submittedAt: at, items: fullWork('b') });
    await grading.claim(ids.expert, graded);
    await grading.saveGrade(ids.expert, graded, draftFor(f.itemIds, f.criterionIds, [3, 2, 7, 2, 2, 5]), 'update:1');

    // The author raises «Полнота содержания» from 7 to 10 and drops the self-analysis item.
    const step = await h.db.step.findUniqueOrThrow({ where: { id: f.stepId } });
    const changed = await authoring.steps.updateCriterion(ids.author, f.stepId, step.version, f.criterionIds[2]!, { maxPoints: 10 });
    const dropped = await authoring.steps.deleteItem(ids.author, f.stepId, changed.version, f.itemIds[3]!);
    expect(changed.rubricVersion).toBe(step.rubricVersion + 1);
    // Both changes came before any work under the new version: one new version, not two.
    expect(dropped.rubricVersion).toBe(changed.rubricVersion);

    // The saved grade still names the rubric it was made against.
    const grade = await h.db.grade.findUniqueOrThrow({ where: { submissionId: graded }, include: { criteria: true } });
    expect(grade).toMatchObject({ rubricVersion: step.rubricVersion, maxPoints: 21, totalPoints: 21 });
    expect(grade.criteria.map((c) => c.criterionId).sort()).toEqual([...f.criterionIds].sort());

    // Work handed in before the change is graded against the old rubric.
    await grading.claim(ids.expert, waiting);
    const oldView = await grading.view(ids.expert, waiting);
    expect(oldView.items).toHaveLength(4);
    expect(oldView.criteria.find((c) => c.position === 3)!.maxPoints).toBe(7);
    const saved = await grading.saveGrade(ids.expert, waiting, draftFor(f.itemIds, f.criterionIds, [3, 2, 7, 2, 2, 5]), 'update:2');
    expect(saved).toMatchObject({ total: 21, max: 21 });
    expect((await h.db.grade.findUniqueOrThrow({ where: { submissionId: waiting } })).rubricVersion).toBe(step.rubricVersion);

    // A participant now sees the new rubric, and new work is graded against it.
    const card = (await catalogue.stepCard(f.stepId, ids.first))!;
    expect(card.checklist).toHaveLength(3);
    expect(card.maxPoints).toBe(24);
    const fresh = await authoring.read.step(ids.author, f.stepId);
    expect(fresh.criteria.find((c) => c.position === 3)!.maxPoints).toBe(10);
    expect(await h.db.criterion.count({ where: { stepId: f.stepId } })).toBe(7);
    expect(await h.db.checklistItem.count({ where: { stepId: f.stepId, untilVersion: { not: null } } })).toBe(1);
  });

  it('edits the rubric in place while no work has been handed in under it', async () => {
    // A step whose rows all belong to its only version, and no work handed in yet.
    const step = await h.db.step.update({ where: { id: f.stepId }, data: { rubricVersion: 1 } });
    const r = await h.services.authoring.steps.updateCriterion(ids.author, f.stepId, step.version, f.criterionIds[0]!, { title: 'План занятия есть' });
    expect(r.rubricVersion).toBe(step.rubricVersion);
    expect(await h.db.criterion.count({ where: { stepId: f.stepId } })).toBe(6);
  });
});
