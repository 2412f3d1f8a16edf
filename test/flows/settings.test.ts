// /settings through the bot: switching kinds of message, award mode, quiet hours and language; forged presses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson } from '../helpers/grading-fixtures.ts';
import { callbackUpdate, makeUser } from '../helpers/updates.ts';

describe.each(databaseProviders)('/settings on %s', (provider) => {
  let h: Harness;
  const anna = makeUser(801, { username: 'anna' });
  const expert = makeUser(802, { username: 'olga' });
  let annaId: number;

  beforeEach(async () => {
    h = await createHarness(provider);
    annaId = (await createPerson(h.db, { telegramId: 801, fullName: 'Снегирёва Анна' })).id;
    await createPerson(h.db, { telegramId: 802, fullName: 'Рябинина Ольга', roles: ['expert'] });
  });
  afterEach(async () => h.close());

  const prefs = () => h.db.deliveryPreference.findUnique({ where: { userId: annaId } });
  const lastText = () => h.fake.sent(801).at(-1)?.text ?? '';

  it('shows the defaults and saves each switch, editing the same message', async () => {
    const [screen] = await h.command(anna, '/settings');
    expect(screen!.text).toContain('⏰ Напоминания о сроках: вкл');
    expect(screen!.text).toContain('Награды и уровни: сразу');
    expect(screen!.text).toContain('Тихие часы: 22:00–08:00');
    expect(screen!.text).toContain('Язык: Русский');
    expect(screen!.text).not.toContain('Сводка работ на проверку'); // experts only
    expect(await prefs()).toBeNull(); // nothing stored until something changes

    await h.pressByText(anna, '✅ ⏰ Напоминания о сроках');
    expect(await prefs()).toMatchObject({ deadlines: false, weeklyDigest: true, news: true });
    expect(lastText()).toContain('⏰ Напоминания о сроках: выкл');
    expect(h.fake.sent(801).at(-1)?.method).toBe('editMessageText');

    await h.pressByText(anna, '✅ 📢 Новости');
    expect(await prefs()).toMatchObject({ news: false });
    await h.pressByText(anna, /^🏅 Награды и уровни: сразу → только в дайджесте$/);
    expect((await prefs())?.awards).toBe('digest');
    await h.pressByText(anna, /^🏅 Награды и уровни: только в дайджесте → не присылать$/);
    expect((await prefs())?.awards).toBe('off');
    await h.pressByText(anna, '▫️ ⏰ Напоминания о сроках');
    expect(await prefs()).toMatchObject({ deadlines: true, news: false, awards: 'off' });
  });

  it('changes quiet hours with presets and hour steps, and turns them off', async () => {
    await h.command(anna, '/settings');
    await h.pressByText(anna, '🌙 Тихие часы: 22:00–08:00');
    expect(lastText()).toContain('Тихие часы: 22:00–08:00');
    await h.pressByText(anna, '23:00–07:00');
    expect(await prefs()).toMatchObject({ quietFrom: 23 * 60, quietTo: 7 * 60 });
    await h.pressByText(anna, 'Начало +1 ч');
    expect(await prefs()).toMatchObject({ quietFrom: 0, quietTo: 7 * 60 });
    expect(lastText()).toContain('Тихие часы: 00:00–07:00');
    await h.pressByText(anna, '🔔 Выключить тихие часы');
    expect(await prefs()).toMatchObject({ quietFrom: null, quietTo: null });
    await h.pressByText(anna, '← Назад');
    expect(lastText()).toContain('Тихие часы: выкл');
  });

  it('switches the language with the same saving as /language', async () => {
    await h.command(anna, '/settings');
    await h.pressByText(anna, '🌐 English');
    expect((await h.db.user.findUniqueOrThrow({ where: { id: annaId } })).locale).toBe('en');
    expect(lastText()).toContain('Language: English');
    expect(lastText()).toContain('⏰ Deadline reminders: on');
    expect(texts(await h.command(anna, '/settings'))[0]).toContain('Message settings');
  });

  it('offers experts the review summary switch', async () => {
    const [screen] = await h.command(expert, '/settings');
    expect(screen!.text).toContain('📥 Сводка работ на проверку: вкл');
    await h.pressByText(expert, '✅ 📥 Сводка работ на проверку');
    const olga = await h.db.user.findUniqueOrThrow({ where: { telegramId: 802n }, include: { deliveryPreference: true } });
    expect(olga.deliveryPreference?.reviewSummary).toBe(false);
  });

  it('answers forged or stale presses and unregistered people without changing anything', async () => {
    await h.command(anna, '/settings');
    for (const data of ['set:qs:600:600', 'set:qs:2000:60', 'set:a:sometimes', 'set:t:x:1', 'set:l:de']) {
      await h.deliver(callbackUpdate(anna, data));
      expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('устарела');
    }
    expect(await prefs()).toBeNull();
    const stranger = makeUser(899);
    expect(texts(await h.command(stranger, '/settings')).at(-1)).toContain('Сначала зарегистрируйтесь');
    await h.deliver(callbackUpdate(stranger, 'set:t:d:0'));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('Сначала зарегистрируйтесь');
  });
}, 120_000);
