// Grade notices lead somewhere: a returned card opens the rework in one tap, an accepted one the
// project's next step, and a returned card never reads as if points were credited.
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GradeDraft } from '../../src/domain/grading.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const TG = { expert: 9202, participant: 9204, moderator: 9205 };
const logger = pino({ level: 'silent' });

type Markup = { inline_keyboard: { text: string; callback_data?: string; url?: string }[][] };

describe.each(databaseProviders)('grade notices on %s', (provider) => {
  let h: Harness;
  let f: ProjectFixture;
  let ids: Record<keyof typeof TG, number>;
  let enrolmentId: number;
  const participant = makeUser(TG.participant);

  beforeEach(async () => {
    h = await createHarness(provider);
    ids = {
      expert: (await createPerson(h.db, { telegramId: TG.expert, fullName: 'Соснин Игорь Петрович', roles: ['expert'] })).id,
      participant: (await createPerson(h.db, { telegramId: TG.participant, fullName: 'Рябинина Анна Сергеевна' })).id,
      moderator: (await createPerson(h.db, { telegramId: TG.moderator, fullName: 'Ольхов Пётр Андреевич', roles: ['moderator'] })).id,
    };
    f = await createProject(h.db);
    await assignExpert(h.db, f.projectId, ids.expert);
    enrolmentId = await enrol(h.db, ids.participant, f.projectId);
  });
  afterEach(async () => h.close());

  const draft = (decision: GradeDraft['decision'], rejectThird = false): GradeDraft => ({
    items: f.itemIds.map((id, i) => ({ checklistItemId: id, ok: !(rejectThird && i === 2), comment: rejectThird && i === 2 ? 'Ссылка не открывается' : '' })),
    criteria: f.criterionIds.map((id, i) => ({ criterionId: id, points: [3, 2, 7, 2, 2, 5][i]! })),
    tokens: [],
    comment: '',
    decision,
    overrideReason: null,
  });

  async function grade(decision: GradeDraft['decision'], rejectThird = false): Promise<number> {
    const subId = await submitWork(h.db, f, enrolmentId, { submittedAt: h.clock.now(), items: fullWork('a') });
    await h.services.grading.claim(ids.expert, subId);
    return (await h.services.grading.saveGrade(ids.expert, subId, draft(decision, rejectThird), `update:${subId}`)).gradeId;
  }

  /** Sends what the outbox holds to the fake Bot API, as the sender does in production. */
  async function deliverOutbox(): Promise<void> {
    const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), logger, h.clock, { instanceId: 'test-sender' });
    for (let i = 0; i < 10; i++) {
      const { sent } = await sender.drainOnce();
      if (!sent) break;
      h.clock.advance(1_100);
    }
  }

  const lastCard = () => h.fake.sent(TG.participant).filter((m) => m.text?.includes('Результат проверки')).at(-1)!;

  it('puts «Исправить и сдать» on a returned card, which opens the rework, and says the points are not credited', async () => {
    const gradeId = await grade('returned', true);
    await deliverOutbox();
    const card = lastCard();
    expect(card.text).toContain('↩️ Работа возвращена на доработку.');
    expect(card.text).not.toContain('Итого');
    expect(card.text).toContain('Баллы начисляются, когда работа принята; по этой проверке было бы 21 из 21.');
    expect(card.text).not.toContain('Начислено баллов');
    expect(card.text).toContain(`Оценка №${gradeId}`);
    expect((card.replyMarkup as Markup).inline_keyboard).toEqual([[{ text: '✏️ Исправить и сдать', callback_data: `submit:${f.stepId}` }]]);

    const opened = texts(await h.pressByText(participant, '✏️ Исправить и сдать')).join('\n');
    expect(opened).toContain('<b>Доработка шага «План дистанционного занятия»</b>, попытка 2');
    expect(await h.db.submission.count({ where: { enrolmentId, attempt: 2, status: 'draft' } })).toBe(1);
    // The card itself stays as it was.
    expect(h.fake.getMessage(TG.participant, card.messageId)?.text).toBe(card.text);
  });

  it('puts the next step on an accepted card, opening its card as a new message, and nothing after the last step', async () => {
    const next = await h.db.step.create({
      data: { projectId: f.projectId, position: 2, title: 'Проведение занятия', startsOn: new Date('2026-12-01T00:00:00Z'), endsOn: new Date('2026-12-31T00:00:00Z') },
    });
    await grade('accepted');
    await deliverOutbox();
    const card = lastCard();
    expect(card.text).toContain('✅ Работа принята.');
    expect(card.text).toContain('Итого: <b>21 из 21</b>');
    expect(card.text).toContain('Начислено баллов: +21.');
    expect((card.replyMarkup as Markup).inline_keyboard).toEqual([[{ text: '▶ Следующий шаг: 2. Проведение занятия', callback_data: `cat:n:${next.id}` }]]);

    const opened = await h.pressByText(participant, '▶ Следующий шаг: 2. Проведение занятия');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.method).toBe('sendMessage');
    expect(opened[0]!.text).toContain('Проведение занятия');
    expect(h.fake.getMessage(TG.participant, card.messageId)?.text).toBe(card.text);
    // The new card is an ordinary step card: Back leads to the project.
    expect(h.buttons(participant).map((b) => b.text)).toContain('← К проекту');

    // A step gone since the card was sent: the press is answered and nothing is shown.
    await h.db.step.delete({ where: { id: next.id } });
    expect(await h.press(participant, `cat:n:${next.id}`, card.messageId)).toEqual([]);
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toBeTruthy();

    // The last step's acceptance asks for nothing: no button.
    const enrolment2 = await enrol(h.db, ids.moderator, f.projectId);
    const subId = await submitWork(h.db, f, enrolment2, { submittedAt: h.clock.now(), items: fullWork('b') });
    await h.services.grading.claim(ids.expert, subId);
    const last = await h.services.grading.saveGrade(ids.expert, subId, draft('accepted'), 'update:last');
    const payload = (await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `grade:${last.gradeId}:card` } })).payload as { reply_markup?: unknown };
    expect(payload.reply_markup).toBeUndefined();
  });

  it('carries the button on a correction notice too, and a corrected-to-returned notice credits nothing', async () => {
    const gradeId = await grade('accepted');
    const view = await h.services.grading.correctionView(ids.moderator, gradeId);
    await h.services.grading.correctGrade(ids.moderator, gradeId, draft('returned', true), 'Ссылка на материалы не работает', view.version!, 'update:corr');
    const notice = (await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `grade:${gradeId}:correction:1` } })).payload as { text: string; reply_markup: Markup };
    expect(notice.text).toContain('Баллы начисляются, когда работа принята; по этой проверке было бы 21 из 21.');
    expect(notice.text).not.toContain('Итого');
    expect(notice.reply_markup.inline_keyboard).toEqual([[{ text: '✏️ Исправить и сдать', callback_data: `submit:${f.stepId}` }]]);
  });
});
