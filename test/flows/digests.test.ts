// Scheduled digests end to end on both databases: planned on the job scheduler (two instances at once,
// a crash mid-run), honouring mutes and quiet hours, and delivered by the outbox sender.
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { JobScheduler } from '../../src/runtime/scheduler.ts';
import { digestsJob } from '../../src/jobs/digests.ts';
import { DeliveryGate } from '../../src/outbox/delivery-gate.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { DigestService } from '../../src/services/digests.ts';
import { createTranslator } from '../../src/bot/i18n.ts';
import { DEFAULT_DIGEST_SCHEDULES } from '../../src/domain/digest-schedule.ts';
import { DeliveryPreferenceService } from '../../src/services/delivery-preferences.ts';
import { createHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson, enrol, submitWork, fullWork, assignExpert, type ProjectFixture } from '../helpers/grading-fixtures.ts';

const TZ = 'Asia/Krasnoyarsk';
const local = (s: string) => new Date(`${s}+07:00`);
const logger = pino({ level: 'silent' });

async function projectWithSteps(db: Db, title: string, steps: { title: string; endsOn: Date }[], opts: { guildCodes?: string[]; createdAt?: Date } = {}) {
  const guilds = opts.guildCodes?.length ? await db.guild.findMany({ where: { code: { in: opts.guildCodes } } }) : [];
  return db.project.create({
    data: {
      title,
      summary: 'Проект для проверки напоминаний.',
      kind: 'train',
      level: 'regional',
      status: 'running',
      startsOn: local('2026-11-01T00:00:00'),
      endsOn: local('2026-12-31T23:59:00'),
      createdAt: opts.createdAt,
      guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
      steps: {
        create: steps.map((s, i) => ({
          position: i + 1,
          title: s.title,
          startsOn: local('2026-11-01T00:00:00'),
          endsOn: s.endsOn,
          checklist: { create: [{ position: 1, title: 'План', accepts: 'any' }] },
        })),
      },
    },
    include: { steps: { orderBy: { position: 'asc' } } },
  });
}

const texts = async (db: Db, where: object = {}) =>
  (await db.outboxMessage.findMany({ where, orderBy: { id: 'asc' } })).map((m) => ({ key: m.key, chatId: Number(m.chatId), text: (m.payload as { text: string }).text, availableAt: m.availableAt, category: m.category, status: m.status }));

