// Handing in a step's results from Telegram as a teacher would: each checklist item in turn, a
// summary, replacing, a restart mid-way, cancelling, rework after a return, and every bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Update, User } from 'grammy/types';
import { defaultListState, encodeAction } from '../../src/bot/catalogue-state.ts';
import { FILE_SIZE_MAX, TEXT_ITEM_MAX } from '../../src/domain/submission-rules.ts';
import { ServiceError } from '../../src/services/users.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { callbackUpdate, documentUpdate, makeUser, photoUpdate, stickerUpdate, textUpdate, voiceUpdate } from '../helpers/updates.ts';

const DAY = 86_400_000;
const local = (date: string) => new Date(`${date}T00:00:00+07:00`);

interface Setup {
  userId: number;
  projectId: number;
  enrolmentId: number;
  step1: number;
  step2: number;
  items: number[];
}

describe.each(databaseProviders)('submitting a step on %s', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(provider);
  });
  afterEach(async () => h.close());

  /** A registered teacher enrolled in a running project with two steps; step 1 has four checklist items. */
  async function setup(user: User, project: { allowLateWork?: boolean; stepsInOrder?: boolean; enrol?: boolean } = {}): Promise<Setup> {
    const person = await h.db.user.create({
      data: { telegramId: BigInt(user.id), fullName: 'Синицына Ольга Петровна', registeredAt: h.clock.now(), roles: { create: { role: 'participant' } } },
    });
    const p = await h.db.project.create({
      data: {
        title: 'Обучаем. Занятие в дистанте',
        summary: 'Дистанционное занятие по шаблону',
        kind: 'train',
        level: 'regional',
        status: 'running',
        startsOn: local('2026-11-01'),
        endsOn: local('2026-12-31'),
        allowLateWork: project.allowLateWork ?? false,
        stepsInOrder: project.stepsInOrder ?? true,
      },
    });
    const s1 = await h.db.step.create({
      data: {
        projectId: p.id,
        position: 1,
        title: 'Шаг 1. План занятия',
        startsOn: local('2026-11-10'),
        endsOn: local('2026-11-30'),
        checklist: {
          create: [
            { position: 1, title: 'План занятия', hint: 'По шаблону, в формате pdf или docx', accepts: 'file' },
            { position: 2, title: 'Фото с занятия', accepts: 'photo' },
            { position: 3, title: 'Ссылка на запись', accepts: 'link' },
            { position: 4, title: 'Рефлексия', hint: 'Что получилось, что нет', accepts: 'text' },
          ],
        },
      },
      include: { checklist: { orderBy: { position: 'asc' } } },
    });
    const s2 = await h.db.step.create({
      data: {
        projectId: p.id,
        position: 2,
        title: 'Шаг 2. Проведение',
        startsOn: local('2026-11-10'),
        endsOn: local('2026-12-20'),
        checklist: { create: [{ position: 1, title: 'Отчёт', accepts: 'any' }] },
      },
    });
    const enrolment = project.enrol === false ? null : await h.db.enrolment.create({ data: { userId: person.id, projectId: p.id } });
    return { userId: person.id, projectId: p.id, enrolmentId: enrolment?.id ?? 0, step1: s1.id, step2: s2.id, items: s1.checklist.map((c) => c.id) };
  }

  /** The step card's button, as the catalogue feature shows it. */
  const pressSubmit = (user: User, stepId: number) => h.deliver(callbackUpdate(user, `submit:${stepId}`));
  const lastText = (user: User) => h.fake.lastMessage(user.id)?.text ?? '';
  const lastAnswer = () => h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text as string | undefined;
  const submissionsOf = (enrolmentId: number) =>
    h.db.submission.findMany({ where: { enrolmentId }, include: { items: { orderBy: { checklistItemId: 'asc' } } }, orderBy: { attempt: 'asc' } });
  const videoUpdate = (user: User): Update => {
    const update = textUpdate(user, 'x');
    const message = update.message as unknown as Record<string, unknown>;
    delete message.text;
    message.video = { file_id: 'BAACAgIAAxk_video', file_unique_id: 'AgAD_video', width: 640, height: 360, duration: 12, file_size: 3_000_000 };
    return update;
  };

  async function fillAll(user: User) {
    await h.document(user, 'plan.pdf');
    await h.photo(user);
    await h.say(user, 'https://disk.example.ru/d/lesson-video');
    return h.say(user, 'Дети работали в парах, не хватило времени на рефлексию.');
  }

  it('hands in a document, a photo, a link and text, then sends once: «на проверке» and a receipt', async () => {
    const olga = makeUser(701);
    const s = await setup(olga);

    const opened = texts(await pressSubmit(olga, s.step1));
    expect(opened[0]).toContain('Сдаём шаг «Шаг 1. План занятия»');
    expect(opened[0]).toContain('Пунктов в чек-листе: 4');
    expect(opened.at(-1)).toContain('<b>1 из 4.</b> План занятия');
    expect(opened.at(-1)).toContain('По шаблону, в формате pdf или docx');
    expect(opened.at(-1)).toContain('Пришлите документ');

    const afterDoc = texts(await h.document(olga, 'plan.pdf')).at(-1)!;
    expect(afterDoc).toContain('✅ Сохранено: План занятия');
    expect(afterDoc).toContain('<b>2 из 4.</b> Фото с занятия');
    expect(afterDoc).toContain('Пришлите фото');
    // A photo item takes a photo, not another document.
    expect(texts(await h.document(olga, 'report.pdf')).at(-1)).toContain('Для этого пункта нужна фотография');
    expect(texts(await h.photo(olga)).at(-1)).toContain('<b>3 из 4.</b> Ссылка на запись');
    // The draft is in the database as the items arrive.
    const midway = await submissionsOf(s.enrolmentId);
    expect(midway).toHaveLength(1);
    expect(midway[0]).toMatchObject({ status: 'draft', attempt: 1, openKey: `${s.enrolmentId}:${s.step1}` });
    expect(midway[0]!.items.map((i) => i.kind)).toEqual(['document', 'photo']);

    expect(texts(await h.say(olga, 'https://disk.example.ru/d/lesson-video')).at(-1)).toContain('<b>4 из 4.</b> Рефлексия');
    const summary = texts(await h.say(olga, 'Дети работали в <парах>, не хватило времени.')).at(-1)!;
    expect(summary).toContain('Проверьте работу: шаг «Шаг 1. План занятия»');
    expect(summary).toContain('✅ 1. План занятия — 📄 plan.pdf (2 КБ)');
    expect(summary).toContain('✅ 2. Фото с занятия — 🖼 фото (59 КБ)');
    expect(summary).toContain('✅ 3. Ссылка на запись — 🔗 https://disk.example.ru/d/lesson-video');
    expect(summary).toContain('✅ 4. Рефлексия — 📝 «Дети работали в &lt;парах&gt;, не хватило времени.»');
    expect(h.buttons(olga).map((b) => b.text)).toEqual([
      '✏️ Заменить 1. План занятия',
      '✏️ Заменить 2. Фото с занятия',
      '✏️ Заменить 3. Ссылка на запись',
      '✏️ Заменить 4. Рефлексия',
      '📨 Отправить на проверку',
      'Отмена',
    ]);

    const summaryMessage = h.fake.sent(olga.id).filter((m) => m.text?.includes('Проверьте работу')).at(-1)!;
    const sendData = h.buttons(olga).find((b) => b.text === '📨 Отправить на проверку')!.data;
    const sent = texts(await h.press(olga, sendData));
    expect(sent.at(-1)).toContain('Работа отправлена на проверку');
    expect(sent.at(-1)).toContain('<b>на проверке</b>');

    const [submission] = await submissionsOf(s.enrolmentId);
    expect(submission).toMatchObject({ status: 'submitted', attempt: 1 });
    expect(submission!.submittedAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(submission!.items).toHaveLength(4);
    expect(submission!.items[0]).toMatchObject({ kind: 'document', fileName: 'plan.pdf', mimeType: 'application/pdf', fileSize: 2048 });
    expect(submission!.items[0]!.fileId).toMatch(/^BQAC/);
    expect(submission!.items[0]!.fileUniqueId).toBeTruthy();
    expect(submission!.items[1]).toMatchObject({ kind: 'photo', fileSize: 60_000 });
    expect(submission!.items[2]).toMatchObject({ kind: 'link', url: 'https://disk.example.ru/d/lesson-video' });
    expect(submission!.items[3]).toMatchObject({ kind: 'text', text: 'Дети работали в <парах>, не хватило времени.' });

    const outbox = await h.db.outboxMessage.findMany({ where: { key: `submission:${submission!.id}:received` } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.chatId).toBe(BigInt(olga.id));
    const receipt = (outbox[0]!.payload as { text: string }).text;
    expect(receipt).toContain('Получили вашу работу');
    expect(receipt).toContain('Шаг «Шаг 1. План занятия», проект «Обучаем. Занятие в дистанте», попытка 1.');
    expect(receipt).toContain('Отправлено 20 ноября 2026 в 10:00');
    expect(receipt).toContain('• Рефлексия: Дети работали в &lt;парах&gt;');

    // Send pressed again (the same button from a second device): "already sent", nothing new.
    expect(await h.press(olga, sendData, summaryMessage.messageId)).toEqual([]);
    expect(lastAnswer()).toContain('уже отправлена на проверку');
    expect(await h.db.submission.count()).toBe(1);
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'submission:' } } })).toBe(1);
    // The step card's button now says it is on review rather than opening a new attempt.
    expect(texts(await pressSubmit(olga, s.step1)).at(-1)).toContain('уже на проверке');
    expect(await h.db.submission.count()).toBe(1);
  }, 60_000);

  it('sends exactly once when two devices press Send at the same moment', async () => {
    const ivan = makeUser(702);
    const s = await setup(ivan);
    await pressSubmit(ivan, s.step1);
    await fillAll(ivan);
    const [draft] = await submissionsOf(s.enrolmentId);
    const results = await Promise.allSettled([h.services.submissions.submit(s.userId, draft!.id), h.services.submissions.submit(s.userId, draft!.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ServiceError);
    expect((refused.reason as ServiceError).code).toBe('submission-already-sent');
    expect(await h.db.outboxMessage.count({ where: { key: `submission:${draft!.id}:received` } })).toBe(1);
    expect((await submissionsOf(s.enrolmentId))[0]!.status).toBe('submitted');
    // The conversation's own Send button then answers "already sent" too.
    const send = h.buttons(ivan).find((b) => b.text === '📨 Отправить на проверку')!;
    const after = texts(await h.press(ivan, send.data));
    expect(after.at(-1)).toContain('уже отправлена на проверку');
  }, 60_000);

  it('replaces an item from the summary before sending, and goes back without changes', async () => {
    const nina = makeUser(703);
    const s = await setup(nina);
    await pressSubmit(nina, s.step1);
    await fillAll(nina);

    expect(texts(await h.pressByText(nina, '✏️ Заменить 1. План занятия')).at(-1)).toContain('<b>Замена пункта 1.</b> План занятия');
    expect(texts(await h.pressByText(nina, '← К сводке')).at(-1)).toContain('📄 plan.pdf');

    await h.pressByText(nina, '✏️ Заменить 1. План занятия');
    const summary = texts(await h.deliver(documentUpdate(nina, { file_name: 'plan-v2.docx', mime_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', file_size: 30_000 }))).at(-1)!;
    expect(summary).toContain('✅ Сохранено: План занятия');
    expect(summary).toContain('📄 plan-v2.docx (29 КБ)');
    expect(summary).not.toContain('plan.pdf');

    await h.pressByText(nina, '✏️ Заменить 4. Рефлексия');
    expect(texts(await h.say(nina, 'Исправленная рефлексия')).at(-1)).toContain('📝 «Исправленная рефлексия»');

    await h.pressByText(nina, '📨 Отправить на проверку');
    const [submission] = await submissionsOf(s.enrolmentId);
    expect(submission!.status).toBe('submitted');
    expect(submission!.items).toHaveLength(4);
    expect(submission!.items[0]).toMatchObject({ fileName: 'plan-v2.docx', fileSize: 30_000 });
    expect(submission!.items[3]).toMatchObject({ text: 'Исправленная рефлексия' });
  }, 60_000);

  it('resumes after a restart mid-way, and from the database when the conversation is gone', async () => {
    const petr = makeUser(704);
    const s = await setup(petr);
    await pressSubmit(petr, s.step1);
    await h.document(petr, 'plan.pdf');
    await h.restart();
    expect(texts(await h.photo(petr)).at(-1)).toContain('<b>3 из 4.</b> Ссылка на запись');
    expect((await submissionsOf(s.enrolmentId))[0]!.items).toHaveLength(2);

    // The stored conversation is lost (say, a new version): the draft in the database still is not.
    await h.db.sessionEntry.deleteMany({ where: { key: { startsWith: 'conversation:' } } });
    await h.restart();
    const resumed = texts(await pressSubmit(petr, s.step1));
    expect(resumed[0]).toContain('Продолжаем черновик шага «Шаг 1. План занятия»</b>, попытка 1');
    expect(resumed[0]).toContain('Уже загружено: 2 из 4');
    expect(resumed.at(-1)).toContain('<b>3 из 4.</b> Ссылка на запись');
    await h.say(petr, 'disk.example.ru/d/rec');
    expect(texts(await h.say(petr, 'Всё прошло по плану')).at(-1)).toContain('🔗 https://disk.example.ru/d/rec');
    await h.pressByText(petr, '📨 Отправить на проверку');
    const all = await submissionsOf(s.enrolmentId);
    expect(all).toHaveLength(1);
    expect(all[0]!.status).toBe('submitted');
    expect(all[0]!.items.map((i) => i.kind)).toEqual(['document', 'photo', 'link', 'text']);
  }, 60_000);

  it('cancels with /cancel or the button, keeps the draft, continues or deletes it', async () => {
    const vera = makeUser(705);
    const s = await setup(vera);
    await pressSubmit(vera, s.step1);
    await h.document(vera, 'plan.pdf');
    const cancelled = texts(await h.command(vera, '/cancel')).at(-1)!;
    expect(cancelled).toContain('Сдача прервана. Черновик сохранён');
    expect(h.buttons(vera).map((b) => b.text)).toEqual(['▶️ Продолжить сдачу', '🗑 Удалить черновик']);
    expect((await submissionsOf(s.enrolmentId))[0]).toMatchObject({ status: 'draft' });
    // Out of the conversation, a file is not taken for anything.
    expect(texts(await h.document(vera, 'stray.pdf')).at(-1)).not.toContain('Сохранено');

    expect(texts(await h.pressByText(vera, '▶️ Продолжить сдачу')).at(-1)).toContain('<b>2 из 4.</b> Фото с занятия');
    expect(texts(await h.pressByText(vera, 'Отмена')).at(-1)).toContain('Черновик сохранён');
    await h.pressByText(vera, '🗑 Удалить черновик');
    expect(lastText(vera)).toContain('Черновик удалён');
    expect(await submissionsOf(s.enrolmentId)).toEqual([]);
    expect(await h.db.submissionItem.count()).toBe(0);
    // The same button again: nothing to delete.
    const discard = h.fake.sent(vera.id).find((m) => m.text?.includes('Черновик удалён'))!;
    await h.press(vera, `subm:discard:${s.enrolmentId + 999}`, discard.messageId);
    expect(lastAnswer()).toContain('Черновика уже нет');
    // Starting again opens a fresh first attempt.
    expect(texts(await pressSubmit(vera, s.step1)).at(-1)).toContain('<b>1 из 4.</b>');
    expect((await submissionsOf(s.enrolmentId))[0]!.attempt).toBe(1);
  }, 60_000);

  it('refuses late work unless the project allows it, also when the deadline passes during the draft', async () => {
    const late = makeUser(706);
    const s = await setup(late);
    await pressSubmit(late, s.step1);
    await fillAll(late);
    h.clock.advance(11 * DAY); // 1 December: step 1 ended on 30 November
    await h.pressByText(late, '📨 Отправить на проверку');
    expect(lastText(late)).toContain('Срок сдачи шага «Шаг 1. План занятия» закончился 30 ноября');
    expect((await submissionsOf(s.enrolmentId))[0]!.status).toBe('draft');
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'submission:' } } })).toBe(0);
    expect(texts(await pressSubmit(late, s.step1)).at(-1)).toContain('закончился 30 ноября');

    const lenient = makeUser(707);
    const t = await setup(lenient, { allowLateWork: true });
    expect(texts(await pressSubmit(lenient, t.step1)).at(-1)).toContain('<b>1 из 4.</b> План занятия');
    await fillAll(lenient);
    await h.pressByText(lenient, '📨 Отправить на проверку');
    expect((await submissionsOf(t.enrolmentId))[0]!.status).toBe('submitted');
  }, 60_000);

  it('refuses steps out of order, people not enrolled, and forged steps', async () => {
    const anna = makeUser(708);
    const s = await setup(anna);
    expect(texts(await pressSubmit(anna, s.step2)).at(-1)).toContain('шаги сдаются по порядку: сначала сдайте предыдущие шаги, потом «Шаг 2. Проведение»');
    expect(await submissionsOf(s.enrolmentId)).toEqual([]);
    // A forged step id is a stale button.
    expect(await pressSubmit(anna, 987_654)).toEqual([]);
    expect(lastAnswer()).toContain('Этот шаг не найден');
    // Once step 1 is on review, step 2 opens.
    await pressSubmit(anna, s.step1);
    await fillAll(anna);
    await h.pressByText(anna, '📨 Отправить на проверку');
    expect(texts(await pressSubmit(anna, s.step2)).at(-1)).toContain('<b>1 из 1.</b> Отчёт');

    // Someone registered but not enrolled, pressing a step of that project: refused, nothing created.
    const boris = makeUser(709);
    const other = await setup(boris, { enrol: false });
    expect(texts(await pressSubmit(boris, other.step1)).at(-1)).toContain('Вы не участвуете в проекте «Обучаем. Занятие в дистанте»');
    // Nor may the service be talked into it directly, or into a step of someone else's project.
    await expect(h.services.submissions.open(other.userId, s.step1)).rejects.toMatchObject({ code: 'submission-not-enrolled' });
    const anyDraft = await h.db.submission.findFirst({ where: { enrolmentId: s.enrolmentId, status: 'draft' } });
    expect(anyDraft).not.toBeNull();
    await expect(h.services.submissions.saveItem(other.userId, anyDraft!.id, s.items[0]!, { type: 'text', text: 'чужое' })).rejects.toMatchObject({ code: 'submission-not-found' });
    await expect(h.services.submissions.saveItem(s.userId, anyDraft!.id, s.items[0]!, { type: 'text', text: 'https://example.com' })).rejects.toMatchObject({ code: 'submission-item-not-found' });
    expect(await h.db.submission.count({ where: { enrolment: { userId: other.userId } } })).toBe(0);
  }, 60_000);

  it('after a return asks only for the rejected items and carries over the rest', async () => {
    const lena = makeUser(710);
    const s = await setup(lena);
    const expert = await h.db.user.create({ data: { telegramId: 9_100_000_001n, fullName: 'Эксперт Тестовый', registeredAt: h.clock.now() } });
    const returned = await h.db.submission.create({
      data: {
        enrolmentId: s.enrolmentId,
        stepId: s.step1,
        attempt: 1,
        status: 'returned',
        openKey: null,
        submittedAt: new Date(h.clock.now().getTime() - 3 * DAY),
        decidedAt: new Date(h.clock.now().getTime() - DAY),
        items: {
          create: [
            { checklistItemId: s.items[0]!, kind: 'document', fileId: 'BQ_old_plan', fileUniqueId: 'U_old_plan', fileName: 'plan.pdf', mimeType: 'application/pdf', fileSize: 4096 },
            { checklistItemId: s.items[1]!, kind: 'photo', fileId: 'AG_old_photo', fileUniqueId: 'U_old_photo', fileSize: 50_000 },
            { checklistItemId: s.items[2]!, kind: 'link', url: 'https://disk.example.ru/d/old' },
            { checklistItemId: s.items[3]!, kind: 'text', text: 'Коротко' },
          ],
        },
      },
      include: { items: true },
    });
    await h.db.grade.create({
      data: {
        submissionId: returned.id,
        expertId: expert.id,
        decision: 'returned',
        totalPoints: 5,
        maxPoints: 19,
        rubricVersion: 1,
        items: {
          create: [
            { checklistItemId: s.items[0]!, ok: true },
            { checklistItemId: s.items[1]!, ok: false, comment: 'Фото размыто' },
            { checklistItemId: s.items[2]!, ok: true },
            { checklistItemId: s.items[3]!, ok: false },
          ],
        },
      },
    });

    const opened = texts(await pressSubmit(lena, s.step1));
    expect(opened[0]).toContain('Доработка шага «Шаг 1. План занятия»</b>, попытка 2');
    expect(opened[0]).toContain('Заново нужны только отклонённые пункты: 2');
    expect(opened.at(-1)).toContain('<b>1 из 2.</b> Фото с занятия');
    expect(opened.at(-1)).toContain('❗ Эксперт отклонил этот пункт: Фото размыто');
    const second = texts(await h.photo(lena)).at(-1)!;
    expect(second).toContain('<b>2 из 2.</b> Рефлексия');
    expect(second).toContain('❗ Эксперт отклонил этот пункт.');
    const summary = texts(await h.say(lena, 'Подробная рефлексия: что получилось и почему.')).at(-1)!;
    expect(summary).toContain('попытка 2');
    expect(summary).toContain('↪️ 1. План занятия — 📄 plan.pdf (4 КБ) — <i>перенесено из попытки 1</i>');
    expect(summary).toContain('✅ 2. Фото с занятия — 🖼 фото');
    expect(summary).toContain('↪️ 3. Ссылка на запись — 🔗 https://disk.example.ru/d/old — <i>перенесено из попытки 1</i>');
    expect(summary).toContain('✅ 4. Рефлексия — 📝 «Подробная рефлексия');
    await h.pressByText(lena, '📨 Отправить на проверку');

    const [first, again] = await submissionsOf(s.enrolmentId);
    expect(first).toMatchObject({ status: 'returned', attempt: 1, openKey: null });
    expect(again).toMatchObject({ status: 'submitted', attempt: 2, openKey: `${s.enrolmentId}:${s.step1}` });
    const byItem = (id: number) => again!.items.find((i) => i.checklistItemId === id)!;
    const old = (id: number) => returned.items.find((i) => i.checklistItemId === id)!;
    expect(byItem(s.items[0]!)).toMatchObject({ kind: 'document', fileId: 'BQ_old_plan', fileName: 'plan.pdf', carriedFromId: old(s.items[0]!).id });
    expect(byItem(s.items[2]!)).toMatchObject({ kind: 'link', url: 'https://disk.example.ru/d/old', carriedFromId: old(s.items[2]!).id });
    expect(byItem(s.items[1]!).carriedFromId).toBeNull();
    expect(byItem(s.items[1]!).fileId).not.toBe('AG_old_photo');
    expect(byItem(s.items[3]!)).toMatchObject({ text: 'Подробная рефлексия: что получилось и почему.', carriedFromId: null });
    expect(await h.db.outboxMessage.count({ where: { key: `submission:${again!.id}:received` } })).toBe(1);
  }, 60_000);

  it('answers every bad input at an upload prompt and keeps the question', async () => {
    const oleg = makeUser(711);
    const s = await setup(oleg);
    const firstPrompt = texts(await pressSubmit(oleg, s.step1)).at(-1)!;

    const expectAnswer = async (sent: Promise<unknown>, fragment: string | RegExp, question: string) => {
      const out = texts((await sent) as Awaited<ReturnType<Harness['say']>>);
      if (typeof fragment === 'string') expect(out.at(-1)).toContain(fragment);
      else expect(out.at(-1)).toMatch(fragment);
      expect(out.at(-1)).toContain(question);
    };
    const q1 = '<b>1 из 4.</b> План занятия';
    await expectAnswer(h.sticker(oleg), 'Стикер не подойдёт', q1);
    await expectAnswer(h.deliver(voiceUpdate(oleg)), 'Голосовые и аудиосообщения не принимаются', q1);
    await expectAnswer(h.deliver(videoUpdate(oleg)), 'Видео не принимается напрямую', q1);
    await expectAnswer(h.deliver(documentUpdate(oleg, { file_name: 'setup.exe', mime_type: 'application/x-msdownload' })), 'Файл такого типа не подойдёт', q1);
    await expectAnswer(h.deliver(documentUpdate(oleg, { file_name: 'lesson.mp4', mime_type: 'video/mp4', file_size: 5_000_000 })), 'Видео не принимается напрямую', q1);
    await expectAnswer(
      h.deliver(documentUpdate(oleg, { file_name: 'scans.pdf', mime_type: 'application/pdf', file_size: FILE_SIZE_MAX + 1 })),
      'Файл больше 20 МБ',
      q1,
    );
    expect(lastText(oleg)).toContain('пришлите ссылку');
    await expectAnswer(h.say(oleg, 'пришлю позже'), 'Для этого пункта нужен файл', q1);
    await expectAnswer(h.say(oleg, 'javascript:alert(document.cookie)'), 'Принимаются только ссылки http:// и https://', q1);
    await expectAnswer(h.command(oleg, '/help'), 'КоДО', 'КоДО'); // other commands still work…
    await expectAnswer(h.command(oleg, '/profile_x'), 'Сейчас идёт сдача шага «Шаг 1. План занятия»', q1); // …unknown ones get a reminder
    // A button from an outdated message (the step card's intro) changes nothing.
    const intro = h.fake.sent(oleg.id).find((m) => m.text?.includes('Сдаём шаг'))!;
    expect(await h.press(oleg, 'subm:cancel', intro.messageId)).toEqual([]);
    expect(lastAnswer()).toContain('Эта кнопка устарела');
    // The catalogue can still be browsed meanwhile; the conversation goes on below.
    const browsed = await h.press(oleg, encodeAction({ verb: 'list', state: defaultListState(0n) }), intro.messageId);
    expect(browsed.map((m) => m.text ?? '')).toEqual([expect.stringContaining('Каталог проектов')]);
    // The step card's button again: the same conversation goes on.
    expect(texts(await pressSubmit(oleg, s.step1)).at(-1)).toContain(q1);
    expect(lastAnswer()).toContain('уже идёт');
    expect(firstPrompt).toContain(q1);
    // Nothing was stored for the item by any of it.
    expect((await submissionsOf(s.enrolmentId))[0]!.items).toEqual([]);

    // An album: the first photo fills the item, the rest are not taken for the next items.
    const album = { media_group_id: 'album-1' };
    const first = photoUpdate(oleg);
    Object.assign(first.message!, album);
    expect(texts(await h.deliver(first)).at(-1)).toContain('<b>2 из 4.</b>');
    const extra = photoUpdate(oleg);
    Object.assign(extra.message!, album);
    expect(texts(await h.deliver(extra)).at(-1)).toContain('В одном пункте — один файл');
    expect((await submissionsOf(s.enrolmentId))[0]!.items).toHaveLength(1);
    await h.photo(oleg);

    const q3 = '<b>3 из 4.</b> Ссылка на запись';
    await expectAnswer(h.say(oleg, 'javascript:alert(1)'), 'Принимаются только ссылки http:// и https://', q3);
    await expectAnswer(h.say(oleg, 'запись на диске'), 'Это не похоже на ссылку', q3);
    await expectAnswer(h.say(oleg, 'https://admin:secret@disk.example.ru/x'), 'В ссылке есть логин или пароль', q3);
    await expectAnswer(h.document(oleg, 'plan.pdf'), 'Для этого пункта нужна ссылка', q3);
    await h.say(oleg, 'https://disk.example.ru/d/rec');

    const q4 = '<b>4 из 4.</b> Рефлексия';
    await expectAnswer(h.say(oleg, 'я'.repeat(TEXT_ITEM_MAX + 1)), /Слишком длинный текст: можно не больше 3\s000 символов/, q4);
    await expectAnswer(h.photo(oleg), 'Для этого пункта нужен ответ текстом', q4);
    await expectAnswer(h.deliver(stickerUpdate(oleg)), 'Стикер не подойдёт', q4);
    expect(texts(await h.say(oleg, 'Нормальная рефлексия')).at(-1)).toContain('Проверьте работу');
    // At the summary, a stray message gets a pointer to the buttons.
    expect(texts(await h.say(oleg, 'ещё файл')).at(-1)).toContain('Выберите действие кнопкой под сводкой');
    const items = (await submissionsOf(s.enrolmentId))[0]!.items;
    expect(items.map((i) => i.kind)).toEqual(['photo', 'photo', 'link', 'text']);
  }, 90_000);
});
