// Invented people and an accepted step result, as grading leaves them, for certificate and portfolio tests.
import type { Db } from '../../src/db/client.ts';
import type { GradeHooks, GradeSavedEvent } from '../../src/services/grade-hooks.ts';

export interface AcceptedStep {
  userId: number;
  expertId: number;
  projectId: number;
  stepId: number;
  enrolmentId: number;
  submissionId: number;
  gradeId: number;
}

export interface AcceptedStepOptions {
  telegramId: number;
  fullName?: string;
  institution?: string;
  project?: string;
  step?: string;
  kind?: 'replicate' | 'train' | 'find' | 'build';
  points?: number;
  maxPoints?: number;
  /** Reuse an existing project (another participant, or a second step). */
  projectId?: number;
  position?: number;
}

let expertSeq = 0;

export async function registeredUser(db: Db, telegramId: number, fullName: string, institution = 'МБУ ДО «Станция юных техников»'): Promise<number> {
  const municipality = await db.municipality.upsert({ where: { name: 'Город Северогорск' }, create: { name: 'Город Северогорск' }, update: {} });
  const inst = await db.institution.upsert({
    where: { municipalityId_name: { municipalityId: municipality.id, name: institution } },
    create: { municipalityId: municipality.id, name: institution },
    update: {},
  });
  const user = await db.user.upsert({
    where: { telegramId: BigInt(telegramId) },
    create: { telegramId: BigInt(telegramId), fullName, municipalityId: municipality.id, institutionId: inst.id, registeredAt: new Date('2026-05-01T00:00:00Z'), locale: 'ru' },
    update: { fullName, municipalityId: municipality.id, institutionId: inst.id, registeredAt: new Date('2026-05-01T00:00:00Z') },
  });
  await db.userRole.upsert({ where: { userId_role: { userId: user.id, role: 'participant' } }, create: { userId: user.id, role: 'participant' }, update: {} });
  return user.id;
}

export async function acceptedStep(db: Db, o: AcceptedStepOptions): Promise<AcceptedStep> {
  const userId = await registeredUser(db, o.telegramId, o.fullName ?? 'Снегирёва Анна Павловна', o.institution);
  const expert = await db.user.create({ data: { telegramId: BigInt(9_000_000 + ++expertSeq + Math.floor(Math.random() * 1_000_000)), fullName: 'Эксперт Тестовый', registeredAt: new Date() } });
  const projectId =
    o.projectId ??
    (
      await db.project.create({
        data: {
          title: o.project ?? 'Обучаем. Занятие в дистанте',
          summary: 'Дистанционное занятие по шаблону',
          kind: o.kind ?? 'train',
          level: 'regional',
          status: 'running',
          startsOn: new Date('2026-05-13T17:00:00Z'),
          endsOn: new Date('2026-05-31T16:59:00Z'),
        },
      })
    ).id;
  const step = await db.step.create({
    data: {
      projectId,
      position: o.position ?? 1,
      title: o.step ?? 'Обучаем. Занятие в дистанте. Шаг 1.',
      startsOn: new Date('2026-05-13T17:00:00Z'),
      endsOn: new Date('2026-05-31T16:59:00Z'),
    },
  });
  const enrolment = await db.enrolment.upsert({ where: { userId_projectId: { userId, projectId } }, create: { userId, projectId }, update: {} });
  const submission = await db.submission.create({
    data: { enrolmentId: enrolment.id, stepId: step.id, attempt: 1, status: 'accepted', submittedAt: new Date('2026-05-18T03:00:00Z'), decidedAt: new Date('2026-05-20T03:00:00Z') },
  });
  const grade = await db.grade.create({
    data: { submissionId: submission.id, expertId: expert.id, decision: 'accepted', totalPoints: o.points ?? 17, maxPoints: o.maxPoints ?? 19, rubricVersion: 1 },
  });
  await db.pointsEntry.create({ data: { userId, gradeId: grade.id, reason: 'grade', points: o.points ?? 17 } });
  return { userId, expertId: expert.id, projectId, stepId: step.id, enrolmentId: enrolment.id, submissionId: submission.id, gradeId: grade.id };
}

/** What grading does after saving: run the hooks inside the grade's transaction. */
export async function gradeSaved(db: Db, hooks: GradeHooks, s: AcceptedStep, now: Date, extra: Partial<GradeSavedEvent> = {}): Promise<void> {
  await db.$transaction((tx) =>
    hooks.afterGradeSaved(tx, {
      gradeId: s.gradeId, submissionId: s.submissionId, userId: s.userId, stepId: s.stepId, projectId: s.projectId,
      decision: 'accepted', pointsDelta: 17, correction: false, now, ...extra,
    }),
  );
}
