// Profile viewing and editing, and roles granted by admins in chat (audited, announced).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCommands } from '../../src/bot/create-bot.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { callbackUpdate, commandUpdate, makeUser } from '../helpers/updates.ts';

const ADMIN = 900;

describe.each(databaseProviders)('profile and roles on %s', (provider) => {
  let h: Harness;
  const teacher = makeUser(601, { username: 'teacher_anna' });
  const admin = makeUser(ADMIN, { username: 'kodo_admin' });

  async function register(user = teacher, name = 'Снегирёва Анна') {
    await h.command(user, '/start');
    await h.say(user, name);
    await h.pressByText(user, 'Город Северогорск');
    await h.pressByText(user, 'ЦДТ «Радуга»');
    await h.pressByText(user, 'Педагог');
    await h.pressByText(user, 'Готово ✅');
    await h.pressByText(user, 'Пропустить');
  }

  beforeEach(async () => {
    h = await createHarness(provider, { admins: [ADMIN] });
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    await h.db.institution.create({ data: { name: 'ЦДТ «Радуга»', municipalityId: m.id } });
    await register();
  });
  afterEach(async () => h.close());

  it('shows the profile and edits guilds and e-mail', async () => {
    const card = texts(await h.command(teacher, '/profile'))[0]!;
    expect(card).toContain('<b>Снегирёва Анна</b>');
    expect(card).toContain('Учреждение: ЦДТ «Радуга»');
    expect(card).toContain('Гильдии: Педагог');
    expect(card).toContain('Почта: не указана');
    expect(card).toContain('Роли: Участник');

    await h.pressByText(teacher, 'Гильдии');
    expect(h.buttons(teacher).some((b) => b.text === '✅ Педагог')).toBe(true); // current guilds preselected
    await h.pressByText(teacher, 'Психолог');
    expect(texts(await h.pressByText(teacher, 'Готово ✅')).at(-1)).toBe('Изменения сохранены.');

    await h.command(teacher, '/profile');
    await h.pressByText(teacher, 'Почта');
    expect(texts(await h.say(teacher, 'bad@')).at(-1)).toContain('Это не похоже на адрес почты');
    await h.say(teacher, 'anna@example.org');
    const after = texts(await h.command(teacher, '/profile'))[0]!;
    expect(after).toContain('Гильдии: Психолог, Педагог'); // in the reference order of guilds
    expect(after).toContain('Почта: anna@example.org');
  });

  it('/cancel while editing keeps the old profile', async () => {
    await h.command(teacher, '/profile');
    await h.pressByText(teacher, 'ФИО');
    expect(texts(await h.command(teacher, '/cancel')).at(-1)).toBe('Изменение отменено, профиль прежний.');
    expect((await h.db.user.findUnique({ where: { telegramId: 601n } }))?.fullName).toBe('Снегирёва Анна');
  });

  it('lets an admin grant and revoke roles, audited and announced through the outbox', async () => {
    await register(admin, 'Рябинин Денис');
    const grant = commandUpdate(admin, '/grant', '@teacher_anna expert');
    expect(texts(await h.deliver(grant)).at(-1)).toBe('Снегирёва Анна: роль «Эксперт» выдана.');
    const user = await h.db.user.findUniqueOrThrow({ where: { telegramId: 601n }, include: { roles: true } });
    expect(user.roles.map((r) => r.role).sort()).toEqual(['expert', 'participant']);

    const audit = await h.db.auditLog.findMany({ where: { entity: 'user', entityId: String(user.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'role.grant', before: { roles: ['participant'] }, after: { roles: ['participant', 'expert'] } });
    const notice = await h.db.outboxMessage.findMany({ where: { chatId: 601n } });
    expect(notice.map((n) => (n.payload as { text: string }).text)).toEqual(['Ваши роли в КоДО изменены: Участник, Эксперт.']);

    // A redelivered update changes nothing twice; granting again says so.
    expect(await h.deliver(grant)).toEqual([]);
    expect(texts(await h.command(admin, '/grant', '601 expert')).at(-1)).toBe('Снегирёва Анна: ничего не изменилось.');
    expect(await h.db.auditLog.count({ where: { entity: 'user', entityId: String(user.id) } })).toBe(1);

    // The /roles card toggles with buttons.
    await h.command(admin, '/roles', '@teacher_anna');
    await h.pressByText(admin, '✅ Эксперт');
    expect((await h.db.userRole.findMany({ where: { userId: user.id } })).map((r) => r.role)).toEqual(['participant']);
    expect(await h.db.auditLog.count({ where: { action: 'role.revoke' } })).toBe(1);
  });

  it('refuses role changes to non-admins, forged buttons, unknown roles and the last admin', async () => {
    expect(texts(await h.command(teacher, '/grant', '@teacher_anna admin')).at(-1)).toBe('Для этого нужна роль «Администратор». Обратитесь к администратору КоДО.');
    const me = await h.db.user.findUniqueOrThrow({ where: { telegramId: 601n } });
    await h.deliver(callbackUpdate(teacher, `roles:grant:${me.id}:admin`));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('нужна роль «Администратор»');
    expect(await h.db.userRole.count({ where: { userId: me.id, role: 'admin' } })).toBe(0);

    await register(admin, 'Рябинин Денис');
    expect(texts(await h.command(admin, '/grant', '@teacher_anna wizard')).at(-1)).toContain('Роли «wizard» нет');
    expect(texts(await h.command(admin, '/grant', '@nobody_here expert')).at(-1)).toContain('не найден');
    expect(texts(await h.command(admin, '/grant', '@teacher_anna')).at(-1)).toContain('Использование');
    expect(texts(await h.command(admin, '/revoke', '@kodo_admin admin')).at(-1)).toBe('Нельзя снять роль администратора с последнего администратора.');
  });

  it('answers unknown commands and buttons of old messages', async () => {
    expect(texts(await h.command(teacher, '/nonsense')).at(-1)).toBe('Не знаю такой команды. Список команд — /help');
    await h.deliver(callbackUpdate(teacher, 'old:button:data'));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('устарела');
    const help = texts(await h.command(teacher, '/help'))[0]!;
    expect(help).toContain('/projects');
    expect(help).not.toContain('Эксперту');
    expect(help).not.toContain('Администратору');
  });

  it('shows each role its own help section and publishes the command menu per language', async () => {
    await register(admin, 'Рябинин Денис');
    await h.command(admin, '/grant', '@teacher_anna expert');
    const expertHelp = texts(await h.command(teacher, '/help'))[0]!;
    expect(expertHelp).toContain('<b>Эксперту</b>');
    expect(expertHelp).toContain('/review');
    expect(texts(await h.command(admin, '/help'))[0]).toContain('<b>Администратору</b>');
    await publishCommands(h.kodo, 'ru');
    expect(h.fake.myCommands(undefined, 'ru').find((c) => c.command === 'projects')?.description).toBe('Каталог проектов');
    expect(h.fake.myCommands(undefined, 'en').find((c) => c.command === 'projects')?.description).toBe('Project catalogue');
  });
});
