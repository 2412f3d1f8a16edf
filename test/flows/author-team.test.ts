// An author's team and dashboard as people use them: a co-author added through the team screen can
// manage the project; forged team/dash presses by others change nothing; an expert invite link works
// once, expires, and assigns the expert only after the author confirms; reminders go once a day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/services/expert-invites.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const DAY = 86_400_000;

describe.each(databaseProviders)('project team and dashboard on %s', (provider) => {
  let h: Harness;
  let f: ProjectFixture;
  const people = { author: 7101, co: 7102, stranger: 7103, expert: 7104, other: 7105, p1: 7111, p2: 7112, p3: 7113 };
  const ids: Record<keyof typeof people, number> = {} as never;
  const u = (who: keyof typeof people) => makeUser(people[who], { username: `u${people[who]}` });
  const lastAnswer = () => h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text as string | undefined;
  const outboxTo = (who: keyof typeof people) => h.db.outboxMessage.findMany({ where: { chatId: BigInt(people[who]) }, orderBy: { id: 'asc' } });

  beforeEach(async () => {
    h = await createHarness(provider);
    ids.author = (await createPerson(h.db, { telegramId: people.author, fullName: 'Соколова Ирина Петровна', roles: ['author'] })).id;
    ids.co = (await createPerson(h.db, { telegramId: people.co, fullName: 'Белов Олег Игоревич' })).id;
    ids.stranger = (await createPerson(h.db, { telegramId: people.stranger, fullName: 'Чужой Пётр', roles: ['author'] })).id;
    ids.expert = (await createPerson(h.db, { telegramId: people.expert, fullName: 'Морозова Алла Юрьевна' })).id;
    ids.other = (await createPerson(h.db, { telegramId: people.other, fullName: 'Другой Эксперт' })).id;
    for (const p of ['p1', 'p2', 'p3'] as const) ids[p] = (await createPerson(h.db, { telegramId: people[p], fullName: `Участник ${p}` })).id;
    f = await createProject(h.db, { authorId: ids.author, title: 'Обучаем. Занятие в дистанте.' });
  });
  afterEach(async () => h.close());

  it('adds a co-author from the team screen, who then manages the project like the author; removing takes it back', async () => {
    const author = u('author');
    const shown = texts(await h.press(author, `team:${f.projectId}`)).join('\n');
    expect(shown).toContain('Команда проекта «Обучаем. Занятие в дистанте.»');
    expect(shown).toContain('Автор: Соколова Ирина Петровна');
    await h.pressByText(author, '➕ Соавтор');
    expect(texts(await h.say(author, '@nobody_here')).join('\n')).toContain('Не нашёл пользователя @nobody_here');
    const added = texts(await h.say(author, `@u${people.co}`)).join('\n');
    expect(added).toContain('Белов Олег Игоревич теперь соавтор проекта «Обучаем. Занятие в дистанте.»');

    expect(await h.db.projectCoauthor.findMany({ where: { projectId: f.projectId } })).toEqual([expect.objectContaining({ userId: ids.co, addedById: ids.author })]);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'project.coauthor.add' } });
    expect(audit).toMatchObject({ actorId: ids.author, entityId: String(f.projectId), before: { coauthorIds: [] }, after: { coauthorIds: [ids.co] } });
    const notice = (await outboxTo('co')).map((m) => (m.payload as { text: string }).text).join('\n');
    expect(notice).toContain('Вас добавили соавтором проекта «Обучаем. Занятие в дистанте.»');

    // The co-author: sees the project in /dashboard, opens its dashboard and team, manages experts.
    const co = u('co');
    expect(texts(await h.command(co, '/dashboard')).join('\n')).toContain('1. Обучаем. Занятие в дистанте. — идёт');
    expect(texts(await h.press(co, `dash:v:${f.projectId}`)).join('\n')).toContain('Сводка проекта «Обучаем. Занятие в дистанте.»');
    await h.db.userRole.create({ data: { userId: ids.expert, role: 'expert' } });
    expect(texts(await h.command(co, '/experts', `${f.projectId} @u${people.expert}`)).join('\n')).toContain('Морозова Алла Юрьевна');
    expect(await h.db.projectExpert.count({ where: { projectId: f.projectId, userId: ids.expert } })).toBe(1);

    // The author removes the co-author: audited, told, and the rights are gone at once.
    await h.press(author, `team:v:${f.projectId}`);
    await h.pressByText(author, /соавтор Белов/);
    expect(await h.db.projectCoauthor.count()).toBe(0);
    expect(await h.db.auditLog.count({ where: { action: 'project.coauthor.remove' } })).toBe(1);
    expect((await outboxTo('co')).map((m) => (m.payload as { text: string }).text).join('\n')).toContain('Вы больше не соавтор проекта');
    await h.press(co, `dash:v:${f.projectId}`);
    expect(lastAnswer()).toBe('Это может только автор проекта, его соавтор или модератор.');
  });

  it('refuses forged team and dashboard presses by someone who does not manage the project, changing nothing', async () => {
    await h.db.projectCoauthor.create({ data: { projectId: f.projectId, userId: ids.co, addedById: ids.author } });
    const stranger = u('stranger');
    const refusal = 'Это может только автор проекта, его соавтор или модератор.';
    for (const data of [`dash:${f.projectId}`, `team:${f.projectId}`, `team:rc:${f.projectId}:${ids.co}`, `team:inv:${f.projectId}`, `team:ac:${f.projectId}`]) {
      const sent = await h.press(stranger, data);
      expect(lastAnswer(), data).toBe(refusal);
      expect(sent.filter((m) => m.method === 'sendMessage' || m.method === 'editMessageText'), data).toEqual([]);
    }
    await enrol(h.db, ids.p1, f.projectId);
    await h.press(stranger, `dash:rs:${f.projectId}:${f.stepId}`);
    expect(lastAnswer()).toBe(refusal);
    expect(await h.db.projectCoauthor.count()).toBe(1);
    expect(await h.db.expertInvite.count()).toBe(0);
    expect(await h.db.outboxMessage.count()).toBe(0);
    expect(await h.db.jobRun.count({ where: { job: { startsWith: 'project-reminder' } } })).toBe(0);
    // Malformed data under the prefixes is simply out of date.
    await h.press(stranger, 'team:rc:abc');
    expect(lastAnswer()).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
    await h.press(stranger, 'dash:zz');
    expect(lastAnswer()).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
  });

  it('assigns an invited expert only after the author confirms; the link works once and expires', async () => {
    const author = u('author');
    await h.press(author, `team:${f.projectId}`);
    const created = texts(await h.pressByText(author, '🔗 Пригласить эксперта')).join('\n');
    const token = /start=expert_([A-Za-z0-9_-]+)/.exec(created)?.[1];
    expect(token).toHaveLength(24);
    expect(created).toContain('действует до 27 ноября');
    // Only the hash is stored.
    const invite = await h.db.expertInvite.findFirstOrThrow();
    expect(invite.tokenHash).toBe(hashToken(token!));
    expect(JSON.stringify(invite)).not.toContain(token!);

    // The author opening their own link is told to forward it.
    expect(texts(await h.command(author, '/start', `expert_${token}`)).join('\n')).toContain('Это ваш собственный проект');
    // The expert opens it: not yet assigned; the author is asked with buttons.
    const expert = u('expert');
    expect(texts(await h.command(expert, '/start', `expert_${token}`)).join('\n')).toContain('Автор проекта «Обучаем. Занятие в дистанте.» получил вашу заявку');
    expect(await h.db.projectExpert.count()).toBe(0);
    const ask = (await outboxTo('author')).find((m) => m.key === `expert-invite:${invite.id}:ask`)!;
    expect((ask.payload as { text: string }).text).toContain('Морозова Алла Юрьевна открыл(а) вашу ссылку-приглашение');
    expect(JSON.stringify(ask.payload)).toContain(`team:ok:${invite.id}`);
    // Someone else with the same link is refused: it has been used.
    expect(texts(await h.command(u('other'), '/start', `expert_${token}`)).join('\n')).toContain('уже воспользовались');
    // A forged confirmation by a stranger changes nothing.
    await h.press(u('stranger'), `team:ok:${invite.id}`);
    expect(lastAnswer()).toBe('Это может только автор проекта, его соавтор или модератор.');
    expect(await h.db.projectExpert.count()).toBe(0);

    // The author confirms: assigned, given the expert role, audited, told; a second press changes nothing.
    await h.press(author, `team:ok:${invite.id}`);
    expect(lastAnswer()).toBe('✅ Морозова Алла Юрьевна назначен(а) экспертом проекта.');
    expect(await h.db.projectExpert.findMany()).toEqual([expect.objectContaining({ projectId: f.projectId, userId: ids.expert, assignedById: ids.author })]);
    expect(await h.db.userRole.count({ where: { userId: ids.expert, role: 'expert' } })).toBe(1);
    expect(await h.db.auditLog.count({ where: { action: 'project.expert.assign', entityId: String(f.projectId) } })).toBe(1);
    expect(await h.db.auditLog.count({ where: { action: 'role.grant', entityId: String(ids.expert) } })).toBe(1);
    expect((await outboxTo('expert')).map((m) => m.key)).toContain(`expert-invite:${invite.id}:accepted`);
    await h.press(author, `team:no:${invite.id}`);
    expect(lastAnswer()).toBe('По этому приглашению уже принято решение.');
    expect(await h.db.projectExpert.count()).toBe(1);
    // /experts keeps working and lists the invited expert.
    expect(texts(await h.command(author, '/experts', String(f.projectId))).join('\n')).toContain('Морозова Алла Юрьевна');

    // A fresh link left unopened past its 7 days is refused; an unknown one too.
    await h.press(author, `team:inv:${f.projectId}`);
    const second = /start=expert_([A-Za-z0-9_-]+)/.exec(texts(h.fake.sent(people.author)).join('\n').split('Ссылка-приглашение').at(-1)!)?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(token);
    h.clock.advance(7 * DAY + 1_000);
    expect(texts(await h.command(u('other'), '/start', `expert_${second}`)).join('\n')).toContain('Срок действия этой ссылки-приглашения истёк');
    expect(texts(await h.command(u('other'), '/start', `expert_${'A'.repeat(24)}`)).join('\n')).toContain('ссылка-приглашение не найдена');
    expect(await h.db.projectExpert.count()).toBe(1);
  });

  it('shows per-step counts with the slowest step and reminds those who owe the current step once a day', async () => {
    // A second step, open now (20 November) like the first; the first ends later.
    const step2 = await h.db.step.create({
      data: { projectId: f.projectId, position: 2, title: 'Проведение занятия', startsOn: new Date('2026-11-10T00:00:00Z'), endsOn: new Date('2026-11-25T00:00:00Z') },
    });
    const enrolments = [];
    for (const p of ['p1', 'p2', 'p3'] as const) enrolments.push(await enrol(h.db, ids[p], f.projectId));
    await submitWork(h.db, f, enrolments[0]!, { submittedAt: h.clock.now(), items: fullWork('a') });
    await submitWork(h.db, f, enrolments[1]!, { submittedAt: h.clock.now(), items: fullWork('b') });

    const author = u('author');
    const board = texts(await h.press(author, `dash:${f.projectId}`)).join('\n');
    expect(board).toContain('участников: 3');
    expect(board).toContain('<b>Шаг 1. План дистанционного занятия</b> (1 ноября – 31 декабря)\nсдали 2 из 3 · ждут проверки: 2 · принято: 0 · на доработке: 0');
    // Step 2 has nobody's work in while most of its days are gone: it is the one flagged.
    expect(board).toContain('<b>Шаг 2. Проведение занятия</b> (10 ноября – 25 ноября) 🐢');
    expect(board).not.toContain('(1 ноября – 31 декабря) 🐢');
    // The current step is the earliest open one: step 1, owed by p3.
    expect(board).toContain('Сейчас идёт шаг 1 «План дистанционного занятия»: не сдали 1.');

    await h.pressByText(author, '🔔 Напомнить не сдавшим (1)');
    await h.pressByText(author, '🔔 Да, напомнить');
    expect(lastAnswer()).toBe('Напоминание отправлено: 1');
    const reminders = await h.db.outboxMessage.findMany({ where: { key: { startsWith: `project-reminder:${f.projectId}:` } } });
    expect(reminders.map((r) => Number(r.chatId))).toEqual([people.p3]);
    expect((reminders[0]!.payload as { text: string }).text).toContain('шаг 1 «План дистанционного занятия» нужно сдать до 31 декабря');
    expect(JSON.stringify(reminders[0]!.payload)).toContain(`cat:n:${f.stepId}`);
    expect(JSON.stringify(reminders[0]!.payload)).toContain(`submit:${f.stepId}`);
    expect(await h.db.auditLog.count({ where: { action: 'project.reminder' } })).toBe(1);

    // Again the same day — by the author or a co-author, from an old confirmation — nothing more goes out.
    await h.db.projectCoauthor.create({ data: { projectId: f.projectId, userId: ids.co, addedById: ids.author } });
    await h.press(u('co'), `dash:rs:${f.projectId}:${f.stepId}`);
    expect(lastAnswer()).toBe('Сегодня напоминание по этому проекту уже отправлено — следующее можно завтра.');
    await h.press(author, `dash:rs:${f.projectId}:${f.stepId}`);
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'project-reminder:' } } })).toBe(1);
    // The dashboard the author sees now says so and offers no reminder button.
    expect(texts(h.fake.sent(people.author)).at(-1)).toContain('Сегодня напоминание уже отправлено');
    expect(h.buttons(author).map((b) => b.text)).not.toContain('🔔 Напомнить не сдавшим (1)');

    // The next local day it may go again; a confirmation for a step that is no longer current is stale.
    h.clock.advance(DAY);
    await h.press(author, `dash:rs:${f.projectId}:${step2.id}`);
    expect(lastAnswer()).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
    await h.press(author, `dash:rs:${f.projectId}:${f.stepId}`);
    expect(lastAnswer()).toBe('Напоминание отправлено: 1');
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'project-reminder:' } } })).toBe(2);
  });
});
