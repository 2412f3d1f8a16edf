// The holes closed for groups, 429s, the crash window after a reply and replay growth: each test
// drives the bot as Telegram would and fails on the behaviour that was there before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Update, User } from 'grammy/types';
import { sqltag as sql } from '@prisma/client/runtime/client';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork } from '../helpers/grading-fixtures.ts';
import { callbackUpdate, commandUpdate, groupChat, makeUser, stickerUpdate, textUpdate } from '../helpers/updates.ts';

const GROUP = groupChat(-100777, 'Методисты района');

describe.each(databaseProviders)('hardening on %s', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(provider);
    await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
  });
  afterEach(async () => h.close());

  const conversationRow = async (user: User) => (await h.db.sessionEntry.findUnique({ where: { key: `conversation:${user.id}` } }))?.value ?? '';

  it('keeps personal flows out of a group: a pointer to the private chat, nobody else answers for a newcomer, no grading by presses there', async () => {
    const expertUser = makeUser(9202);
    const member = makeUser(9203);
    const newcomer = makeUser(9204);
    const expert = await createPerson(h.db, { telegramId: expertUser.id, fullName: 'Соснин Игорь Петрович', roles: ['expert'] });
    const participant = await createPerson(h.db, { telegramId: 9205, fullName: 'Рябинина Анна Сергеевна' });
    await createPerson(h.db, { telegramId: member.id, fullName: 'Ясенев Глеб Олегович' });
    const f = await createProject(h.db);
    await assignExpert(h.db, f.projectId, expert.id);
    const subId = await submitWork(h.db, f, await enrol(h.db, participant.id, f.projectId), { submittedAt: h.clock.now(), items: fullWork('g') });

    const inGroup = { chat: GROUP };
    const review = await h.deliver(commandUpdate(expertUser, '/review@kodo_test_bot', undefined, inGroup));
    expect(review).toHaveLength(1);
    expect(review[0]!.chatId).toBe(GROUP.id);
    expect(review[0]!.text).toContain('в личном чате');
    expect(review[0]!.text).not.toContain('Работы на проверку');
    const link = (review[0]!.replyMarkup as { inline_keyboard: { url: string }[][] }).inline_keyboard[0]![0]!.url;
    expect(link).toBe('https://t.me/kodo_test_bot');

    // Presses on a queue in the group — the expert's own or another member's — open nothing and save nothing.
    const groupMessage = { chat: GROUP, message_id: 4242 };
    for (const who of [expertUser, member]) {
      expect(await h.deliver(callbackUpdate(who, `rv:open:${subId}`, groupMessage))).toEqual([]);
      expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params).toMatchObject({ text: 'Эта кнопка работает только в личном чате с ботом.', show_alert: true });
    }
    const sub = await h.db.submission.findUniqueOrThrow({ where: { id: subId } });
    expect(sub).toMatchObject({ status: 'submitted', claimedById: null });
    expect(await h.db.grade.count()).toBe(0);

    // A newcomer's /start in the group starts nothing there; a member's next message is nobody's answer.
    const start = await h.deliver(commandUpdate(newcomer, '/start@kodo_test_bot', 'project_5', inGroup));
    expect(texts(start)).toEqual(['Это делается в личном чате со мной — там ваши данные и ответы не видны группе.']);
    expect((start[0]!.replyMarkup as { inline_keyboard: { url: string }[][] }).inline_keyboard[0]![0]!.url).toBe('https://t.me/kodo_test_bot?start=project_5');
    expect(await h.deliver(textUpdate(member, 'Ясенев Глеб Олегович', inGroup))).toEqual([]);
    expect(await h.deliver(textUpdate(newcomer, 'Кедровка', inGroup))).toEqual([]);
    expect(await h.db.user.count({ where: { telegramId: BigInt(newcomer.id), registeredAt: { not: null } } })).toBe(0);
    expect(await h.db.municipality.count()).toBe(1);
    expect(await h.db.sessionEntry.count({ where: { key: { startsWith: 'conversation:-' } } })).toBe(0);
    // Chatter and commands to other bots get no answer at all.
    expect(await h.deliver(commandUpdate(member, '/help@other_bot', undefined, inGroup))).toEqual([]);
  });

  it('answers a press on an inline-mode message, which has no chat, quietly', async () => {
    const user = makeUser(9210);
    const update = callbackUpdate(user, 'cat:list:0', undefined, { inline_message_id: 'AAQ1' }) as Update & { callback_query: { message?: unknown } };
    delete update.callback_query.message;
    expect(await h.deliver(update)).toEqual([]);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toBeUndefined();
    expect(await h.db.inboundUpdate.count({ where: { status: 'failed' } })).toBe(0);
  });

  it('finishes a registration whose replies meet 429 Too Many Requests, inside the conversation', async () => {
    const anna = makeUser(9220);
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 }, 2);
    const start = texts(await h.command(anna, '/start'));
    expect(start.at(-1)).toContain('Как вас зовут?');
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    expect(texts(await h.say(anna, 'Снегирёва Анна Павловна')).at(-1)).toContain('Выберите ваш муниципалитет');
    h.fake.failNext('editMessageText', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    expect(texts(await h.pressByText(anna, 'Город Северогорск')).at(-1)).toContain('Шаг 3 из 5');
    expect(texts(await h.say(anna, 'МБУ ДО «Дом детского творчества»')).at(-1)).toContain('Добавить его?');
    await h.pressByText(anna, 'Да, добавить');
    await h.pressByText(anna, 'Педагог');
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    await h.pressByText(anna, 'Готово ✅');
    const done = texts(await h.pressByText(anna, 'Пропустить')).join('\n');
    expect(done).toContain('Снегирёва Анна Павловна');
    expect(done).not.toContain('Что-то пошло не так');
    expect(await h.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(anna.id) } })).toMatchObject({ fullName: 'Снегирёва Анна Павловна' });
    expect(h.fake.sent(anna.id).some((m) => (m.text ?? '').includes('Что-то пошло не так'))).toBe(false);
  });

  it('does not feed an update consumed just before a crash to the next question when it comes again', async () => {
    const anna = makeUser(9230);
    await h.command(anna, '/start');
    const name = textUpdate(anna, 'Снегирёва Анна Павловна');
    expect(texts(await h.deliver(name)).at(-1)).toContain('Выберите ваш муниципалитет');
    // The process dies after the conversation state was written and before the inbox's done mark:
    // the row is as the crash left it — pending, its lease run out — and the instance starts again.
    await h.db.$executeRaw(sql`UPDATE "InboundUpdate" SET "status" = 'pending', "lockedUntil" = NULL, "lockedBy" = NULL, "payload" = ${JSON.stringify(name)} WHERE "updateId" = ${BigInt(name.update_id)}`);
    await h.restart();
    expect(await h.deliver(name)).toEqual([]);
    expect((await h.db.inboundUpdate.findUniqueOrThrow({ where: { updateId: BigInt(name.update_id) } })).status).toBe('done');
    expect(await h.db.municipality.count()).toBe(1);
    // The conversation goes on from where it was.
    expect(texts(await h.pressByText(anna, 'Город Северогорск')).at(-1)).toContain('Шаг 3 из 5');

    // The same for the update that ends a conversation: its state is gone, the redelivery is still known.
    const cancel = commandUpdate(anna, '/cancel');
    expect(texts(await h.deliver(cancel)).join('\n')).toContain('Регистрация прервана');
    await h.db.$executeRaw(sql`UPDATE "InboundUpdate" SET "status" = 'pending', "lockedUntil" = NULL, "lockedBy" = NULL, "payload" = ${JSON.stringify(cancel)} WHERE "updateId" = ${BigInt(cancel.update_id)}`);
    await h.restart();
    expect(await h.deliver(cancel)).toEqual([]);
  });

  it('keeps refused answers out of the stored conversation: a thousand stickers cost what one does', async () => {
    const anna = makeUser(9240);
    await h.command(anna, '/start');
    await h.sticker(anna);
    const afterOne = (await conversationRow(anna)).length;
    // Straight into the bot, past the inbox: the inbox is not what is measured here. (A thousand on
    // SQLite; the same property on PostgreSQL with fewer, to keep the suite short.)
    for (let i = 0; i < (provider === 'sqlite' ? 1_000 : 100); i++) await h.kodo.bot.handleUpdate(stickerUpdate(anna));
    const afterMany = await conversationRow(anna);
    // Only the list of the latest consumed update ids differs (same count of them, longer numbers).
    expect(afterMany.length).toBeLessThan(afterOne + 200);
    expect(afterMany.length).toBeLessThan(8_000);
    expect(texts(await h.say(anna, 'Снегирёва Анна Павловна')).at(-1)).toContain('Выберите ваш муниципалитет');
  }, 300_000);
});
