// Registration as a newcomer lives it: typed answers, buttons, mistakes, a restart mid-way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { callbackUpdate, makeUser } from '../helpers/updates.ts';

describe.each(databaseProviders)('registration on %s', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(provider);
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    await h.db.institution.create({ data: { name: 'МБУ ДО «Станция юных техников»', municipalityId: m.id } });
    await h.db.municipality.create({ data: { name: 'Кедровский район' } });
  });
  afterEach(async () => h.close());

  const stored = (telegramId: number) =>
    h.db.user.findUnique({ where: { telegramId: BigInt(telegramId) }, include: { guilds: { include: { guild: true } }, roles: true, institution: true, municipality: true } });

  it('registers a newcomer from typed answers and button presses, in Russian', async () => {
    const anna = makeUser(501, { language_code: 'en' });
    const start = texts(await h.command(anna, '/start'));
    expect(start.join('\n')).toContain('Здравствуйте! Это <b>КоДО</b>');
    expect(start.at(-1)).toContain('Как вас зовут?');

    expect(texts(await h.say(anna, '  Снегирёва   Анна Павловна ')).at(-1)).toContain('Выберите ваш муниципалитет');
    expect(h.buttons(anna).map((b) => b.text)).toEqual(['Город Северогорск', 'Кедровский район']);

    expect(texts(await h.pressByText(anna, 'Город Северогорск')).at(-1)).toContain('Выберите ваше учреждение');
    expect(h.buttons(anna).map((b) => b.text)).toEqual(['МБУ ДО «Станция юных техников»']);
    // A new institution is typed, then confirmed.
    expect(texts(await h.say(anna, 'МБУ ДО «Дом детского творчества»')).at(-1)).toContain('Добавить его?');
    expect(texts(await h.pressByText(anna, 'Да, добавить')).at(-1)).toContain('Ваши гильдии');

    await h.pressByText(anna, 'Педагог');
    await h.pressByText(anna, 'Методист');
    await h.pressByText(anna, 'Наставник');
    await h.pressByText(anna, '✅ Наставник'); // untick
    expect(h.buttons(anna).filter((b) => b.text.startsWith('✅')).map((b) => b.text)).toEqual(['✅ Педагог', '✅ Методист']);
    expect(texts(await h.pressByText(anna, 'Готово ✅')).at(-1)).toContain('электронная почта');

    expect(texts(await h.say(anna, 'not-an-email')).at(-1)).toContain('Это не похоже на адрес почты');
    const done = texts(await h.say(anna, 'Anna.S@School.example'));
    expect(done.at(-1)).toContain('Готово, Снегирёва Анна Павловна! Вы зарегистрированы в КоДО.');
    expect(done.at(-1)).toContain('Город Северогорск, МБУ ДО «Дом детского творчества»');
    expect(done.at(-1)).toContain('Гильдии: Педагог, Методист');

    const user = await stored(501);
    expect(user?.fullName).toBe('Снегирёва Анна Павловна');
    expect(user?.email).toBe('anna.s@school.example');
    expect(user?.registeredAt).not.toBeNull();
    expect(user?.municipality?.name).toBe('Город Северогорск');
    expect(user?.institution?.name).toBe('МБУ ДО «Дом детского творчества»');
    expect(user?.guilds.map((g) => g.guild.code).sort()).toEqual(['methodologist', 'teacher']);
    expect(user?.roles.map((r) => r.role)).toEqual(['participant']);

    // Registered people are welcomed back, not registered again.
    expect(texts(await h.command(anna, '/start')).at(-1)).toContain('С возвращением, Снегирёва Анна Павловна');
  }, 60_000);

  it('answers every bad input clearly and saves nothing until the end', async () => {
    const oleg = makeUser(502);
    await h.command(oleg, '/start');
    const nameStale = h.fake.lastMessage(oleg.id)!;

    expect(texts(await h.say(oleg, '   ')).at(-1)).toContain('Имя не может быть пустым');
    expect(texts(await h.say(oleg, 'Я'.repeat(300))).at(-1)).toContain('Слишком длинно: не больше 120 символов');
    expect(texts(await h.say(oleg, '12345')).at(-1)).toContain('В имени должны быть буквы');
    const sticker = texts(await h.sticker(oleg));
    expect(sticker[0]).toContain('Здесь нужен текст');
    expect(sticker.at(-1)).toContain('Как вас зовут?');
    expect(texts(await h.photo(oleg))[0]).toContain('Здесь нужен текст');
    // /start mid-way: the flow goes on at the same question.
    const again = texts(await h.command(oleg, '/start'));
    expect(again[0]).toContain('Продолжим с того же места');
    expect(again.at(-1)).toContain('Как вас зовут?');

    await h.say(oleg, 'Берёзкин Олег');
    // A button from an older message (or forged data) is refused and changes nothing.
    const staleAnswer = await h.deliver(callbackUpdate(oleg, 'mun:pick:1', { ...nameStale.message }));
    expect(staleAnswer).toEqual([]);
    const answers = h.fake.callsOf('answerCallbackQuery');
    expect(answers.at(-1)?.params.text).toContain('Эта кнопка устарела');
    const forged = texts(await h.press(oleg, 'mun:pick:999999'));
    expect(forged[0]).toContain('устарела');
    expect(forged.at(-1)).toContain('Выберите ваш муниципалитет');

    // Typing a name that exists (in other case and spacing) picks it rather than adding a copy.
    expect(texts(await h.say(oleg, '  кедровский   РАЙОН ')).at(-1)).toContain('В этом муниципалитете пока нет учреждений');
    expect(texts(await h.say(oleg, 'ab')).at(-1)).toContain('Слишком короткое название');
    expect(texts(await h.say(oleg, 'Центр «Кедр»')).at(-1)).toContain('Добавить его?');
    await h.pressByText(oleg, 'Да, добавить');
    expect(texts(await h.pressByText(oleg, 'Готово ✅')).at(-1)).toContain('Отметьте хотя бы одну гильдию');
    expect(texts(await h.say(oleg, 'Педагог')).at(0)).toContain('Выберите вариант кнопкой');

    // Nothing half-saved while the flow is under way.
    const midway = await stored(502);
    expect(midway?.registeredAt).toBeNull();
    expect(midway?.fullName).toBeNull();
    expect(await h.db.institution.count({ where: { name: 'Центр «Кедр»' } })).toBe(0);

    await h.pressByText(oleg, 'Любая');
    await h.pressByText(oleg, 'Готово ✅');
    expect(texts(await h.pressByText(oleg, 'Пропустить')).at(-1)).toContain('Вы зарегистрированы');
    const user = await stored(502);
    expect(user?.email).toBeNull();
    expect(user?.municipality?.name).toBe('Кедровский район');
    expect(await h.db.municipality.count()).toBe(2);
  }, 60_000);

  it('survives a restart mid-way and resumes at the same question', async () => {
    const vera = makeUser(503);
    await h.command(vera, '/start');
    await h.say(vera, 'Ласточкина Вера');
    await h.pressByText(vera, 'Кедровский район');
    await h.restart();
    expect(texts(await h.say(vera, 'МБУ ДО «Кедр»')).at(-1)).toContain('Добавить его?');
    await h.pressByText(vera, 'Да, добавить');
    await h.pressByText(vera, 'Психолог');
    await h.pressByText(vera, 'Готово ✅');
    expect(texts(await h.say(vera, 'vera@example.org')).at(-1)).toContain('Готово, Ласточкина Вера!');
    expect((await stored(503))?.institution?.name).toBe('МБУ ДО «Кедр»');
  }, 60_000);

  it('/cancel stops without saving; /start begins again', async () => {
    const den = makeUser(504);
    await h.command(den, '/start');
    await h.say(den, 'Рябинин Денис');
    expect(texts(await h.command(den, '/cancel')).at(-1)).toContain('Регистрация прервана, ничего не сохранено');
    expect((await stored(504))?.fullName).toBeNull();
    expect(texts(await h.command(den, '/start')).at(-1)).toContain('Как вас зовут?');
  });

  it('handles a redelivered update once', async () => {
    const ivan = makeUser(505);
    const update = (await import('../helpers/updates.ts')).commandUpdate(ivan, '/start');
    const first = await h.deliver(update);
    const second = await h.deliver(update);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual([]);
  });

  it('keeps the chosen language, inside the registration too', async () => {
    const kate = makeUser(506);
    await h.command(kate, '/language');
    expect(texts(await h.pressByText(kate, '🇬🇧 English')).at(-1)).toBe('Done: I speak English now.');
    expect(texts(await h.command(kate, '/start')).at(-1)).toContain('What is your name?');
    await h.say(kate, 'Kate Ivanova');
    await h.restart();
    expect(texts(await h.sticker(kate))[0]).toContain('A text answer is needed here');
  });
});
