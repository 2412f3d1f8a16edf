// Expert grading as experts, participants and moderators live it: the queue, a full grading in a
// dozen taps, the rework cycle, races between experts, every refusal, corrections and notices.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { JobScheduler } from '../../src/runtime/scheduler.ts';
import { reviewNoticesJob } from '../../src/jobs/review-notices.ts';
import type { GradeSavedEvent } from '../../src/services/grade-hooks.ts';
import { GradingService } from '../../src/services/grading/index.ts';
import type { GradeDraft } from '../../src/domain/grading.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';
import pino from 'pino';

const MIN = 60_000;
const TG = { author: 9101, expert: 9102, expert2: 9103, participant: 9104, moderator: 9105, outsider: 9106, selfExpert: 9107 };

describe.each(databaseProviders)('expert grading on %s', (provider) => {
  let h: Harness;
  let f: ProjectFixture;
  let ids: Record<keyof typeof TG, number>;
  let enrolmentId: number;
  const u = (who: keyof typeof TG): User => makeUser(TG[who]);

  beforeEach(async () => {
    h = await createHarness(provider);
    const person = (who: keyof typeof TG, fullName: string, roles: string[] = []) => createPerson(h.db, { telegramId: TG[who], fullName, roles });
    ids = {
      author: (await person('author', 'Кедрова Нина Павловна', ['author'])).id,
      expert: (await person('expert', 'Соснин Игорь Петрович', ['expert'])).id,
      expert2: (await person('expert2', 'Берёзова Ольга Ивановна', ['expert'])).id,
      participant: (await person('participant', 'Рябинина Анна Сергеевна')).id,
      moderator: (await person('moderator', 'Ольхов Пётр Андреевич', ['moderator'])).id,
      outsider: (await person('outsider', 'Ясенев Глеб Олегович', ['expert'])).id,
      selfExpert: (await person('selfExpert', 'Калинина Вера Дмитриевна', ['expert'])).id,
    };
    f = await createProject(h.db, { authorId: ids.author });
    for (const who of ['expert', 'expert2', 'selfExpert'] as const) await assignExpert(h.db, f.projectId, ids[who]);
    enrolmentId = await enrol(h.db, ids.participant, f.projectId);
  });
  afterEach(async () => h.close());

  const submit = (opts: { attempt?: number; agoMin?: number; items?: Parameters<typeof submitWork>[3]['items']; enrolment?: number; tag?: string } = {}) =>
    submitWork(h.db, f, opts.enrolment ?? enrolmentId, {
      attempt: opts.attempt,
      submittedAt: new Date(h.clock.now().getTime() - (opts.agoMin ?? 0) * MIN),
      items: opts.items ?? fullWork(opts.tag ?? 'a'),
    });
  const outbox = (telegramId: number) => h.db.outboxMessage.findMany({ where: { chatId: BigInt(telegramId) }, orderBy: { id: 'asc' } });
  const lastAnswer = () => h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text as string | undefined;
  const fullDraft = (over: Partial<GradeDraft> = {}): GradeDraft => ({
    items: f.itemIds.map((id) => ({ checklistItemId: id, ok: true, comment: '' })),
    criteria: f.criterionIds.map((id, i) => ({ criterionId: id, points: [3, 0, 7, 2, 2, 5][i]! })),
    tokens: ['quality'],
    comment: '',
    decision: 'accepted',
    overrideReason: null,
    ...over,
  });

  it('grades a 4-item, 6-criterion checklist in at most 12 taps and saves everything at once', async () => {
    const subId = await submit({ agoMin: 135 });
    const expert = u('expert');
    let taps = 0;
    const tap = (text: string | RegExp) => {
      taps++;
      return h.pressByText(expert, text);
    };

    taps++;
    const queue = texts(await h.command(expert, '/review')).join('\n');
    expect(queue).toContain('Работы на проверку: 1');
    expect(queue).toContain('<b>Обучаем. Занятие в дистанте.</b> · шаг 1 «План дистанционного занятия» · попытка 1 · ждёт 2 ч 15 мин');

    const opened = await tap(/^1\. /);
    // The participant's work comes back exactly as sent: the same file ids, the link, the escaped text.
    expect(opened.find((m) => m.method === 'sendDocument')?.params.document).toBe('BQACAgIAAxk_plan_a');
    expect(opened.find((m) => m.method === 'sendPhoto')?.params.photo).toBe('AgACAgIAAxk_board_a');
    expect(texts(opened).join('\n')).toContain('<a href="https://school.example/materials/a?a=1&amp;b=2">');
    expect(texts(opened).join('\n')).toContain('Занятие прошло в Zoom, &lt;дети&gt; работали в группах.');
    expect(texts(opened).at(-1)).toContain('Работа закреплена за вами до 10:30 (30 мин)');
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: subId } })).claimedById).toBe(ids.expert);

    expect(texts(await tap('✅ Все пункты приняты')).at(-1)).toContain('Критерий 1 из 6');
    expect(h.buttons(expert).map((b) => b.text)).toEqual(['Да · 3', 'Нет · 0', '⏩ Этот и остальные — максимум', '← Назад']);
    await tap('Да · 3');
    await tap('Нет · 0');
    expect(texts(await tap('7')).at(-1)).toContain('Критерий 4 из 6');
    await tap('2');
    await tap('2');
    expect(texts(await tap('5')).at(-1)).toContain('Жетоны и комментарий');
    await tap('КАЧЕСТВО');
    expect(h.buttons(expert).map((b) => b.text)).toContain('✅ КАЧЕСТВО');
    const summary = texts(await h.say(expert, 'Хороший план, <b>аккуратно</b> оформлен')).at(-1)!;
    expect(summary).toContain('Итого: <b>19 из 21</b>');
    expect(summary).toContain('• Наличие приложения с используемыми сервисами: нет (0 из 2)');
    expect(summary).toContain('🏅 Жетоны: КАЧЕСТВО');
    const saved = texts(await tap('✅ Принять')).at(-1)!;
    expect(saved).toMatch(/Оценка №\d+ сохранена: работа принята, 19 из 21/);
    expect(taps).toBeLessThanOrEqual(12);
    expect(taps).toBe(11);
    await h.pressByText(expert, '▶ Следующая работа');
    expect(lastAnswer()).toContain('Очередь пуста');

    const grade = await h.db.grade.findUniqueOrThrow({ where: { submissionId: subId }, include: { items: true, criteria: true, tokens: true } });
    expect(grade).toMatchObject({ expertId: ids.expert, decision: 'accepted', totalPoints: 19, maxPoints: 21, rubricVersion: 2, comment: 'Хороший план, <b>аккуратно</b> оформлен' });
    expect(grade.items.every((i) => i.ok)).toBe(true);
    expect(grade.items).toHaveLength(4);
    expect(grade.criteria.map((c) => c.points).sort()).toEqual([0, 2, 2, 3, 5, 7]);
    expect(grade.tokens.map((t) => t.tokenCode)).toEqual(['quality']);
    const sub = await h.db.submission.findUniqueOrThrow({ where: { id: subId } });
    expect(sub).toMatchObject({ status: 'accepted', openKey: null, claimedById: null, claimExpiresAt: null });
    expect(sub.decidedAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(await h.db.pointsEntry.findMany({ where: { userId: ids.participant }, select: { reason: true, points: true, gradeId: true } })).toEqual([{ reason: 'grade', points: 19, gradeId: grade.id }]);
    expect(await h.db.auditLog.count({ where: { action: 'grade.save', entityId: String(subId), actorId: ids.expert } })).toBe(1);

    const card = await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `grade:${grade.id}:card` } });
    expect(card.chatId).toBe(BigInt(TG.participant));
    const text = (card.payload as { text: string }).text;
    expect(text).toContain('✅ Работа принята.');
    expect(text).toContain('Итого: <b>19 из 21</b>');
    expect(text).toContain('✅ 3. Ссылка на материалы для обучающихся');
    expect(text).toContain('• Полнота содержания плана занятия: 7 из 7');
    expect(text).toContain('🏅 Жетоны: КАЧЕСТВО');
    expect(text).toContain('Комментарий эксперта: <i>Хороший план, &lt;b&gt;аккуратно&lt;/b&gt; оформлен</i>');
    expect(text).toContain('Начислено баллов: +19.');
  }, 60_000);

  it('returns work for rework, regrades the resubmission and credits the points once', async () => {
    const first = await submit({ agoMin: 30 });
    const expert = u('expert');
    await h.command(expert, '/review');
    await h.pressByText(expert, /^1\. /);
    await h.pressByText(expert, '🔎 Проверить по пунктам');
    expect(texts(await h.pressByText(expert, '✅ Всё ок')).at(-1)).toContain('Пункт 2 из 4');
    // A restart mid-grading loses nothing: the conversation lives in the database.
    await h.restart();
    await h.pressByText(expert, '✅ Всё ок');
    expect(texts(await h.pressByText(expert, '✖️ Не принят')).at(-1)).toContain('Пункт 3 «Ссылка на материалы для обучающихся» не принят');
    // Back returns to the item; the item is still open.
    expect(texts(await h.pressByText(expert, '← Назад')).at(-1)).toContain('Пункт 3 из 4');
    await h.pressByText(expert, '✖️ Не принят');
    expect(texts(await h.say(expert, 'Ссылка не открывается')).at(-1)).toContain('Пункт 4 из 4');
    await h.pressByText(expert, '✅ Всё ок');
    await h.pressByText(expert, '⏩ Этот и остальные — максимум');
    const summary = texts(await h.pressByText(expert, 'Далее без комментария →')).at(-1)!;
    expect(summary).toContain('✖️ 3. Ссылка на материалы для обучающихся — <i>Ссылка не открывается</i>');
    // Accepting with a rejected item needs a reason; back out of it and return the work instead.
    expect(texts(await h.pressByText(expert, '✅ Принять')).at(-1)).toContain('Не приняты пункты: 3');
    await h.pressByText(expert, '← Назад');
    expect(texts(await h.pressByText(expert, '↩️ На доработку')).at(-1)).toMatch(/Оценка №\d+ сохранена: работа возвращена на доработку \(21 из 21\)/);

    const grade1 = await h.db.grade.findUniqueOrThrow({ where: { submissionId: first } });
    expect(grade1.decision).toBe('returned');
    expect(await h.db.submission.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ status: 'returned', openKey: null });
    expect(await h.db.pointsEntry.count()).toBe(0);
    const card = (await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `grade:${grade1.id}:card` } })).payload as { text: string };
    expect(card.text).toContain('↩️ Работа возвращена на доработку.');
    expect(card.text).toContain('<b>Что доработать</b>\n• 3. Ссылка на материалы для обучающихся — <i>Ссылка не открывается</i>');
    expect(await h.db.expertSnippet.findMany({ where: { expertId: ids.expert }, select: { text: true, uses: true } })).toEqual([{ text: 'Ссылка не открывается', uses: 1 }]);

    // The participant hands in only the rejected item anew; the rest is carried over.
    h.clock.advance(60 * MIN);
    const second = await submit({
      attempt: 2,
      items: [
        { kind: 'carry', fromSubmissionId: first },
        { kind: 'carry', fromSubmissionId: first },
        { kind: 'link', url: 'https://school.example/materials/fixed' },
        { kind: 'carry', fromSubmissionId: first },
      ],
    });
    expect(texts(await h.command(expert, '/review')).join('\n')).toContain('попытка 2');
    const opened = await h.pressByText(expert, /^1\. /);
    const shown = texts(opened).join('\n');
    expect(shown).toContain('<b>3. Ссылка на материалы для обучающихся</b>\n🆕 новое в этой попытке');
    expect(shown).toContain('<b>1. План занятия по шаблону</b>\nбез изменений с прошлой попытки');
    expect(texts(opened).at(-1)).toContain('▫️ 3. Ссылка на материалы для обучающихся (в прошлый раз ✖️)');
    // The expert's frequent comment is offered as a one-tap snippet.
    await h.pressByText(expert, '🔎 Проверить по пунктам');
    await h.pressByText(expert, '✖️ Не принят');
    expect(h.buttons(expert).map((b) => b.text)).toContain('💬 Ссылка не открывается');
    await h.pressByText(expert, '← Назад');
    await h.pressByText(expert, '✅ Этот и все следующие — ок');
    await h.pressByText(expert, '⏩ Этот и остальные — максимум');
    await h.pressByText(expert, 'Далее без комментария →');
    expect(texts(await h.pressByText(expert, '✅ Принять')).at(-1)).toContain('работа принята, 21 из 21');

    const grade2 = await h.db.grade.findUniqueOrThrow({ where: { submissionId: second } });
    expect(await h.db.pointsEntry.findMany({ where: { userId: ids.participant }, select: { gradeId: true, reason: true, points: true } })).toEqual([{ gradeId: grade2.id, reason: 'grade', points: 21 }]);
    // A repeated press of the old button changes nothing.
    const stale = await h.press(expert, `gr:${second}:s:acc`);
    expect(stale).toEqual([]);
    expect(await h.db.grade.count()).toBe(2);
    expect(await h.db.pointsEntry.count()).toBe(1);
  }, 60_000);

  it('lets exactly one of two experts saving at the same moment grade the work and tells the other', async () => {
    const subId = await submit({ agoMin: 5 });
    const [a, b] = [u('expert'), u('expert2')];
    await h.command(a, '/review');
    await h.pressByText(a, /^1\. /);
    // While A holds it, B neither sees it nor can open it.
    expect(texts(await h.command(b, '/review')).at(-1)).toContain('Очередь пуста');
    await h.press(b, `rv:open:${subId}`);
    expect(lastAnswer()).toBe('Эту работу сейчас проверяет другой эксперт.');

    const toSummary = async (user: User) => {
      await h.pressByText(user, '✅ Все пункты приняты');
      await h.pressByText(user, '⏩ Этот и остальные — максимум');
      await h.pressByText(user, 'Далее без комментария →');
    };
    await toSummary(a);
    h.clock.advance(31 * MIN); // A's claim lapses; B takes the work.
    await h.command(b, '/review');
    await h.pressByText(b, /^1\. /);
    await toSummary(b);

    await Promise.all([h.pressByText(a, '✅ Принять'), h.pressByText(b, '✅ Принять')]);
    const grades = await h.db.grade.findMany({ where: { submissionId: subId } });
    expect(grades).toHaveLength(1);
    expect(grades[0]!.expertId).toBe(ids.expert2);
    expect(texts(h.fake.sent(TG.expert2)).at(-1)).toMatch(/Оценка №\d+ сохранена/);
    expect(texts(h.fake.sent(TG.expert)).at(-1)).toMatch(/другой эксперт/);
    expect(await h.db.pointsEntry.count()).toBe(1);
  }, 60_000);

  it('keeps one claim and one grade when the service is called concurrently', async () => {
    const subId = await submit();
    const { grading } = h.services;
    const claims = await Promise.allSettled([grading.claim(ids.expert, subId), grading.claim(ids.expert2, subId)]);
    expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
    expect(claims.find((c) => c.status === 'rejected')).toMatchObject({ reason: { code: 'grading-err-taken' } });
    const holder = (await h.db.submission.findUniqueOrThrow({ where: { id: subId } })).claimedById!;
    const other = holder === ids.expert ? ids.expert2 : ids.expert;
    const saves = await Promise.allSettled([
      grading.saveGrade(holder, subId, fullDraft(), 'update:1'),
      grading.saveGrade(holder, subId, fullDraft(), 'update:2'),
      grading.saveGrade(other, subId, fullDraft(), 'update:3'),
    ]);
    expect(await h.db.grade.count()).toBe(1);
    expect(await h.db.pointsEntry.count()).toBe(1);
    const done = saves.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<{ repeated: boolean }>).value.repeated).sort();
    expect(done).toEqual([false, true]);
    expect(saves[2]).toMatchObject({ status: 'rejected', reason: { code: expect.stringMatching(/^grading-err-(taken|already-graded)$/) } });
  });

  it('refuses own work, unassigned projects, missing roles and forged buttons', async () => {
    const subId = await submit();
    // Own work: an expert of the project who also takes part in it.
    const ownEnrolment = await enrol(h.db, ids.selfExpert, f.projectId);
    const ownSub = await submit({ enrolment: ownEnrolment, tag: 'own' });
    const self = u('selfExpert');
    expect(texts(await h.command(self, '/review')).join('\n')).toContain('Работы на проверку: 1');
    await h.press(self, `rv:open:${ownSub}`);
    expect(lastAnswer()).toBe('Свою работу проверять нельзя.');

    const outsider = u('outsider');
    expect(texts(await h.command(outsider, '/review')).at(-1)).toContain('Очередь пуста');
    await h.press(outsider, `rv:open:${subId}`);
    expect(lastAnswer()).toBe('Вы не назначены экспертом этого проекта.');

    const participant = u('participant');
    expect(texts(await h.command(participant, '/review')).at(-1)).toContain('Для этого нужна роль «Эксперт»');
    await h.press(participant, `rv:open:${subId}`);
    expect(lastAnswer()).toBe('Проверять работы может только эксперт. Обратитесь к администратору КоДО.');
    await h.press(participant, 'rv:open:abc');
    expect(lastAnswer()).toContain('Эта кнопка устарела');
    expect(await h.db.submission.count({ where: { claimedById: { not: null } } })).toBe(0);

    // Inside a grading: a button naming another submission, or the queue's buttons, change nothing.
    const expert = u('expert');
    await h.command(expert, '/review');
    await h.pressByText(expert, /^2\. /); // the own work of selfExpert is in this expert's queue too
    await h.command(expert, '/review').then((m) => expect(texts(m)[0]).toContain('Сейчас идёт проверка работы'));
    const current = h.buttons(expert).find((b) => b.text === '✅ Все пункты приняты')!;
    const other = current.data.startsWith(`gr:${subId}:`) ? ownSub : subId;
    await h.press(expert, current.data.replace(/^gr:\d+:/, `gr:${other}:`));
    expect(lastAnswer()).toContain('Эта кнопка устарела');
    await h.press(expert, `rv:open:${other}`);
    expect(lastAnswer()).toBe('Сначала закончите текущую проверку (или отправьте /cancel).');
    expect(h.buttons(expert).map((b) => b.text)).toContain('✅ Все пункты приняты');

    // Points outside 0..max: typed or forged, refused with the range; the question stays.
    await h.pressByText(expert, '✅ Все пункты приняты');
    await h.pressByText(expert, 'Да · 3');
    await h.pressByText(expert, 'Да · 2');
    const pointsButton = h.buttons(expert).find((b) => b.text === '7')!;
    expect(texts(await h.press(expert, pointsButton.data.replace(/p:7$/, 'p:8'))).at(-1)).toContain('Баллы — целое число от 0 до 7.');
    expect(texts(await h.say(expert, '9')).at(-1)).toContain('Баллы — целое число от 0 до 7.');
    expect(texts(await h.say(expert, '6')).at(-1)).toContain('Критерий 4 из 6');
    await h.command(expert, '/cancel');
    expect(texts(h.fake.sent(TG.expert)).at(-1)).toContain('Проверка отложена, ничего не сохранено');
    expect(await h.db.submission.count({ where: { claimedById: { not: null } } })).toBe(0);

    // The service checks too, whatever the bot shows.
    const { grading } = h.services;
    await grading.claim(ids.expert, subId);
    const eight = fullDraft({ criteria: fullDraft().criteria.map((c, i) => (i === 2 ? { ...c, points: 8 } : c)) });
    await expect(grading.saveGrade(ids.expert, subId, eight, 'update:x')).rejects.toMatchObject({ code: 'grading-err-points', vars: { max: 7 } });
    const yesNoOne = fullDraft({ criteria: fullDraft().criteria.map((c, i) => (i === 0 ? { ...c, points: 1 } : c)) });
    await expect(grading.saveGrade(ids.expert, subId, yesNoOne, 'update:y')).rejects.toMatchObject({ code: 'grading-err-points-yes-no' });
    const rejected = fullDraft({ items: fullDraft().items.map((i, n) => (n === 1 ? { ...i, ok: false } : i)) });
    await expect(grading.saveGrade(ids.expert, subId, rejected, 'update:z')).rejects.toMatchObject({ code: 'grading-err-accept-rejected' });
    await expect(grading.saveGrade(ids.outsider, subId, fullDraft(), 'update:w')).rejects.toMatchObject({ code: 'grading-err-not-assigned' });
    await expect(grading.saveGrade(ids.participant, subId, fullDraft(), 'update:v')).rejects.toMatchObject({ code: 'grading-err-not-expert' });
    await expect(grading.saveGrade(ids.selfExpert, ownSub, fullDraft(), 'update:u')).rejects.toMatchObject({ code: 'grading-err-own' });
    expect(await h.db.grade.count()).toBe(0);
  }, 60_000);

  it('tells the expert when the claim expired while grading and saves once when taken again', async () => {
    const subId = await submit();
    const expert = u('expert');
    await h.command(expert, '/review');
    await h.pressByText(expert, /^1\. /);
    await h.pressByText(expert, '✅ Все пункты приняты');
    await h.pressByText(expert, '⏩ Этот и остальные — максимум');
    await h.pressByText(expert, 'Далее без комментария →');
    h.clock.advance(31 * MIN);
    const expired = texts(await h.pressByText(expert, '✅ Принять')).at(-1)!;
    expect(expired).toContain('Время на проверку (30 мин) истекло, и оценка не сохранена');
    expect(await h.db.grade.count()).toBe(0);
    const again = h.buttons(expert).find((b) => b.text === '💾 Взять снова и сохранить')!;
    expect(texts(await h.press(expert, again.data)).at(-1)).toMatch(/Оценка №\d+ сохранена: работа принята, 21 из 21/);
    expect(await h.press(expert, again.data)).toEqual([]);
    expect(await h.db.grade.count({ where: { submissionId: subId } })).toBe(1);
    expect(await h.db.pointsEntry.count()).toBe(1);
  }, 60_000);

  it('lets a moderator correct a saved grade: audited, points recomputed as a correction, participant told', async () => {
    const subId = await submit();
    const { grading } = h.services;
    await grading.claim(ids.expert, subId);
    const { gradeId } = await grading.saveGrade(ids.expert, subId, fullDraft(), 'update:save');

    expect(texts(await h.command(u('expert'), '/regrade', String(gradeId))).at(-1)).toContain('Для этого нужна роль «Модератор»');
    const mod = u('moderator');
    const opened = texts(await h.command(mod, '/regrade', String(gradeId)));
    expect(opened[0]).toContain(`Исправление оценки №${gradeId}`);
    expect(opened.at(-1)).toContain('Итого: <b>19 из 21</b>');
    await h.pressByText(mod, 'Критерии');
    await h.pressByText(mod, 'Да · 3');
    await h.pressByText(mod, 'Нет · 0');
    expect(texts(await h.pressByText(mod, '4')).at(-1)).toContain('Сейчас: 2');
    await h.pressByText(mod, '2');
    await h.pressByText(mod, '2');
    expect(texts(await h.pressByText(mod, '5')).at(-1)).toContain('Итого: <b>16 из 21</b>');
    expect(texts(await h.pressByText(mod, '💾 Принята')).at(-1)).toContain('Почему вы исправляете оценку?');
    const done = texts(await h.say(mod, 'Апелляция: в плане нет этапа рефлексии')).at(-1)!;
    expect(done).toBe(`Оценка №${gradeId} исправлена: 16 из 21, баллы участника -3. Участник уведомлён.`);

    expect(await h.db.pointsEntry.findMany({ where: { gradeId }, orderBy: { id: 'asc' }, select: { reason: true, points: true } })).toEqual([
      { reason: 'grade', points: 19 },
      { reason: 'correction:1', points: -3 },
    ]);
    expect((await h.db.grade.findUniqueOrThrow({ where: { id: gradeId } })).totalPoints).toBe(16);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'grade.correct', entityId: String(gradeId) } });
    expect(audit.actorId).toBe(ids.moderator);
    expect(audit.before).toMatchObject({ total: 19, credited: 19 });
    expect(audit.after).toMatchObject({ total: 16, credited: 16, reason: 'Апелляция: в плане нет этапа рефлексии' });
    const notice = (await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `grade:${gradeId}:correction:1` } })).payload as { text: string };
    expect(notice.text).toContain('Модератор исправил оценку');
    expect(notice.text).toContain('Полнота содержания плана занятия: было 7, стало 4 из 7');
    expect(notice.text).toContain('Баллы: было 19, стало 16 из 21');
    expect(notice.text).toContain('Причина: <i>Апелляция: в плане нет этапа рефлексии</i>');

    // Turning it into a return takes the rest back; nothing is ever credited twice.
    const view = await grading.correctionView(ids.moderator, gradeId);
    await grading.correctGrade(ids.moderator, gradeId, { ...view.initial!, decision: 'returned', comment: 'Переделайте план' }, 'Повторная экспертиза', view.version!, 'update:c2');
    expect((await h.db.pointsEntry.aggregate({ where: { userId: ids.participant }, _sum: { points: true } }))._sum.points).toBe(0);
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: subId } })).status).toBe('returned');
    // A stale version (someone corrected meanwhile) is refused.
    await expect(grading.correctGrade(ids.moderator, gradeId, view.initial!, 'Ещё раз', view.version!, 'update:c3')).rejects.toMatchObject({ code: 'grading-err-correction-conflict' });
  }, 60_000);

  it('calls the grade hooks in the saving transaction, with correction: true for corrections', async () => {
    const events: (GradeSavedEvent & { seenInTx: string })[] = [];
    const grading = new GradingService(
      { db: h.db, clock: h.clock, translate: (_l, key) => key, defaultLocale: 'ru' },
      {
        // The hook sees the grade as this very save left it, inside the same transaction.
        afterGradeSaved: async (tx, event) => {
          const g = await tx.grade.findUniqueOrThrow({ where: { id: event.gradeId }, include: { tokens: true } });
          events.push({ ...event, seenInTx: `${g.totalPoints}:${g.tokens.length}` });
        },
      },
    );
    const subId = await submit();
    await grading.claim(ids.expert, subId);
    const { gradeId } = await grading.saveGrade(ids.expert, subId, fullDraft(), 'update:h1');
    const view = await grading.correctionView(ids.moderator, gradeId);
    await grading.correctGrade(ids.moderator, gradeId, { ...view.initial!, tokens: [] }, 'Жетон снят', view.version!, 'update:h2');
    expect(events.map(({ now: _now, ...e }) => e)).toEqual([
      { gradeId, submissionId: subId, userId: ids.participant, stepId: f.stepId, projectId: f.projectId, decision: 'accepted', pointsDelta: 19, correction: false, seenInTx: '19:1' },
      { gradeId, submissionId: subId, userId: ids.participant, stepId: f.stepId, projectId: f.projectId, decision: 'accepted', pointsDelta: 0, correction: true, seenInTx: '19:0' },
    ]);
    // A hook's failure undoes the whole save.
    const failing = new GradingService(
      { db: h.db, clock: h.clock, translate: (_l, key) => key, defaultLocale: 'ru' },
      { afterGradeSaved: async () => { throw new Error('reward store down'); } },
    );
    const other = await submit({ enrolment: await enrol(h.db, ids.outsider, f.projectId), tag: 'b' });
    await failing.claim(ids.expert, other);
    await expect(failing.saveGrade(ids.expert, other, fullDraft(), 'update:h3')).rejects.toThrow('reward store down');
    expect(await h.db.grade.count({ where: { submissionId: other } })).toBe(0);
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: other } })).status).toBe('submitted');
  });

  it('batches new-work notices: at most one message per expert per 15 minutes', async () => {
    const { grading } = h.services;
    const t0 = h.clock.now().getTime();
    await submit({ tag: 'a' });
    h.clock.advance(2 * MIN);
    await submit({ enrolment: await enrol(h.db, ids.outsider, f.projectId), tag: 'b' });
    h.clock.advance(1 * MIN);
    // Two instances calling at the same moment still send one message.
    await Promise.all([grading.announcePendingReviews(h.clock.now(), 'one'), grading.announcePendingReviews(h.clock.now(), 'two')]);
    const first = await outbox(TG.expert);
    expect(first.map((m) => (m.payload as { text: string }).text)).toEqual(['📥 2 новые работы ждут проверки. Открыть очередь — /review']);
    expect(first[0]!.key).toMatch(new RegExp(`^review-notice:${ids.expert}:\\d+$`));
    expect(await outbox(TG.outsider)).toEqual([]); // not assigned

    for (let m = 4; m <= 17; m++) {
      h.clock.advance(MIN);
      if (m === 10) await submit({ enrolment: await enrol(h.db, ids.moderator, f.projectId), tag: 'c' });
      await grading.announcePendingReviews(h.clock.now());
    }
    expect(await outbox(TG.expert)).toHaveLength(1);
    h.clock.advance(MIN); // t0 + 18: fifteen minutes after the first notice
    expect(h.clock.now().getTime() - t0).toBe(18 * MIN);
    await grading.announcePendingReviews(h.clock.now());
    const texts2 = (await outbox(TG.expert)).map((m) => (m.payload as { text: string }).text);
    expect(texts2).toEqual(['📥 2 новые работы ждут проверки. Открыть очередь — /review', '📥 1 новая работа ждёт проверки. Открыть очередь — /review']);
    // Nothing new: no message.
    h.clock.advance(20 * MIN);
    await grading.announcePendingReviews(h.clock.now());
    expect(await outbox(TG.expert)).toHaveLength(2);
  });

  it('runs the notice job once per minute across two instances', async () => {
    await submit({ agoMin: 2 });
    const logger = pino({ level: 'silent' });
    const one = new JobScheduler(h.db, h.clock, logger, 'one').add(reviewNoticesJob(h.services.grading, 'one'));
    const two = new JobScheduler(h.db, h.clock, logger, 'two').add(reviewNoticesJob(h.services.grading, 'two'));
    await Promise.all([one.tick(), two.tick()]);
    const runs = await h.db.jobRun.findMany({ where: { job: 'review-notices' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.finishedAt).not.toBeNull();
    expect(await outbox(TG.expert)).toHaveLength(1);
  });

  it('lets the author or a moderator assign experts, by project or by guild', async () => {
    const author = u('author');
    expect(texts(await h.command(author, '/experts', `${f.projectId} ${TG.outsider}`)).join('\n')).toContain('Ясенев Глеб Олегович назначен(а) экспертом проекта «Обучаем. Занятие в дистанте.»');
    expect(await h.db.projectExpert.count({ where: { projectId: f.projectId, userId: ids.outsider } })).toBe(1);
    expect((await outbox(TG.outsider)).map((m) => (m.payload as { text: string }).text)).toEqual(['Вас назначили экспертом проекта «Обучаем. Занятие в дистанте.». Работы на проверку — /review']);
    expect(await h.db.auditLog.count({ where: { action: 'project.expert.assign', actorId: ids.author } })).toBe(1);
    // Someone else's project, and a person without the expert role, are refused.
    expect(texts(await h.command(u('participant'), '/experts', `${f.projectId} ${TG.outsider}`)).at(-1)).toBe('Назначать экспертов может автор проекта или модератор.');
    expect(texts(await h.command(author, '/experts', `${f.projectId} ${TG.participant}`)).at(-1)).toContain('нет роли «Эксперт»');
    // Unassigning from the list.
    await h.pressByText(author, /Ясенев/);
    expect(lastAnswer()).toBe('Эксперт снят с проекта.');
    expect(await h.db.projectExpert.count({ where: { projectId: f.projectId, userId: ids.outsider } })).toBe(0);

    const g1 = await createProject(h.db, { title: 'Педагог онлайн', guildCodes: ['teacher'] });
    await createProject(h.db, { title: 'Педагог офлайн', guildCodes: ['teacher'] });
    await createProject(h.db, { title: 'Архив педагога', guildCodes: ['teacher'], status: 'finished' });
    await assignExpert(h.db, g1.projectId, ids.outsider);
    const bulk = texts(await h.command(u('moderator'), '/experts', `guild:teacher ${TG.outsider}`)).at(-1)!;
    expect(bulk).toBe('Ясенев Глеб Олегович: «Педагог» — подходящих проектов 2, назначено на новые: 1.');
    expect(await h.db.projectExpert.count({ where: { userId: ids.outsider } })).toBe(2);
    expect(texts(await h.command(u('moderator'), '/experts', `guild:nope ${TG.outsider}`)).at(-1)).toBe('Не знаю гильдии или направленности «nope».');
  }, 60_000);
});
