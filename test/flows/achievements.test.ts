// Achievements end to end: grades saved the way grading saves them (grade, points, the hook in the
// same transaction), then awards, outbox messages, the profile tabs, /badges, /rating, revocation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import type { Tx } from '../../src/db/client.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { callbackUpdate, commandUpdate, makeUser } from '../helpers/updates.ts';

const DAY = 86_400_000;

describe.each(databaseProviders)('achievements on %s', (provider) => {
  let h: Harness;
  let home: { municipalityId: number; institutionId: number };
  let seq = 0;

  beforeEach(async () => {
    h = await createHarness(provider);
    const m = await h.db.municipality.create({ data: { name: 'Город Северогорск' } });
    const i = await h.db.institution.create({ data: { name: 'МБУ ДО «Дом детского творчества „Радуга“»', municipalityId: m.id } });
    home = { municipalityId: m.id, institutionId: i.id };
  });
  afterEach(async () => h.close());

  async function person(tg: User, opts: { roles?: string[]; guilds?: string[]; place?: { municipalityId: number; institutionId: number }; locale?: string } = {}) {
    const guilds = await h.db.guild.findMany({ where: { code: { in: opts.guilds ?? ['teacher'] } } });
    return h.db.user.create({
      data: {
        telegramId: BigInt(tg.id),
        username: tg.username ?? null,
        fullName: `${tg.first_name} Тестова`,
        locale: opts.locale ?? 'ru',
        registeredAt: h.clock.now(),
        ...(opts.place ?? home),
        roles: { create: (opts.roles ?? ['participant']).map((role) => ({ role })) },
        guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      },
    });
  }

  async function project(opts: { guilds?: string[]; directions?: string[]; kind?: string; steps?: number; authorId?: number | null; status?: string } = {}) {
    const now = h.clock.now();
    const guilds = await h.db.guild.findMany({ where: { code: { in: opts.guilds ?? ['teacher'] } } });
    const directions = await h.db.direction.findMany({ where: { code: { in: opts.directions ?? ['distance'] } } });
    seq++;
    return h.db.project.create({
      data: {
        title: `Проект ${seq}`, summary: 'Демо', kind: opts.kind ?? 'train', level: 'regional', status: opts.status ?? 'running',
        startsOn: new Date(now.getTime() - 10 * DAY), endsOn: new Date(now.getTime() + 30 * DAY), authorId: opts.authorId ?? null,
        guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
        directions: { create: directions.map((d) => ({ directionId: d.id })) },
        steps: {
          create: Array.from({ length: opts.steps ?? 1 }, (_, k) => ({
            position: k + 1, title: `Шаг ${k + 1}`, startsOn: new Date(now.getTime() - 10 * DAY), endsOn: new Date(now.getTime() + 30 * DAY),
          })),
        },
      },
      include: { steps: { orderBy: { position: 'asc' } } },
    });
  }

  /** What grading does on "accept": submission decided, grade, points credit, then the hook — one transaction. */
  async function accept(userId: number, projectId: number, stepId: number, expertId: number, points = 10, maxPoints = 19) {
    const now = h.clock.now();
    return h.db.$transaction(async (tx) => {
      const enrolment = await tx.enrolment.upsert({ where: { userId_projectId: { userId, projectId } }, create: { userId, projectId }, update: {} });
      const previous = await tx.submission.count({ where: { enrolmentId: enrolment.id, stepId } });
      const submission = await tx.submission.create({
        data: { enrolmentId: enrolment.id, stepId, attempt: previous + 1, status: 'accepted', submittedAt: now, decidedAt: now },
      });
      const grade = await tx.grade.create({ data: { submissionId: submission.id, expertId, decision: 'accepted', totalPoints: points, maxPoints, rubricVersion: 1 } });
      await tx.pointsEntry.create({ data: { userId, gradeId: grade.id, reason: 'grade', points } });
      await h.services.rewards.afterGradeSaved(tx, {
        gradeId: grade.id, submissionId: submission.id, userId, stepId, projectId, decision: 'accepted', pointsDelta: points, correction: false, now,
      });
      return grade.id;
    });
  }

  /** What grading does on a moderator's correction: the grade changes, a correction entry, the hook again. */
  async function correct(gradeId: number, newPoints: number, n: number) {
    const now = h.clock.now();
    await h.db.$transaction(async (tx: Tx) => {
      const grade = await tx.grade.findUniqueOrThrow({ where: { id: gradeId }, include: { points: true, submission: { include: { enrolment: true, step: true } } } });
      const credited = grade.points.reduce((s, p) => s + p.points, 0);
      await tx.grade.update({ where: { id: gradeId }, data: { totalPoints: newPoints } });
      await tx.pointsEntry.create({ data: { userId: grade.submission.enrolment.userId, gradeId, reason: `correction:${n}`, points: newPoints - credited } });
      await h.services.rewards.afterGradeSaved(tx, {
        gradeId, submissionId: grade.submissionId, userId: grade.submission.enrolment.userId, stepId: grade.submission.stepId,
        projectId: grade.submission.step.projectId, decision: 'accepted', pointsDelta: newPoints - credited, correction: true, now,
      });
    });
  }

  /** Outbox rows with typed notices rendered for their recipient, as the sender would send them. */
  const outbox = async (prefix: string) => {
    const rows = await h.db.outboxMessage.findMany({ where: { key: { startsWith: prefix } }, orderBy: { id: 'asc' } });
    return Promise.all(
      rows.map(async (row) => {
        if (!row.kind) return row;
        const recipient = await h.db.user.findUnique({ where: { telegramId: row.chatId }, select: { locale: true } });
        const rendered = await h.services.messages.render(row.kind, row.data, h.services.messages.audience(recipient?.locale));
        return { ...row, payload: rendered?.payload ?? {} };
      }),
    );
  };
  const textOf = (row: { payload: unknown }) => (row.payload as { text: string }).text;

  it('УМЕЛЕЦ: awarded at the third guild, once, with provenance and a message; a correction awards nothing twice', async () => {
    const annaTg = makeUser(701, { username: 'anna_k' });
    const anna = await person(annaTg);
    const expert = await person(makeUser(702), { roles: ['participant', 'expert'] });
    const projects = [await project({ guilds: ['teacher'] }), await project({ guilds: ['methodologist', 'any'] }), await project({ guilds: ['mentor'] })];

    await accept(anna.id, projects[0]!.id, projects[0]!.steps[0]!.id, expert.id);
    await accept(anna.id, projects[1]!.id, projects[1]!.steps[0]!.id, expert.id);
    expect(await h.db.award.count({ where: { userId: anna.id, badgeCode: 'craftsman' } })).toBe(0);
    const before = texts(await h.command(annaTg, '/badges')).at(-1)!;
    expect(before).toContain('🔒 УМЕЛЕЦ — 2 из 3');
    expect(before).toContain('🔒 МАРАФОНЕЦ — 2 из 20');

    const third = await accept(anna.id, projects[2]!.id, projects[2]!.steps[0]!.id, expert.id);
    const awards = await h.db.award.findMany({ where: { userId: anna.id, badgeCode: 'craftsman' } });
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ eventKind: 'grade-saved', eventRef: `grade:${third}`, ruleVersion: 1, revokedAt: null });
    const messages = await outbox(`award:${anna.id}:craftsman`);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.chatId).toBe(701n);
    expect(textOf(messages[0]!)).toContain('🏅 Новая награда — <b>УМЕЛЕЦ</b>!');
    expect(textOf(messages[0]!)).toContain('полностью выполнить проекты по 3 разным гильдиям');

    // Every step of each project is accepted: the enrolments are completed, the quests too.
    expect((await h.db.enrolment.findMany({ where: { userId: anna.id } })).every((e) => e.completedAt !== null)).toBe(true);
    const quests = await h.db.questProgress.findMany({ where: { userId: anna.id }, orderBy: { questCode: 'asc' } });
    expect(quests.map((q) => [q.questCode, q.progress, q.completedAt !== null])).toEqual([
      ['first-step', 1, true], ['three-projects', 3, true], ['whole-project', 1, true],
    ]);

    // A moderator corrects the third grade twice: no second award, no second message.
    await correct(third, 12, 1);
    await correct(third, 8, 2);
    expect(await h.db.award.count({ where: { userId: anna.id } })).toBe(1);
    expect(await outbox(`award:${anna.id}:`)).toHaveLength(1);
    expect(await h.services.rewards.points(anna.id)).toBe(28);
  });

  it('two grades saved at the same moment: the badge is awarded exactly once, not twice and not missed', async () => {
    const anna = await person(makeUser(705));
    const expert = await person(makeUser(706), { roles: ['expert'] });
    await h.db.badge.update({ where: { code: 'marathoner' }, data: { rule: { metric: 'accepted_steps', threshold: 2 } } });
    const [a, b] = [await project(), await project()];
    // Each transaction alone sees one accepted step; the person's row lock makes the later one see both.
    await Promise.all([accept(anna.id, a.id, a.steps[0]!.id, expert.id), accept(anna.id, b.id, b.steps[0]!.id, expert.id)]);
    expect(await h.db.award.count({ where: { userId: anna.id, badgeCode: 'marathoner' } })).toBe(1);
    expect(await outbox(`award:${anna.id}:marathoner`)).toHaveLength(1);
  });

  it('points → levels: the profile shows the level, a message when a band is reached, once per band', async () => {
    const annaTg = makeUser(711);
    const anna = await person(annaTg);
    const expert = await person(makeUser(712), { roles: ['expert'] });
    const p = await project({ steps: 3 });

    expect(texts(await h.command(annaTg, '/profile')).at(-1)).toContain('Уровень: <b>Новичок</b>, баллов: 0. До уровня «Практик» — 100 баллов.');
    await accept(anna.id, p.id, p.steps[0]!.id, expert.id, 60, 60);
    expect(await outbox(`level:${anna.id}:`)).toHaveLength(0);
    const second = await accept(anna.id, p.id, p.steps[1]!.id, expert.id, 45, 60);
    const levels = await outbox(`level:${anna.id}:`);
    expect(levels.map((m) => m.key)).toEqual([`level:${anna.id}:100`]);
    expect(textOf(levels[0]!)).toContain('⭐ Новый уровень — <b>Практик</b>! У вас 105 баллов.');
    expect(textOf(levels[0]!)).toContain('До уровня «Мастер» — 195 баллов.');

    // Down below 100 and up again: the band was already announced.
    await correct(second, 30, 1);
    expect(texts(await h.command(annaTg, '/profile')).at(-1)).toContain('Уровень: <b>Новичок</b>, баллов: 90.');
    await correct(second, 50, 2);
    expect(await outbox(`level:${anna.id}:`)).toHaveLength(1);
    expect(texts(await h.command(annaTg, '/profile')).at(-1)).toContain('Уровень: <b>Практик</b>, баллов: 110. До уровня «Мастер» — 190 баллов.');
  });

  it('the profile tabs edit the profile message in place', async () => {
    const annaTg = makeUser(721);
    const anna = await person(annaTg, { guilds: ['teacher', 'psychologist'] });
    const expert = await person(makeUser(722), { roles: ['expert'] });
    const a = await project({ guilds: ['teacher'], directions: ['distance'], steps: 2 });
    const b = await project({ guilds: ['methodologist'], directions: ['mentoring'], steps: 2 });
    await accept(anna.id, a.id, a.steps[0]!.id, expert.id, 19, 19);
    await accept(anna.id, a.id, a.steps[1]!.id, expert.id, 100, 120);
    await accept(anna.id, b.id, b.steps[0]!.id, expert.id, 5, 19);

    const card = (await h.command(annaTg, '/profile')).at(-1)!;
    expect(card.text).toContain('Уровень: <b>Практик</b>, баллов: 124.');
    expect(h.buttons(annaTg).map((x) => x.text)).toEqual(['ФИО', 'Учреждение', 'Гильдии', 'Почта', 'Гильдии', 'Награды', 'Уровни', 'Квесты', 'Направления']);
    expect(card.replyMarkup.inline_keyboard.map((row: unknown[]) => row.length)).toEqual([2, 2, 3, 2]);

    const pressTab = async (label: string) => {
      const tab = h.buttons(annaTg).filter((x) => x.data.startsWith('ach:tab:')).find((x) => x.text === label || x.text === `• ${label} •`);
      if (!tab) throw new Error(`no tab ${label}`);
      const sent = await h.press(annaTg, tab.data);
      expect(sent.map((m) => m.method)).toEqual(['editMessageText']);
      expect(sent[0]!.messageId).toBe(card.messageId);
      expect(sent[0]!.replyMarkup.inline_keyboard.every((row: unknown[]) => row.length > 0)).toBe(true);
      return sent[0]!.text!;
    };

    const guilds = await pressTab('Гильдии');
    // In the order of the reference list, as the registration shows them.
    expect(guilds).toContain('В профиле: Психолог, Педагог');
    expect(guilds).toContain('• Педагог: выполнено проектов — 1, принято шагов — 2');
    expect(guilds).toContain('• Методист: выполнено проектов — 0, принято шагов — 1');
    expect(guilds).not.toContain('• Психолог');
    expect(guilds).toContain('УМЕЛЕЦ: 1 из 3 — проекты в разных гильдиях.');
    expect(h.buttons(annaTg).map((x) => x.text)).toContain('• Гильдии •');

    const badges = await pressTab('Награды');
    expect(badges).toContain('— получено 0 из 12');
    expect(badges).toContain('🔒 ОТЛИЧНИК — 1 из 5');
    expect(badges).toContain('🔒 МАРАФОНЕЦ — 3 из 20');
    expect(badges).toContain('Как получить каждую награду — /badges');

    const levels = await pressTab('Уровни');
    expect(levels).toContain('Баллов: <b>124</b> — уровень «Практик» (100–299).');
    expect(levels).toContain('До уровня «Мастер» — 176 баллов.');
    expect(levels).toContain('▫️ Новичок: 0–99');
    expect(levels).toContain('▶️ <b>Практик: 100–299</b> — вы здесь');
    expect(levels).toMatch(/▫️ Эксперт КоДО: от 1\s?500/);
    expect(levels).toContain('Место вашего учреждения и муниципалитета — /rating');

    const quests = await pressTab('Квесты');
    expect(quests).toContain('✅ <b>Первый шаг</b> — выполнен 20 ноября 2026.');
    expect(quests).toContain('✅ <b>До конца</b>');
    expect(quests).toContain('▫️ <b>Три проекта</b> — 1 из 3. Выполнить три проекта');

    const directions = await pressTab('Направления');
    expect(directions).toContain('• Дистанционные программы: выполнено проектов — 1, принято шагов — 2');
    expect(directions).toContain('• Наставничество: выполнено проектов — 0, принято шагов — 1');

    // Pressing the open tab again changes nothing and sends nothing new.
    const again = await h.press(annaTg, 'ach:tab:directions');
    expect(again).toEqual([]);
    // A forged tab is refused with a clear answer.
    expect(await h.press(annaTg, 'ach:tab:secrets')).toEqual([]);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toContain('Эта кнопка устарела');

    const back = await h.pressByText(annaTg, '👤 Профиль');
    expect(back[0]!.text).toContain('Уровень: <b>Практик</b>');
    expect(back[0]!.text).toContain('Что изменить?');
    expect(h.buttons(annaTg).map((x) => x.text).slice(0, 4)).toEqual(['ФИО', 'Учреждение', 'Гильдии', 'Почта']);
  });

  it('/badges lists all twelve with progress and a page of rules in plain words', async () => {
    const annaTg = makeUser(731);
    await person(annaTg);
    const list = texts(await h.command(annaTg, '/badges')).at(-1)!;
    expect(list).toContain('<b>Награды КоДО</b> — у вас 0 из 12');
    expect(list.split('\n').filter((l) => l.startsWith('🔒'))).toHaveLength(12);
    const rules = (await h.pressByText(annaTg, '📖 Как получить награды'))[0]!.text!;
    expect(rules).toContain('<b>УМЕЛЕЦ</b> — полностью выполнить проекты по 3 разным гильдиям: каждый проект засчитывается за одну гильдию; «Любая» не в счёт.');
    expect(rules).toContain('<b>ЛИДЕР</b> — запустить 1 проект, в котором не меньше 5 участников выполнили хотя бы один шаг.');
    expect(rules).toContain('<b>ЭКСПРЕСС</b> — сдать 5 шагов в первые 3 дня после открытия шага и получить их принятыми.');
    expect(rules).toContain('<b>ИССЛЕДОВАТЕЛЬ</b> — полностью выполнить 2 проекта вида «поиск кадров или практик».');
    expect(rules.split('\n').filter((l) => l.startsWith('<b>'))).toHaveLength(13);
    const back = (await h.pressByText(annaTg, '← К наградам'))[0]!.text!;
    expect(back).toContain('у вас 0 из 12');

    const unregistered = makeUser(739);
    expect(texts(await h.command(unregistered, '/badges')).at(-1)).toContain('Сначала зарегистрируйтесь');
  });

  it('a moderator revokes an award: confirmed, audited, the holder told, never re-awarded', async () => {
    const annaTg = makeUser(741, { username: 'anna_k', first_name: 'Анна' });
    const anna = await person(annaTg);
    const denisTg = makeUser(743, { username: 'denis_mod' });
    const denis = await person(denisTg, { roles: ['participant', 'moderator'] });
    const expert = await person(makeUser(742), { roles: ['expert'] });
    const p = await project({ kind: 'build', steps: 1 });
    await h.db.workshop.create({ data: { title: 'Мастерская', authorId: anna.id } });
    await h.db.$transaction((tx) => h.services.rewards.evaluate(tx, anna.id, { kind: 'workshop-opened', ref: 'workshop:1', now: h.clock.now() }));
    const award = await h.db.award.findUniqueOrThrow({ where: { userId_badgeCode: { userId: anna.id, badgeCode: 'innovator' } } });
    expect(award).toMatchObject({ eventKind: 'workshop-opened', eventRef: 'workshop:1' });

    // Not a moderator: refused, by command and by a forged button.
    expect(texts(await h.command(annaTg, '/revoke_badge', '@anna_k')).at(-1)).toContain('Для этого нужна роль «Модератор»');
    await h.deliver(callbackUpdate(annaTg, `ach:rvy:${award.id}`));
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params).toMatchObject({ show_alert: true });
    expect((await h.db.award.findUniqueOrThrow({ where: { id: award.id } })).revokedAt).toBeNull();

    expect(texts(await h.command(denisTg, '/revoke_badge', '@anna_k')).at(-1)).toContain('действующие награды. Какую отозвать?');
    expect((await h.pressByText(denisTg, '🚫 ИННОВАТОР'))[0]!.text).toContain('Отозвать награду <b>ИННОВАТОР</b> у Анна Тестова?');
    const confirm = h.buttons(denisTg).find((b) => b.text === 'Да, отозвать')!;
    const update = callbackUpdate(denisTg, confirm.data, { ...h.fake.lastMessage(denisTg.id)!.message });
    expect(texts(await h.deliver(update))[0]).toContain('Награда <b>ИННОВАТОР</b> у Анна Тестова отозвана, запись в журнале сделана.');
    await h.deliver(update); // redelivered: nothing happens twice

    const revoked = await h.db.award.findUniqueOrThrow({ where: { id: award.id } });
    expect(revoked.revokedById).toBe(denis.id);
    expect(revoked.revokedAt).not.toBeNull();
    const audit = await h.db.auditLog.findMany({ where: { action: 'award.revoke' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: denis.id, entity: 'award', entityId: String(award.id) });
    expect(audit[0]!.before).toMatchObject({ badge: 'innovator', revokedAt: null, eventKind: 'workshop-opened' });
    expect(audit[0]!.after).toMatchObject({ badge: 'innovator', revokedById: denis.id });
    const notices = await outbox(`award-revoked:${award.id}`);
    expect(notices).toHaveLength(1);
    expect(textOf(notices[0]!)).toContain('Награда <b>ИННОВАТОР</b> отозвана модератором');

    // The next event does not hand it back; the person sees it as revoked.
    await accept(anna.id, p.id, p.steps[0]!.id, expert.id);
    expect(await h.db.award.count({ where: { userId: anna.id, badgeCode: 'innovator' } })).toBe(1);
    expect(texts(await h.command(annaTg, '/badges')).at(-1)).toContain('🚫 ИННОВАТОР — отозвана');

    // By name, typed: already revoked → said so; unknown badge → the codes are listed.
    expect(texts(await h.command(denisTg, '/revoke_badge', '@anna_k иноватор')).at(-1)).toContain('Награды «иноватор» нет');
    expect(texts(await h.command(denisTg, '/revoke_badge', '@anna_k ИННОВАТОР')).at(-1)).toContain('нет действующей награды');
  });

  it('КООРДИНАТОР and ЛИДЕР follow the same grades; a moderator tunes a rule (new version, audited)', async () => {
    const denisTg = makeUser(751);
    const denis = await person(denisTg, { roles: ['moderator'] });
    const expert = await person(makeUser(752), { roles: ['expert'] });
    const vera = await person(makeUser(753), { roles: ['author'] });
    expect(texts(await h.command(denisTg, '/badge_rule')).at(-1)).toContain('<code>coordinator</code> КООРДИНАТОР — порог 25, версия правила 1');
    expect(texts(await h.command(denisTg, '/badge_rule', 'coordinator 0')).at(-1)).toContain('Порог — целое число от 1 до 10000.');
    const tuned = texts(await h.command(denisTg, '/badge_rule', 'КООРДИНАТОР 4')).at(-1)!;
    expect(tuned).toContain('<b>КООРДИНАТОР</b>: порог 4, версия правила 2. Теперь: как эксперт проверить 4 работы участников.');
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'badge.tune' } });
    expect(audit).toMatchObject({ actorId: denis.id, entityId: 'coordinator', before: { ruleVersion: 1 }, after: { ruleVersion: 2 } });

    const p = await project({ authorId: vera.id });
    const participants = [];
    for (let k = 0; k < 5; k++) participants.push(await person(makeUser(760 + k)));
    for (const [k, someone] of participants.entries()) {
      await accept(someone.id, p.id, p.steps[0]!.id, expert.id);
      const coordinator = await h.db.award.findUnique({ where: { userId_badgeCode: { userId: expert.id, badgeCode: 'coordinator' } } });
      const leader = await h.db.award.findUnique({ where: { userId_badgeCode: { userId: vera.id, badgeCode: 'leader' } } });
      expect(Boolean(coordinator), `coordinator after ${k + 1}`).toBe(k + 1 >= 4);
      expect(Boolean(leader), `leader after ${k + 1}`).toBe(k + 1 >= 5);
      if (coordinator) expect(coordinator.ruleVersion).toBe(2);
    }
    expect(await outbox(`award:${expert.id}:coordinator`)).toHaveLength(1);
    expect(await outbox(`award:${vera.id}:leader`)).toHaveLength(1);
  });

  it('/rating shows the institution and municipality place, normalised by active members', async () => {
    const north = await h.db.municipality.create({ data: { name: 'Кедровский район' } });
    const cedar = await h.db.institution.create({ data: { name: 'МБУ ДО «Центр „Кедр“»', municipalityId: north.id } });
    const big = await h.db.institution.create({ data: { name: 'МАУ ДО «Станция юных техников»', municipalityId: home.municipalityId } });
    const expert = await person(makeUser(771), { roles: ['expert'], place: { municipalityId: north.id, institutionId: cedar.id } });
    const annaTg = makeUser(772);
    const anna = await person(annaTg);
    const p = await project({ steps: 1 });
    await accept(anna.id, p.id, p.steps[0]!.id, expert.id, 90, 100);
    // A bigger institution with more people who each did less.
    for (let k = 0; k < 6; k++) {
      const someone = await person(makeUser(780 + k), { place: { municipalityId: home.municipalityId, institutionId: big.id } });
      await accept(someone.id, p.id, p.steps[0]!.id, expert.id, 20, 100);
    }
    await person(makeUser(790), { place: { municipalityId: north.id, institutionId: cedar.id } });

    const text = texts(await h.command(annaTg, '/rating')).at(-1)!;
    expect(text).toContain('<b>Рейтинг</b> за последние 365 дней');
    expect(text).toContain('🏫 МБУ ДО «Дом детского творчества „Радуга“» — место <b>1</b> из 2. Балл ');
    expect(text).toContain('активных участников 1 из 1.\nСтатус учреждения: <b>Начинающее</b>');
    expect(text).toContain('🏙 Город Северогорск — место <b>1</b> из 1.');
    expect(text).toContain('1. МБУ ДО «Дом детского творчества „Радуга“»');
    expect(text).toContain('2. МАУ ДО «Станция юных техников»');
    expect(text).toContain('Как считается');
    // The expert's institution has nobody with points: no place.
    const expertTg = makeUser(771);
    const expertText = texts(await h.command(expertTg, '/rating')).at(-1);
    expect(expertText).toContain('МБУ ДО «Центр „Кедр“» — пока без места');
    expect(expertText).toContain('Статус учреждения: <b>Без активности</b>');
  });

  it('messages follow the person’s language', async () => {
    const kateTg = makeUser(795, { language_code: 'en' });
    const kate = await person(kateTg, { locale: 'en' });
    const expert = await person(makeUser(796), { roles: ['expert'] });
    const projects = [await project({ guilds: ['teacher'] }), await project({ guilds: ['mentor'] }), await project({ guilds: ['designer'] })];
    for (const p of projects) await accept(kate.id, p.id, p.steps[0]!.id, expert.id);
    const [message] = await outbox(`award:${kate.id}:craftsman`);
    expect(textOf(message!)).toContain('🏅 New badge — <b>CRAFTSMAN</b>!');
    expect(textOf(message!)).toContain('complete projects in 3 different guilds: each project counts for one guild; “Any” does not count');
    const update = commandUpdate(kateTg, '/badges');
    expect(texts(await h.deliver(update)).at(-1)).toContain('🏅 <b>CRAFTSMAN</b> — 20 November 2026');
  });
});
