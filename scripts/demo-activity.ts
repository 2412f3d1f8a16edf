// Invented activity on top of `seedDemo` for screenshots and trying the admin view: more invented
// people in the demo institutions, two more projects, enrolments, hand-ins, grades and points over
// the past months. Deterministic (a seeded generator), never real people.
import type { Db } from '../src/db/client.ts';

const DAY = 86_400_000;

function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Соколов', 'Волков', 'Зайцев', 'Орлов', 'Лебедев', 'Медведев', 'Журавлёв', 'Голубев', 'Воробьёв', 'Соловьёв', 'Синицын', 'Кедров', 'Ельцов', 'Листопадов'];
const FEMALE = ['Анна', 'Мария', 'Ольга', 'Елена', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Юлия', 'Дарья'];
const MALE = ['Алексей', 'Дмитрий', 'Иван', 'Павел', 'Сергей', 'Максим', 'Артём'];
const PATRONYMIC_F = ['Андреевна', 'Сергеевна', 'Петровна', 'Игоревна', 'Олеговна', 'Викторовна'];
const PATRONYMIC_M = ['Викторович', 'Олегович', 'Николаевич', 'Андреевич', 'Ильич'];

const EXTRA_PROJECTS = [
  {
    title: 'Навигатор: карточки программ',
    summary: 'Обновить карточки своих программ в региональном Навигаторе по единым требованиям.',
    kind: 'build', level: 'regional', status: 'finished', guilds: ['teacher', 'methodologist'], directions: ['navigator'], offsetDays: [-170, -100],
    steps: [
      { title: 'Шаг 1. Аудит карточки', offsetDays: [-170, -140], criteria: [['Полнота аудита', 6], ['Список исправлений', 4]] },
      { title: 'Шаг 2. Обновлённая карточка', offsetDays: [-139, -100], criteria: [['Соответствие требованиям', 8], ['Качество описания', 6], ['Фото и медиа', 3]] },
    ],
  },
  {
    title: 'Сетевые программы: договор о сетевой форме',
    summary: 'Подготовить договор и план реализации программы в сетевой форме с партнёром.',
    kind: 'replicate', level: 'municipal', status: 'running', guilds: ['manager', 'methodologist'], directions: ['network'], offsetDays: [-75, 20],
    steps: [
      { title: 'Шаг 1. Выбор партнёра', offsetDays: [-75, -50], criteria: [['Обоснование выбора', 5]] },
      { title: 'Шаг 2. Проект договора', offsetDays: [-49, -15], criteria: [['Юридическая полнота', 7], ['Распределение ресурсов', 5]] },
      { title: 'Шаг 3. План реализации', offsetDays: [-14, 20], criteria: [['Реалистичность плана', 6], ['Показатели результата', 4]] },
    ],
  },
] as const;

export async function seedDemoActivity(db: Db, now: Date, people = 36): Promise<{ people: number; submissions: number }> {
  const random = generator(20261202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const guilds = new Map((await db.guild.findMany()).map((g) => [g.code, g.id]));
  const directions = new Map((await db.direction.findMany()).map((d) => [d.code, d.id]));
  const author = await db.userRole.findFirst({ where: { role: 'author' }, select: { userId: true } });
  const expert = await db.userRole.findFirst({ where: { role: 'expert' }, select: { userId: true } });
  for (const p of EXTRA_PROJECTS) {
    if (await db.project.findFirst({ where: { title: p.title }, select: { id: true } })) continue;
    await db.project.create({
      data: {
        title: p.title, summary: p.summary, description: p.summary, kind: p.kind, level: p.level, status: p.status,
        startsOn: at(p.offsetDays[0]), endsOn: at(p.offsetDays[1]), authorId: author?.userId ?? null,
        guilds: { create: p.guilds.filter((c) => guilds.has(c)).map((c) => ({ guildId: guilds.get(c)! })) },
        directions: { create: p.directions.filter((c) => directions.has(c)).map((c) => ({ directionId: directions.get(c)! })) },
        steps: {
          create: p.steps.map((s, i) => ({
            position: i + 1, title: s.title, startsOn: at(s.offsetDays[0]), endsOn: at(s.offsetDays[1]),
            checklist: { create: [{ position: 1, title: 'Результат шага', accepts: 'any' }] },
            criteria: { create: s.criteria.map(([title, maxPoints], j) => ({ position: j + 1, title, maxPoints })) },
          })),
        },
      },
    });
  }
  const places = await db.institution.findMany({ orderBy: { id: 'asc' }, select: { id: true, municipalityId: true } });
  // Institutions differ in how active their staff are, so their statuses differ.
  const zeal = places.map((_, i) => [0.95, 0.8, 0.55, 0.3, 0.1][i % 5]!);
  const userIds: { id: number; place: number }[] = [];
  for (let i = 0; i < people; i++) {
    const female = random() < 0.75;
    const surname = pick(SURNAMES);
    const fullName = female ? `${surname.replace(/ёв$/, 'ёва').replace(/ов$/, 'ова').replace(/ев$/, 'ева').replace(/ин$/, 'ина').replace(/ын$/, 'ына')} ${pick(FEMALE)} ${pick(PATRONYMIC_F)}` : `${surname} ${pick(MALE)} ${pick(PATRONYMIC_M)}`;
    const place = i % places.length;
    const telegramId = 9_000_100_000n + BigInt(i);
    const user = await db.user.upsert({
      where: { telegramId },
      create: { telegramId, fullName, locale: 'ru', registeredAt: at(-200 + Math.floor(random() * 60)), institutionId: places[place]!.id, municipalityId: places[place]!.municipalityId },
      update: {},
    });
    await db.userRole.upsert({ where: { userId_role: { userId: user.id, role: 'participant' } }, create: { userId: user.id, role: 'participant' }, update: {} });
    userIds.push({ id: user.id, place });
  }
  const projects = await db.project.findMany({
    where: { status: { in: ['running', 'finished'] } },
    select: {
      id: true,
      startsOn: true,
      steps: { orderBy: { position: 'asc' }, select: { id: true, startsOn: true, endsOn: true, checklist: { select: { id: true, accepts: true } }, criteria: { select: { id: true, maxPoints: true } } } },
    },
  });
  let submissions = 0;
  for (const { id: userId, place } of userIds) {
    for (const project of projects) {
      if (random() > zeal[place]! + 0.05) continue;
      const joinedAt = new Date(Math.min(project.startsOn.getTime() + random() * 10 * DAY, now.getTime() - DAY));
      const enrolment = await db.enrolment.upsert({ where: { userId_projectId: { userId, projectId: project.id } }, create: { userId, projectId: project.id, joinedAt }, update: {} });
      if (await db.submission.count({ where: { enrolmentId: enrolment.id } })) continue;
      let all = true;
      for (const step of project.steps) {
        const from = Math.max(step.startsOn.getTime(), joinedAt.getTime());
        const submittedAt = new Date(from + (1 + random() * 12) * DAY);
        if (submittedAt > now || random() > zeal[place]! + 0.1) {
          all = false;
          break;
        }
        const max = step.criteria.reduce((s, c) => s + c.maxPoints, 0);
        const accepted = random() > 0.15;
        const decidedAt = new Date(Math.min(submittedAt.getTime() + (0.5 + random() * 3) * DAY, now.getTime()));
        const points = step.criteria.map((c) => ({ criterionId: c.id, points: Math.round(c.maxPoints * (accepted ? 0.55 + random() * 0.45 : random() * 0.5)) }));
        const total = points.reduce((s, p) => s + p.points, 0);
        const sub = await db.submission.create({
          data: { enrolmentId: enrolment.id, stepId: step.id, attempt: 1, status: accepted ? 'accepted' : 'returned', submittedAt, decidedAt, createdAt: submittedAt },
        });
        submissions++;
        for (const item of step.checklist) {
          await db.submissionItem.create({
            data: item.accepts === 'link'
              ? { submissionId: sub.id, checklistItemId: item.id, kind: 'link', url: `https://school.example/materials/${sub.id}` }
              : item.accepts === 'text'
                ? { submissionId: sub.id, checklistItemId: item.id, kind: 'text', text: 'Занятие проведено со второй группой, материалы доработаны по итогам обсуждения.' }
                : { submissionId: sub.id, checklistItemId: item.id, kind: 'document', fileId: `demo-file-${sub.id}-${item.id}`, fileName: 'результат.pdf', mimeType: 'application/pdf' },
          });
        }
        if (expert) {
          const grade = await db.grade.create({
            data: {
              submissionId: sub.id, expertId: expert.userId, decision: accepted ? 'accepted' : 'returned', totalPoints: total, maxPoints: max, rubricVersion: 1,
              comment: accepted ? 'Работа принята.' : 'Доработайте, пожалуйста, по комментариям.', createdAt: decidedAt, updatedAt: decidedAt,
              criteria: { create: points },
              items: { create: step.checklist.map((item) => ({ checklistItemId: item.id, ok: accepted, comment: accepted ? '' : 'Не хватает описания этапов.' })) },
              tokens: accepted && random() > 0.6 ? { create: [{ tokenCode: 'quality' }] } : undefined,
            },
          });
          if (accepted) await db.pointsEntry.create({ data: { userId, gradeId: grade.id, reason: 'grade', points: total, createdAt: decidedAt } });
        }
        if (!accepted) {
          all = false;
          break;
        }
      }
      if (all && project.steps.length) await db.enrolment.update({ where: { id: enrolment.id }, data: { completedAt: now } });
    }
  }
  return { people, submissions };
}
