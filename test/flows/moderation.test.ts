// Moderators' edits through the bot — people, merges, projects, withdrawn items — each audited and
// shown by /audit; everyone else is refused, by the bot and by the service itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referencesTo } from '../../src/services/moderation.ts';
import { ServiceError } from '../../src/services/users.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson, createProject, enrol, fullWork, submitWork } from '../helpers/grading-fixtures.ts';
import { callbackUpdate, makeUser } from '../helpers/updates.ts';

describe.each(databaseProviders)('moderator edits on %s', (provider) => {
  let h: Harness;
  const mod = makeUser(901, { username: 'moderator_nina' });
  const anna = makeUser(902, { username: 'anna' });
  let modId: number;
  let annaId: number;

  beforeEach(async () => {
    h = await createHarness(provider);
    modId = (await createPerson(h.db, { telegramId: 901, fullName: 'Модератова Нина', roles: ['moderator'] })).id;
    annaId = (await createPerson(h.db, { telegramId: 902, fullName: 'Снегирева Анна' })).id;
  });
  afterEach(async () => h.close());

  const outboxTo = async (chatId: number) => (await h.db.outboxMessage.findMany({ where: { chatId: BigInt(chatId) }, orderBy: { id: 'asc' } })).map((m) => (m.payload as { text: string }).text);

  it('corrects a name and an organisation, audited, and /audit shows the trail', async () => {
    const north = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const school = await h.db.institution.create({ data: { name: 'ЦДТ «Радуга»', municipalityId: north.id } });
    expect(texts(await h.command(mod, '/mod_name', `#${annaId} Снегирёва Анна Петровна`)).at(-1)).toBe('Имя исправлено: «Снегирева Анна» → «Снегирёва Анна Петровна».');
    expect(texts(await h.command(mod, '/mod_institution', `@u902 ${school.id}`)).at(-1)).toBe('Снегирёва Анна Петровна: муниципалитет — Город Северогорск, учреждение — ЦДТ «Радуга».');
    const user = await h.db.user.findUniqueOrThrow({ where: { id: annaId } });
    expect(user).toMatchObject({ fullName: 'Снегирёва Анна Петровна', municipalityId: north.id, institutionId: school.id });
    const audit = await h.db.auditLog.findMany({ where: { entity: 'user', entityId: String(annaId) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['user.rename', modId], ['user.institution', modId]]);
    expect(audit[0]).toMatchObject({ before: { fullName: 'Снегирева Анна' }, after: { fullName: 'Снегирёва Анна Петровна' } });

    const trail = texts(await h.command(mod, '/audit', `user ${annaId}`))[0]!;
    expect(trail).toContain(`Журнал: пользователь № ${annaId}`);
    expect(trail).toContain('Модератова Нина · исправлено имя');
    expect(trail).toContain('было: <code>{&quot;fullName&quot;:&quot;Снегирева Анна&quot;}</code>');
    // Newest first.
    expect(trail.indexOf('сменено учреждение')).toBeLessThan(trail.indexOf('исправлено имя'));
    expect(texts(await h.command(mod, '/audit', 'wizard 1')).at(-1)).toContain('Использование: /audit');
    expect(texts(await h.command(mod, '/mod_name', '#999999 Кто-то Другой')).at(-1)).toContain('не найден');
    expect(texts(await h.command(mod, '/mod_name', `#${annaId} 12345`)).at(-1)).toContain('должны быть буквы');
  });

  it('pages a long trail with buttons', async () => {
    for (let i = 0; i < 7; i++) await h.command(mod, '/mod_name', `#${annaId} Имя Вариант${'а'.repeat(i + 1)}`);
    const first = texts(await h.command(mod, '/audit', `user ${annaId}`))[0]!;
    expect(first).toContain('(стр. 1 из 2)');
    expect(first.match(/исправлено имя/g)).toHaveLength(5);
    await h.pressByText(mod, 'старше →');
    const second = h.fake.sent(901).at(-1)!.text!;
    expect(second).toContain('(стр. 2 из 2)');
    expect(second.match(/исправлено имя/g)).toHaveLength(2);
    expect(h.buttons(mod).map((b) => b.text)).toEqual(['← новее']);
  });

  it('merges a municipality typed twice: every reference moves to the kept one in one transaction, audited', async () => {
    // Every foreign key to Municipality and Institution in the schema: a new one must get a row below.
    expect(await referencesTo(h.db, 'Municipality')).toEqual([
      { table: 'Institution', column: 'municipalityId' },
      { table: 'SlotBooking', column: 'municipalityId' },
      { table: 'User', column: 'municipalityId' },
    ]);
    expect(await referencesTo(h.db, 'Institution')).toEqual([{ table: 'User', column: 'institutionId' }]);

    const kept = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const dup = await h.db.municipality.create({ data: { name: 'г. Северогорск' } });
    const keptSchool = await h.db.institution.create({ data: { name: 'ЦДТ «Радуга»', municipalityId: kept.id } });
    const twinSchool = await h.db.institution.create({ data: { name: 'ЦДТ «Радуга»', municipalityId: dup.id } });
    const otherSchool = await h.db.institution.create({ data: { name: 'ДДТ «Юность»', municipalityId: dup.id } });
    await h.db.user.update({ where: { id: annaId }, data: { municipalityId: dup.id, institutionId: twinSchool.id } });
    const boris = await createPerson(h.db, { telegramId: 903, fullName: 'Клёнов Борис' });
    await h.db.user.update({ where: { id: boris.id }, data: { municipalityId: dup.id, institutionId: otherSchool.id } });
    const slot = await h.db.discussionSlot.create({ data: { title: 'Защита проектов', startsAt: new Date('2026-11-25T03:00:00Z'), endsAt: new Date('2026-11-25T04:00:00Z') } });
    await h.db.slotBooking.create({ data: { slotId: slot.id, userId: annaId, municipalityId: dup.id } });

    const preview = texts(await h.command(mod, '/merge_municipality', `${dup.id} ${kept.id}`)).at(-1)!;
    expect(preview).toContain('Объединить муниципалитет «г. Северогорск»');
    expect(preview).toContain('• User.municipalityId: 2');
    expect(preview).toContain('• Institution.municipalityId: 2');
    expect(preview).toContain('• SlotBooking.municipalityId: 1');
    expect(await h.db.municipality.count({ where: { id: dup.id } })).toBe(1); // nothing before the confirmation
    await h.pressByText(mod, '✅ Объединить');
    expect(h.fake.sent(901).at(-1)!.text).toMatch(/^Готово: объединено/);

    expect(await h.db.municipality.findUnique({ where: { id: dup.id } })).toBeNull();
    for (const ref of await referencesTo(h.db, 'Municipality')) {
      const rows = await h.db.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS "n" FROM "${ref.table}" WHERE "${ref.column}" = ${dup.id}`);
      expect(Number(rows[0]!.n), `${ref.table}.${ref.column}`).toBe(0);
    }
    // The same-named institution became one: Anna is in the kept municipality's «Радуга».
    expect(await h.db.user.findUniqueOrThrow({ where: { id: annaId } })).toMatchObject({ municipalityId: kept.id, institutionId: keptSchool.id });
    expect(await h.db.institution.findUnique({ where: { id: twinSchool.id } })).toBeNull();
    expect(await h.db.institution.findUniqueOrThrow({ where: { id: otherSchool.id } })).toMatchObject({ municipalityId: kept.id });
    expect(await h.db.user.findUniqueOrThrow({ where: { id: boris.id } })).toMatchObject({ municipalityId: kept.id, institutionId: otherSchool.id });
    expect((await h.db.slotBooking.findFirstOrThrow()).municipalityId).toBe(kept.id);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'municipality.merge' } });
    expect(audit).toMatchObject({ actorId: modId, entity: 'municipality', entityId: String(kept.id), before: { duplicate: { id: dup.id, name: 'г. Северогорск' } } });

    // The same confirmation pressed again changes nothing and says why.
    await h.deliver(callbackUpdate(mod, `mg:do:m:${dup.id}:${kept.id}`));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('не найдена');
    expect(await h.db.auditLog.count({ where: { action: 'municipality.merge' } })).toBe(1);
  });

  it('merges an institution typed twice and refuses institutions of two municipalities', async () => {
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const other = await h.db.municipality.create({ data: { name: 'Южный район' } });
    const kept = await h.db.institution.create({ data: { name: 'ЦДТ «Радуга»', municipalityId: m.id } });
    const dup = await h.db.institution.create({ data: { name: 'ЦДТ Радуга', municipalityId: m.id } });
    const far = await h.db.institution.create({ data: { name: 'СЮН', municipalityId: other.id } });
    await h.db.user.update({ where: { id: annaId }, data: { municipalityId: m.id, institutionId: dup.id } });
    expect(texts(await h.command(mod, '/merge_institution', `${far.id} ${kept.id}`)).at(-1)).toContain('из разных муниципалитетов');
    expect(texts(await h.command(mod, '/merge_institution', `${kept.id} ${kept.id}`)).at(-1)).toContain('совпадают');
    await h.command(mod, '/merge_institution', `${dup.id} ${kept.id}`);
    await h.pressByText(mod, '✅ Объединить');
    expect((await h.db.user.findUniqueOrThrow({ where: { id: annaId } })).institutionId).toBe(kept.id);
    expect(await h.db.institution.findUnique({ where: { id: dup.id } })).toBeNull();
    expect(await h.db.auditLog.count({ where: { action: 'institution.merge', entityId: String(kept.id) } })).toBe(1);
  });

  it('hides, shows and unpublishes a project, telling the author why', async () => {
    const author = await createPerson(h.db, { telegramId: 904, fullName: 'Авторова Мария', roles: ['author'] });
    const f = await createProject(h.db, { authorId: author.id, title: 'Сетевой проект' });
    expect(texts(await h.command(mod, '/project_hide', `${f.projectId}`)).at(-1)).toContain('Напишите причину');
    expect(texts(await h.command(mod, '/project_hide', `${f.projectId} Нарушает правила каталога`)).at(-1)).toBe('Проект «Сетевой проект» скрыт из каталога.');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: f.projectId } })).deletedAt).not.toBeNull();
    expect(texts(await h.command(mod, '/project_hide', `${f.projectId} ещё раз`)).at(-1)).toBe('«Сетевой проект»: ничего не изменилось.');
    await h.command(mod, '/project_show', `${f.projectId}`);
    expect((await h.db.project.findUniqueOrThrow({ where: { id: f.projectId } })).deletedAt).toBeNull();
    await h.command(mod, '/project_unpublish', `${f.projectId} Нет критериев у второго шага`);
    expect((await h.db.project.findUniqueOrThrow({ where: { id: f.projectId } })).status).toBe('draft');
    expect(await outboxTo(904)).toEqual([
      '🙈 Модератор скрыл ваш проект «Сетевой проект» из каталога. Причина: <i>Нарушает правила каталога</i>',
      '📝 Модератор снял ваш проект «Сетевой проект» с публикации, он снова черновик. Причина: <i>Нет критериев у второго шага</i>',
    ]);
    const trail = texts(await h.command(mod, '/audit', `project ${f.projectId}`))[0]!;
    expect(trail).toContain('проект снят с публикации');
    expect(trail).toContain('проект снова виден');
    expect(trail).toContain('проект скрыт');
  });

  it('withdraws a handed-in item that breaks the rules: the work returns and the participant is told why', async () => {
    const f = await createProject(h.db);
    const enrolmentId = await enrol(h.db, annaId, f.projectId);
    const subId = await submitWork(h.db, f, enrolmentId, { submittedAt: new Date('2026-11-19T03:00:00Z'), items: fullWork('a') });
    expect(texts(await h.command(mod, '/withdraw', `${subId} 9 Чужие данные`)).at(-1)).toBe('В работе нет пункта 9.');
    expect(texts(await h.command(mod, '/withdraw', `${subId} 2`)).at(-1)).toContain('Использование: /withdraw');
    expect(texts(await h.command(mod, '/withdraw', `${subId} 2 На фото видны лица детей`)).at(-1)).toBe('Пункт «Фото доски с этапами занятия» отозван, шаг «План дистанционного занятия» возвращён участнику.');
    const sub = await h.db.submission.findUniqueOrThrow({ where: { id: subId }, include: { items: true } });
    expect(sub).toMatchObject({ status: 'returned', openKey: null });
    expect(sub.items).toHaveLength(3);
    expect((await outboxTo(902)).at(-1)).toContain('Модератор отозвал пункт «Фото доски с этапами занятия» вашей работы');
    expect((await outboxTo(902)).at(-1)).toContain('Причина: <i>На фото видны лица детей</i>');
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { entity: 'submission', entityId: String(subId) } });
    expect(audit).toMatchObject({ action: 'submission.withdraw-item', actorId: modId, before: { status: 'submitted', item: { position: 2, kind: 'photo', fileId: 'AgACAgIAAxk_board_a' } }, after: { status: 'returned', reason: 'На фото видны лица детей' } });
    // Not waiting any more: a second withdrawal is refused.
    expect(texts(await h.command(mod, '/withdraw', `${subId} 1 ещё`)).at(-1)).toContain('только у работы, ждущей проверки');
    expect(texts(await h.command(mod, '/audit', `submission ${subId}`))[0]).toContain('пункт работы отозван');
  });

  it('refuses every moderator edit to non-moderators, in the bot and in the service', async () => {
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const dup = await h.db.municipality.create({ data: { name: 'г. Северогорск' } });
    const f = await createProject(h.db);
    const refusal = 'Для этого нужна роль «Модератор». Обратитесь к администратору КоДО.';
    for (const [command, payload] of [
      ['/mod_name', `#${modId} Другое Имя`],
      ['/mod_municipality', `#${annaId} ${m.id}`],
      ['/merge_municipality', `${dup.id} ${m.id}`],
      ['/project_hide', `${f.projectId} причина`],
      ['/withdraw', '1 1 причина'],
      ['/audit', `user ${annaId}`],
      ['/orgs', ''],
    ] as const) {
      expect(texts(await h.command(anna, command, payload)).at(-1), command).toBe(refusal);
    }
    // A forged confirmation button.
    await h.deliver(callbackUpdate(anna, `mg:do:m:${dup.id}:${m.id}`));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('нужна роль «Модератор»');
    await h.deliver(callbackUpdate(anna, `aud:u:${annaId}:0`));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('нужна роль «Модератор»');
    // The service checks by itself, whatever the bot shows.
    const person = (await h.services.users.byId(annaId))!;
    const moderation = h.services.moderation;
    for (const call of [
      () => moderation.renamePerson(person, modId, 'Другое Имя', 'k1'),
      () => moderation.setOrganisation(person, annaId, 'municipality', m.id, 'k2'),
      () => moderation.merge(person, 'municipality', dup.id, m.id, 'k3'),
      () => moderation.changeProject(person, f.projectId, 'hide', 'причина', 'k4'),
      () => moderation.withdrawItem(person, 1, 1, 'причина', 'k5'),
      () => moderation.trail(person, 'user', annaId, 0),
    ]) {
      await expect(call()).rejects.toEqual(new ServiceError('need-role', { role: 'moderator' }));
    }
    expect(await h.db.municipality.count()).toBe(2);
    expect((await h.db.user.findUniqueOrThrow({ where: { id: modId } })).fullName).toBe('Модератова Нина');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: f.projectId } })).deletedAt).toBeNull();
    expect(await h.db.auditLog.count()).toBe(0);
  });
}, 120_000);
