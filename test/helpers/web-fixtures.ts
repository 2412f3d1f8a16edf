// The admin web view over a test database: people in every role, a project with a graded hand-in,
// a web server built on the same services, and sessions made without the bot for route tests.
import type { FastifyInstance } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.ts';
import type { Services } from '../../src/services/index.ts';
import { createTranslator } from '../../src/bot/i18n.ts';
import type { Clock } from '../../src/runtime/clock.ts';
import { createWebServer } from '../../src/web/server.ts';
import type { AdminDeps } from '../../src/web/admin/context.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from './grading-fixtures.ts';

export const TG = { participant: 5101, expert: 5102, analyst: 5103, moderator: 5104, author: 5105, admin: 5106 } as const;
export type Persona = keyof typeof TG;

export interface WebWorld {
  ids: Record<Persona, number>;
  project: ProjectFixture;
  submissionId: number;
  gradeId: number;
  /** A one-revision roadmap with two rows, the project linked to the first. */
  roadmap: { revisionId: number; itemId: number; spareItemId: number };
}

/** Everyone, a project by the author with the participant's accepted, graded hand-in. */
export async function webWorld(db: Db, services: Services, now: Date): Promise<WebWorld> {
  const municipality = await db.municipality.create({ data: { name: 'Город Северогорск' } });
  const institution = await db.institution.create({ data: { name: 'МБУ ДО «Дом творчества „Радуга“»', municipalityId: municipality.id } });
  const person = async (key: Persona, fullName: string, roles: string[]) => {
    const p = await createPerson(db, { telegramId: TG[key], fullName, roles, locale: 'ru' });
    await db.user.update({ where: { id: p.id }, data: { institutionId: institution.id, municipalityId: municipality.id } });
    return p.id;
  };
  const ids = {
    participant: await person('participant', 'Снегирёва Анна Павловна', []),
    expert: await person('expert', 'Берёзкин Олег Игоревич', ['expert']),
    analyst: await person('analyst', 'Клёнова Ирина Львовна', ['analyst']),
    moderator: await person('moderator', 'Рябинин Денис Сергеевич', ['moderator']),
    author: await person('author', 'Ласточкина Вера Андреевна', ['author']),
    admin: await person('admin', 'Соболев Пётр Ильич', ['admin']),
  };
  const project = await createProject(db, { authorId: ids.author, guildCodes: ['teacher'] });
  await assignExpert(db, project.projectId, ids.expert);
  const enrolmentId = await enrol(db, ids.participant, project.projectId);
  const submissionId = await submitWork(db, project, enrolmentId, { submittedAt: new Date(now.getTime() - 86_400_000), items: fullWork('w') });
  await services.grading.claim(ids.expert, submissionId);
  const { gradeId } = await services.grading.saveGrade(
    ids.expert,
    submissionId,
    {
      items: project.itemIds.map((id) => ({ checklistItemId: id, ok: true, comment: '' })),
      criteria: project.criterionIds.map((id, i) => ({ criterionId: id, points: [3, 0, 7, 2, 2, 5][i]! })),
      tokens: ['quality'],
      comment: 'Хороший план',
      decision: 'accepted',
      overrideReason: null,
    },
    'test:grade',
  );
  const revision = await db.roadmapRevision.create({ data: { year: 2026, quarter: 4, number: 1, createdById: ids.moderator } });
  const item = async (position: number, event: string) => {
    const row = await db.roadmapRow.create({ data: { year: 2026 } });
    const created = await db.roadmapItem.create({ data: { revisionId: revision.id, rowId: row.id, position, event, deadline: 'Ноябрь–декабрь 2026', responsible: 'РМЦ', resultForm: 'Планы занятий' } });
    return { itemId: created.id, rowId: row.id };
  };
  const first = await item(1, 'Курс «Занятие в дистанте»');
  const spare = await item(2, 'Семинар для МОЦ');
  await db.project.update({ where: { id: project.projectId }, data: { roadmapRowId: first.rowId } });
  return { ids, project, submissionId, gradeId, roadmap: { revisionId: revision.id, itemId: first.itemId, spareItemId: spare.itemId } };
}

export function adminDeps(services: Services, clock: Clock, publicUrl = 'http://kodo.test') {
  return { services, translate: createTranslator('ru'), clock, defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl, loginWidget: null };
}

export async function startWeb(db: Db, services: Services, clock: Clock, extra: Partial<AdminDeps> = {}): Promise<{ web: FastifyInstance; baseUrl: string }> {
  const web = createWebServer({ db, admin: { ...adminDeps(services, clock), ...extra } });
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  return { web, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** A session straight in the table (as a login would make), for route tests of any persona. */
export async function sessionFor(db: Db, userId: number, now: Date): Promise<{ cookie: string; csrf: string }> {
  const id = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  await db.webSession.create({
    data: { idHash: createHash('sha256').update(id).digest('hex'), userId, csrfToken: csrf, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3_600_000) },
  });
  return { cookie: `kodo_session=${id}`, csrf };
}