describe.each(databaseProviders)('scheduled digests on %s', (provider) => {
  let h: Harness;
  let db: Db;
  const digestsFor = (overrides: Partial<typeof DEFAULT_DIGEST_SCHEDULES> = {}) =>
    new DigestService({ db, clock: h.clock, translate: createTranslator('ru'), defaultLocale: 'ru', timeZone: TZ, schedules: { ...DEFAULT_DIGEST_SCHEDULES, ...overrides } });

  beforeEach(async () => {
    h = await createHarness(provider);
    db = h.db;
  });
  afterEach(async () => h.close());

  /** Friday 20 November 2026; the reminders' cron (10:00 daily) fired at 10:00. */
  async function deadlineWorld() {
    const anna = await createPerson(db, { telegramId: 701, fullName: 'Снегирёва Анна' });
    const boris = await createPerson(db, { telegramId: 702, fullName: 'Клёнов Борис', locale: 'en' });
    const vera = await createPerson(db, { telegramId: 703, fullName: 'Ольхова Вера' });
    const muted = await createPerson(db, { telegramId: 704, fullName: 'Тихонов Глеб' });
    const p = await projectWithSteps(db, 'Обучаем. Занятие в дистанте.', [
      { title: 'План занятия', endsOn: local('2026-11-23T23:59:00') }, // in 3 days
      { title: 'Проведение', endsOn: local('2026-11-21T23:59:00') }, // in 1 day
      { title: 'Самоанализ', endsOn: local('2026-11-22T23:59:00') }, // in 2 days: no reminder
    ]);
    for (const person of [anna, boris, vera, muted]) await enrol(db, person.id, p.id);
    // Vera handed in step 2: only step 1 is due for her.
    const veraEnrolment = await db.enrolment.findFirstOrThrow({ where: { userId: vera.id } });
    const fixture: ProjectFixture = { projectId: p.id, stepId: p.steps[1]!.id, itemIds: [], criterionIds: [] };
    await submitWork(db, fixture, veraEnrolment.id, { submittedAt: local('2026-11-19T12:00:00'), items: [] });
    await db.deliveryPreference.create({ data: { userId: muted.id, deadlines: false } });
    return { anna, boris, vera, muted, project: p };
  }

  it('sends each person one reminder listing every step due in 3 and 1 days, not the handed-in or muted ones', async () => {
    const w = await deadlineWorld();
    h.clock.advance(local('2026-11-20T10:00:20').getTime() - h.clock.now().getTime());
    const reports = await digestsFor().runDue(h.clock.now(), 'a');
    expect(reports.find((r) => r.kind === 'deadlines')).toEqual({ kind: 'deadlines', period: '2026-11-20T10:00', planned: 3 });

    const rows = await texts(db, { category: 'deadline' });
    expect(rows.map((r) => r.chatId).sort()).toEqual([701, 702, 703]);
    const anna = rows.find((r) => r.chatId === 701)!;
    expect(anna.key).toBe(`digest:deadlines:${w.anna.id}:2026-11-20T10:00`);
    expect(anna.text).toContain('Скоро сроки сдачи шагов (2)');
    expect(anna.text).toContain('«Обучаем. Занятие в дистанте.», шаг 2 «Проведение» — до 21 ноября (остался 1 день)');
    expect(anna.text).toContain('шаг 1 «План занятия» — до 23 ноября (осталось 3 дня)');
    expect(anna.text).not.toContain('Самоанализ');
    // The nearest deadline comes first.
    expect(anna.text.indexOf('Проведение')).toBeLessThan(anna.text.indexOf('План занятия'));
    // In the recipient's language.
    expect(rows.find((r) => r.chatId === 702)!.text).toContain('step 2 “Проведение” — by 21 November (1 day left)');
    const vera = rows.find((r) => r.chatId === 703)!.text;
    expect(vera).toContain('Скоро срок сдачи шага');
    expect(vera).not.toContain('Проведение');
  });

  it('gives each person one digest when two instances run the same schedule at once', async () => {
    await deadlineWorld();
    h.clock.advance(local('2026-11-20T10:00:05').getTime() - h.clock.now().getTime());
    const schedulerOf = (instance: string) => new JobScheduler(db, h.clock, logger, instance).add(digestsJob(digestsFor(), instance));
    const [a, b] = [schedulerOf('instance-a'), schedulerOf('instance-b')];
    await Promise.all([a.tick(), b.tick()]);
    // The next minute both tick again: the period is done, nothing is planned twice.
    h.clock.advance(60_000);
    await Promise.all([a.tick(), b.tick()]);
    const rows = await texts(db, { category: 'deadline' });
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
    // Even two plans racing past the run guard write one row per person: the key is unique.
    const fire = local('2026-11-20T10:00:00');
    await Promise.all([digestsFor().plan('deadlines', fire, '2026-11-20T10:00'), digestsFor().plan('deadlines', fire, '2026-11-20T10:00')]);
    expect(await db.outboxMessage.count({ where: { category: 'deadline' } })).toBe(3);
  });

  it('resumes a digest interrupted by a crash without sending anything twice', async () => {
    const w = await deadlineWorld();
    const period = '2026-11-20T10:00';
    // The crashed instance took the run and wrote Anna's reminder before dying.
    await db.jobRun.create({ data: { job: 'digest:deadlines', period, instance: 'dead', startedAt: local('2026-11-20T10:00:00') } });
    h.clock.advance(local('2026-11-20T10:00:30').getTime() - h.clock.now().getTime());
    const first = (await digestsFor().planDeadlines(h.clock.now(), period)).find((m) => m.key.includes(`:${w.anna.id}:`))!;
    await db.outboxMessage.create({ data: { method: 'sendMessage', key: first.key, chatId: first.chatId, payload: { text: first.text }, category: 'deadline', status: 'sent' } });

    // While the crashed run could still be alive, nobody takes it over.
    expect((await digestsFor().runDue(local('2026-11-20T10:02:00'), 'b')).filter((r) => r.kind === 'deadlines')).toEqual([]);
    expect(await db.outboxMessage.count({ where: { category: 'deadline' } })).toBe(1);
    // Past the stale limit another instance resumes it: only the missing reminders are written.
    const reports = await digestsFor().runDue(local('2026-11-20T10:06:00'), 'b');
    expect(reports.find((r) => r.kind === 'deadlines')?.planned).toBe(2);
    const rows = await texts(db, { category: 'deadline' });
    expect(rows.map((r) => r.chatId).sort()).toEqual([701, 702, 703]);
    expect(rows.find((r) => r.chatId === 701)!.status).toBe('sent');
    expect((await db.jobRun.findFirstOrThrow({ where: { job: 'digest:deadlines', period } })).finishedAt).not.toBeNull();
  });

  it('holds a digest planned in quiet hours until the morning and sends it then', async () => {
    await deadlineWorld();
    // Reminders scheduled for 23:00: inside everyone's default quiet hours (22:00–08:00).
    h.clock.advance(local('2026-11-20T23:00:10').getTime() - h.clock.now().getTime());
    await digestsFor({ deadlinesCron: '0 23 * * *' }).runDue(h.clock.now(), 'a');
    const rows = await texts(db, { category: 'deadline' });
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.availableAt).toEqual(local('2026-11-21T08:00:00'));

    const sender = new OutboxSender(db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), logger, h.clock, {
      instanceId: 'sender',
      gate: new DeliveryGate(db, new DeliveryPreferenceService(db), TZ),
    });
    await sender.drainOnce();
    expect(h.fake.sent(701)).toHaveLength(0);
    h.clock.advance(local('2026-11-21T08:00:00').getTime() - h.clock.now().getTime());
    for (let i = 0; i < 3; i++) await sender.drainOnce();
    expect(h.fake.sent(701).map((m) => m.text)[0]).toContain('Скоро сроки сдачи шагов (2)');
    expect(h.fake.sent(702)).toHaveLength(1);
  });

  it('the sender holds a message queued before quiet hours began and drops a kind the person muted since', async () => {
    const anna = await createPerson(db, { telegramId: 711, fullName: 'Снегирёва Анна' });
    const boris = await createPerson(db, { telegramId: 712, fullName: 'Клёнов Борис' });
    await db.deliveryPreference.create({ data: { userId: boris.id, awards: 'digest' } });
    const queued = local('2026-11-20T21:50:00');
    for (const [chatId, key] of [[711, 'award:a'], [712, 'award:b']] as const) {
      await db.outboxMessage.create({ data: { method: 'sendMessage', key, chatId: BigInt(chatId), payload: { text: `badge for ${chatId}` }, category: 'award', availableAt: queued, createdAt: queued } });
    }
    // A grade card has no category: sent at night all the same.
    await db.outboxMessage.create({ data: { method: 'sendMessage', key: 'grade:card', chatId: 711n, payload: { text: 'grade card' }, availableAt: queued, createdAt: queued } });
    h.clock.advance(local('2026-11-20T22:30:00').getTime() - h.clock.now().getTime());
    const sender = new OutboxSender(db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), logger, h.clock, {
      instanceId: 'sender',
      gate: new DeliveryGate(db, new DeliveryPreferenceService(db), TZ),
    });
    for (let i = 0; i < 3; i++) await sender.drainOnce();
    expect(h.fake.sent(711).map((m) => m.text)).toEqual(['grade card']);
    expect(h.fake.sent(712)).toHaveLength(0);
    const rows = await db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.key, r.status])).toEqual([['award:a', 'pending'], ['award:b', 'dropped'], ['grade:card', 'sent']]);
    expect(rows[0]!.availableAt).toEqual(local('2026-11-21T08:00:00'));
    void anna;
  });

  it('weekly digest: badges, level, points, new projects of the guilds and missed news; a week with nothing sends nothing', async () => {
    const anna = await createPerson(db, { telegramId: 721, fullName: 'Снегирёва Анна' });
    const quiet = await createPerson(db, { telegramId: 722, fullName: 'Клёнов Борис' });
    const off = await createPerson(db, { telegramId: 723, fullName: 'Ольхова Вера' });
    const teacher = await db.guild.findFirstOrThrow({ where: { code: 'teacher' } }).catch(() => db.guild.findFirstOrThrow());
    await db.userGuild.create({ data: { userId: anna.id, guildId: teacher.id } });
    await db.deliveryPreference.create({ data: { userId: anna.id, awards: 'digest', news: false } });
    await db.deliveryPreference.create({ data: { userId: off.id, weeklyDigest: false } });
    const inWeek = local('2026-11-19T12:00:00');
    await db.award.create({ data: { userId: anna.id, badgeCode: 'marathoner', eventKind: 'grade-saved', eventRef: 'grade:1', ruleVersion: 1, awardedAt: inWeek } });
    await db.pointsEntry.create({ data: { userId: anna.id, reason: 'manual:old', points: 90, createdAt: local('2026-11-01T12:00:00') } });
    await db.pointsEntry.create({ data: { userId: anna.id, reason: 'manual:week', points: 19, createdAt: inWeek } });
    await db.pointsEntry.create({ data: { userId: off.id, reason: 'manual:week', points: 19, createdAt: inWeek } });
    await projectWithSteps(db, 'Новый проект для педагогов', [{ title: 'Шаг', endsOn: local('2026-12-20T23:59:00') }], { guildCodes: [teacher.code], createdAt: inWeek });
    await db.news.create({ data: { title: 'Открыт приём заявок на слёт', body: '…', publishedAt: inWeek } });
    // Quiet Boris's only news message reached him, so he missed nothing; he has nothing else this week.
    await db.outboxMessage.create({ data: { method: 'sendMessage', key: 'news:1:722', chatId: 722n, payload: { text: 'news' }, category: 'news', status: 'sent', createdAt: inWeek } });
    // Monday 23 November, 10:00: the default weekly cron.
    h.clock.advance(local('2026-11-23T10:00:00').getTime() - h.clock.now().getTime());
    await digestsFor().runDue(h.clock.now(), 'a');
    const rows = await texts(db, { category: 'digest' });
    expect(rows.map((r) => r.chatId)).toEqual([721]);
    const text = rows[0]!.text;
    expect(text).toContain('Ваша неделя в КоДО');
    expect(text).toContain('Баллы за неделю: 19, всего 109.');
    expect(text).toContain('Новые награды: МАРАФОНЕЦ');
    expect(text).toContain('Новый уровень: Практик');
    expect(text).toContain('Новый проект для педагогов');
    expect(text).toContain('Открыт приём заявок на слёт');
    expect(rows[0]!.key).toBe(`digest:weekly:${anna.id}:2026-11-23T10:00`);
    void quiet;
  });

  it("sends an expert a daily summary of waiting work per project, never counting the expert's own", async () => {
    const expert = await createPerson(db, { telegramId: 731, fullName: 'Рябинина Ольга', roles: ['expert'] });
    const p1 = await projectWithSteps(db, 'Проект А', [{ title: 'Шаг', endsOn: local('2026-12-20T23:59:00') }]);
    const p2 = await projectWithSteps(db, 'Проект Б', [{ title: 'Шаг', endsOn: local('2026-12-20T23:59:00') }]);
    await assignExpert(db, p1.id, expert.id);
    await assignExpert(db, p2.id, expert.id);
    for (const [i, project] of [p1, p1, p2].entries()) {
      const person = await createPerson(db, { telegramId: 740 + i, fullName: `Участник ${i}` });
      const enrolmentId = await enrol(db, person.id, project.id);
      await submitWork(db, { projectId: project.id, stepId: project.steps[0]!.id, itemIds: [], criterionIds: [] }, enrolmentId, { submittedAt: local(`2026-11-1${5 + i}T12:00:00`), items: [] });
    }
    const own = await enrol(db, expert.id, p2.id);
    await submitWork(db, { projectId: p2.id, stepId: p2.steps[0]!.id, itemIds: [], criterionIds: [] }, own, { submittedAt: local('2026-11-14T12:00:00'), items: fullWork('own').slice(0, 0) });
    h.clock.advance(local('2026-11-20T09:00:00').getTime() - h.clock.now().getTime());
    await digestsFor().runDue(h.clock.now(), 'a');
    const rows = await texts(db, { category: 'review-summary' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toContain('Ждут вашей проверки: 3');
    expect(rows[0]!.text).toContain('«Проект А»: 2 (самая ранняя с 15 ноября)');
    expect(rows[0]!.text).toContain('«Проект Б»: 1 (самая ранняя с 17 ноября)');
  });
}, 120_000);
