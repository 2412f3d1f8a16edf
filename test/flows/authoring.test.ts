// An author builds a project in chat from nothing, a moderator publishes it and a teacher joins and
// hands in; with the bad input, the forged button, two editors racing and the moderator's stale view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { au, mod } from '../../src/bot/authoring-data.ts';
import { ServiceError } from '../../src/services/users.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson } from '../helpers/grading-fixtures.ts';
import { documentUpdate, makeUser } from '../helpers/updates.ts';

describe.each(databaseProviders)('building a project in chat on %s', (provider) => {
  let h: Harness;
  const author = makeUser(5101, { first_name: 'Автор' });
  const moderator = makeUser(5102, { first_name: 'Модератор' });
  const teacher = makeUser(5103, { first_name: 'Педагог' });
  const stranger = makeUser(5104, { first_name: 'Другой автор' });
  let ids: Record<'author' | 'moderator' | 'teacher' | 'stranger', number>;

  beforeEach(async () => {
    h = await createHarness(provider);
    ids = {
      author: (await createPerson(h.db, { telegramId: author.id, fullName: 'Ковалёва Анна', roles: ['author'] })).id,
      moderator: (await createPerson(h.db, { telegramId: moderator.id, fullName: 'Лисицын Пётр', roles: ['moderator'] })).id,
      teacher: (await createPerson(h.db, { telegramId: teacher.id, fullName: 'Синицына Ольга' })).id,
      stranger: (await createPerson(h.db, { telegramId: stranger.id, fullName: 'Орлов Игорь', roles: ['author'] })).id,
    };
    const teacherGuild = await h.db.guild.findUniqueOrThrow({ where: { code: 'teacher' } });
    await h.db.userGuild.create({ data: { userId: ids.teacher, guildId: teacherGuild.id } });
  });
  afterEach(async () => h.close());

  /** The author's side of the chat, counting every message and tap. */
  function authorActions() {
    let count = 0;
    return {
      get count() {
        return count;
      },
      say: (text: string) => (count++, h.say(author, text)),
      tap: (label: string | RegExp) => (count++, h.pressByText(author, label)),
      command: (name: string) => (count++, h.command(author, name)),
      file: (name: string) => (count++, h.document(author, name)),
    };
  }

  async function buildTwoStepProject() {
    const a = authorActions();
    await a.command('newproject');
    await a.say('Обучаем. Занятие в дистанте');
    await a.say('Педагоги проводят дистанционное занятие по шаблону и делятся планом');
    await a.tap('Пропустить');
    await a.tap('Обучение кадров');
    await a.tap('региональный');
    await a.tap('Педагог');
    await a.tap(/Готово/);
    await a.tap('Дистанционные программы');
    await a.tap(/Готово/);
    const dates = await a.say('1.12 – 31.12');
    expect(texts(dates).join('\n')).toContain('1 декабря – 31 декабря');
    await a.tap('Пропустить'); // hours

    await a.tap('➕ Шаг');
    await a.say('План занятия');
    await a.say('Составьте план дистанционного занятия по шаблону');
    await a.say('1.12 – 15.12');
    await a.tap('➕ Материал');
    await a.file('Шаблон плана.docx');
    await a.tap('➕ Пункт чек-листа');
    await a.say('План занятия');
    await a.tap('документ');
    await a.tap('➕ Пункт чек-листа');
    await a.say('Ссылка на запись');
    await a.tap('ссылка');
    await a.tap('➕ Критерий');
    await a.say('Полнота плана');
    await a.say('7');
    await a.tap('← К проекту');

    await a.tap('➕ Шаг');
    await a.say('Проведение');
    await a.say('Проведите занятие и напишите, что получилось');
    await a.tap('Пропустить');
    await a.tap('➕ Пункт чек-листа');
    await a.say('Рефлексия');
    await a.tap('текст');
    await a.tap('➕ Критерий');
    await a.say('Занятие проведено');
    await a.say('да 3');
    await a.tap('← К проекту');
    const sent = await a.tap('📨 На модерацию');
    const project = await h.db.project.findFirstOrThrow({ where: { authorId: ids.author }, include: { steps: { include: { checklist: true, criteria: true, materials: true }, orderBy: { position: 'asc' } } } });
    return { count: a.count, project, sent };
  }

  it('takes an author from /newproject to moderation in at most 40 messages and taps, then a moderator publishes and a teacher joins and hands in', async () => {
    const { count, project, sent } = await buildTwoStepProject();
    expect(count).toBeLessThanOrEqual(40);
    expect(project.status).toBe('draft');
    expect(project.reviewRequestedAt).not.toBeNull();
    expect(project.kind).toBe('train');
    expect(project.steps.map((s) => s.title)).toEqual(['План занятия', 'Проведение']);
    expect(project.steps[0]!.materials).toMatchObject([{ kind: 'file', title: 'Шаблон плана.docx' }]);
    expect(project.steps.flatMap((s) => s.checklist.map((c) => [c.title, c.accepts]))).toEqual([['План занятия', 'document'], ['Ссылка на запись', 'link'], ['Рефлексия', 'text']]);
    expect(project.steps.flatMap((s) => s.criteria.map((c) => [c.title, c.maxPoints, c.yesNo]))).toEqual([['Полнота плана', 7, false], ['Занятие проведено', 3, true]]);
    expect(texts(sent).join('\n')).toContain('на модерации');
    const notice = await h.db.outboxMessage.findFirstOrThrow({ where: { key: { startsWith: `project-review:${project.id}:` } } });
    expect(Number(notice.chatId)).toBe(moderator.id);

    // The moderator publishes from the queue; the author is told.
    const queue = await h.command(moderator, 'moderation');
    expect(texts(queue).join('\n')).toContain('Обучаем. Занятие в дистанте');
    await h.pressByText(moderator, 'Обучаем. Занятие в дистанте');
    await h.pressByText(moderator, '✅ Опубликовать');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('published');
    expect(await h.db.outboxMessage.findUnique({ where: { key: `project-published:${project.id}` } })).not.toBeNull();
    expect(await h.db.auditLog.findFirst({ where: { action: 'project-publish', entityId: String(project.id) } })).not.toBeNull();

    // The teacher finds it in the catalogue, joins and hands in step 1 once it is open.
    h.clock.advance(12 * 86_400_000);
    const list = await h.command(teacher, 'projects');
    expect(texts(list).join('\n')).toContain('Обучаем. Занятие в дистанте');
    await h.pressByText(teacher, /Обучаем\. Занятие в дистанте/);
    await h.pressByText(teacher, 'Вступить в проект');
    await h.pressByText(teacher, /План занятия/);
    await h.pressByText(teacher, 'Сдать результаты');
    await h.document(teacher, 'plan.pdf');
    await h.say(teacher, 'https://example.org/lesson-record');
    await h.pressByText(teacher, '📨 Отправить на проверку');
    const handed = await h.db.submission.findFirstOrThrow({ where: { enrolment: { userId: ids.teacher } } });
    expect(handed.status).toBe('submitted');
    expect(handed.rubricVersion).toBe(1);
  });

  it('gives back the same project when an exported file is imported', async () => {
    const { project } = await buildTwoStepProject();
    const yaml = await h.services.authoring.transfer.exportProject(ids.author, project.id, 'yaml');
    const copyId = await h.services.authoring.transfer.importProject(ids.author, yaml.content);
    const again = await h.services.authoring.transfer.exportProject(ids.author, copyId, 'yaml');
    expect(again.content).toBe(yaml.content);
    const json = await h.services.authoring.transfer.exportProject(ids.author, project.id, 'json');
    const fromJson = await h.services.authoring.transfer.importProject(ids.author, json.content);
    expect((await h.services.authoring.transfer.exportProject(ids.author, fromJson, 'yaml')).content).toBe(yaml.content);
  });

  it('exports through the bot and reads a file sent back, naming the field and line of each problem', async () => {
    const { project } = await buildTwoStepProject();
    await h.pressByText(author, '📤 YAML');
    const exported = h.fake.sent(author.id).filter((m) => m.method === 'sendDocument').at(-1)!;
    const content = exported.file!.data.toString('utf8');
    expect(content).toContain('title: Обучаем. Занятие в дистанте');

    h.fake.registerFile('FILE-GOOD', { data: Buffer.from(content) });
    const good = await h.deliver(documentOf(author, 'FILE-GOOD', 'project.yaml', content.length));
    expect(texts(good).join('\n')).toContain('загружен из файла');
    expect(await h.db.project.count({ where: { authorId: ids.author } })).toBe(2);

    const broken = content.replace('- teacher', '- astronaut').replace('points: 7', 'points: 700');
    h.fake.registerFile('FILE-BAD', { data: Buffer.from(broken) });
    const refused = texts(await h.deliver(documentOf(author, 'FILE-BAD', 'project.yaml', broken.length))).join('\n');
    expect(refused).toContain('ничего не сохранено');
    expect(refused).toMatch(/строка \d+, <code>steps\[0\]\.criteria\[0\]\.points<\/code>/);
    const notYaml = 'title: [unclosed\n  kind: :\n';
    h.fake.registerFile('FILE-NOT-YAML', { data: Buffer.from(notYaml) });
    expect(texts(await h.deliver(documentOf(author, 'FILE-NOT-YAML', 'project.yml', notYaml.length))).join('\n')).toContain('не читается как YAML');
    expect(texts(await h.deliver(documentOf(author, 'FILE-HUGE', 'project.yaml', 5_000_000))).join('\n')).toContain('больше 1 МБ');
    expect(await h.db.project.count({ where: { authorId: ids.author } })).toBe(2);
    void project;
  });

  it('answers a forged builder button of another author and changes nothing', async () => {
    const { project } = await buildTwoStepProject();
    const before = await h.db.project.findUniqueOrThrow({ where: { id: project.id } });
    await h.command(stranger, 'myprojects');
    const answers = async (data: string) => {
      await h.press(stranger, data);
      return h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text as string;
    };
    expect(await answers(au('pK', project.id, 3))).toContain('не ваш проект');
    expect(await answers(au('pe', project.id, 0))).toContain('не ваш проект');
    expect(await answers(au('ix', project.steps[0]!.id, project.steps[0]!.version, project.steps[0]!.checklist[0]!.id))).toContain('не ваш проект');
    expect(await answers(mod('p', project.id, before.version))).toContain('нужна роль «Модератор»');
    const after = await h.db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(after).toEqual(before);
    expect(await h.db.checklistItem.count({ where: { step: { projectId: project.id } } })).toBe(3);
  });

  it('lets exactly one of two editors change a step made on the same version and shows the other the fresh step', async () => {
    const { project } = await buildTwoStepProject();
    const step = project.steps[0]!;
    // Both open the step screen; the author changes the title first.
    await h.press(author, au('s', step.id));
    await h.press(moderator, au('s', step.id));
    const results = await Promise.allSettled([
      h.services.authoring.steps.setText(ids.author, step.id, step.version, 'title', 'План дистанционного занятия'),
      h.services.authoring.steps.setText(ids.moderator, step.id, step.version, 'title', 'План'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refusal.reason as ServiceError).code).toBe('authoring-err-conflict');
    // A button the moderator still holds was made on the old version: refused, and the fresh step shown.
    const shown = await h.press(moderator, au('ix', step.id, step.version, step.checklist[0]!.id));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('изменил соавтор');
    const fresh = (await h.db.step.findUniqueOrThrow({ where: { id: step.id } })).title;
    expect(texts(shown).join('\n')).toContain(fresh);
    expect(await h.db.checklistItem.count({ where: { stepId: step.id, untilVersion: null } })).toBe(2);
  });

  it('does not let a moderator publish a draft the author took back to edit', async () => {
    const { project } = await buildTwoStepProject();
    await h.command(moderator, 'moderation');
    await h.pressByText(moderator, 'Обучаем. Занятие в дистанте');
    // The author edits while the moderator looks: the draft leaves the queue.
    await h.press(author, au('p', project.id));
    await h.pressByText(author, 'Опоздания: нет');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: project.id } })).reviewRequestedAt).toBeNull();
    await h.pressByText(moderator, '✅ Опубликовать');
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('забрал проект на доработку');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('draft');
  });

  it("keeps a builder question's refused answers out of the stored conversation", async () => {
    const stored = async () => (await h.db.sessionEntry.findUnique({ where: { key: `conversation:${author.id}` } }))?.value ?? '';
    await h.command(author, 'newproject');
    await h.sticker(author);
    const afterOne = (await stored()).length;
    for (let i = 0; i < 40; i++) await h.sticker(author);
    expect((await stored()).length).toBeLessThan(afterOne + 200);
    // The question is still the title, and a title answers it.
    expect(texts(await h.say(author, 'x'.repeat(151))).join('\n')).toContain('не больше 150 знаков');
  });

  it('answers bad dates, points and names clearly and keeps the draft', async () => {
    await h.command(author, 'newproject');
    expect(texts(await h.say(author, 'x'.repeat(151))).join('\n')).toContain('не больше 150 знаков');
    await h.say(author, 'Проект');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, 'Тиражирование практики');
    await h.pressByText(author, 'муниципальный');
    await h.pressByText(author, 'Любая');
    await h.pressByText(author, /Готово/);
    await h.pressByText(author, /Готово/);
    expect(texts(await h.say(author, '31.12 – 1.12')).join('\n')).toContain('Конец раньше начала');
    expect(texts(await h.say(author, 'в декабре')).join('\n')).toContain('Не понял даты');
    await h.say(author, '1.12 – 31.12');
    await h.pressByText(author, '➕ Шаг');
    await h.say(author, 'Шаг');
    await h.pressByText(author, 'Пропустить');
    expect(texts(await h.say(author, '1.11 – 5.12')).join('\n')).toContain('внутри дат проекта');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, '➕ Критерий');
    await h.say(author, 'Качество');
    expect(texts(await h.say(author, '101')).join('\n')).toContain('Не больше 100');
    expect(texts(await h.say(author, '-3')).join('\n')).toContain('отрицательными');
    expect(texts(await h.say(author, '0')).join('\n')).toContain('0 баллов');
    await h.say(author, '5');
    await h.pressByText(author, '← К проекту');
    // Incomplete: no checklist item. The check names the problem and nothing goes to moderators.
    await h.pressByText(author, '📨 На модерацию');
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('не готов');
    const screen = texts(h.fake.sent(author.id)).at(-1)!;
    expect(screen).toContain('шаг 1: нет ни одного пункта чек-листа');
    const project = await h.db.project.findFirstOrThrow({ where: { authorId: ids.author } });
    expect(project.reviewRequestedAt).toBeNull();
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'project-review:' } } })).toBe(0);
    // /cancel mid-question keeps what was saved.
    await h.pressByText(author, '✏️ Кратко');
    expect(texts(await h.command(author, 'cancel')).join('\n')).toContain('сохранено');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: project.id } })).title).toBe('Проект');
  });
});

function documentOf(user: User, fileId: string, name: string, size: number) {
  return documentUpdate(user, { file_id: fileId, file_name: name, mime_type: 'application/x-yaml', file_size: size });
}
