// Broadcasts end to end: a moderator composes a post, picks and counts an audience with buttons,
// sends it; the outbox sender renders it for each recipient in their language, keeps the
// moderator's status message up to date, honours 429 and marks people who blocked the bot.
import pino from 'pino';
import { Api } from 'grammy';
import type { User } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BroadcastMonitor } from '../../src/outbox/broadcast-monitor.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { makeUser, photoUpdate, textUpdate } from '../helpers/updates.ts';

describe.each(databaseProviders)('broadcasts on %s', { timeout: 90_000 }, (provider) => {
  let h: Harness;
  const moderator = makeUser(9001, { first_name: 'Мила' });
  let seq = 100;

  beforeEach(async () => {
    h = await createHarness(provider);
  });
  afterEach(async () => h.close());

  async function person(tg: User, opts: { roles?: string[]; guilds?: string[]; locale?: string } = {}) {
    const guilds = await h.db.guild.findMany({ where: { code: { in: opts.guilds ?? ['teacher'] } } });
    return h.db.user.create({
      data: {
        telegramId: BigInt(tg.id),
        fullName: `${tg.first_name} Тестова`,
        locale: opts.locale ?? 'ru',
        registeredAt: h.clock.now(),
        roles: { create: (opts.roles ?? ['participant']).map((role) => ({ role })) },
        guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      },
    });
  }

  function sender() {
    const api = new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot });
    const logger = pino({ level: 'silent' });
    let s: OutboxSender;
    const monitor = new BroadcastMonitor(h.services.broadcasts, h.services.messages, api, logger, { takeSlot: (chat) => s.takeSlot(chat), editEveryMs: 3_000 });
    s = new OutboxSender(h.db, api, logger, h.clock, { instanceId: 'test', renderer: h.services.messages, monitor });
    /** One sender round as the loop runs it: the monitor, then the drain; time moves a second. */
    const round = async () => {
      await monitor.tick(h.clock.now());
      const r = await s.drainOnce();
      h.clock.advance(1_100);
      return r;
    };
    return { s, monitor, round };
  }

  /** Presses and counts: every press is one tap. */
  function tapper() {
    let taps = 0;
    return {
      get taps() {
        return taps;
      },
      async press(text: string | RegExp) {
        taps++;
        return h.pressByText(moderator, text);
      },
    };
  }

  async function composed(text = '<b>Важно</b>: семинар в пятницу') {
    await person(moderator, { roles: ['moderator'], guilds: ['methodologist'] });
    await h.command(moderator, '/news_new');
    await h.deliver(textUpdate(moderator, 'Семинар в пятницу', { entities: [{ type: 'bold', offset: 0, length: 7 }] }));
    return text;
  }

  it('takes a moderator from the finished text to a send to one guild in at most 6 taps, counted first, rendered per recipient', async () => {
    const ru = await person(makeUser(seq++), { guilds: ['teacher'] });
    const en = await person(makeUser(seq++), { guilds: ['teacher'], locale: 'en' });
    await person(makeUser(seq++), { guilds: ['designer'] });
    await composed();
    const tap = tapper();
    // Buttons under the post: none.
    const preview = await tap.press('Без кнопок');
    expect(texts(preview)).toContain('👇 Так пост придёт получателям:');
    const previewPost = preview.find((m) => m.text === 'Семинар в пятницу')!;
    expect(previewPost.params.entities).toEqual([{ type: 'bold', offset: 0, length: 7 }]);
    await tap.press('Гильдии');
    const summary = await tap.press('Педагог');
    expect(summary.at(-1)!.text).toContain('гильдия «Педагог»: <b>2</b> человека');
    await tap.press('✅ Отправить сейчас');
    const sent = await tap.press('✅ Да, отправить');
    expect(tap.taps).toBeLessThanOrEqual(6);
    expect(sent.at(-1)!.text).toContain('Рассылка «Семинар в пятницу» идёт');
    expect(await h.db.outboxMessage.count({ where: { broadcastId: { not: null } } })).toBe(2);

    const { round } = sender();
    await round();
    await round();
    const toRu = h.fake.sent(Number(ru.telegramId));
    const toEn = h.fake.sent(Number(en.telegramId));
    expect(toRu.map((m) => m.text)).toEqual(['Семинар в пятницу']);
    expect(toRu[0]!.params.entities).toEqual([{ type: 'bold', offset: 0, length: 7 }]);
    // The same stored notice, rendered in each recipient's language.
    expect(JSON.stringify(toRu[0]!.replyMarkup)).toContain('Все новости');
    expect(JSON.stringify(toEn[0]!.replyMarkup)).toContain('All news');
    // The status message (the confirmation card) ends as the report; the moderator also gets it anew.
    const card = h.fake.getMessage(moderator.id, sent.at(-1)!.messageId)!;
    expect(card.text).toContain('завершена');
    expect(card.text).toContain('2 / 2');
    await round();
    expect(texts(h.fake.sent(moderator.id)).at(-1)).toMatch(/завершена[\s\S]*Доставлено: 2 из 2/);

    // /news lists it for anyone.
    const list = await h.command(makeUser(seq++), '/news');
    expect(list.at(-1)!.text).toContain('Семинар в пятницу');
  });

  it('shows live progress in place and honours 429, and marks a person who blocked the bot unreachable until they write again', async () => {
    const people = [];
    for (let i = 0; i < 150; i++) people.push(await person(makeUser(seq++), { guilds: ['teacher'] }));
    await composed();
    await h.pressByText(moderator, 'Без кнопок');
    await h.pressByText(moderator, '👥 Всем');
    await h.pressByText(moderator, '✅ Отправить сейчас');
    const card = (await h.pressByText(moderator, '✅ Да, отправить')).at(-1)!;
    // Everyone registered, the moderator included.
    expect(await h.db.outboxMessage.count({ where: { broadcastId: { not: null } } })).toBe(151);

    const blocked = people[0]!;
    h.fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const { round } = sender();
    const first = await round();
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThanOrEqual(29); // 30 a second, one of them refused
    expect((await h.db.user.findUniqueOrThrow({ where: { id: blocked.id } })).unreachableAt).not.toBeNull();
    const edits = () => h.fake.callsOf('editMessageText').filter((c) => Number(c.params.message_id) === card.messageId).length;
    const editsAfterFirst = edits();
    await round();
    await round();
    expect(edits()).toBe(editsAfterFirst); // at most every few seconds
    await round();
    const status = h.fake.getMessage(moderator.id, card.messageId)!.text!;
    expect(status).toMatch(/идёт\n\d{2,3} \/ 151 · 1 заблокировал бота/);

    // A 429: nothing more until retry_after has passed.
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 5', retry_after: 5 });
    await round();
    const afterStorm = h.fake.callsOf('sendMessage').length;
    await round();
    await round();
    await round();
    expect(h.fake.callsOf('sendMessage').length).toBe(afterStorm); // silent within retry_after
    for (let i = 0; i < 8; i++) await round();
    expect(h.fake.callsOf('sendMessage').length).toBeGreaterThan(afterStorm);

    // Everyone else got it exactly once; the blocked person is counted, not retried.
    for (const p of people.slice(1)) expect(h.fake.sent(Number(p.telegramId)).filter((m) => m.text === 'Семинар в пятницу')).toHaveLength(1);
    const counts = await h.services.broadcasts.counts((await h.db.broadcast.findFirstOrThrow()).id);
    expect(counts).toMatchObject({ total: 151, delivered: 150, blocked: 1, failed: 0, left: 0 });
    expect(texts(h.fake.sent(moderator.id)).at(-1)).toMatch(/Заблокировали бота: 1/);

    // Writing to the bot again makes the person reachable.
    await h.say(makeUser(Number(blocked.telegramId)), 'привет');
    expect((await h.db.user.findUniqueOrThrow({ where: { id: blocked.id } })).unreachableAt).toBeNull();
  }, 180_000);

  it('pauses, resumes and cancels; a cancelled broadcast cannot be resumed', async () => {
    for (let i = 0; i < 35; i++) await person(makeUser(seq++), { guilds: ['teacher'] });
    await composed();
    await h.pressByText(moderator, 'Без кнопок');
    await h.pressByText(moderator, '👥 Всем');
    await h.pressByText(moderator, '✅ Отправить сейчас');
    const card = (await h.pressByText(moderator, '✅ Да, отправить')).at(-1)!;
    const { round } = sender();
    await round();
    await h.press(moderator, `bc:pause:${(await h.db.broadcast.findFirstOrThrow()).id}`, card.messageId);
    const sentBefore = h.fake.sent().filter((m) => m.text === 'Семинар в пятницу').length;
    await round();
    await round();
    expect(h.fake.sent().filter((m) => m.text === 'Семинар в пятницу')).toHaveLength(sentBefore);
    expect(h.fake.getMessage(moderator.id, card.messageId)!.text).toContain('на паузе');
    const id = (await h.db.broadcast.findFirstOrThrow()).id;
    await h.press(moderator, `bc:resume:${id}`, card.messageId);
    await h.press(moderator, `bc:cxy:${id}`, card.messageId);
    const answer = await h.press(moderator, `bc:resume:${id}`, card.messageId);
    expect(JSON.stringify(h.fake.callsOf('answerCallbackQuery').at(-1)!.params)).toContain('нельзя возобновить');
    expect(answer.filter((m) => m.chatId !== moderator.id)).toHaveLength(0);
    await round();
    await round();
    expect(h.fake.sent().filter((m) => m.text === 'Семинар в пятницу')).toHaveLength(sentBefore);
    expect(texts(h.fake.sent(moderator.id)).at(-1)).toContain('отменена');
  });

  it('answers bad input clearly and keeps the draft: sticker, over-long text and caption, a non-https button, nobody in the audience, a time in the past', async () => {
    await person(moderator, { roles: ['moderator'], guilds: ['methodologist'] });
    await h.command(moderator, '/news_new');
    expect(texts(await h.sticker(moderator)).at(-1)).toContain('пришлите текст, фото или документ');
    expect(texts(await h.say(moderator, 'я'.repeat(4097))).at(-1)).toMatch(/4.097 знаков, а можно не больше 4.096/);
    expect(texts(await h.deliver(photoUpdate(moderator, undefined, { caption: 'п'.repeat(1025) }))).at(-1)).toMatch(/не больше 1.024/);
    await h.say(moderator, 'Конкурс открыт');
    expect(texts(await h.say(moderator, 'Положение | http://example.org/rules')).at(-1)).toContain('должна быть полным адресом, начинающимся с https://');
    const preview = await h.say(moderator, 'Положение | https://example.org/rules');
    const post = preview.find((m) => m.text === 'Конкурс открыт')!;
    expect(JSON.stringify(post.replyMarkup)).toContain('https://example.org/rules');

    await h.pressByText(moderator, 'Роли');
    const nobody = await h.pressByText(moderator, 'Аналитик');
    expect(nobody.at(-1)!.text).toContain('Под этот выбор не подходит никто');
    expect(h.buttons(moderator).map((b) => b.text)).not.toContain('✅ Отправить сейчас');

    await h.pressByText(moderator, '← Другая аудитория');
    await h.pressByText(moderator, '👥 Всем');
    await h.pressByText(moderator, '🕒 Запланировать');
    // The harness clock: 20 November 2026, 10:00 in Krasnoyarsk.
    expect(texts(await h.say(moderator, '20.11 09:00')).join('\n')).toContain('Это время уже прошло');
    expect(texts(await h.say(moderator, 'завтра')).join('\n')).toContain('Напишите дату и время так');
    await h.say(moderator, '21.11 10:00');
    const b = await h.db.broadcast.findFirstOrThrow();
    expect(b.status).toBe('scheduled');
    expect(b.sendAt!.toISOString()).toBe('2026-11-21T03:00:00.000Z');
    expect(await h.db.outboxMessage.count({ where: { broadcastId: b.id } })).toBe(0);

    // At the set time the sender's monitor starts it.
    const { round } = sender();
    await round();
    expect(await h.db.outboxMessage.count({ where: { broadcastId: b.id } })).toBe(0);
    h.clock.advance(86_400_000);
    await round();
    await round();
    expect(h.fake.sent(moderator.id).filter((m) => m.text === 'Конкурс открыт')).toHaveLength(2); // preview and the post itself
  });

  it('refuses /news_new and its buttons to people without the moderator role', async () => {
    const someone = makeUser(seq++);
    await person(someone);
    expect(texts(await h.command(someone, '/news_new')).at(-1)).toContain('нужна роль «Модератор»');
    await h.press(someone, 'bc:now:1:a');
    expect(JSON.stringify(h.fake.callsOf('answerCallbackQuery').at(-1)!.params)).toContain('Модератор');
    expect(await h.db.broadcast.count()).toBe(0);
  });
});
