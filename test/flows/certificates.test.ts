// Certificates as participants and moderators live them: an accepted step yields one certificate,
// rendered in the background and delivered by the outbox; /certificates re-sends it; a moderator
// revokes it; with Chromium missing it waits, retries with backoff and the person is told it is coming.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { chromiumPath } from '../../src/render/chromium.ts';
import { PdfRenderer } from '../../src/render/pdf-renderer.ts';
import { CertificateWorker } from '../../src/services/certificate-worker.ts';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { acceptedStep, gradeSaved, registeredUser } from '../helpers/certificate-fixtures.ts';
import { chromiumReady, pdfText } from '../helpers/chromium.ts';
import { databaseProviders } from '../helpers/db.ts';
import { makeUser } from '../helpers/updates.ts';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const withChromium = chromiumReady || inCi ? it : it.skip;
const logger = pino({ level: 'silent' });
const TZ = 'Asia/Krasnoyarsk';
// Read before any test points CHROMIUM_PATH at a missing file.
const realChromium = chromiumPath();

describe.each(databaseProviders)('certificates on %s', (provider) => {
  let h: Harness | null = null;
  let dir = '';
  const renderers: PdfRenderer[] = [];

  async function setup(options: { chromium: boolean }): Promise<Harness> {
    dir = mkdtempSync(join(tmpdir(), 'kodo-certs-'));
    vi.stubEnv('CERTIFICATES_DIR', dir);
    // The shared renderer of the services reads CHROMIUM_PATH, as in production.
    if (!options.chromium) vi.stubEnv('CHROMIUM_PATH', join(dir, 'no-such-chromium'));
    h = await createHarness(provider);
    renderers.push(h.services.pdf);
    return h;
  }

  afterEach(async () => {
    for (const r of renderers.splice(0)) await r.close();
    await h?.close();
    h = null;
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const workerFor = (harness: Harness, renderer: PdfRenderer) =>
    new CertificateWorker(harness.db, harness.services.certificates, renderer, logger, harness.clock, { instanceId: 'test-worker', timeZone: TZ, baseBackoffMs: 5_000 });
  const senderFor = (harness: Harness) =>
    new OutboxSender(harness.db, new Api(TEST_TOKEN, { apiRoot: harness.fake.apiRoot }), logger, harness.clock, { instanceId: 'test-sender' });
  async function drain(harness: Harness) {
    const sender = senderFor(harness);
    for (let i = 0; i < 10; i++) {
      const { sent } = await sender.drainOnce();
      if (!sent) break;
      harness.clock.advance(1_100);
    }
  }

  withChromium('accepted step → one certificate → rendered → sent as a PDF → listed, re-sent and revoked', async () => {
    const harness = await setup({ chromium: true });
    const anna = makeUser(5101);
    const step = await acceptedStep(harness.db, { telegramId: anna.id, fullName: 'Снегирёва Анна Павловна' });
    await gradeSaved(harness.db, harness.services.certificates.gradeHooks, step, harness.clock.now());
    // Grading's transaction may be retried or the update redelivered: still one certificate.
    await gradeSaved(harness.db, harness.services.certificates.gradeHooks, step, harness.clock.now());
    const rows = await harness.db.certificate.findMany({ where: { userId: step.userId } });
    expect(rows).toHaveLength(1);
    const cert = rows[0]!;
    expect(cert).toMatchObject({ status: 'pending', stepId: step.stepId, submissionId: step.submissionId, points: 17 });
    expect(cert.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);

    // Until the worker has run, the list says it is being prepared and offers no PDF.
    const early = texts(await harness.command(anna, '/certificates')).join('\n');
    expect(early).toContain('«Обучаем. Занятие в дистанте. Шаг 1.»');
    expect(early).toContain('готовится');
    expect(harness.buttons(anna)).toEqual([]);

    const worker = workerFor(harness, harness.services.pdf);
    expect(await worker.runOnce()).toMatchObject({ rendered: 1, failed: 0 });
    expect(existsSync(join(dir, `${cert.code}.pdf`))).toBe(true);
    const outbox = await harness.db.outboxMessage.findUniqueOrThrow({ where: { key: `certificate:${cert.id}:document:17` } });
    expect(outbox.method).toBe('sendDocument');
    expect(outbox.chatId).toBe(BigInt(anna.id));

    await drain(harness);
    const delivered = harness.fake.sent(anna.id).filter((m) => m.method === 'sendDocument');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text).toContain('Сертификат о выполнении шага «Обучаем. Занятие в дистанте. Шаг 1.»');
    expect(delivered[0]!.text).toContain(cert.code);
    expect(delivered[0]!.text).toContain(`http://kodo.test/c/${cert.code}`);
    // The notice carries the button to the public check page.
    expect(delivered[0]!.replyMarkup).toEqual({ inline_keyboard: [[{ text: '🔎 Страница проверки', url: `http://kodo.test/c/${cert.code}` }]] });
    expect(delivered[0]!.document?.file_name).toBe(`kodo-certificate-${cert.code}.pdf`);
    const printed = pdfText(delivered[0]!.file!.data);
    expect(printed).toContain('Снегирёва Анна Павловна');
    expect(printed).toContain('Обучаем. Занятие в дистанте');
    expect(printed).toContain(cert.code);
    await worker.runOnce();
    expect((await harness.db.certificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe('sent');

    // /certificates lists it and re-sends it: first by upload (the file_id is remembered), then by file_id.
    const list = texts(await harness.command(anna, '/certificates')).join('\n');
    expect(list).toContain('Мои сертификаты</b> — 1');
    expect(list).toContain(cert.code);
    expect(list).toContain('готов');
    expect(harness.buttons(anna).map((b) => b.text)).toEqual(['📄 1']);
    const again = await harness.pressByText(anna, '📄 1');
    const upload = again.find((m) => m.method === 'sendDocument')!;
    expect(upload.file).toBeDefined();
    const fileId = (await harness.db.certificate.findUniqueOrThrow({ where: { id: cert.id } })).fileId;
    expect(fileId).toBe(upload.document?.file_id);
    const third = (await harness.pressByText(anna, '📄 1')).find((m) => m.method === 'sendDocument')!;
    expect(third.params.document).toBe(fileId);
    expect(third.file).toBeUndefined();

    // The deep link shows what it certifies, to anyone; the holder gets a button for the PDF.
    const card = texts(await harness.command(anna, '/start', `cert_${cert.code}`)).join('\n');
    expect(card).toContain('✅ Действителен');
    expect(card).toContain('Участник: Снегирёва Анна Павловна');
    expect(harness.buttons(anna).map((b) => b.text)).toEqual(['📄 Прислать PDF']);
    expect(texts(await harness.command(anna, '/start', 'cert_ZZZZZZZZZZZZ')).join('\n')).toContain('не найден');

    // Only moderators revoke; the reason is required; the holder is told; it is audited.
    expect(texts(await harness.command(anna, '/cert_revoke', `${cert.code} просто так`)).join('\n')).toContain('нужна роль «Модератор»');
    const mod = makeUser(5199);
    const modId = await registeredUser(harness.db, mod.id, 'Ручьёва Вера Олеговна');
    await harness.db.userRole.create({ data: { userId: modId, role: 'moderator' } });
    expect(texts(await harness.command(mod, '/cert_revoke', cert.code)).join('\n')).toContain('Как отозвать сертификат');
    expect(texts(await harness.command(mod, '/cert_revoke', 'ZZZZZZZZZZZZ причина')).join('\n')).toContain('не найден');
    expect(texts(await harness.command(mod, '/cert_revoke', `${cert.code} работа выполнена не участником`)).join('\n')).toContain(`Сертификат ${cert.code} отозван`);
    expect(texts(await harness.command(mod, '/cert_revoke', `${cert.code} ещё раз`)).join('\n')).toContain('уже отозван');
    const revoked = await harness.db.certificate.findUniqueOrThrow({ where: { id: cert.id } });
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.revokeReason).toBe('работа выполнена не участником');
    const audit = await harness.db.auditLog.findMany({ where: { entity: 'certificate', entityId: String(cert.id) } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['certificate.revoke', modId]]);
    await drain(harness);
    expect(texts(harness.fake.sent(anna.id)).join('\n')).toContain(`Сертификат <code>${cert.code}</code> за шаг «Обучаем. Занятие в дистанте. Шаг 1.» отозван. Причина: работа выполнена не участником`);

    // The old list's button now answers that it is revoked and sends nothing.
    const staleList = harness.fake.sent(anna.id).filter((m) => (m.replyMarkup as { inline_keyboard?: { text: string }[][] })?.inline_keyboard?.flat().some((b) => b.text === '📄 1'));
    const before = harness.fake.sent(anna.id).filter((m) => m.method === 'sendDocument').length;
    await harness.press(anna, `cert:send:${cert.id}`, staleList[0]!.messageId);
    const alert = harness.fake.callsOf('answerCallbackQuery').at(-1)!.params;
    expect(alert.text).toContain('отозван');
    expect(harness.fake.sent(anna.id).filter((m) => m.method === 'sendDocument')).toHaveLength(before);
    // A forged id (someone else's certificate) is refused the same way as a missing one.
    await harness.press(anna, 'cert:send:999999', staleList[0]!.messageId);
    expect(harness.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('не найден');
    expect(texts(await harness.command(anna, '/certificates')).join('\n')).toContain('отозван');
  }, 90_000);

  it('with Chromium missing the certificate waits, is retried with backoff, and the person is told it is on its way', async () => {
    const harness = await setup({ chromium: false });
    const ivan = makeUser(5201);
    const step = await acceptedStep(harness.db, { telegramId: ivan.id, fullName: 'Ельников Иван Сергеевич' });
    await gradeSaved(harness.db, harness.services.certificates.gradeHooks, step, harness.clock.now());
    const cert = await harness.db.certificate.findUniqueOrThrow({ where: { submissionId: step.submissionId } });

    const broken = workerFor(harness, harness.services.pdf);
    expect(await broken.runOnce()).toMatchObject({ rendered: 0, failed: 1 });
    let row = await harness.db.certificate.findUniqueOrThrow({ where: { id: cert.id } });
    expect(row).toMatchObject({ status: 'pending', renderTries: 1 });
    await drain(harness);
    const told = texts(harness.fake.sent(ivan.id));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('Сертификат готовится и придёт сюда сам');

    // Not retried before its backoff; retried after it; the person is not told twice.
    expect(await broken.runOnce()).toMatchObject({ rendered: 0, failed: 0, deferred: 1 });
    harness.clock.advance(5_001);
    expect(await broken.runOnce()).toMatchObject({ failed: 1 });
    harness.clock.advance(9_000);
    expect(await broken.runOnce()).toMatchObject({ failed: 0, deferred: 1 });
    harness.clock.advance(1_001);
    expect(await broken.runOnce()).toMatchObject({ failed: 1 });
    row = await harness.db.certificate.findUniqueOrThrow({ where: { id: cert.id } });
    expect(row).toMatchObject({ status: 'pending', renderTries: 3 });
    expect(broken.backoffMs(20)).toBe(5 * 60_000);
    await drain(harness);
    expect(texts(harness.fake.sent(ivan.id))).toHaveLength(1);
    expect(await harness.db.outboxMessage.count({ where: { key: { startsWith: `certificate:${cert.id}:` } } })).toBe(1);

    // The person sees it coming in the list, and asking for the PDF says the same.
    expect(texts(await harness.command(ivan, '/certificates')).join('\n')).toContain('готовится');
    // /portfolio still answers with the summary and says the PDF will have to wait.
    const portfolio = texts(await harness.command(ivan, '/portfolio')).join('\n');
    expect(portfolio).toContain('Принятых шагов: 1');
    expect(portfolio).toContain('PDF сейчас не получается подготовить');

    if (!chromiumReady && !inCi) return;
    // Chromium is back: the same certificate is rendered and sent; nothing was lost.
    const fixed = new PdfRenderer({ executablePath: realChromium });
    renderers.push(fixed);
    expect(await workerFor(harness, fixed).runOnce()).toMatchObject({ rendered: 1 });
    await drain(harness);
    const documents = harness.fake.sent(ivan.id).filter((m) => m.method === 'sendDocument');
    expect(documents).toHaveLength(1);
    expect(pdfText(documents[0]!.file!.data)).toContain('Ельников Иван Сергеевич');
  }, 90_000);

  it("an expert's accepting grade (GradingService.saveGrade) creates the certificate in the grade's transaction", async () => {
    const harness = await setup({ chromium: false });
    const db = harness.db;
    const participantId = await registeredUser(db, 5501, 'Соснина Дарья Алексеевна');
    const expertId = await registeredUser(db, 5502, 'Озёров Пётр Ильич');
    await db.userRole.create({ data: { userId: expertId, role: 'expert' } });
    const project = await db.project.create({
      data: { title: 'Модульные программы', summary: 'Перестроить программу по модулям', kind: 'train', level: 'regional', status: 'running', startsOn: new Date('2026-11-01T00:00:00Z'), endsOn: new Date('2026-12-31T00:00:00Z') },
    });
    await db.projectExpert.create({ data: { projectId: project.id, userId: expertId } });
    const step = await db.step.create({
      data: {
        projectId: project.id, position: 1, title: 'Модульные программы. Шаг 1.', startsOn: new Date('2026-11-01T00:00:00Z'), endsOn: new Date('2026-12-31T00:00:00Z'),
        checklist: { create: [{ position: 1, title: 'План модуля' }] },
        criteria: { create: [{ position: 1, title: 'Полнота плана', maxPoints: 19 }] },
      },
      include: { checklist: true, criteria: true },
    });
    const enrolment = await db.enrolment.create({ data: { userId: participantId, projectId: project.id } });
    const submission = await db.submission.create({
      data: { enrolmentId: enrolment.id, stepId: step.id, attempt: 1, status: 'submitted', openKey: `${enrolment.id}:${step.id}`, submittedAt: harness.clock.now(), items: { create: [{ checklistItemId: step.checklist[0]!.id, kind: 'text', text: 'План' }] } },
    });
    await harness.services.grading.claim(expertId, submission.id);
    await harness.services.grading.saveGrade(expertId, submission.id, {
      items: [{ checklistItemId: step.checklist[0]!.id, ok: true, comment: '' }],
      criteria: [{ criterionId: step.criteria[0]!.id, points: 17 }],
      tokens: [], comment: 'Хороший план', decision: 'accepted', overrideReason: null,
    }, 'update:777');
    const certs = await db.certificate.findMany({ where: { userId: participantId }, orderBy: { id: 'asc' } });
    // The step's certificate, and — the project having this one step — the project's, in the same transaction.
    expect(certs).toHaveLength(2);
    expect(certs[0]).toMatchObject({ kind: 'step', stepId: step.id, submissionId: submission.id, points: 17, status: 'pending', revokedAt: null });
    expect(certs[1]).toMatchObject({ kind: 'project', stepId: null, submissionId: null, points: 17, status: 'pending', revokedAt: null });
  });

  it('a grade corrected to "returned" voids the certificate; accepted again, it is restored with the same code', async () => {
    const harness = await setup({ chromium: false });
    const step = await acceptedStep(harness.db, { telegramId: 5301, fullName: 'Тайгина Лидия Петровна' });
    const hooks = harness.services.certificates.gradeHooks;
    await gradeSaved(harness.db, hooks, step, harness.clock.now());
    const { code, id } = await harness.db.certificate.findUniqueOrThrow({ where: { submissionId: step.submissionId } });

    harness.clock.advance(60_000);
    await gradeSaved(harness.db, hooks, step, harness.clock.now(), { decision: 'returned', correction: true, pointsDelta: -17 });
    let row = await harness.db.certificate.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).not.toBeNull();
    expect(row.revokeReason).toBe('grade-corrected');
    expect((await harness.services.certificates.byCode(code))?.revokedAt).not.toBeNull();

    harness.clock.advance(60_000);
    await harness.db.grade.update({ where: { id: step.gradeId }, data: { totalPoints: 19 } });
    await gradeSaved(harness.db, hooks, step, harness.clock.now(), { correction: true, pointsDelta: 19 });
    row = await harness.db.certificate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ code, revokedAt: null, points: 19, status: 'pending' });
    expect((await harness.db.auditLog.findMany({ where: { entity: 'certificate', entityId: String(id) }, orderBy: { id: 'asc' } })).map((a) => a.action)).toEqual([
      'certificate.revoke',
      'certificate.restore',
    ]);
  });

  withChromium('/portfolio sends a PDF of accepted steps, training projects and badges, and opens a public link on request', async () => {
    const harness = await setup({ chromium: true });
    const olga = makeUser(5401);
    const first = await acceptedStep(harness.db, { telegramId: olga.id, fullName: 'Кедрова Ольга Игоревна', project: 'Обучаем. Занятие в дистанте', kind: 'train' });
    await gradeSaved(harness.db, harness.services.certificates.gradeHooks, first, harness.clock.now());
    await acceptedStep(harness.db, { telegramId: olga.id, project: 'Сетевые программы района', step: 'Шаг 1. Договор о сети', kind: 'replicate', fullName: 'Кедрова Ольга Игоревна' });
    await harness.db.award.create({ data: { userId: first.userId, badgeCode: 'craftsman', eventKind: 'grade', eventRef: String(first.gradeId), ruleVersion: 1 } });

    const sent = await harness.command(olga, '/portfolio');
    expect(texts(sent).join('\n')).toContain('Принятых шагов: 2');
    const pdf = sent.find((m) => m.method === 'sendDocument')!;
    expect(pdf.document?.file_name).toBe('kodo-portfolio.pdf');
    const text = pdfText(pdf.file!.data);
    for (const part of ['Кедрова Ольга Игоревна', 'Обучаем. Занятие в дистанте', 'Сетевые программы района', 'Шаг 1. Договор о сети', 'УМЕЛЕЦ', '1 из 1']) expect(text).toContain(part);
    expect(texts(sent).at(-1)).toContain('Публичная ссылка на портфолио закрыта');

    const opened = await harness.pressByText(olga, '🔗 Открыть публичную ссылку');
    const user = await harness.db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(user.portfolioPublic).toBe(true);
    expect(texts(opened).at(-1)).toContain(`http://kodo.test/p/${user.portfolioCode}`);
    expect(await harness.services.portfolio.publicHtml(user.portfolioCode!)).toContain('Кедрова Ольга Игоревна');
    await harness.pressByText(olga, '🔒 Закрыть публичную ссылку');
    expect(await harness.services.portfolio.publicHtml(user.portfolioCode!)).toBeNull();
    // A stale "open" button pressed again changes it back, as asked, with the same link.
    await harness.press(olga, 'portfolio:public:on');
    expect((await harness.db.user.findUniqueOrThrow({ where: { id: first.userId } })).portfolioCode).toBe(user.portfolioCode);
    await harness.press(olga, 'portfolio:public:bogus');
    expect(harness.fake.callsOf('answerCallbackQuery').at(-1)!.params.text).toContain('устарела');
  }, 90_000);
});
