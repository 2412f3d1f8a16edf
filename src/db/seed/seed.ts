// Idempotent seeding: reference data always, invented demo projects and people on request.
import type { Db } from '../client.ts';
import type { ItemAccepts } from '../../domain/submission-rules.ts';
import { BADGES, DIRECTIONS, GUILDS, LEVELS, QUESTS, TOKENS } from './reference-data.ts';
import { seedDemoRoadmap } from './roadmap-demo.ts';
import { seedDemoPractices } from './demo-practices.ts';

export async function seedReference(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [sort, [code, nameRu, nameEn]] of GUILDS.entries()) {
      await tx.guild.upsert({ where: { code }, create: { code, nameRu, nameEn, sort }, update: { nameRu, nameEn, sort } });
    }
    for (const [sort, [code, nameRu, nameEn]] of DIRECTIONS.entries()) {
      await tx.direction.upsert({ where: { code }, create: { code, nameRu, nameEn, sort }, update: { nameRu, nameEn, sort } });
    }
    for (const [sort, [code, nameRu, nameEn]] of TOKENS.entries()) {
      await tx.token.upsert({ where: { code }, create: { code, nameRu, nameEn, sort }, update: { nameRu, nameEn, sort } });
    }
    for (const [minPoints, nameRu, nameEn] of LEVELS) {
      await tx.level.upsert({ where: { minPoints }, create: { minPoints, nameRu, nameEn }, update: {} });
    }
    // Existing badges keep their (possibly moderator-tuned) rules; only missing ones are added.
    for (const [sort, b] of BADGES.entries()) {
      await tx.badge.upsert({ where: { code: b.code }, create: { ...b, rule: b.rule, sort }, update: {} });
    }
    for (const [sort, q] of QUESTS.entries()) {
      await tx.quest.upsert({ where: { code: q.code }, create: { ...q, definition: q.definition, sort }, update: {} });
    }
  });
}

const DAY = 86_400_000;

interface DemoStep {
  title: string;
  description: string;
  offsetDays: [number, number];
  checklist: { title: string; accepts: ItemAccepts; hint?: string }[];
  criteria: { title: string; maxPoints: number; yesNo?: boolean }[];
}

interface DemoProject {
  title: string;
  summary: string;
  kind: 'replicate' | 'train' | 'find' | 'build';
  level: 'municipal' | 'regional';
  status: 'published' | 'running' | 'finished';
  guilds: string[];
  directions: string[];
  offsetDays: [number, number];
  steps: DemoStep[];
}

const LESSON_CRITERIA = [
  { title: 'Наличие плана занятия', maxPoints: 3, yesNo: true },
  { title: 'Наличие приложения с используемыми сервисами', maxPoints: 2, yesNo: true },
  { title: 'Полнота содержания плана занятия', maxPoints: 7 },
  { title: 'Соблюдение требований к оформлению результатов', maxPoints: 2 },
  { title: 'Соответствие выбранных технологий типу и содержанию занятия, их разнообразие', maxPoints: 2 },
  { title: 'Соответствие плана занятия шаблону оформления', maxPoints: 5 },
];

const DEMO_PROJECTS: DemoProject[] = [
  {
    title: 'Обучаем. Занятие в дистанте.',
    summary: 'Адаптировать занятие (тип — подача нового материала) реализуемой программы дополнительного образования в дистанционный формат.',
    kind: 'train', level: 'regional', status: 'running',
    guilds: ['teacher', 'methodologist'], directions: ['distance'], offsetDays: [-10, 50],
    steps: [
      {
        title: 'Шаг 1. План дистанционного занятия',
        description: 'Выберите занятие своей программы и составьте план его проведения в дистанте по шаблону.',
        offsetDays: [-10, 8],
        checklist: [
          { title: 'План занятия по шаблону', accepts: 'file', hint: 'PDF или DOCX' },
          { title: 'Приложение с подборкой используемых сервисов', accepts: 'any' },
          { title: 'Ссылка на материалы для обучающихся', accepts: 'link' },
          { title: 'Краткий самоанализ', accepts: 'text' },
        ],
        criteria: LESSON_CRITERIA,
      },
      {
        title: 'Шаг 2. Тематический блок программы',
        description: 'Разработайте тематический блок программы в дистанционной форме и занятия в его рамках.',
        offsetDays: [9, 50],
        checklist: [
          { title: 'Тематический блок программы', accepts: 'file' },
          { title: 'Ссылка на размещённые занятия', accepts: 'link' },
        ],
        criteria: [
          { title: 'Полнота тематического блока', maxPoints: 10 },
          { title: 'Разнообразие форм работы', maxPoints: 5 },
          { title: 'Занятия размещены и доступны', maxPoints: 3, yesNo: true },
        ],
      },
    ],
  },
  {
    title: 'Организуем. Клубное направление.',
    summary: 'Создание клубного направления в дополнительном образовании с последующим открытием клубов в учреждениях и их сопровождением.',
    kind: 'replicate', level: 'municipal', status: 'published',
    guilds: ['organiser', 'manager', 'any'], directions: ['public-business', 'network'], offsetDays: [5, 70],
    steps: [
      {
        title: 'Шаг 1. Концепция клуба',
        description: 'Опишите концепцию клуба: цель, аудиторию, формат встреч.',
        offsetDays: [5, 30],
        checklist: [
          { title: 'Концепция клуба', accepts: 'file' },
          { title: 'Фото пространства клуба', accepts: 'file' },
        ],
        criteria: [
          { title: 'Ясность цели и аудитории', maxPoints: 5 },
          { title: 'Реалистичность плана встреч', maxPoints: 5 },
        ],
      },
    ],
  },
  {
    title: 'Наставничество: школа молодого педагога',
    summary: 'Найти и описать лучшие практики наставничества для педагогов первых лет работы.',
    kind: 'find', level: 'regional', status: 'finished',
    guilds: ['mentor', 'methodologist'], directions: ['mentoring'], offsetDays: [-120, -60],
    steps: [
      {
        title: 'Шаг 1. Описание практики',
        description: 'Опишите практику наставничества вашего учреждения по шаблону банка лучших практик.',
        offsetDays: [-120, -60],
        checklist: [{ title: 'Описание практики', accepts: 'file' }],
        criteria: [
          { title: 'Полнота описания', maxPoints: 7 },
          { title: 'Практика воспроизводима', maxPoints: 3, yesNo: true },
        ],
      },
    ],
  },
];

