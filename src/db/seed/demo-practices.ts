// Invented published practices for the demo: accepted, highly graded hand-ins of invented
// participants on the demo projects, proposed by the demo moderator and consented to by their authors.
import type { Db } from '../client.ts';
import { buildSearchText } from '../../domain/practices.ts';

interface DemoPractice {
  title: string;
  author: { telegramId: bigint; fullName: string };
  project: string;
  step: number;
  /** Per checklist item, in order: a text or a link. */
  items: ({ text: string } | { url: string })[];
  /** Points per criterion, in order. */
  points: number[];
  tokens: string[];
  comment: string;
}

const DEMO_PRACTICES: DemoPractice[] = [
  {
    title: 'Робототехника в дистанте: пары в отдельных комнатах',
    author: { telegramId: 9_000_000_101n, fullName: 'Овсянкина Мария Олеговна' },
    project: 'Обучаем. Занятие в дистанте.',
    step: 1,
    items: [
      { url: 'https://example.org/demo/plan-lesson-robots' },
      { text: 'Сервисы: онлайн-доска для мозгового штурма, конструктор тестов, видеовстречи с комнатами для групп.' },
      { url: 'https://example.org/demo/materials-robots' },
      { text: 'Дистант удался: дети работали в парах в отдельных комнатах, итоговый тест прошли 14 из 15.' },
    ],
    points: [3, 2, 7, 2, 2, 5],
    tokens: ['quality', 'result'],
    comment: 'Образцовый план: берите за основу.',
  },
  {
    title: 'Театральная студия онлайн: этюды перед камерой',
    author: { telegramId: 9_000_000_102n, fullName: 'Глухарев Степан Ильич' },
    project: 'Обучаем. Занятие в дистанте.',
    step: 1,
    items: [
      { url: 'https://example.org/demo/plan-lesson-theatre' },
      { text: 'Видеовстречи, общий документ для сценария, голосование в чате.' },
      { url: 'https://example.org/demo/materials-theatre' },
      { text: 'Театральная студия в дистанте: этюды по ролям перед камерой, обсуждение записей.' },
    ],
    points: [3, 2, 6, 2, 2, 4],
    tokens: ['idea', 'humour'],
    comment: 'Смелая идея для творческого объединения.',
  },
  {
    title: 'Клуб юных экскурсоводов: маршрут по родному посёлку',
    author: { telegramId: 9_000_000_103n, fullName: 'Щеглова Дарья Викторовна' },
    project: 'Организуем. Клубное направление.',
    step: 1,
    items: [{ text: 'Клуб юных экскурсоводов: цель — маршрут по родному посёлку; встречи раз в неделю, итог — экскурсия для родителей.' }, { url: 'https://example.org/demo/club-space' }],
    points: [5, 4],
    tokens: ['design'],
    comment: 'Ясная цель и реалистичный план.',
  },
];

export async function seedDemoPractices(db: Db, now: Date): Promise<number> {
  const expert = await db.user.findUnique({ where: { telegramId: 9_000_000_002n }, select: { id: true } });
  const moderator = await db.user.findUnique({ where: { telegramId: 9_000_000_004n }, select: { id: true } });
  if (!expert || !moderator) return 0;
  let created = 0;
  for (const [n, d] of DEMO_PRACTICES.entries()) {
    const step = await db.step.findFirst({
      where: { position: d.step, project: { title: d.project } },
      include: { project: true, checklist: { orderBy: { position: 'asc' } }, criteria: { orderBy: { position: 'asc' } } },
    });
    if (!step) continue;
    const user = await db.user.upsert({
      where: { telegramId: d.author.telegramId },
      create: { telegramId: d.author.telegramId, fullName: d.author.fullName, locale: 'ru', registeredAt: now, roles: { create: { role: 'participant' } } },
      update: {},
    });
    const enrolment = await db.enrolment.upsert({ where: { userId_projectId: { userId: user.id, projectId: step.projectId } }, create: { userId: user.id, projectId: step.projectId }, update: {} });
    if (await db.submission.findFirst({ where: { enrolmentId: enrolment.id, stepId: step.id } })) continue;
    const at = new Date(now.getTime() - (n + 1) * 86_400_000);
    const title = d.title;
    await db.$transaction(async (tx) => {
      const sub = await tx.submission.create({
        data: { enrolmentId: enrolment.id, stepId: step.id, attempt: 1, status: 'accepted', rubricVersion: step.rubricVersion, submittedAt: at, decidedAt: at },
      });
      const items = step.checklist.map((c, i) => ({ checklistItem: c, spec: d.items[i] ?? { text: '—' } }));
      for (const { checklistItem, spec } of items) {
        await tx.submissionItem.create({ data: { submissionId: sub.id, checklistItemId: checklistItem.id, kind: 'url' in spec ? 'link' : 'text', ...('url' in spec ? { url: spec.url } : { text: spec.text }) } });
      }
      const total = step.criteria.reduce((sum, c, i) => sum + Math.min(c.maxPoints, d.points[i] ?? 0), 0);
      const max = step.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
      const grade = await tx.grade.create({
        data: {
          submissionId: sub.id, expertId: expert.id, decision: 'accepted', totalPoints: total, maxPoints: max, rubricVersion: step.rubricVersion, comment: d.comment,
          items: { create: step.checklist.map((c) => ({ checklistItemId: c.id, ok: true })) },
          criteria: { create: step.criteria.map((c, i) => ({ criterionId: c.id, points: Math.min(c.maxPoints, d.points[i] ?? 0) })) },
          tokens: { create: d.tokens.map((tokenCode) => ({ tokenCode })) },
        },
      });
      await tx.pointsEntry.create({ data: { userId: user.id, gradeId: grade.id, reason: 'grade', points: total } });
      await tx.practice.create({
        data: {
          submissionId: sub.id, userId: user.id, projectId: step.projectId, stepId: step.id, title, summary: step.project.summary, status: 'published',
          proposedById: moderator.id, proposedAt: at, consentAt: at, consentVia: 'bot', decidedAt: at,
          searchText: buildSearchText([title, step.project.summary, user.fullName, ...items.flatMap(({ checklistItem, spec }) => [checklistItem.title, 'text' in spec ? spec.text : null])]),
          items: { create: items.map(({ checklistItem, spec }, i) => ({ position: i + 1, title: checklistItem.title, kind: 'url' in spec ? 'link' : 'text', ...('url' in spec ? { url: spec.url } : { text: spec.text }) })) },
        },
      });
    });
    created++;
  }
  return created;
}
