// Reference data from the KoDO domain: guilds, directions, tokens, level bands, badges and quests.
// Badge and quest rules are data (metric + threshold) so moderators can tune them without a release.

export const GUILDS = [
  ['designer', 'Оформитель', 'Designer'],
  ['programmer', 'Программист', 'Programmer'],
  ['manager', 'Руководитель', 'Head'],
  ['psychologist', 'Психолог', 'Psychologist'],
  ['game-designer', 'Гейм-дизайнер', 'Game designer'],
  ['administrator', 'Администратор', 'Administrator'],
  ['teacher', 'Педагог', 'Teacher'],
  ['organiser', 'Педагог-организатор', 'Activities organiser'],
  ['methodologist', 'Методист', 'Methodologist'],
  ['mentor', 'Наставник', 'Mentor'],
  ['marketer', 'Маркетолог', 'Marketer'],
  ['moc', 'МОЦ', 'Municipal support centre'],
  ['any', 'Любая', 'Any'],
] as const;

export const DIRECTIONS = [
  ['podod', 'ПОДОД', 'Personalised funding (PODOD)'],
  ['navigator', 'Навигатор', 'Navigator'],
  ['ovz', 'ОВЗ', 'Special educational needs'],
  ['tzhs', 'ТЖС', 'Difficult life situations'],
  ['territorial-access', 'Территориальная доступность', 'Territorial accessibility'],
  ['distance', 'Дистанционные программы', 'Distance programmes'],
  ['modular', 'Модульные программы', 'Modular programmes'],
  ['multilevel', 'Разноуровневые программы', 'Multi-level programmes'],
  ['network', 'Сетевые программы', 'Network programmes'],
  ['mentoring', 'Наставничество', 'Mentoring'],
  ['seasonal-schools', 'Сезонные интенсивные выездные школы', 'Seasonal intensive schools'],
  ['public-business', 'Общественно-деловые объединения', 'Public and business associations'],
  ['programme-review', 'Экспертиза программ', 'Programme review'],
] as const;

export const TOKENS = [
  ['result', 'РЕЗУЛЬТАТ', 'RESULT'],
  ['design', 'ДИЗАЙН', 'DESIGN'],
  ['humour', 'ЮМОР', 'HUMOUR'],
  ['idea', 'ИДЕЯ', 'IDEA'],
  ['quality', 'КАЧЕСТВО', 'QUALITY'],
] as const;

/** Point bands: a level starts at minPoints and lasts until the next one. */
export const LEVELS = [
  [0, 'Новичок', 'Newcomer'],
  [100, 'Практик', 'Practitioner'],
  [300, 'Мастер', 'Master'],
  [700, 'Наставник', 'Mentor'],
  [1500, 'Эксперт КоДО', 'KoDO expert'],
] as const;

export interface BadgeRule {
  /** What is counted for the person: a key of METRICS in src/domain/badges.ts (README lists them). */
  metric: string;
  threshold: number;
  [option: string]: string | number;
}

export interface BadgeSeed {
  code: string;
  nameRu: string;
  nameEn: string;
  descriptionRu: string;
  descriptionEn: string;
  rule: BadgeRule;
}

