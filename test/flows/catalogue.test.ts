// The participant's catalogue as a teacher lives it: browse and filter, open a card, join, read a
// step, /my — plus outdated buttons, deleted projects and deep links, on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { publishCommands } from '../../src/bot/create-bot.ts';
import type { Db } from '../../src/db/client.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { callbackUpdate, makeUser } from '../helpers/updates.ts';

// The harness clock: 10:00 on 20 November 2026 in Krasnoyarsk.
const local = (day: string) => new Date(`${day}T00:00:00+07:00`);

interface StepSpec {
  title: string;
  starts: string;
  ends: string;
  description?: string;
  materials?: { title: string; kind: 'link' | 'file'; url?: string; fileId?: string }[];
  checklist?: { title: string; accepts?: string; hint?: string; required?: boolean }[];
  criteria?: { title: string; maxPoints: number; yesNo?: boolean }[];
}

interface ProjectSpec {
  title: string;
  summary?: string;
  status?: string;
  starts: string;
  ends: string;
  guilds?: string[];
  directions?: string[];
  otherGuildsPolicy?: 'confirm' | 'refuse';
  allowLateWork?: boolean;
  stepsInOrder?: boolean;
  deleted?: boolean;
  steps?: StepSpec[];
}

async function createProject(db: Db, spec: ProjectSpec): Promise<{ id: number; stepIds: number[] }> {
  const guilds = await db.guild.findMany({ where: { code: { in: spec.guilds ?? ['teacher'] } } });
  const directions = await db.direction.findMany({ where: { code: { in: spec.directions ?? ['distance'] } } });
  const project = await db.project.create({
    data: {
      title: spec.title,
      summary: spec.summary ?? `Кратко о проекте «${spec.title}»`,
      kind: 'train',
      level: 'regional',
      status: spec.status ?? 'running',
      startsOn: local(spec.starts),
      endsOn: local(spec.ends),
      otherGuildsPolicy: spec.otherGuildsPolicy ?? 'confirm',
      allowLateWork: spec.allowLateWork ?? false,
      stepsInOrder: spec.stepsInOrder ?? true,
      deletedAt: spec.deleted ? new Date() : null,
      guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      directions: { create: directions.map((d) => ({ directionId: d.id })) },
      steps: {
        create: (spec.steps ?? []).map((s, i) => ({
          position: i + 1,
          title: s.title,
          description: s.description ?? '',
          startsOn: local(s.starts),
          endsOn: local(s.ends),
          materials: { create: (s.materials ?? []).map((m, j) => ({ position: j + 1, title: m.title, kind: m.kind, url: m.url ?? null, fileId: m.fileId ?? null })) },
          checklist: { create: (s.checklist ?? []).map((c, j) => ({ position: j + 1, title: c.title, accepts: c.accepts ?? 'any', hint: c.hint ?? '', required: c.required ?? true })) },
          criteria: { create: (s.criteria ?? []).map((c, j) => ({ position: j + 1, title: c.title, maxPoints: c.maxPoints, yesNo: c.yesNo ?? false })) },
        })),
      },
    },
    select: { id: true, steps: { select: { id: true }, orderBy: { position: 'asc' } } },
  });
  return { id: project.id, stepIds: project.steps.map((s) => s.id) };
}

async function registeredPerson(h: Harness, telegramId: number, name: string, guildCodes: string[]): Promise<{ user: User; id: number }> {
  const guilds = await h.db.guild.findMany({ where: { code: { in: guildCodes } } });
  const row = await h.db.user.create({
    data: {
      telegramId: BigInt(telegramId),
      username: `user${telegramId}`,
      fullName: name,
      registeredAt: h.clock.now(),
      guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      roles: { create: [{ role: 'participant' }] },
    },
  });
  return { user: makeUser(telegramId), id: row.id };
}

const lastText = (h: Harness, user: User) => h.fake.lastMessage(user.id)?.text ?? '';
const answers = (h: Harness) => h.fake.callsOf('answerCallbackQuery').map((c) => c.params.text as string | undefined);

