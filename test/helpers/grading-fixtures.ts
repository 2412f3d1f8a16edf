// Invented people, a project with the source's example step (4 checklist items, 6 criteria) and
// handed-in submissions, written straight into the database for grading tests.
import type { Db } from '../../src/db/client.ts';

export interface PersonSpec {
  telegramId: number;
  fullName: string;
  roles?: string[];
  locale?: string;
}

export async function createPerson(db: Db, p: PersonSpec): Promise<{ id: number; telegramId: number }> {
  const user = await db.user.create({
    data: {
      telegramId: BigInt(p.telegramId),
      username: `u${p.telegramId}`,
      fullName: p.fullName,
      locale: p.locale ?? null,
      registeredAt: new Date('2026-11-01T00:00:00Z'),
      roles: { create: ['participant', ...(p.roles ?? [])].map((role) => ({ role })) },
    },
  });
  return { id: user.id, telegramId: p.telegramId };
}

export const CHECKLIST = [
  { title: 'План занятия по шаблону', accepts: 'file' },
  { title: 'Фото доски с этапами занятия', accepts: 'file' },
  { title: 'Ссылка на материалы для обучающихся', accepts: 'link' },
  { title: 'Краткий самоанализ', accepts: 'text' },
] as const;

export const CRITERIA = [
  { title: 'Наличие плана занятия', maxPoints: 3, yesNo: true },
  { title: 'Наличие приложения с используемыми сервисами', maxPoints: 2, yesNo: true },
  { title: 'Полнота содержания плана занятия', maxPoints: 7, yesNo: false },
  { title: 'Соблюдение требований к оформлению', maxPoints: 2, yesNo: false },
  { title: 'Технологии соответствуют типу занятия', maxPoints: 2, yesNo: false },
  { title: 'План соответствует шаблону', maxPoints: 5, yesNo: false },
] as const;

export interface ProjectFixture {
  projectId: number;
  stepId: number;
  itemIds: number[];
  criterionIds: number[];
}

export async function createProject(db: Db, opts: { authorId?: number; title?: string; guildCodes?: string[]; status?: string } = {}): Promise<ProjectFixture> {
  const guilds = opts.guildCodes?.length ? await db.guild.findMany({ where: { code: { in: opts.guildCodes } } }) : [];
  const project = await db.project.create({
    data: {
      title: opts.title ?? 'Обучаем. Занятие в дистанте.',
      summary: 'Адаптировать занятие программы в дистанционный формат.',
      kind: 'train',
      level: 'regional',
      status: opts.status ?? 'running',
      startsOn: new Date('2026-11-01T00:00:00Z'),
      endsOn: new Date('2026-12-31T00:00:00Z'),
      authorId: opts.authorId ?? null,
      guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      steps: {
        create: {
          position: 1,
          title: 'План дистанционного занятия',
          startsOn: new Date('2026-11-01T00:00:00Z'),
          endsOn: new Date('2026-12-31T00:00:00Z'),
          rubricVersion: 2,
          checklist: { create: CHECKLIST.map((c, i) => ({ position: i + 1, title: c.title, accepts: c.accepts })) },
          criteria: { create: CRITERIA.map((c, i) => ({ position: i + 1, ...c })) },
        },
      },
    },
    include: { steps: { include: { checklist: { orderBy: { position: 'asc' } }, criteria: { orderBy: { position: 'asc' } } } } },
  });
  const step = project.steps[0]!;
  return { projectId: project.id, stepId: step.id, itemIds: step.checklist.map((c) => c.id), criterionIds: step.criteria.map((c) => c.id) };
}

export async function assignExpert(db: Db, projectId: number, userId: number): Promise<void> {
  await db.projectExpert.create({ data: { projectId, userId } });
}

export async function enrol(db: Db, userId: number, projectId: number): Promise<number> {
  return (await db.enrolment.create({ data: { userId, projectId } })).id;
}

export type ItemSpec =
  | { kind: 'document'; fileId: string; fileName: string }
  | { kind: 'photo'; fileId: string }
  | { kind: 'link'; url: string }
  | { kind: 'text'; text: string }
  /** Carried over unchanged from the same item of an earlier attempt. */
  | { kind: 'carry'; fromSubmissionId: number };

export function fullWork(tag: string): ItemSpec[] {
  return [
    { kind: 'document', fileId: `BQACAgIAAxk_plan_${tag}`, fileName: 'plan.pdf' },
    { kind: 'photo', fileId: `AgACAgIAAxk_board_${tag}` },
    { kind: 'link', url: `https://school.example/materials/${tag}?a=1&b=2` },
    { kind: 'text', text: 'Занятие прошло в Zoom, <дети> работали в группах.' },
  ];
}

/** A submission sent for review (status submitted, open key held) with one item per checklist entry. */
export async function submitWork(
  db: Db,
  f: ProjectFixture,
  enrolmentId: number,
  opts: { attempt?: number; submittedAt: Date; items: ItemSpec[] },
): Promise<number> {
  const sub = await db.submission.create({
    data: {
      enrolmentId,
      stepId: f.stepId,
      attempt: opts.attempt ?? 1,
      status: 'submitted',
      openKey: `${enrolmentId}:${f.stepId}`,
      submittedAt: opts.submittedAt,
      createdAt: opts.submittedAt,
      // Handed in under the step's rubric of the moment.
      rubricVersion: (await db.step.findUniqueOrThrow({ where: { id: f.stepId }, select: { rubricVersion: true } })).rubricVersion,
    },
  });
  for (const [i, spec] of opts.items.entries()) {
    const checklistItemId = f.itemIds[i]!;
    if (spec.kind === 'carry') {
      const from = await db.submissionItem.findUniqueOrThrow({ where: { submissionId_checklistItemId: { submissionId: spec.fromSubmissionId, checklistItemId } } });
      const { id, submissionId, createdAt, ...copy } = from;
      void submissionId;
      void createdAt;
      await db.submissionItem.create({ data: { ...copy, submissionId: sub.id, carriedFromId: id } });
      continue;
    }
    await db.submissionItem.create({
      data: {
        submissionId: sub.id,
        checklistItemId,
        kind: spec.kind,
        fileId: 'fileId' in spec ? spec.fileId : null,
        fileName: 'fileName' in spec ? spec.fileName : null,
        url: 'url' in spec ? spec.url : null,
        text: 'text' in spec ? spec.text : null,
      },
    });
  }
  return sub.id;
}