export const BADGES: BadgeSeed[] = [
  {
    code: 'leader', nameRu: 'ЛИДЕР', nameEn: 'LEADER',
    descriptionRu: 'Запустил проект, в котором не меньше 5 участников выполнили хотя бы один шаг',
    descriptionEn: 'Launched a project in which at least 5 participants got a step accepted',
    rule: { metric: 'authored_projects_with_participants', threshold: 1, participants: 5 },
  },
  {
    code: 'craftsman', nameRu: 'УМЕЛЕЦ', nameEn: 'CRAFTSMAN',
    descriptionRu: 'Выполнил проекты по 3 разным гильдиям',
    descriptionEn: 'Completed projects in 3 different guilds',
    // «Любая» is open to everyone, so it stands for no guild of its own.
    rule: { metric: 'completed_project_guilds', threshold: 3, ignore: 'any' },
  },
  {
    code: 'all-rounder', nameRu: 'УНИВЕРСАЛ', nameEn: 'ALL-ROUNDER',
    descriptionRu: 'Выполнил проекты 3 разных направленностей',
    descriptionEn: 'Completed projects in 3 different directions',
    rule: { metric: 'completed_project_directions', threshold: 3 },
  },
  {
    code: 'marathoner', nameRu: 'МАРАФОНЕЦ', nameEn: 'MARATHONER',
    descriptionRu: 'Выполнил 20 шагов проектов',
    descriptionEn: 'Completed 20 project steps',
    rule: { metric: 'accepted_steps', threshold: 20 },
  },
  {
    code: 'top-student', nameRu: 'ОТЛИЧНИК', nameEn: 'TOP STUDENT',
    descriptionRu: '5 шагов приняты с максимальным баллом',
    descriptionEn: '5 steps accepted with full marks',
    rule: { metric: 'full_mark_steps', threshold: 5 },
  },
  {
    code: 'optimist', nameRu: 'ОПТИМИСТ', nameEn: 'OPTIMIST',
    descriptionRu: '3 шага доработаны после возврата и приняты',
    descriptionEn: '3 steps reworked after a return and then accepted',
    rule: { metric: 'accepted_after_rework', threshold: 3 },
  },
  {
    code: 'perfectionist', nameRu: 'ПЕРФЕКЦИОНИСТ', nameEn: 'PERFECTIONIST',
    descriptionRu: 'Выполнил проект, где каждый шаг принят с максимальным баллом',
    descriptionEn: 'Completed a project with full marks on every step',
    rule: { metric: 'perfect_projects', threshold: 1 },
  },
  {
    code: 'pilgrim', nameRu: 'ПИЛИГРИМ', nameEn: 'PILGRIM',
    descriptionRu: 'Выполнил шаги в проектах авторов из 3 других муниципалитетов',
    descriptionEn: 'Got steps accepted in projects by authors from 3 other municipalities',
    rule: { metric: 'other_municipality_projects', threshold: 3 },
  },
  {
    code: 'express', nameRu: 'ЭКСПРЕСС', nameEn: 'EXPRESS',
    descriptionRu: '5 шагов сданы в первые 3 дня после начала шага и приняты',
    descriptionEn: '5 steps handed in within 3 days of the step opening and accepted',
    rule: { metric: 'early_accepted_steps', threshold: 5, days: 3 },
  },
  {
    code: 'explorer', nameRu: 'ИССЛЕДОВАТЕЛЬ', nameEn: 'EXPLORER',
    descriptionRu: 'Выполнил 2 проекта по поиску кадров или практик',
    descriptionEn: 'Completed 2 projects of the "find staff or practices" kind',
    rule: { metric: 'completed_projects_of_kind', threshold: 2, kind: 'find' },
  },
  {
    code: 'coordinator', nameRu: 'КООРДИНАТОР', nameEn: 'COORDINATOR',
    descriptionRu: 'Как эксперт проверил 25 работ участников',
    descriptionEn: 'Reviewed 25 participants\u2019 results as an expert',
    rule: { metric: 'graded_submissions', threshold: 25 },
  },
  {
    code: 'innovator', nameRu: 'ИННОВАТОР', nameEn: 'INNOVATOR',
    descriptionRu: 'Открыл мастерскую или запустил проект по созданию инструмента',
    descriptionEn: 'Opened a workshop or launched a project that builds a tool',
    rule: { metric: 'workshops_or_build_projects', threshold: 1 },
  },
];

export const QUESTS = [
  {
    code: 'first-step', nameRu: 'Первый шаг', nameEn: 'First step',
    descriptionRu: 'Сдать первый шаг и получить его принятым', descriptionEn: 'Get your first step accepted',
    definition: { metric: 'accepted_steps', threshold: 1 },
  },
  {
    code: 'whole-project', nameRu: 'До конца', nameEn: 'All the way',
    descriptionRu: 'Выполнить все шаги одного проекта', descriptionEn: 'Complete every step of a project',
    definition: { metric: 'completed_projects', threshold: 1 },
  },
  {
    code: 'three-projects', nameRu: 'Три проекта', nameEn: 'Three projects',
    descriptionRu: 'Выполнить три проекта', descriptionEn: 'Complete three projects',
    definition: { metric: 'completed_projects', threshold: 3 },
  },
] as const;
