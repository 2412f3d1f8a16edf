// The bank of best practices through the bot: a moderator proposes a highly graded work, its author
// consents with the notice's button, /practices finds it by keyword and by filter and pages, the
// author withdraws it; a declined proposal stays unpublished; stale, forged and foreign presses and
// non-moderators change nothing.
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCommands } from '../../src/bot/create-bot.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const logger = pino({ level: 'silent' });

describe.each(databaseProviders)('bank of best practices on %s', (provider) => {
  let h: Harness;
  const mod = makeUser(1901, { username: 'mod_lev' });
  const anna = makeUser(1902, { username: 'anna_p' });
  const boris = makeUser(1903, { username: 'boris_k' });
  const stranger = makeUser(1904);
  let modId: number;
  let annaId: number;
  let borisId: number;
  let expertId: number;
  let project: ProjectFixture;

  beforeEach(async () => {
    h = await createHarness(provider);
    modId = (await createPerson(h.db, { telegramId: mod.id, fullName: 'Кедров Лев Андреевич', roles: ['moderator'] })).id;
    annaId = (await createPerson(h.db, { telegramId: anna.id, fullName: 'Прохорова Анна Ильинична' })).id;
    borisId = (await createPerson(h.db, { telegramId: boris.id, fullName: 'Куликов Борис Олегович' })).id;
    expertId = (await createPerson(h.db, { telegramId: 1905, fullName: 'Жаворонков Ян Павлович', roles: ['expert'] })).id;
    project = await createProject(h.db, { guildCodes: ['teacher'] });
    const distance = await h.db.direction.findFirstOrThrow({ where: { code: 'distance' } });
    await h.db.projectDirection.create({ data: { projectId: project.projectId, directionId: distance.id } });
    await assignExpert(h.db, project.projectId, expertId);
  });
  afterEach(async () => h.close());

  /** A hand-in graded by the expert with these criterion points (the rubric's maximum is 21). */
  async function graded(userId: number, points: number[], decision: 'accepted' | 'returned' = 'accepted', fixture = project, tag = `w${userId}`): Promise<number> {
    const enrolmentId = (await h.db.enrolment.findUnique({ where: { userId_projectId: { userId, projectId: fixture.projectId } } }))?.id ?? (await enrol(h.db, userId, fixture.projectId));
    const submissionId = await submitWork(h.db, fixture, enrolmentId, { submittedAt: new Date(h.clock.now().getTime() - 3_600_000), items: fullWork(tag) });
    await h.services.grading.claim(expertId, submissionId);
    await h.services.grading.saveGrade(
      expertId,
      submissionId,
      {
        items: fixture.itemIds.map((id) => ({ checklistItemId: id, ok: decision === 'accepted', comment: decision === 'accepted' ? '' : 'переделать' })),
        criteria: fixture.criterionIds.map((id, i) => ({ criterionId: id, points: points[i]! })),
        tokens: ['quality', 'idea'],
        comment: 'Отличный план',
        decision,
        overrideReason: null,
      },
      `test:grade:${submissionId}`,
    );
    return submissionId;
  }

  async function drain() {
    const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), logger, h.clock, { instanceId: 'test-sender', renderer: h.services.messages });
    for (let i = 0; i < 10; i++) {
      const { sent } = await sender.drainOnce();
      if (!sent) break;
      h.clock.advance(1_100);
    }
  }

  const practiceOf = (submissionId: number) => h.db.practice.findUniqueOrThrow({ where: { submissionId } });

  it('proposed → the author consents → /practices finds it by keyword and filter → card and files → the author withdraws', async () => {
    const work = await graded(annaId, [3, 2, 7, 2, 1, 4]); // 19 of 21
    expect(texts(await h.command(mod, '/practice_propose', String(work))).at(-1)).toMatch(/^Практика № \d+ предложена/);
    // Proposing again (a double tap, another moderator) finds the same practice and asks nothing new.
    expect(texts(await h.command(mod, '/practice_propose', String(work))).at(-1)).toMatch(/уже предложена: практика № \d+, ждёт согласия автора/);
    expect(await h.db.practice.count()).toBe(1);
    expect(await h.db.outboxMessage.count({ where: { kind: 'practices.consent-request' } })).toBe(1);
    // Not public before the author's consent.
    expect(texts(await h.command(boris, '/practices')).at(-1)).toContain('практик пока нет');

    await drain();
    const request = h.fake.sent(anna.id).at(-1)!;
    expect(request.text).toContain('Вашу работу предлагают в банк лучших практик');
    expect(request.text).toContain('19 из 21');
    const practice = await practiceOf(work);
    await h.pressByText(anna, '✅ Согласен(на) опубликовать');
    const after = await practiceOf(work);
    expect(after).toMatchObject({ status: 'published', consentVia: 'bot' });
    expect(after.consentAt).toEqual(h.clock.now());
    expect(h.fake.sent(anna.id).at(-1)!.text).toContain('опубликована в банке');
    expect(h.fake.sent(anna.id).at(-1)!.text).toContain(`https://t.me/kodo_test_bot?start=practice_${practice.id}`);
    expect((await h.db.auditLog.findMany({ where: { entity: 'practice', entityId: String(practice.id) }, orderBy: { id: 'asc' } })).map((a) => [a.action, a.actorId])).toEqual([
      ['practice.propose', modId],
      ['practice.consent', annaId],
    ]);
    await drain();
    expect(h.fake.sent(mod.id).at(-1)!.text).toContain('Автор согласился');

    // Anyone finds it: by a word of the hand-in's text, in any case and with ё written as е.
    const found = texts(await h.command(stranger, '/practices', 'ZOOM'));
    expect(found.at(-1)).toContain('Найдено: 1');
    expect(found.at(-1)).toContain('Обучаем. Занятие в дистанте. — План дистанционного занятия');
    expect(found.at(-1)).toContain('Прохорова Анна Ильинична');
    expect(texts(await h.command(stranger, '/practices', 'робототехника')).at(-1)).toContain('практик пока нет');

    // By direction with the picker's buttons.
    await h.command(boris, '/practices');
    await h.pressByText(boris, '🧭 Направленность');
    await h.pressByText(boris, /Дистанционные программы/);
    const listText = () => h.fake.sent(boris.id).at(-1)!.text ?? '';
    expect(listText()).toContain('Направленность: Дистанционные программы');
    expect(listText()).toContain('Найдено: 1');
    await h.pressByText(boris, '🧭 Направленность');
    await h.pressByText(boris, /ОВЗ/);
    expect(listText()).toContain('практик пока нет');

    // The card, then the files by file_id.
    await h.command(boris, '/practices');
    await h.pressByText(boris, /^1\. /);
    const card = listText();
    expect(card).toContain('Проект:</b> Обучаем. Занятие в дистанте.');
    expect(card).toContain('Шаг 1:</b> План дистанционного занятия');
    expect(card).toContain('Гильдии:</b> Педагог');
    expect(card).toMatch(/Жетоны:<\/b> .*КАЧЕСТВО/);
    expect(card).toContain('Оценка:</b> 19 из 21');
    expect(card).toContain('Автор:</b> Прохорова Анна Ильинична');
    const before = h.fake.sent(boris.id).length;
    await h.pressByText(boris, '📎 Файлы (2)');
    const files = h.fake.sent(boris.id).slice(before);
    expect(h.fake.callsOf('sendDocument').at(-1)!.params.document).toBe('BQACAgIAAxk_plan_w' + annaId);
    expect(h.fake.callsOf('sendPhoto').at(-1)!.params.photo).toBe('AgACAgIAAxk_board_w' + annaId);
    expect(files.length).toBe(2);

    // The deep link opens the card.
    expect(texts(await h.command(boris, '/start', `practice_${practice.id}`)).at(-1)).toContain('Оценка:</b> 19 из 21');

    // The author withdraws it: the button asks once more, «Отмена» keeps it.
    await h.command(anna, '/practice_withdraw');
    await h.pressByText(anna, `Снять практику № ${practice.id}`);
    expect(h.fake.sent(anna.id).at(-1)!.text).toContain('Это нельзя отменить');
    await h.pressByText(anna, 'Отмена');
    expect((await practiceOf(work)).status).toBe('published');
    // Then with a reason, by the command: gone from the search, its card and link.
    expect(texts(await h.command(anna, '/practice_withdraw', `${practice.id} обновлю и пришлю снова`)).at(-1)).toContain('снята из банка');
    expect((await practiceOf(work)).status).toBe('withdrawn');
    expect(texts(await h.command(stranger, '/practices', 'zoom')).at(-1)).toContain('практик пока нет');
    expect(texts(await h.command(boris, '/start', `practice_${practice.id}`)).at(-1)).toBe('Эта практика больше не опубликована.');
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'practice.withdraw' } });
    expect(audit).toMatchObject({ actorId: annaId, entityId: String(practice.id), before: { status: 'published' }, after: { status: 'withdrawn', reason: 'обновлю и пришлю снова' } });
    // The moderators' trail of the practice, in words.
    const trail = texts(await h.command(mod, '/audit', `practice ${practice.id}`)).at(-1)!;
    expect(trail).toContain(`Журнал: практика № ${practice.id}`);
    for (const line of ['Кедров Лев Андреевич · практика предложена в банк', 'Прохорова Анна Ильинична · автор согласился на публикацию', 'Прохорова Анна Ильинична · практика снята']) expect(trail).toContain(line);
  });

  it('pages the list five at a time with buttons that carry the search', async () => {
    const second = await createProject(h.db, { title: 'Сетевое занятие' });
    await assignExpert(h.db, second.projectId, expertId);
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      const who = (await createPerson(h.db, { telegramId: 3000 + i, fullName: `Участникова ${i}` })).id;
      const work = await graded(who, [3, 2, 7, 2, 2, 5], 'accepted', i < 6 ? project : second, `p${i}`);
      const { id } = await h.services.practices.propose((await h.services.users.byId(modId))!, work, `test:propose:${i}`);
      await h.services.practices.answer((await h.services.users.byId(who))!, id, true, 'bot', `test:answer:${i}`);
      h.clock.advance(60_000);
      ids.push(id);
    }
    const first = texts(await h.command(boris, '/practices', 'дистанте'));
    expect(first.at(-1)).toContain('Найдено: 6 · стр. 1 из 2');
    await h.pressByText(boris, '▶');
    const page2 = h.fake.sent(boris.id).at(-1)!.text ?? '';
    expect(page2).toContain('стр. 2 из 2');
    expect(page2).toContain('6. ');
    expect(page2).toContain('слово: дистанте');
    expect(h.buttons(boris).map((b) => b.text)).toContain('◀');
  });

  it('names a practice with the title the moderator gives, and finds it by the title\'s words', async () => {
    const work = await graded(annaId, [3, 2, 7, 2, 2, 5]);
    await h.command(mod, '/practice_propose', `${work} Театральная студия   онлайн`);
    await drain();
    expect((await practiceOf(work)).title).toBe('Театральная студия онлайн');
    await h.pressByText(anna, '✅ Согласен(на) опубликовать');
    expect(texts(await h.command(boris, '/practices', 'студия')).at(-1)).toContain('Театральная студия онлайн');

    // A hidden project takes its practices out of the bank; shown again, they are back.
    const moderator = (await h.services.users.byId(modId))!;
    await h.services.moderation.changeProject(moderator, project.projectId, 'hide', 'персональные данные в материалах', 'test:hide');
    expect(texts(await h.command(boris, '/practices', 'студия')).at(-1)).not.toContain('Театральная студия онлайн');
    expect(await h.services.practices.published((await practiceOf(work)).id)).toBeNull();
    await h.services.moderation.changeProject(moderator, project.projectId, 'show', '', 'test:show');
    expect(texts(await h.command(boris, '/practices', 'студия')).at(-1)).toContain('Театральная студия онлайн');
  });

  it('a declined proposal stays unpublished; a stale press and a foreign press change nothing', async () => {
    const work = await graded(annaId, [3, 2, 7, 2, 2, 5]);
    await h.command(mod, '/practice_propose', String(work));
    await drain();
    const practice = await practiceOf(work);
    // Boris presses Anna's button (forged): refused, nothing changes.
    await h.press(boris, `pr:y:${practice.id}`);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toBe('Это не ваша практика.');
    expect((await practiceOf(work)).status).toBe('proposed');

    await h.pressByText(anna, '🚫 Не публиковать');
    expect(await practiceOf(work)).toMatchObject({ status: 'declined', consentAt: null });
    expect(h.fake.sent(anna.id).at(-1)!.text).toContain('не будет опубликована');
    // The earlier «agree» button pressed later (a stale press): answered, still declined.
    await h.press(anna, `pr:y:${practice.id}`);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toBe('Ответ уже не нужен: практика автор отказался.');
    expect((await practiceOf(work)).status).toBe('declined');
    expect(texts(await h.command(boris, '/practices')).at(-1)).toContain('практик пока нет');
    expect(await h.db.auditLog.count({ where: { entity: 'practice' } })).toBe(2);
    // A forged browse button is answered as out of date.
    await h.press(boris, 'pb:c:zz:nonsense');
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('Эта кнопка устарела');

    // Proposed again later, under a new title: the author is asked once more and may now agree.
    const asked = h.fake.sent(anna.id).length;
    expect(texts(await h.command(mod, '/practice_propose', `${work} Кукольный театр в дистанте`)).at(-1)).toMatch(/^Практика № \d+ предложена/);
    await h.command(mod, '/practice_propose', String(work));
    await drain();
    expect(h.fake.sent(anna.id).slice(asked).filter((m) => (m.text ?? '').includes('Согласны'))).toHaveLength(1);
    expect(await practiceOf(work)).toMatchObject({ status: 'proposed', round: 2 });
    await h.pressByText(anna, '✅ Согласен(на) опубликовать');
    expect((await practiceOf(work)).status).toBe('published');
    expect(await h.db.auditLog.count({ where: { entity: 'practice', action: 'practice.propose-again' } })).toBe(1);
    expect(texts(await h.command(boris, '/practices', 'кукольный')).at(-1)).toContain('Кукольный театр в дистанте');
  });

  it('makes one practice of two moderators proposing at the same moment, and one consent of a double press', async () => {
    const work = await graded(annaId, [3, 2, 7, 2, 2, 5]);
    const second = (await createPerson(h.db, { telegramId: 1906, fullName: 'Синицына Ольга Петровна', roles: ['moderator'] })).id;
    const [a, b] = await Promise.all([
      h.services.practices.propose((await h.services.users.byId(modId))!, work, 'test:p1'),
      h.services.practices.propose((await h.services.users.byId(second))!, work, 'test:p2'),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(await h.db.practice.count()).toBe(1);
    expect(await h.db.outboxMessage.count({ where: { kind: 'practices.consent-request' } })).toBe(1);
    const author = (await h.services.users.byId(annaId))!;
    const answers = await Promise.all([h.services.practices.answer(author, a.id, true, 'bot', 'test:a1'), h.services.practices.answer(author, a.id, true, 'bot', 'test:a2')]);
    expect(answers.filter((r) => r.changed)).toHaveLength(1);
    expect(await h.db.auditLog.count({ where: { action: 'practice.consent' } })).toBe(1);
    // Withdrawn by the author's button, confirmed; the confirmation pressed twice withdraws once.
    await h.command(anna, '/practice_withdraw');
    await h.pressByText(anna, `Снять практику № ${a.id}`);
    await h.pressByText(anna, 'Да, снять');
    expect(h.fake.sent(anna.id).at(-1)!.text).toContain('снята из банка');
    expect((await h.db.practice.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('withdrawn');
    await h.press(anna, `pr:wy:${a.id}`);
    expect(await h.db.auditLog.count({ where: { action: 'practice.withdraw' } })).toBe(1);
  });

  it('is in /help and in the command menu', async () => {
    expect(texts(await h.command(anna, '/help'))[0]).toContain('/practices [слово] — банк лучших практик');
    expect(texts(await h.command(mod, '/help'))[0]).toContain('/practice_propose № работы');
    expect(texts(await h.command(anna, '/help'))[0]).not.toContain('/practice_propose');
    await publishCommands(h.kodo, 'ru');
    expect(h.fake.myCommands({ type: 'default' }, 'ru').find((c) => c.command === 'practices')?.description).toBe('Банк лучших практик');
    expect(h.fake.myCommands({ type: 'default' }, 'en').find((c) => c.command === 'practices')?.description).toBe('Bank of best practices');
  });

  it('refuses non-moderators, returned and low-graded works, and someone else’s withdrawal', async () => {
    const good = await graded(annaId, [3, 2, 7, 2, 2, 5]);
    expect(texts(await h.command(anna, '/practice_propose', String(good))).at(-1)).toBe('Для этого нужна роль «Модератор». Обратитесь к администратору КоДО.');
    expect(texts(await h.command(stranger, '/practice_propose', String(good))).at(-1)).toContain('Сначала зарегистрируйтесь');
    const low = await graded(borisId, [3, 2, 5, 2, 1, 3]); // 16 of 21: below 17
    expect(texts(await h.command(mod, '/practice_propose', String(low))).at(-1)).toBe('Оценка 16 из 21 ниже порога банка: нужно не меньше 17.');
    const other = await createProject(h.db, { title: 'Второй проект' });
    await assignExpert(h.db, other.projectId, expertId);
    const returned = await graded(borisId, [3, 2, 7, 2, 2, 5], 'returned', other, 'ret');
    expect(texts(await h.command(mod, '/practice_propose', String(returned))).at(-1)).toBe('В банк предлагают только принятые работы.');
    expect(await h.db.practice.count()).toBe(0);

    await h.command(mod, '/practice_propose', String(good));
    const practice = await practiceOf(good);
    expect(texts(await h.command(boris, '/practice_withdraw', String(practice.id))).at(-1)).toBe('Это не ваша практика.');
    expect((await practiceOf(good)).status).toBe('proposed');
    // The author's list offers a button; a foreign press of it is refused.
    expect(texts(await h.command(anna, '/practice_withdraw')).at(-1)).toContain(`${practice.id} · Обучаем. Занятие в дистанте. — План дистанционного занятия — ждёт согласия автора`);
    await h.press(boris, `pr:w:${practice.id}`);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toBe('Это не ваша практика.');
    await h.press(boris, `pr:wy:${practice.id}`);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toBe('Это не ваша практика.');
    expect((await practiceOf(good)).status).toBe('proposed');
    // A moderator may, and the author is told why.
    expect(texts(await h.command(mod, '/practice_withdraw', `${practice.id} нарушены авторские права`)).at(-1)).toContain('снята из банка');
    const notice = await h.db.outboxMessage.findFirstOrThrow({ where: { kind: 'practices.withdrawn' } });
    expect(notice.chatId).toBe(BigInt(anna.id));
    expect(notice.data).toMatchObject({ reason: 'нарушены авторские права' });
  });
});
