// An invented regional roadmap for demos and tests: a year's plan in four directions, its second
// quarter's revision with a few changes, and demo projects linked to rows.
import type { Db } from '../client.ts';

interface DemoRow {
  key: string;
  direction: string;
  event: string;
  deadline: string;
  due: string | null;
  responsible: string;
  resultForm: string;
}

const FIRST: DemoRow[] = [
  { key: 'distance-course', direction: 'distance', event: 'Курс «Занятие в дистанте» для педагогов дополнительного образования', deadline: 'Февраль–апрель {year}', due: '04-30', responsible: 'РМЦ, методический отдел', resultForm: 'Планы занятий, сертификаты участников' },
  { key: 'distance-library', direction: 'distance', event: 'Сборник дистанционных занятий по направленностям', deadline: 'Май {year}', due: '05-31', responsible: 'РМЦ', resultForm: 'Электронный сборник' },
  { key: 'distance-webinars', direction: 'distance', event: 'Серия вебинаров для муниципальных опорных центров', deadline: 'Ежеквартально', due: null, responsible: 'РМЦ, МОЦ', resultForm: 'Записи вебинаров, листы регистрации' },
  { key: 'mentor-school', direction: 'mentoring', event: 'Школа молодого педагога: пары наставник — наставляемый', deadline: 'Март–ноябрь {year}', due: '11-30', responsible: 'МОЦ Северогорска', resultForm: 'Индивидуальные планы развития' },
  { key: 'mentor-forum', direction: 'mentoring', event: 'Региональный форум наставников', deadline: 'Октябрь {year}', due: '10-31', responsible: 'РМЦ', resultForm: 'Резолюция форума' },
  { key: 'network-map', direction: 'network', event: 'Карта сетевых партнёров учреждений дополнительного образования', deadline: 'Январь–март {year}', due: '03-31', responsible: 'МОЦ', resultForm: 'Реестр партнёров' },
  { key: 'network-programmes', direction: 'network', event: 'Разработка сетевых дополнительных общеобразовательных программ', deadline: 'Апрель–октябрь {year}', due: '10-31', responsible: 'Учреждения ДО, МОЦ', resultForm: 'Программы, договоры о сетевой форме' },
  { key: 'network-seminar', direction: 'network', event: 'Семинар-практикум «Сетевое взаимодействие как ресурс развития»', deadline: 'Июнь {year}', due: '06-30', responsible: 'РМЦ', resultForm: 'Методические рекомендации' },
  { key: 'review-panel', direction: 'programme-review', event: 'Экспертиза программ, включаемых в реестр сертифицированных', deadline: 'Август–сентябрь {year}', due: '09-30', responsible: 'Экспертный совет РМЦ', resultForm: 'Экспертные заключения' },
  { key: 'review-monitoring', direction: 'programme-review', event: 'Мониторинг качества дополнительных общеобразовательных программ', deadline: 'Ноябрь–декабрь {year}', due: '12-20', responsible: 'РМЦ, ЦОПМКП', resultForm: 'Аналитическая справка' },
];

/** The second quarter's changes: one row moved later, one handed over, one dropped, one added. */
const SECOND_CHANGES: { key: string; change: Partial<DemoRow> | 'removed' }[] = [
  { key: 'distance-library', change: { deadline: 'Май–июнь {year}', due: '06-30' } },
  { key: 'mentor-forum', change: { responsible: 'РМЦ, Совет наставников' } },
  { key: 'network-seminar', change: 'removed' },
];
const SECOND_ADDED: DemoRow = { key: 'mentor-digital', direction: 'mentoring', event: 'Цифровое наставничество: сопровождение педагогов отдалённых сёл', deadline: 'Июль–декабрь {year}', due: '12-25', responsible: 'МОЦ, РМЦ', resultForm: 'Отчёт о сопровождении, кейсы' };

/** Demo projects (by title) and the plan rows they implement. */
const LINKS: [string, string][] = [
  ['Обучаем. Занятие в дистанте.', 'distance-course'],
  ['Наставничество: школа молодого педагога', 'mentor-school'],
  ['Организуем. Клубное направление.', 'network-programmes'],
];

/** Seeds the plan of `year` once (nothing when the year already has a revision). */
export async function seedDemoRoadmap(db: Db, year: number, createdById: number | null): Promise<{ revisions: number }> {
  if (await db.roadmapRevision.findFirst({ where: { year }, select: { id: true } })) return { revisions: 0 };
  const directions = new Map((await db.direction.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  const due = (md: string | null) => (md ? new Date(`${year}-${md}T00:00:00Z`) : null);
  const fields = (r: DemoRow) => ({ directionId: directions.get(r.direction) ?? null, event: r.event, deadline: r.deadline.replace('{year}', String(year)), dueDate: due(r.due), responsible: r.responsible, resultForm: r.resultForm });
  await db.$transaction(async (tx) => {
    const first = await tx.roadmapRevision.create({ data: { year, quarter: 1, number: 1, note: 'План на год', createdById, createdAt: new Date(Date.UTC(year, 0, 15)) } });
    const rows = new Map<string, number>();
    for (const [i, r] of FIRST.entries()) {
      const row = await tx.roadmapRow.create({ data: { year } });
      rows.set(r.key, row.id);
      await tx.roadmapItem.create({ data: { ...fields(r), revisionId: first.id, rowId: row.id, position: i + 1 } });
    }
    const second = await tx.roadmapRevision.create({ data: { year, quarter: 2, number: 2, note: 'Корректировка II квартала', createdById, createdAt: new Date(Date.UTC(year, 3, 10)) } });
    for (const [i, r] of FIRST.entries()) {
      const change = SECOND_CHANGES.find((c) => c.key === r.key)?.change;
      if (change === 'removed') continue;
      await tx.roadmapItem.create({ data: { ...fields({ ...r, ...change }), revisionId: second.id, rowId: rows.get(r.key)!, position: i + 1 } });
    }
    const added = await tx.roadmapRow.create({ data: { year } });
    rows.set(SECOND_ADDED.key, added.id);
    await tx.roadmapItem.create({ data: { ...fields(SECOND_ADDED), revisionId: second.id, rowId: added.id, position: FIRST.length + 1 } });
    for (const [title, key] of LINKS) {
      const project = await tx.project.findFirst({ where: { title, roadmapRowId: null }, select: { id: true } });
      if (project) await tx.project.update({ where: { id: project.id }, data: { roadmapRowId: rows.get(key)! } });
    }
  });
  return { revisions: 2 };
}
