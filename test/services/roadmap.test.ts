// The roadmap service on both databases: revisions copied and kept, edits to the newest only,
// progress from linked projects, links that survive revisions, every change audited once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/bot/i18n.ts';
import { seedReference } from '../../src/db/seed/seed.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { ServiceError } from '../../src/services/users.ts';
import { TestClock } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';
import { createPerson, createProject, enrol } from '../helpers/grading-fixtures.ts';

const row = (event: string, over: Partial<{ directionId: number | null; deadline: string; dueDate: string; responsible: string; resultForm: string }> = {}) => ({
  directionId: null,
  event,
  deadline: 'Март 2027',
  dueDate: '',
  responsible: 'РМЦ',
  resultForm: 'Отчёт',
  ...over,
});

const codeOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
};

for (const provider of databaseProviders) {
  describe(`roadmap service on ${provider}`, () => {
    let database: TestDatabase;
    let services: Services;
    let moderator: { id: number; roles: string[] };
    let author: { id: number; roles: string[] };
    let stranger: { id: number; roles: string[] };

    beforeAll(async () => {
      database = await createTestDatabase(provider);
      await seedReference(database.db);
      services = createServices({ db: database.db, clock: new TestClock(), translate: createTranslator('ru'), defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl: 'http://kodo.test' });
      moderator = { id: (await createPerson(database.db, { telegramId: 7001, fullName: 'Рябинин Денис Сергеевич', roles: ['moderator'] })).id, roles: ['participant', 'moderator'] };
      author = { id: (await createPerson(database.db, { telegramId: 7002, fullName: 'Ласточкина Вера Андреевна', roles: ['author'] })).id, roles: ['participant', 'author'] };
      stranger = { id: (await createPerson(database.db, { telegramId: 7003, fullName: 'Клёнов Игорь Ильич', roles: ['author'] })).id, roles: ['participant', 'author'] };
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('starts a year with an empty first revision, and a second press makes no second one', async () => {
      const first = await services.roadmap.createRevision(moderator, { year: 2027, quarter: 1, note: 'План', basedOn: null }, 'k:rev1');
      expect(first.kind).toBe('created');
      const again = await services.roadmap.createRevision(moderator, { year: 2027, quarter: 1, note: 'План', basedOn: null }, 'k:rev1-again');
      expect(again).toEqual({ kind: 'exists', revisionId: first.revisionId });
      expect(await database.db.roadmapRevision.count({ where: { year: 2027 } })).toBe(1);
    });

    it('adds a row once however many times the same form arrives, audited', async () => {
      const revisionId = (await services.roadmap.currentRevisionId())!;
      const a = await services.roadmap.addRow(moderator, revisionId, row('Курс для педагогов'), 'k:add1');
      const b = await services.roadmap.addRow(moderator, revisionId, row('Курс для педагогов'), 'k:add1');
      expect(a).not.toBeNull();
      expect(b).toBeNull();
      await services.roadmap.addRow(moderator, revisionId, row('Форум наставников', { dueDate: '2027-10-31' }), 'k:add2');
      const view = await services.roadmap.view(revisionId);
      expect(view!.rows.map((r) => r.event)).toEqual(['Курс для педагогов', 'Форум наставников']);
      expect(await database.db.auditLog.count({ where: { action: 'roadmap.row-add' } })).toBe(2);
    });

    it('adds one row when the same form arrives twice at the same moment', async () => {
      const revisionId = (await services.roadmap.currentRevisionId())!;
      const before = await database.db.roadmapItem.count({ where: { revisionId } });
      const results = await Promise.allSettled([0, 1].map(() => services.roadmap.addRow(moderator, revisionId, row('Семинар наставников'), 'k:twin')));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(await database.db.roadmapItem.count({ where: { revisionId } })).toBe(before + 1);
      const twin = await database.db.roadmapItem.findFirstOrThrow({ where: { revisionId, event: 'Семинар наставников' } });
      await database.db.roadmapItem.delete({ where: { id: twin.id } });
    });

    it('refuses a row without an event and a change by someone who is not a moderator, saving nothing', async () => {
      const revisionId = (await services.roadmap.currentRevisionId())!;
      expect(await codeOf(services.roadmap.addRow(moderator, revisionId, row('  '), 'k:bad'))).toBe('roadmap-err-event-empty');
      expect(await codeOf(services.roadmap.addRow(author, revisionId, row('Чужая правка'), 'k:author'))).toBe('need-role');
      expect((await services.roadmap.view(revisionId))!.rows).toHaveLength(2);
    });

    it('computes a row’s progress as the mean of its projects’ completion', async () => {
      const revisionId = (await services.roadmap.currentRevisionId())!;
      const [course] = (await services.roadmap.view(revisionId))!.rows;
      const p1 = await createProject(database.db, { authorId: author.id, title: 'Занятие в дистанте' });
      const p2 = await createProject(database.db, { authorId: author.id, title: 'Второй поток' });
      const ann = await createPerson(database.db, { telegramId: 7010, fullName: 'Снегирёва Анна Павловна' });
      const ivan = await createPerson(database.db, { telegramId: 7011, fullName: 'Соколов Иван Петрович' });
      const e1 = await enrol(database.db, ann.id, p1.projectId);
      await enrol(database.db, ivan.id, p1.projectId);
      // Accepted twice (a correction re-accepted it): still one accepted step.
      for (const attempt of [1, 2]) await database.db.submission.create({ data: { enrolmentId: e1, stepId: p1.stepId, attempt, status: 'accepted' } });
      expect(await services.roadmap.linkProject(author, course!.rowId, p1.projectId, 'k:link1')).toEqual({ changed: true });
      expect((await services.roadmap.view(revisionId))!.rows[0]!.progress).toBe(0.5);
      await services.roadmap.linkProject(author, course!.rowId, p2.projectId, 'k:link2');
      const rows = (await services.roadmap.view(revisionId))!.rows;
      expect(rows[0]!.progress).toBe(0.25);
      expect(rows[0]!.projects.map((p) => p.title)).toEqual(['Занятие в дистанте', 'Второй поток']);
      expect(rows[1]!.progress).toBeNull();
    });

    it('lets an author link only the projects they manage', async () => {
      const revisionId = (await services.roadmap.currentRevisionId())!;
      const [course] = (await services.roadmap.view(revisionId))!.rows;
      const p = await database.db.project.findFirstOrThrow({ where: { title: 'Второй поток' } });
      expect(await codeOf(services.roadmap.unlinkProject(stranger, p.id, 'k:steal'))).toBe('roadmap-err-not-yours');
      expect(await codeOf(services.roadmap.linkProject(stranger, course!.rowId, p.id, 'k:steal2'))).toBe('roadmap-err-not-yours');
      expect((await database.db.project.findUniqueOrThrow({ where: { id: p.id } })).roadmapRowId).toBe(course!.rowId);
      const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: 'roadmap.link', entityId: String(p.id) } });
      expect(audit).toMatchObject({ actorId: author.id, entity: 'project', before: { roadmapRowId: null }, after: { roadmapRowId: course!.rowId } });
    });

    it('copies the newest revision for a new quarter, keeps the old one read-only, and links carry over', async () => {
      const old = (await services.roadmap.currentRevisionId())!;
      const created = await services.roadmap.createRevision(moderator, { year: 2027, quarter: 2, note: 'II квартал', basedOn: old }, 'k:rev2');
      expect(created.kind).toBe('created');
      const fresh = (await services.roadmap.view(created.revisionId))!;
      const before = (await services.roadmap.view(old))!;
      expect(fresh.rows.map((r) => [r.rowId, r.event])).toEqual(before.rows.map((r) => [r.rowId, r.event]));
      expect(fresh.rows[0]!.progress).toBe(0.25);
      expect(fresh.revision.editable).toBe(true);
      expect(before.revision.editable).toBe(false);
      expect(await codeOf(services.roadmap.editRow(moderator, before.rows[0]!.itemId, row('Правка старой редакции'), 'k:old'))).toBe('roadmap-err-read-only');
      expect((await services.roadmap.view(old))!.rows[0]!.event).toBe('Курс для педагогов');
    });

    it('compares two revisions after an edit, a deletion and an addition, each audited with before and after', async () => {
      const [old, current] = (await services.roadmap.revisions()).filter((r) => r.year === 2027).reverse();
      const rows = (await services.roadmap.view(current!.id))!.rows;
      expect(await services.roadmap.editRow(moderator, rows[0]!.itemId, row('Курс для педагогов', { deadline: 'Апрель–июнь 2027' }), 'k:edit')).toEqual({ changed: true });
      expect(await services.roadmap.editRow(moderator, rows[0]!.itemId, row('Курс для педагогов', { deadline: 'Апрель–июнь 2027' }), 'k:edit')).toEqual({ changed: false });
      await services.roadmap.deleteRow(moderator, rows[1]!.itemId, 'k:del');
      await services.roadmap.deleteRow(moderator, rows[1]!.itemId, 'k:del');
      await services.roadmap.addRow(moderator, current!.id, row('Цифровое наставничество'), 'k:add3');
      const comparison = (await services.roadmap.compare(old!.id, current!.id))!;
      expect(comparison.diff.map((d) => d.kind)).toEqual(['changed', 'removed', 'added']);
      const edit = await database.db.auditLog.findFirstOrThrow({ where: { action: 'roadmap.row-edit' } });
      expect(edit).toMatchObject({ entity: 'roadmap-row', entityId: String(rows[0]!.rowId), before: { deadline: 'Март 2027' }, after: { deadline: 'Апрель–июнь 2027' } });
      expect(await database.db.auditLog.count({ where: { action: 'roadmap.row-delete' } })).toBe(1);
      // The row deleted from the newest revision is still in the old one, but takes no new projects.
      expect((await services.roadmap.view(old!.id))!.rows).toHaveLength(2);
      const late = await createProject(database.db, { authorId: author.id, title: 'Поздний проект' });
      expect(await codeOf(services.roadmap.linkProject(author, rows[1]!.rowId, late.projectId, 'k:late'))).toBe('roadmap-err-row-gone');
    });

    it('moves a row among the rows of its direction', async () => {
      const current = (await services.roadmap.currentRevisionId())!;
      await services.roadmap.addRow(moderator, current, row('Третья строка'), 'k:add4');
      const rows = (await services.roadmap.view(current))!.rows;
      expect(rows.map((r) => r.event)).toEqual(['Курс для педагогов', 'Цифровое наставничество', 'Третья строка']);
      await services.roadmap.moveRow(moderator, rows[2]!.itemId, -1, 'k:move');
      await services.roadmap.moveRow(moderator, rows[2]!.itemId, -1, 'k:move');
      expect((await services.roadmap.view(current))!.rows.map((r) => r.event)).toEqual(['Курс для педагогов', 'Третья строка', 'Цифровое наставничество']);
    });

    it('never lets an edit land in a revision that a new one has already copied, however the two meet', async () => {
      for (let round = 0; round < 6; round++) {
        const current = (await services.roadmap.currentRevisionId())!;
        const target = (await services.roadmap.view(current))!.rows[0]!;
        const [edit, created] = await Promise.all([
          codeOf(services.roadmap.editRow(moderator, target.itemId, row(`Правка ${round}`), `k:race-edit-${round}`)),
          services.roadmap.createRevision(moderator, { year: 2027, quarter: 1 + (round % 4), note: `Гонка ${round}`, basedOn: current }, `k:race-rev-${round}`),
        ]);
        expect(['ok', 'roadmap-err-read-only']).toContain(edit);
        expect(created.kind).toBe('created');
        const old = (await services.roadmap.view(current))!.rows.find((r) => r.rowId === target.rowId)!;
        const copy = (await services.roadmap.view(created.revisionId))!.rows.find((r) => r.rowId === target.rowId)!;
        // Either the edit came first and was copied, or it was refused: the two revisions agree.
        expect(copy.event).toBe(old.event);
        expect(old.event).toBe(edit === 'ok' ? `Правка ${round}` : target.event);
      }
    });
  });
}