describe.each(databaseProviders)('project catalogue on %s', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(provider);
  });
  afterEach(async () => h.close());

  it('browses by month with the person’s guilds preselected, pages and filters in one edited message', async () => {
    // Eight November projects for teachers, two in October, and others the filters must sort out.
    for (let i = 1; i <= 8; i++) await createProject(h.db, { title: `Ноябрьский проект ${i}`, starts: `2026-11-${String(i).padStart(2, '0')}`, ends: '2026-12-20' });
    await createProject(h.db, { title: 'Октябрьский проект', starts: '2026-10-05', ends: '2026-12-01', directions: ['mentoring'] });
    await createProject(h.db, { title: 'Осенний семинар', starts: '2026-10-01', ends: '2026-10-30', status: 'finished' });
    await createProject(h.db, { title: 'Проект программистов', starts: '2026-11-10', ends: '2026-12-10', guilds: ['programmer'] });
    await createProject(h.db, { title: 'Проект для всех', starts: '2026-11-15', ends: '2026-12-10', guilds: ['any'] });
    await createProject(h.db, { title: 'Декабрьский проект', starts: '2026-12-05', ends: '2026-12-25', status: 'published' });
    await createProject(h.db, { title: 'Черновик автора', starts: '2026-11-11', ends: '2026-12-10', status: 'draft' });
    await createProject(h.db, { title: 'Удалённый проект', starts: '2026-11-12', ends: '2026-12-10', deleted: true });
    const { user } = await registeredPerson(h, 701, 'Снегирёва Анна', ['teacher']);

    const first = await h.command(user, '/projects');
    expect(first).toHaveLength(1);
    const messageId = first[0]!.messageId;
    let text = first[0]!.text!;
    expect(text).toContain('Каталог проектов');
    expect(text).toContain('Гильдии: Педагог');
    expect(text).toContain('Показаны: открытые');
    expect(text).toContain('Найдено: 11 · страница 1 из 2');
    // Newest first, under month headings.
    expect(text.indexOf('Декабрь 2026')).toBeLessThan(text.indexOf('Ноябрь 2026'));
    expect(text).toContain('1. Декабрьский проект — 5 декабря – 25 декабря, скоро начнётся');
    expect(text).toContain('2. Проект для всех — 15 ноября – 10 декабря, идёт');
    expect(text).not.toContain('Проект программистов');
    expect(text).not.toContain('Черновик');
    expect(text).not.toContain('Удалённый');
    expect(h.buttons(user).map((b) => b.text)).toContain('1. Декабрьский проект');
    expect(h.buttons(user).every((b) => Buffer.byteLength(b.data) <= 64)).toBe(true);

    const page2 = await h.pressByText(user, '▶');
    expect(page2).toHaveLength(1);
    expect(page2[0]!.method).toBe('editMessageText');
    expect(page2[0]!.messageId).toBe(messageId);
    text = page2[0]!.text!;
    expect(text).toContain('страница 2 из 2');
    expect(text).toContain('Ноябрь 2026');
    expect(text).toContain('Октябрь 2026');
    expect(text).toContain('11. Октябрьский проект');
    expect(text).not.toContain('Осенний семинар');

    // Up to the current month: December goes away.
    text = (await h.pressByText(user, /До текущего месяца/))[0]!.text!;
    expect(text).toContain('Показаны: открытые, до текущего месяца');
    expect(text).toContain('Найдено: 10 · страница 1 из 2');
    expect(text).not.toContain('Декабрьский проект');
    expect(h.buttons(user).map((b) => b.text)).toContain('✅ До текущего месяца');

    // Guilds: open the picker, tick Программист too, show.
    text = (await h.pressByText(user, 'Гильдии (1)'))[0]!.text!;
    expect(text).toContain('Отметьте гильдии');
    expect(h.buttons(user).find((b) => b.text === '✅ Педагог')).toBeDefined();
    await h.pressByText(user, 'Программист');
    text = (await h.pressByText(user, 'Показать проекты'))[0]!.text!;
    expect(text).toContain('Гильдии: Программист, Педагог');
    expect(text).toContain('Проект программистов');
    expect(text).toContain('Найдено: 11');

    // Direction: only mentoring projects.
    await h.pressByText(user, 'Направленность');
    text = (await h.pressByText(user, 'Наставничество'))[0]!.text!;
    expect(text).toContain('Направленность: Наставничество');
    expect(text).toContain('Найдено: 1 · страница 1 из 1');
    expect(text).toContain('1. Октябрьский проект');

    // Finished ones, every direction, every guild.
    expect(h.buttons(user).map((b) => b.text)).toContain('✅ Направленность');
    await h.pressByText(user, '✅ Направленность');
    await h.pressByText(user, /Все направленности/);
    await h.pressByText(user, 'Гильдии (2)');
    await h.pressByText(user, 'Все гильдии');
    await h.pressByText(user, 'Показать проекты');
    text = (await h.pressByText(user, 'Завершённые'))[0]!.text!;
    expect(text).toContain('Гильдии: все');
    expect(text).toContain('Показаны: завершённые, до текущего месяца');
    expect(text).toContain('1. Осенний семинар — 1 октября – 30 октября, завершён');
    expect(text).toContain('Найдено: 1');

    // Every step of the way edited the same message.
    expect(h.fake.sent(user.id).every((m) => m.messageId === messageId)).toBe(true);
  });

  it('lists projects taking work now first and says when each one’s current step closes or opens', async () => {
    // 20 November: one project takes work until 30 November; a newer one opens its first step on
    // 7 December (so newest-first alone would have put it on top); one has no steps yet.
    await createProject(h.db, {
      title: 'Приём идёт',
      starts: '2026-11-01',
      ends: '2026-12-20',
      steps: [
        { title: 'Шаг 1. Анкета', starts: '2026-11-01', ends: '2026-11-15' },
        { title: 'Шаг 2. Конспект занятия', starts: '2026-11-16', ends: '2026-11-30' },
      ],
    });
    await createProject(h.db, { title: 'Скоро первый шаг', status: 'published', starts: '2026-11-18', ends: '2026-12-25', steps: [{ title: 'Шаг 1. Видео', starts: '2026-12-07', ends: '2026-12-20' }] });
    await createProject(h.db, { title: 'Шаги ещё готовятся', starts: '2026-11-10', ends: '2026-12-25' });
    await createProject(h.db, { title: 'Прошлогодний', status: 'finished', starts: '2025-11-01', ends: '2025-12-01', steps: [{ title: 'Шаг 1', starts: '2025-11-01', ends: '2025-11-30' }] });
    const { user } = await registeredPerson(h, 720, 'Кедрова Ольга', ['teacher']);

    const text = texts(await h.command(user, '/projects'))[0]!;
    const at = (part: string) => {
      expect(text).toContain(part);
      return text.indexOf(part);
    };
    expect(at('📥 <b>Идёт приём работ</b>')).toBeLessThan(at('1. Приём идёт — 1 ноября – 20 декабря, идёт'));
    expect(at('1. Приём идёт')).toBeLessThan(at('📥 шаг 2: приём до 30 ноября'));
    expect(at('📥 шаг 2: приём до 30 ноября')).toBeLessThan(at('⏳ <b>Сейчас приёма нет</b>'));
    expect(at('⏳ <b>Сейчас приёма нет</b>')).toBeLessThan(at('2. Скоро первый шаг — 18 ноября – 25 декабря, идёт'));
    expect(at('2. Скоро первый шаг')).toBeLessThan(at('⏳ шаг 1 откроется 7 декабря'));
    expect(at('⏳ шаг 1 откроется 7 декабря')).toBeLessThan(at('3. Шаги ещё готовятся'));
    expect(text).not.toContain('Прошлогодний');
    expect(h.buttons(user).map((b) => b.text).slice(0, 3)).toEqual(['1. Приём идёт', '2. Скоро первый шаг', '3. Шаги ещё готовятся']);

    // «All» adds the finished ones last, with nothing said about taking work.
    const all = (await h.pressByText(user, 'Все'))[0]!.text!;
    expect(all.indexOf('3. Шаги ещё готовятся')).toBeLessThan(all.indexOf('🏁 <b>Завершённые</b>'));
    expect(all).toContain('4. Прошлогодний — 1 ноября – 1 декабря, завершён');
    expect(all.slice(all.indexOf('4. Прошлогодний'))).not.toMatch(/приём|откроется/);

    // In English too.
    await h.db.user.update({ where: { telegramId: 720n }, data: { locale: 'en' } });
    const english = texts(await h.command(user, '/projects'))[0]!;
    expect(english).toContain('📥 <b>Taking work now</b>');
    expect(english).toContain('📥 step 2: open for work until 30 November');
    expect(english).toContain('⏳ step 1 opens on 7 December');
  });

  it('shows a card, joins once however often Join is pressed, and lists the participant', async () => {
    const { id: projectId } = await createProject(h.db, {
      title: 'Обучаем. Занятие в дистанте.',
      summary: 'Адаптировать занятие программы <дополнительного> образования в дистанционный формат.',
      starts: '2026-11-14',
      ends: '2026-11-30',
      guilds: ['teacher', 'methodologist'],
      directions: ['distance', 'modular'],
      steps: [
        { title: 'План дистанционного занятия', starts: '2026-11-14', ends: '2026-11-22' },
        { title: 'Тематический блок', starts: '2026-11-23', ends: '2026-11-30' },
      ],
    });
    const { user, id: userId } = await registeredPerson(h, 702, 'Берёзкин Олег', ['methodologist']);
    await h.command(user, '/projects');
    const card = (await h.pressByText(user, /Обучаем/))[0]!.text!;
    expect(card).toContain('<b>Обучаем. Занятие в дистанте.</b>');
    expect(card).toContain('&lt;дополнительного&gt;');
    expect(card).toContain('📅 14 ноября – 30 ноября');
    expect(card).toContain('Статус: идёт');
    expect(card).toContain('Гильдии: Педагог, Методист');
    expect(card).toContain('Направленности: Дистанционные программы, Модульные программы');
    expect(card).toContain('Участников: 0');
    expect(card).toContain('1. План дистанционного занятия — 14 ноября – 22 ноября');
    expect(card).toContain('2. Тематический блок — 23 ноября – 30 ноября');
    expect(card).toContain(`https://t.me/kodo_test_bot?start=project_${projectId}`);
    expect(h.buttons(user).map((b) => b.text)).toEqual(['Вступить в проект', 'Шаг 1. План дистанционного занятия', 'Шаг 2. Тематический блок', '← К списку проектов']);
    const joinButton = h.buttons(user)[0]!;
    const cardMessage = h.fake.lastMessage(user.id)!.message;

    const joined = await h.pressByText(user, 'Вступить в проект');
    expect(answers(h).at(-1)).toBe('Вы вступили в проект!');
    expect(joined[0]!.text).toContain('Участников: 1');
    expect(joined[0]!.text).toContain('✅ Вы участник этого проекта');
    expect(h.buttons(user).map((b) => b.text)).not.toContain('Вступить в проект');

    // The same Join button pressed again on the old card (a second device, a double tap).
    await h.deliver(callbackUpdate(user, joinButton.data, { ...cardMessage }));
    expect(answers(h).at(-1)).toBe('Вы уже участник этого проекта.');
    // Two presses racing: the database's unique index keeps one enrolment.
    await h.db.enrolment.deleteMany({ where: { userId } });
    const raced = await Promise.all([h.services.enrolment.join(userId, projectId, false), h.services.enrolment.join(userId, projectId, false)]);
    expect(raced.map((r) => r.kind).sort()).toEqual(['already', 'joined']);
    expect(await h.db.enrolment.count({ where: { userId, projectId } })).toBe(1);

    // Back to the list keeps the filters the card was opened with.
    expect(texts(await h.pressByText(user, '← К списку проектов'))[0]).toContain('Гильдии: Методист');
  });

  it('refuses joining a finished project and handles other guilds by the project’s policy', async () => {
    const finished = await createProject(h.db, { title: 'Завершённый проект', starts: '2026-09-01', ends: '2026-12-30', status: 'finished' });
    const confirm = await createProject(h.db, { title: 'Проект для психологов', starts: '2026-11-01', ends: '2026-12-30', guilds: ['psychologist'] });
    const refuse = await createProject(h.db, { title: 'Только для МОЦ', starts: '2026-11-01', ends: '2026-12-30', guilds: ['moc'], otherGuildsPolicy: 'refuse' });
    const { user, id: userId } = await registeredPerson(h, 703, 'Ласточкина Вера', ['teacher']);

    // Finished: the card says so and has no Join; a Join press from elsewhere is refused.
    expect(texts(await h.command(user, '/start', `project_${finished.id}`))[0]).toContain('Проект завершён — вступить в него уже нельзя.');
    expect(h.buttons(user).map((b) => b.text)).not.toContain('Вступить в проект');
    await h.press(user, `cat:j:${finished.id}:-`);
    expect(answers(h).at(-1)).toBe('Проект завершён — вступить в него нельзя.');

    // Other guilds, "confirm": asked, then joined.
    expect(texts(await h.command(user, '/start', `project_${confirm.id}`))[0]).toContain('Проект рассчитан на другие гильдии');
    const ask = texts(await h.pressByText(user, 'Вступить в проект'))[0]!;
    expect(ask).toContain('Проект «Проект для психологов» рассчитан на гильдии: Психолог.');
    expect(ask).toContain('Ваши гильдии: Педагог.');
    expect(await h.db.enrolment.count({ where: { userId } })).toBe(0);
    // "No, go back" returns to the card; then "Yes".
    expect(texts(await h.pressByText(user, 'Нет, назад'))[0]).toContain('Проект рассчитан на другие гильдии');
    await h.pressByText(user, 'Вступить в проект');
    expect(texts(await h.pressByText(user, 'Да, вступить'))[0]).toContain('✅ Вы участник этого проекта');
    expect(await h.db.enrolment.count({ where: { userId, projectId: confirm.id } })).toBe(1);

    // Other guilds, "refuse": explained on the card; a Join press is refused by the service.
    expect(texts(await h.command(user, '/start', `project_${refuse.id}`))[0]).toContain('Проект только для гильдий: МОЦ.');
    expect(h.buttons(user).map((b) => b.text)).not.toContain('Вступить в проект');
    await h.press(user, `cat:y:${refuse.id}:-`);
    expect(answers(h).at(-1)).toContain('Этот проект только для гильдий: МОЦ. Вступить нельзя');
    expect(await h.db.enrolment.count({ where: { userId } })).toBe(1);
  });

  it('answers outdated and forged buttons and a project deleted while its card is open', async () => {
    const project = await createProject(h.db, {
      title: 'Проект, который удалят',
      starts: '2026-11-01',
      ends: '2026-12-30',
      steps: [{ title: 'Единственный шаг', starts: '2026-11-01', ends: '2026-12-30' }],
    });
    const { user, id: userId } = await registeredPerson(h, 704, 'Рябинин Денис', ['teacher']);
    await h.command(user, '/projects');
    const listBefore = h.fake.lastMessage(user.id)!.text;
    for (const forged of ['cat:o:abc:-', 'cat:zz', 'cat:l:ffff.0.x1.0', 'cat:j:1', `cat:o:${project.id}:-:extra`]) {
      expect(await h.press(user, forged)).toEqual([]);
      expect(answers(h).at(-1)).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
    }
    expect(h.fake.lastMessage(user.id)!.text).toBe(listBefore);

    await h.pressByText(user, /Проект, который удалят/);
    const cardButtons = h.buttons(user);
    const cardMessage = h.fake.lastMessage(user.id)!.message;
    await h.db.project.update({ where: { id: project.id }, data: { deletedAt: new Date() } });

    const join = await h.pressByText(user, 'Вступить в проект');
    expect(answers(h).at(-1)).toBe('Этот проект удалён или скрыт. Посмотрите другие проекты в каталоге.');
    expect(join[0]!.text).toBe('Этот проект удалён или скрыт. Посмотрите другие проекты в каталоге.');
    expect(h.buttons(user).map((b) => b.text)).toEqual(['← К списку проектов']);
    expect(await h.db.enrolment.count({ where: { userId } })).toBe(0);
    // The step button of the same (now outdated) card.
    const stepButton = cardButtons.find((b) => b.text.startsWith('Шаг 1'))!;
    await h.deliver(callbackUpdate(user, stepButton.data, { ...cardMessage }));
    expect(answers(h).at(-1)).toBe('Этот шаг удалён или его проект скрыт.');
    // Opening it by link.
    expect(texts(await h.command(user, '/start', `project_${project.id}`))[0]).toContain('Этот проект удалён или скрыт');
    expect(texts(await h.command(user, '/start', 'project_999999'))[0]).toContain('Этот проект удалён или скрыт');
  });

  it('opens /start project_<id> for a registered person and for a newcomer after registration', async () => {
    const project = await createProject(h.db, { title: 'Наставничество в сети', starts: '2026-11-14', ends: '2026-11-30', guilds: ['any'] });
    const { user } = await registeredPerson(h, 705, 'Кедрова Ирина', ['mentor']);
    const opened = texts(await h.command(user, '/start', `project_${project.id}`));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toContain('<b>Наставничество в сети</b>');
    expect(opened[0]).toContain('📅 14 ноября – 30 ноября');
    expect(h.buttons(user).map((b) => b.text)).toEqual(['Вступить в проект', '← К списку проектов']);
    // Back from a shared card goes to the person's own catalogue.
    expect(texts(await h.pressByText(user, '← К списку проектов'))[0]).toContain('Гильдии: Наставник');

    await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const newcomer = makeUser(706);
    expect(texts(await h.command(newcomer, '/start', `project_${project.id}`)).at(-1)).toContain('Как вас зовут?');
    await h.say(newcomer, 'Синицына Мария Петровна');
    await h.pressByText(newcomer, 'Город Северогорск');
    await h.say(newcomer, 'Центр «Кедр»');
    await h.pressByText(newcomer, 'Да, добавить');
    await h.pressByText(newcomer, 'Методист');
    await h.pressByText(newcomer, 'Готово ✅');
    const after = texts(await h.pressByText(newcomer, 'Пропустить'));
    expect(after[0]).toContain('Вы зарегистрированы');
    expect(after[1]).toContain('Теперь откроем ссылку');
    expect(after[2]).toContain('<b>Наставничество в сети</b>');
    expect(after[2]).toContain('Участников: 0');
    expect(texts(await h.pressByText(newcomer, 'Вступить в проект'))[0]).toContain('✅ Вы участник этого проекта');
  }, 60_000);

  it('shows a step card with materials, dates and days left, what to hand in, criteria and the submit button', async () => {
    const project = await createProject(h.db, {
      title: 'Обучаем. Занятие в дистанте.',
      starts: '2026-11-14',
      ends: '2026-12-20',
      steps: [
        {
          title: 'План дистанционного занятия',
          starts: '2026-11-14',
          ends: '2026-11-23',
          description: 'Выберите занятие своей программы и составьте план по шаблону.',
          materials: [
            { title: 'Шаблон плана', kind: 'file', fileId: 'BQACAgIAAxk_template_1' },
            { title: 'Вебинар о дистанте', kind: 'link', url: 'https://example.org/webinar?a=1&b=2' },
            { title: 'Подозрительная ссылка', kind: 'link', url: 'javascript:alert(1)' },
          ],
          checklist: [
            { title: 'План занятия по шаблону', accepts: 'file', hint: 'PDF или DOCX' },
            { title: 'Ссылка на материалы для обучающихся', accepts: 'link' },
            { title: 'Краткий самоанализ', accepts: 'text', required: false },
          ],
          criteria: [
            { title: 'Наличие плана занятия', maxPoints: 3, yesNo: true },
            { title: 'Полнота содержания плана занятия', maxPoints: 7 },
            { title: 'Соблюдение требований к оформлению', maxPoints: 2 },
          ],
        },
        { title: 'Тематический блок', starts: '2026-11-24', ends: '2026-12-20' },
      ],
    });
    const [step1, step2] = project.stepIds as [number, number];
    const { user } = await registeredPerson(h, 707, 'Соловьёва Нина', ['teacher']);
    await h.command(user, '/start', `project_${project.id}`);

    // Before joining: the card, but no submit button.
    let step = texts(await h.pressByText(user, /^Шаг 1/))[0]!;
    expect(step).toContain('Вступите в проект, чтобы сдавать результаты.');
    expect(h.buttons(user).map((b) => b.data)).not.toContain(`submit:${step1}`);
    await h.pressByText(user, '← К проекту');
    await h.pressByText(user, 'Вступить в проект');

    step = texts(await h.pressByText(user, /^Шаг 1/))[0]!;
    expect(step).toContain('<b>Обучаем. Занятие в дистанте.</b>');
    expect(step).toContain('<b>Шаг 1. План дистанционного занятия</b>');
    expect(step).toContain('📅 14 ноября – 23 ноября · осталось 3 дня');
    expect(step).toContain('Ваш статус: не начат');
    expect(step).toContain('Выберите занятие своей программы и составьте план по шаблону.');
    expect(step).toContain('📎 Шаблон плана — файл, пришлю по кнопке ниже');
    expect(step).toContain('🔗 <a href="https://example.org/webinar?a=1&amp;b=2">Вебинар о дистанте</a>');
    expect(step).not.toContain('href="javascript');
    expect(step).toContain('1. План занятия по шаблону — файл или фото (PDF или DOCX)');
    expect(step).toContain('2. Ссылка на материалы для обучающихся — ссылка');
    expect(step).toContain('3. Краткий самоанализ — текст (по желанию)');
    expect(step).toContain('<b>Критерии</b> (всего до 12 баллов)');
    expect(step).toContain('• Наличие плана занятия — да/нет, 3 балла');
    expect(step).toContain('• Полнота содержания плана занятия — 7 баллов');
    expect(h.buttons(user)).toContainEqual({ text: 'Сдать результаты', data: `submit:${step1}` });

    // A step can be shared as a link too.
    expect(texts(await h.command(user, '/start', `step_${step1}`))[0]).toContain('<b>Шаг 1. План дистанционного занятия</b>');

    // Materials are re-sent by file_id.
    await h.pressByText(user, /Получить файлы \(1\)/);
    const sent = h.fake.callsOf('sendDocument').at(-1)!;
    expect(sent.params.document).toBe('BQACAgIAAxk_template_1');
    expect(sent.params.caption).toBe('Шаблон плана');

    // Step 2 waits for step 1 (steps in order) and has not opened yet.
    await h.command(user, '/start', `project_${project.id}`);
    step = texts(await h.pressByText(user, /^Шаг 2/))[0]!;
    expect(step).toContain('Сдать результаты можно с 24 ноября.');
    expect(h.buttons(user).map((b) => b.data)).not.toContain(`submit:${step2}`);
    h.clock.advance(5 * 86_400_000); // 25 November
    await h.pressByText(user, '← К проекту');
    step = texts(await h.pressByText(user, /^Шаг 2/))[0]!;
    expect(step).toContain('Сначала сдайте предыдущий шаг');
    await h.pressByText(user, '← К проекту');
    step = texts(await h.pressByText(user, /^Шаг 1/))[0]!;
    expect(step).toContain('14 ноября – 23 ноября · срок прошёл');
    expect(step).toContain('Срок сдачи прошёл');
    expect(h.buttons(user).map((b) => b.text)).not.toContain('Сдать результаты');
  });

  it('/my lists my projects with each step’s state, nearest deadline first', async () => {
    const later = await createProject(h.db, {
      title: 'Сетевой проект',
      starts: '2026-11-01',
      ends: '2026-12-30',
      stepsInOrder: false,
      steps: [
        { title: 'Анализ', starts: '2026-11-01', ends: '2026-11-10' },
        { title: 'Программа', starts: '2026-11-01', ends: '2026-11-25' },
        { title: 'План', starts: '2026-11-01', ends: '2026-12-05' },
        // Numbered by the author already: not «Шаг 4. Шаг 4. …».
        { title: 'Шаг 4. Отчёт', starts: '2026-11-01', ends: '2026-12-20' },
      ],
    });
    const sooner = await createProject(h.db, {
      title: 'Срочный проект',
      starts: '2026-11-01',
      ends: '2026-11-30',
      steps: [{ title: 'Эссе', starts: '2026-11-01', ends: '2026-11-21' }],
    });
    const finishedOwn = await createProject(h.db, { title: 'Выполненный проект', starts: '2026-10-01', ends: '2026-12-30', steps: [{ title: 'Итог', starts: '2026-10-01', ends: '2026-11-21' }] });
    const hidden = await createProject(h.db, { title: 'Скрытый проект', starts: '2026-11-01', ends: '2026-12-30' });
    const { user, id: userId } = await registeredPerson(h, 708, 'Грачёва Ольга', ['teacher']);
    const expert = await registeredPerson(h, 709, 'Эксперт Тестовый', ['methodologist']);

    expect(texts(await h.command(user, '/my'))[0]).toContain('Вы пока не участвуете в проектах');

    const enrol = (projectId: number) => h.db.enrolment.create({ data: { userId, projectId } });
    const e1 = await enrol(later.id);
    await enrol(sooner.id);
    const e3 = await enrol(finishedOwn.id);
    await enrol(hidden.id);
    await h.db.project.update({ where: { id: hidden.id }, data: { status: 'draft' } });
    const [analysis, programme, plan] = later.stepIds as [number, number, number, number];
    // Analysis: returned once, then accepted with 17 of 19.
    await h.db.submission.create({ data: { enrolmentId: e1.id, stepId: analysis, attempt: 1, status: 'returned', submittedAt: new Date(), decidedAt: new Date() } });
    const accepted = await h.db.submission.create({ data: { enrolmentId: e1.id, stepId: analysis, attempt: 2, status: 'accepted', submittedAt: new Date(), decidedAt: new Date() } });
    await h.db.grade.create({ data: { submissionId: accepted.id, expertId: expert.id, decision: 'accepted', totalPoints: 17, maxPoints: 19, rubricVersion: 1 } });
    // Programme: returned for rework; Plan: a draft of attempt 1.
    await h.db.submission.create({ data: { enrolmentId: e1.id, stepId: programme, attempt: 1, status: 'returned', submittedAt: new Date(), decidedAt: new Date() } });
    await h.db.submission.create({ data: { enrolmentId: e1.id, stepId: plan, attempt: 1, status: 'draft', openKey: `${e1.id}:${plan}` } });
    // The other project's only step is on review.
    await h.db.submission.create({ data: { enrolmentId: e3.id, stepId: finishedOwn.stepIds[0]!, attempt: 1, status: 'submitted', submittedAt: new Date(), openKey: `${e3.id}:${finishedOwn.stepIds[0]}` } });

    const my = texts(await h.command(user, '/my'))[0]!;
    const lines = my.split('\n');
    expect(lines[0]).toBe('<b>Мои проекты</b>');
    // "Срочный проект" (21 Nov) before "Сетевой проект" (25 Nov), and the one with nothing pending last.
    expect(my.indexOf('Срочный проект')).toBeLessThan(my.indexOf('Сетевой проект'));
    expect(my.indexOf('Сетевой проект')).toBeLessThan(my.indexOf('Выполненный проект'));
    expect(my).not.toContain('Скрытый проект');
    expect(lines).toContain('▫️ Шаг 1. Эссе — не начат · до 21 ноября, остался 1 день');
    expect(lines).toContain('✅ Шаг 1. Анализ — принят: 17 из 19 баллов');
    expect(lines).toContain('🔁 Шаг 2. Программа — возвращён на доработку (попытка 1) · до 25 ноября, осталось 5 дней');
    expect(lines).toContain('✏️ Шаг 3. План — черновик (попытка 1) · до 5 декабря, осталось 15 дней');
    expect(lines).toContain('▫️ Шаг 4. Отчёт — не начат · до 20 декабря, осталось 30 дней');
    expect(lines).toContain('⏳ Шаг 1. Итог — на проверке (попытка 1)');
    expect(h.buttons(user).map((b) => b.text)).toEqual(['Срочный проект', 'Сетевой проект', 'Выполненный проект']);

    // From /my to a card and a step: the submit button follows the state.
    await h.pressByText(user, 'Сетевой проект');
    expect(h.buttons(user).at(-1)!.text).toBe('← К моим проектам');
    await h.pressByText(user, /^Шаг 2/);
    expect(h.buttons(user)).toContainEqual({ text: 'Сдать заново', data: `submit:${programme}` });
    await h.pressByText(user, '← К проекту');
    await h.pressByText(user, /^Шаг 3/);
    expect(h.buttons(user)).toContainEqual({ text: 'Продолжить сдачу', data: `submit:${plan}` });
    await h.pressByText(user, '← К проекту');
    const step1 = texts(await h.pressByText(user, /^Шаг 1/))[0]!;
    expect(step1).toContain('Ваш статус: принят: 17 из 19 баллов');
    expect(h.buttons(user).map((b) => b.data).filter((d) => d.startsWith('submit:'))).toEqual([]);
    await h.pressByText(user, '← К проекту');
    expect(texts(await h.pressByText(user, '← К моим проектам'))[0]).toContain('<b>Мои проекты</b>');
  });

  it('is in the help and the command menu, in both languages', async () => {
    const { user } = await registeredPerson(h, 710, 'Журавлёва Ксения', ['teacher']);
    const help = texts(await h.command(user, '/help'))[0]!;
    expect(help).toContain('/projects — каталог проектов');
    expect(help).toContain('/my — мои проекты и состояние шагов');
    await publishCommands(h.kodo, 'ru');
    expect(h.fake.myCommands({ type: 'default' }, 'en').map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'projects', 'my', 'help']));
    expect(h.fake.myCommands({ type: 'default' }, 'en').find((c) => c.command === 'projects')?.description).toBe('Project catalogue');
    expect(h.fake.myCommands({ type: 'default' }, 'ru').find((c) => c.command === 'my')?.description).toBe('Мои проекты и шаги');
    // In English too, for those who chose it.
    await h.command(user, '/language');
    await h.pressByText(user, '🇬🇧 English');
    const english = texts(await h.command(user, '/projects'))[0]!;
    expect(english).toContain('<b>Project catalogue</b>');
    expect(english).toContain('Guilds: Teacher');
    expect(english).toContain('Showing: open');
    expect(english).toContain('No projects match these filters.');
    expect(texts(await h.command(user, '/my'))[0]).toContain('You do not take part in any project yet.');
    // Unregistered people are sent to registration first.
    expect(texts(await h.command(makeUser(711), '/projects'))[0]).toBe('Сначала зарегистрируйтесь: отправьте /start');
  });
});