const DEMO_PLACES = [
  { municipality: 'Город Северогорск', institutions: ['МБУ ДО «Дом детского творчества „Радуга“»', 'МАУ ДО «Станция юных техников»'] },
  { municipality: 'Кедровский район', institutions: ['МБУ ДО «Центр дополнительного образования „Кедр“»'] },
  { municipality: 'Приречный округ', institutions: ['МБУ ДО «Детская школа искусств №2»', 'МБУ ДО «Центр туризма и краеведения»'] },
];

// Invented people (never real ones): Telegram ids in a range real accounts do not use.
const DEMO_PEOPLE = [
  { telegramId: 9_000_000_001n, fullName: 'Ласточкина Вера Андреевна', roles: ['participant', 'author'], guilds: ['methodologist'] },
  { telegramId: 9_000_000_002n, fullName: 'Берёзкин Олег Игоревич', roles: ['participant', 'expert'], guilds: ['teacher'] },
  { telegramId: 9_000_000_003n, fullName: 'Снегирёва Анна Павловна', roles: ['participant'], guilds: ['teacher', 'organiser'] },
  { telegramId: 9_000_000_004n, fullName: 'Рябинин Денис Сергеевич', roles: ['participant', 'moderator', 'analyst'], guilds: ['manager'] },
];

export async function seedDemo(db: Db, now = new Date()): Promise<{ projects: number; people: number }> {
  await seedReference(db);
  const guilds = new Map((await db.guild.findMany()).map((g) => [g.code, g.id]));
  const directions = new Map((await db.direction.findMany()).map((d) => [d.code, d.id]));
  const institutionIds: { municipalityId: number; institutionId: number }[] = [];
  for (const place of DEMO_PLACES) {
    const m = await db.municipality.upsert({ where: { name: place.municipality }, create: { name: place.municipality }, update: {} });
    for (const name of place.institutions) {
      const i = await db.institution.upsert({ where: { municipalityId_name: { municipalityId: m.id, name } }, create: { municipalityId: m.id, name }, update: {} });
      institutionIds.push({ municipalityId: m.id, institutionId: i.id });
    }
  }
  let authorId: number | null = null;
  for (const [index, person] of DEMO_PEOPLE.entries()) {
    const place = institutionIds[index % institutionIds.length]!;
    const user = await db.user.upsert({
      where: { telegramId: person.telegramId },
      create: { telegramId: person.telegramId, fullName: person.fullName, locale: 'ru', registeredAt: now, ...place },
      update: {},
    });
    for (const role of person.roles) await db.userRole.upsert({ where: { userId_role: { userId: user.id, role } }, create: { userId: user.id, role }, update: {} });
    for (const code of person.guilds) {
      const guildId = guilds.get(code)!;
      await db.userGuild.upsert({ where: { userId_guildId: { userId: user.id, guildId } }, create: { userId: user.id, guildId }, update: {} });
    }
    if (person.roles.includes('author')) authorId ??= user.id;
  }
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  let created = 0;
  for (const p of DEMO_PROJECTS) {
    if (await db.project.findFirst({ where: { title: p.title }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      await tx.project.create({
        data: {
          title: p.title, summary: p.summary, description: p.summary, kind: p.kind, level: p.level, status: p.status,
          startsOn: at(p.offsetDays[0]), endsOn: at(p.offsetDays[1]), authorId,
          guilds: { create: p.guilds.map((code) => ({ guildId: guilds.get(code)! })) },
          directions: { create: p.directions.map((code) => ({ directionId: directions.get(code)! })) },
          steps: {
            create: p.steps.map((s, position) => ({
              position: position + 1, title: s.title, description: s.description,
              startsOn: at(s.offsetDays[0]), endsOn: at(s.offsetDays[1]),
              checklist: { create: s.checklist.map((c, i) => ({ position: i + 1, title: c.title, accepts: c.accepts, hint: c.hint ?? '' })) },
              criteria: { create: s.criteria.map((c, i) => ({ position: i + 1, title: c.title, maxPoints: c.maxPoints, yesNo: c.yesNo ?? false })) },
            })),
          },
        },
      });
    });
    created++;
  }
  const compiler = await db.user.findUnique({ where: { telegramId: DEMO_PEOPLE[3]!.telegramId }, select: { id: true } });
  await seedDemoRoadmap(db, now.getUTCFullYear(), compiler?.id ?? null);
  await seedDemoPractices(db, now);
  return { projects: created, people: DEMO_PEOPLE.length };
}
