// Bot-managed groups end to end against the fake Bot API: connecting a group (rights explained),
// workshops (topic, pinned card, joining with a cap), project discussions (join requests approved or
// declined), discussion slots (the race for the last slot) and proposals (a status reaching its author).
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxSender } from '../../src/outbox/sender.ts';
import type { User } from 'grammy/types';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { botAdministrator } from '../helpers/fake-bot-api.ts';
import { basicGroupChat, callbackUpdate, chatJoinRequestUpdate, commandUpdate, documentUpdate, forumChat, makeUser, myChatMemberUpdate, plainMember } from '../helpers/updates.ts';

const DAY = 86_400_000;
const DEV_CHAT = -1001000000001;
const DISCUSS_CHAT = -1001000000002;
const ALL_RIGHTS = { can_manage_topics: true, can_invite_users: true, can_pin_messages: true };

describe.each(databaseProviders)('groups on %s', (provider) => {
  let h: Harness;
  let home: { municipalityId: number; institutionId: number };
  const botUser = () => ({ id: 123456, is_bot: true as const, first_name: 'KoDO', username: 'kodo_test_bot' });
  const moderator = makeUser(501, { first_name: 'Мира' });
  const author = makeUser(502, { first_name: 'Артём' });
  const participant = makeUser(503, { first_name: 'Полина' });
  const stranger = makeUser(504, { first_name: 'Семён' });

  beforeEach(async () => {
    h = await createHarness(provider);
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const i = await h.db.institution.create({ data: { name: 'МБУ ДО «Радуга»', municipalityId: m.id } });
    home = { municipalityId: m.id, institutionId: i.id };
  });
  afterEach(async () => h.close());

  async function person(tg: User, roles: string[] = ['participant'], place = home) {
    return h.db.user.create({
      data: {
        telegramId: BigInt(tg.id), username: tg.username ?? null, fullName: `${tg.first_name} Тестова`, locale: 'ru', registeredAt: h.clock.now(), ...place,
        roles: { create: roles.map((role) => ({ role })) },
      },
    });
  }

  async function project(authorId: number, status = 'running') {
    const now = h.clock.now();
    return h.db.project.create({
      data: {
        title: 'Цифровой урок', summary: 'Демо', kind: 'train', level: 'regional', status, authorId,
        startsOn: new Date(now.getTime() - 5 * DAY), endsOn: new Date(now.getTime() + 30 * DAY),
        steps: { create: [{ position: 1, title: 'План занятия', startsOn: new Date(now.getTime() - 5 * DAY), endsOn: new Date(now.getTime() + 20 * DAY) }] },
      },
    });
  }

  /** The bot added to a forum supergroup as an admin with every right, then linked by a moderator. */
  async function connect(chatId: number, purpose: 'developers' | 'discussion') {
    h.fake.setChat(chatId, { type: 'supergroup', title: purpose === 'developers' ? 'Разработчики КоДО' : 'Обсуждения КоДО', is_forum: true });
    const admin = h.fake.setBotAdmin(chatId, ALL_RIGHTS, '123456:x');
    const chat = forumChat(chatId, purpose === 'developers' ? 'Разработчики КоДО' : 'Обсуждения КоДО');
    await h.deliver(myChatMemberUpdate(moderator, chat, plainMember(botUser(), 'left'), admin as never));
    const linked = await h.deliver(commandUpdate(moderator, 'group', purpose, { chat }));
    return { chat, linked };
  }

  it('explains in the group and in private exactly which rights to grant when added without them', async () => {
    await person(moderator, ['moderator']);
    h.fake.setChat(DEV_CHAT, { type: 'supergroup', title: 'Разработчики', is_forum: true });
    const chat = forumChat(DEV_CHAT, 'Разработчики');
    const inGroup = await h.deliver(myChatMemberUpdate(moderator, chat, plainMember(botUser(), 'left'), plainMember(botUser(), 'member')));
    const said = texts(inGroup.filter((m) => m.chatId === DEV_CHAT)).join('\n');
    expect(said).toContain('прав администратора');
    expect(said).toContain('«Управление темами»');
    expect(said).toContain('«Закрепление сообщений»');
    const privately = await h.db.outboxMessage.findFirstOrThrow({ where: { key: { startsWith: `group-rights:${DEV_CHAT}:` } } });
    expect(privately.chatId).toBe(BigInt(moderator.id));
    expect((privately.payload as { text: string }).text).toContain('«Пригласительные ссылки»');

    // Promoted with two of three rights: only the third is named.
    const partial = botAdministrator(botUser(), { can_manage_topics: true, can_invite_users: true });
    const again = await h.deliver(myChatMemberUpdate(moderator, chat, plainMember(botUser(), 'member'), partial as never));
    const second = texts(again.filter((m) => m.chatId === DEV_CHAT)).join('\n');
    expect(second).toContain('«Закрепление сообщений»');
    expect(second).not.toContain('«Управление темами»');
    expect(await h.services.groups.state(DEV_CHAT)).toMatchObject({ active: false });
  });

  it('tells the person who added it to a basic group that a supergroup with topics is needed', async () => {
    await person(moderator, ['moderator']);
    h.fake.setChat(-500, { type: 'group', title: 'Старая группа' });
    const sent = await h.deliver(myChatMemberUpdate(moderator, basicGroupChat(-500, 'Старая группа'), plainMember(botUser(), 'left'), plainMember(botUser(), 'member')));
    expect(texts(sent).join('\n')).toContain('«Темы»');
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'group-unsupported:-500:' }, chatId: BigInt(moderator.id) } })).toBe(1);
  });

  it('marks a linked group inactive and tells the moderators when the bot is demoted or removed', async () => {
    await person(moderator, ['moderator']);
    const { chat } = await connect(DEV_CHAT, 'developers');
    expect(await h.services.groups.state(DEV_CHAT)).toEqual({ purpose: 'developers', active: true });
    const demoted = botAdministrator(botUser(), { can_manage_topics: true, can_invite_users: true });
    await h.deliver(myChatMemberUpdate(moderator, chat, botAdministrator(botUser(), ALL_RIGHTS) as never, demoted as never));
    expect(await h.services.groups.state(DEV_CHAT)).toEqual({ purpose: 'developers', active: false });
    const told = await h.db.outboxMessage.findMany({ where: { key: { startsWith: `group-down:${DEV_CHAT}:` } } });
    expect(told.map((m) => m.chatId)).toEqual([BigInt(moderator.id)]);
    expect((told[0]!.payload as { text: string }).text).toContain('«Закрепление сообщений»');
    await h.deliver(myChatMemberUpdate(moderator, chat, demoted as never, plainMember(botUser(), 'kicked')));
    expect(await h.services.groups.state(DEV_CHAT)).toEqual({ purpose: 'developers', active: false });
  });

  it('refuses /group from someone who is not a moderator', async () => {
    await person(moderator, ['moderator']);
    await person(participant);
    h.fake.setChat(DEV_CHAT, { type: 'supergroup', title: 'Разработчики', is_forum: true });
    h.fake.setBotAdmin(DEV_CHAT, ALL_RIGHTS, '123456:x');
    const sent = await h.deliver(commandUpdate(participant, 'group', 'developers', { chat: forumChat(DEV_CHAT) }));
    expect(texts(sent).join('\n')).toContain('Модератор');
    expect(await h.services.groups.state(DEV_CHAT)).toMatchObject({ purpose: null });
  });

  it('opens a workshop as a topic with its card pinned, lets people join once within the cap, and turns it into a draft', async () => {
    await person(moderator, ['moderator']);
    const a = await person(author, ['participant', 'author']);
    await person(participant);
    await person(stranger);
    await connect(DEV_CHAT, 'developers');

    await h.command(author, 'workshop');
    await h.say(author, 'Конструктор рабочих листов');
    await h.say(author, 'Сделать шаблоны рабочих листов для дистанционных занятий');
    await h.say(author, 'x'.repeat(1001));
    expect(texts(h.fake.sent(author.id).slice(-2)).join('\n')).toMatch(/1\s?001/);
    await h.say(author, 'Набор из десяти шаблонов с инструкцией');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, /Педагог$/);
    await h.pressByText(author, 'Готово ✅');
    await h.say(author, '31.02');
    expect(texts(h.fake.sent(author.id).slice(-2)).join('\n')).toContain('Не понял дату');
    await h.say(author, '10.12.2026');
    await h.say(author, '1');
    await h.pressByText(author, 'Открыть мастерскую');

    const topics = h.fake.forumTopics(DEV_CHAT);
    expect(topics.map((t) => t.name)).toEqual(['Конструктор рабочих листов']);
    const card = h.fake.sent(DEV_CHAT).find((m) => m.text?.includes('Мастерская «Конструктор рабочих листов»'))!;
    expect(card.params.message_thread_id).toBe(topics[0]!.message_thread_id);
    expect(card.text).toContain('Финальный образ');
    expect(card.text).toContain('Педагог');
    expect(h.fake.pinnedMessages(DEV_CHAT)).toEqual([card.messageId]);
    expect(texts(h.fake.sent(author.id).slice(-1))[0]).toContain('открыта');
    const workshop = await h.db.workshop.findFirstOrThrow();
    expect(workshop).toMatchObject({ authorId: a.id, threadId: topics[0]!.message_thread_id, cardMessageId: card.messageId, cap: 1 });
    expect(await h.db.award.count({ where: { userId: a.id, badgeCode: 'innovator' } })).toBe(1);

    // Joining from the card in the group: twice (two devices) is once; the cap refuses the next person.
    const press = (user: User, data: string) => h.deliver(callbackUpdate(user, data, { ...card.message }));
    await press(participant, `ws:j:${workshop.id}`);
    await press(participant, `ws:j:${workshop.id}`);
    expect(await h.db.workshopMember.count({ where: { workshopId: workshop.id } })).toBe(1);
    expect(h.fake.getMessage(DEV_CHAT, card.messageId)!.text).toContain('1 из 1');
    await press(stranger, `ws:j:${workshop.id}`);
    const refusal = h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text as string;
    expect(refusal).toContain('места');
    expect(await h.db.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).toMatchObject({ memberCount: 1 });

    // Only the author's press closes it or makes a draft.
    await press(participant, `ws:p:${workshop.id}`);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('только автор');
    await press(author, `ws:p:${workshop.id}`);
    const done = await h.db.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
    expect(done.status).toBe('project');
    expect(await h.db.project.findUniqueOrThrow({ where: { id: done.projectId! } })).toMatchObject({ status: 'draft', authorId: a.id, kind: 'build' });
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: `workshop-project:${workshop.id}:` } } })).toBe(1);
  });

  it('says nothing is saved when the developers chat refuses the topic because topics were switched off', async () => {
    await person(moderator, ['moderator']);
    await person(author, ['participant', 'author']);
    await connect(DEV_CHAT, 'developers');
    h.fake.setChat(DEV_CHAT, { type: 'supergroup', title: 'Разработчики КоДО', is_forum: false });
    await h.command(author, 'workshop');
    await h.say(author, 'Идея');
    await h.say(author, 'Описание идеи');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, 'Пропустить');
    await h.pressByText(author, 'Готово ✅');
    await h.pressByText(author, 'Без срока');
    await h.pressByText(author, 'Без ограничения');
    await h.pressByText(author, 'Открыть мастерскую');
    expect(texts(h.fake.sent(author.id).slice(-1))[0]).toContain('ничего не сохранено');
    expect(await h.db.workshop.count()).toBe(0);
    expect(await h.services.groups.state(DEV_CHAT)).toEqual({ purpose: 'developers', active: false });
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: `group-broken:${DEV_CHAT}:` } } })).toBe(1);
  });

  it('offers the author a new topic when the workshop topic was deleted by hand, and recreates it with the card pinned', async () => {
    await person(moderator, ['moderator']);
    await person(author, ['participant', 'author']);
    await person(participant);
    await connect(DEV_CHAT, 'developers');
    const actor = (await h.services.users.byTelegramId(author.id))!;
    const opened = await h.services.workshops.open(actor, { title: 'Квест по городу', idea: 'Городской квест для кружков', outcome: '', path: '', guildCodes: [], formingUntil: null, cap: null }, h.kodo.bot.api);
    h.fake.deleteTopic(DEV_CHAT, opened.threadId!);

    await h.deliver(callbackUpdate(participant, `ws:j:${opened.id}`));
    expect(await h.db.workshopMember.count()).toBe(1);
    const lost = await h.db.workshop.findUniqueOrThrow({ where: { id: opened.id } });
    expect(lost).toMatchObject({ threadId: null, cardMessageId: null, status: 'open' });
    const offer = await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `workshop-topic-lost:${opened.id}:${opened.threadId}` } });
    expect(offer.chatId).toBe(BigInt(author.id));
    expect(JSON.stringify(offer.payload)).toContain(`ws:t:${opened.id}`);

    await h.deliver(callbackUpdate(author, `ws:t:${opened.id}`));
    const topics = h.fake.forumTopics(DEV_CHAT).filter((t) => !t.deleted);
    expect(topics.map((t) => t.name)).toEqual(['Квест по городу']);
    const restored = await h.db.workshop.findUniqueOrThrow({ where: { id: opened.id } });
    expect(restored.threadId).toBe(topics[0]!.message_thread_id);
    expect(h.fake.pinnedMessages(DEV_CHAT)).toContain(restored.cardMessageId);
    expect(h.fake.getMessage(DEV_CHAT, restored.cardMessageId!)!.text).toContain('В рабочей группе: 1');
    // A second press of the old offer changes nothing.
    await h.deliver(callbackUpdate(author, `ws:t:${opened.id}`));
    expect(h.fake.forumTopics(DEV_CHAT).filter((t) => !t.deleted)).toHaveLength(1);
  });

  it('approves a join request from an enrolled participant and declines a stranger with a private explanation', async () => {
    await person(moderator, ['moderator']);
    const a = await person(author, ['participant', 'author']);
    const p = await person(participant);
    await person(stranger);
    const proj = await project(a.id);
    await h.db.enrolment.create({ data: { userId: p.id, projectId: proj.id } });
    const { chat } = await connect(DISCUSS_CHAT, 'discussion');

    await h.command(author, 'discuss');
    await h.pressByText(author, /Открыть: Цифровой урок/);
    const opened = await h.db.project.findUniqueOrThrow({ where: { id: proj.id } });
    expect(opened.discussionInvite).toMatch(/^https:\/\/t\.me\/\+/);
    expect(h.fake.callsOf('createChatInviteLink')[0]!.params.creates_join_request).toBe(true);
    expect(h.fake.forumTopics(DISCUSS_CHAT).map((t) => t.name)).toEqual(['Цифровой урок']);
    expect(texts(h.fake.sent(author.id)).join('\n')).toContain(opened.discussionInvite!);

    const link = { invite_link: opened.discussionInvite!, creator: botUser(), name: `p${proj.id}` };
    h.fake.addJoinRequest(DISCUSS_CHAT, participant.id, link.invite_link);
    h.fake.addJoinRequest(DISCUSS_CHAT, stranger.id, link.invite_link);
    await h.deliver(chatJoinRequestUpdate(participant, chat, link));
    await h.deliver(chatJoinRequestUpdate(stranger, chat, link));
    expect(h.fake.memberStatus(DISCUSS_CHAT, participant.id)).toBe('member');
    expect(h.fake.memberStatus(DISCUSS_CHAT, stranger.id)).toBe('left');
    expect(h.fake.pendingJoinRequests(DISCUSS_CHAT)).toEqual([]);
    expect(h.fake.callsOf('declineChatJoinRequest').map((c) => c.params.user_id)).toEqual([stranger.id]);
    const explanation = await h.db.outboxMessage.findFirstOrThrow({ where: { chatId: BigInt(stranger.id), key: { startsWith: 'join-declined:' } } });
    expect((explanation.payload as { text: string }).text).toContain('«Цифровой урок»');
    expect(await h.db.outboxMessage.count({ where: { chatId: BigInt(participant.id), key: { startsWith: 'join-declined:' } } })).toBe(0);

    // The author asks for step deadlines in the topic: the day before, once.
    await h.command(author, 'discuss');
    await h.pressByText(author, /Сроки и новости в тему/);
    expect(await h.db.project.findUniqueOrThrow({ where: { id: proj.id } })).toMatchObject({ discussionPosts: true });
    h.clock.advance(19 * DAY);
    await h.services.discussions.postDeadlines(h.clock.now());
    await h.services.discussions.postDeadlines(h.clock.now());
    const posts = await h.db.outboxMessage.findMany({ where: { key: { startsWith: 'discussion-deadline:' } } });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.chatId).toBe(BigInt(DISCUSS_CHAT));
    expect(posts[0]!.payload).toMatchObject({ message_thread_id: opened.discussionThreadId });
    expect((posts[0]!.payload as { text: string }).text).toContain('«План занятия»');
  });

  it("posts the project's news in its topic, and notices a topic deleted by hand when a post to it is refused", async () => {
    const mod = await person(moderator, ['moderator']);
    const a = await person(author, ['participant', 'author']);
    const p = await person(participant);
    const proj = await project(a.id);
    await h.db.enrolment.create({ data: { userId: p.id, projectId: proj.id } });
    await connect(DISCUSS_CHAT, 'discussion');
    await h.command(author, 'discuss');
    await h.pressByText(author, /Открыть: Цифровой урок/);
    await h.command(author, 'discuss');
    await h.pressByText(author, /Сроки и новости в тему/);
    const opened = await h.db.project.findUniqueOrThrow({ where: { id: proj.id } });

    const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), pino({ level: 'silent' }), h.clock, {
      instanceId: 'groups-test',
      renderer: h.services.messages,
      onRefused: (refused) => h.services.discussions.noticeRefusal(refused),
    });
    const actor = (await h.services.users.byId(mod.id))!;
    const broadcast = async (text: string, owing = false) => {
      const id = await h.services.broadcasts.createDraft(actor, { text, buttons: [] });
      await h.services.broadcasts.confirm(actor, id, { kind: 'project', id: proj.id, owing }, null, { chatId: moderator.id, messageId: 1 });
      for (let i = 0; i < 3; i++) {
        await sender.drainOnce();
        h.clock.advance(1_100);
      }
    };

    // News for all the project's people: each participant privately, and the topic once, without the private-chat button.
    await broadcast('Встреча участников в четверг');
    const inTopic = h.fake.sent(DISCUSS_CHAT).filter((m) => m.text === 'Встреча участников в четверг');
    expect(inTopic).toHaveLength(1);
    expect(inTopic[0]!.params.message_thread_id).toBe(opened.discussionThreadId);
    expect(JSON.stringify(inTopic[0]!.replyMarkup ?? {})).not.toContain('news:list');
    expect(h.fake.sent(participant.id).filter((m) => m.text === 'Встреча участников в четверг')).toHaveLength(1);
    // A reminder for those owing the step is theirs alone.
    await broadcast('Сдайте план занятия', true);
    expect(h.fake.sent(DISCUSS_CHAT).filter((m) => m.text === 'Сдайте план занятия')).toHaveLength(0);

    // The topic is deleted by hand: the next post is refused, the project forgets the topic, the author is offered a new one.
    h.fake.deleteTopic(DISCUSS_CHAT, opened.discussionThreadId!);
    await broadcast('Перенос встречи на пятницу');
    const forgotten = await h.db.project.findUniqueOrThrow({ where: { id: proj.id } });
    expect(forgotten).toMatchObject({ discussionThreadId: null, discussionInvite: opened.discussionInvite, discussionPosts: true });
    expect(await h.db.auditLog.count({ where: { action: 'project.discussion-lost', entityId: String(proj.id) } })).toBe(1);
    await sender.drainOnce();
    const offer = h.fake.sent(author.id).at(-1)!;
    expect(offer.text).toContain('Тема обсуждения проекта «Цифровой урок» удалена');
    await h.pressByText(author, /Открыть новую тему/);
    const reopened = await h.db.project.findUniqueOrThrow({ where: { id: proj.id } });
    expect(reopened.discussionThreadId).not.toBeNull();
    expect(reopened.discussionThreadId).not.toBe(opened.discussionThreadId);
    expect(reopened.discussionInvite).toBe(opened.discussionInvite);
    expect(h.fake.callsOf('createChatInviteLink')).toHaveLength(1);
    expect(h.fake.forumTopics(DISCUSS_CHAT).filter((t) => !t.deleted).map((t) => t.name)).toEqual(['Цифровой урок']);
  });

  it('gives exactly one booking when two representatives book the last slot at the same instant', async () => {
    await person(moderator, ['moderator']);
    const other = await h.db.municipality.create({ data: { name: 'Посёлок Южный' } });
    const otherInst = await h.db.institution.create({ data: { name: 'ЦДТ', municipalityId: other.id } });
    const a = await person(author, ['participant', 'author']);
    const b = await person(participant, ['participant', 'author'], { municipalityId: other.id, institutionId: otherInst.id });
    const pa = await project(a.id);
    const pb = await project(b.id);
    const mod = (await h.services.users.byTelegramId(moderator.id))!;
    const start = new Date(h.clock.now().getTime() + 5 * DAY);
    await h.services.slots.publish(mod, { period: 'Декабрь 2026', starts: [start], minutes: 60, onlineUrl: 'https://meet.example/kodo', perMunicipality: 1 }, 'test:1');
    const slot = await h.db.discussionSlot.findFirstOrThrow();
    const [ra, rb] = await Promise.allSettled([
      h.services.slots.book((await h.services.users.byId(a.id))!, slot.id, pa.id),
      h.services.slots.book((await h.services.users.byId(b.id))!, slot.id, pb.id),
    ]);
    expect([ra.status, rb.status].sort()).toEqual(['fulfilled', 'rejected']);
    const refused = [ra, rb].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.code).toBe('slot-taken');
    expect(await h.db.slotBooking.count()).toBe(1);
  });

  it('keeps a municipality within its bookings per period even when two of its slots are booked at once', async () => {
    await person(moderator, ['moderator']);
    const a = await person(author, ['participant', 'author']);
    const b = await person(participant, ['participant', 'author']);
    const pa = await project(a.id);
    const pb = await project(b.id);
    const mod = (await h.services.users.byTelegramId(moderator.id))!;
    const t = h.clock.now().getTime() + 5 * DAY;
    await h.services.slots.publish(mod, { period: 'Декабрь 2026', starts: [new Date(t), new Date(t + 3_600_000), new Date(t + 7_200_000)], minutes: 60, onlineUrl: null, perMunicipality: 2 }, 'test:2');
    const [s1, s2, s3] = await h.db.discussionSlot.findMany({ orderBy: { startsAt: 'asc' } });
    const results = await Promise.allSettled([
      h.services.slots.book((await h.services.users.byId(a.id))!, s1!.id, pa.id),
      h.services.slots.book((await h.services.users.byId(b.id))!, s2!.id, pb.id),
      h.services.slots.book((await h.services.users.byId(a.id))!, s3!.id, pa.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('slot-limit');
    expect(await h.db.slotBooking.count({ where: { municipalityId: home.municipalityId } })).toBe(2);
  });

  it('lets a representative book from /slots, cancel before the cutoff, and reminds them once the day before', async () => {
    await person(moderator, ['moderator']);
    const a = await person(author, ['participant', 'author']);
    await project(a.id);
    await h.command(moderator, 'timetable');
    await h.say(moderator, 'Период: Декабрь 2026\nДаты: 25.11.2026\nВремя: 10:00, 11:00\nДлительность: 45\nСсылка: https://meet.example/kodo');
    await h.pressByText(moderator, 'Опубликовать');
    expect(texts(h.fake.sent(moderator.id).slice(-1))[0]).toContain('Опубликовано слотов: 2');

    await h.command(author, 'slots');
    expect(texts(h.fake.sent(author.id).slice(-1))[0]).toContain('10:00–10:45 — свободно');
    await h.pressByText(author, /25 ноября 10:00/);
    const booking = await h.db.slotBooking.findFirstOrThrow();
    expect(h.fake.getMessage(author.id, h.fake.sent(author.id).at(-1)!.messageId)!.text).toContain('Город Северогорск, «Цифровой урок»');
    await h.pressByText(author, /Отменить/);
    expect(await h.db.slotBooking.count()).toBe(0);
    await h.pressByText(author, /25 ноября 11:00/);

    h.clock.advance(4 * DAY + 12 * 3_600_000);
    await h.services.slots.remindUpcoming(h.clock.now());
    await h.services.slots.remindUpcoming(h.clock.now());
    const reminders = await h.db.outboxMessage.findMany({ where: { key: { startsWith: 'slot-reminder:' } } });
    expect(reminders).toHaveLength(1);
    expect((reminders[0]!.payload as { text: string }).text).toContain('https://meet.example/kodo');
    expect(booking.id).toBeLessThan(Number(reminders[0]!.key.split(':')[1]));
    await expect(h.services.slots.cancel((await h.services.users.byId(a.id))!, Number(reminders[0]!.key.split(':')[1]))).rejects.toMatchObject({ code: 'slot-too-late' });
  });

  it("tells a proposal's author of its status change with the moderator's comment", async () => {
    await person(moderator, ['moderator']);
    await person(participant);
    await h.command(participant, 'propose');
    await h.say(participant, 'д'.repeat(10_000));
    expect(texts(h.fake.sent(participant.id).slice(-1))[0]).toMatch(/10\s000 знаков/);
    await h.deliver(documentUpdate(participant, { file_name: 'big.zip', mime_type: 'application/zip', file_size: 30 * 1024 * 1024 }));
    expect(texts(h.fake.sent(participant.id).slice(-1))[0]).toContain('30 МБ');
    await h.say(participant, 'Добавить в каталог фильтр по муниципалитету');
    await h.pressByText(participant, 'Отправить');
    const proposal = await h.db.proposal.findFirstOrThrow();
    expect(proposal).toMatchObject({ status: 'new', fileId: null });

    await h.command(moderator, 'proposals');
    await h.pressByText(moderator, '📥 Очередь предложений');
    await h.pressByText(moderator, `№${proposal.id}`);
    await h.pressByText(moderator, 'Принято');
    await h.say(moderator, 'Сделаем в следующем выпуске');
    const notice = await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `proposal:${proposal.id}:rev:1` } });
    expect(notice.chatId).toBe(BigInt(participant.id));
    expect((notice.payload as { text: string }).text).toContain('«Принято»');
    expect((notice.payload as { text: string }).text).toContain('Сделаем в следующем выпуске');
    expect(await h.db.auditLog.count({ where: { entity: 'proposal', entityId: String(proposal.id) } })).toBe(1);
    const trail = texts(await h.command(moderator, 'audit', `proposal ${proposal.id}`))[0]!;
    expect(trail).toContain('предложение');
    expect(trail).toContain('Сделаем в следующем выпуске');

    await h.command(participant, 'proposals');
    expect(texts(h.fake.sent(participant.id).slice(-1))[0]).toContain('Принято');
  });
});
