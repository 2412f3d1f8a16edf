// The project completion certificate as a participant lives it: when experts accept the last step,
// one certificate of the whole project (with its hours) is issued — once — rendered in the holder's
// language, listed by /certificates and checkable at /c/<code>; a correction that undoes completion voids it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GradeDraft } from '../../src/domain/grading.ts';
import { CertificateWorker } from '../../src/services/certificate-worker.ts';
import { createWebServer } from '../../src/web/server.ts';
import { createTranslator } from '../../src/bot/i18n.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { chromiumReady, pdfText } from '../helpers/chromium.ts';
import { databaseProviders } from '../helpers/db.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork, type ProjectFixture } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const withChromium = chromiumReady || inCi ? it : it.skip;

describe.each(databaseProviders)('project completion certificates on %s', (provider) => {
  let h: Harness;
  let dir: string;
  let f: ProjectFixture;
  let step2: ProjectFixture;
  let ids: { participant: number; expert: number };
  let enrolmentId: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kodo-project-certs-'));
    vi.stubEnv('CERTIFICATES_DIR', dir);
    h = await createHarness(provider);
    const author = await createPerson(h.db, { telegramId: 8101, fullName: 'Автор Проекта', roles: ['author'] });
    ids = {
      participant: (await createPerson(h.db, { telegramId: 8102, fullName: 'Anna Snegireva', locale: 'en' })).id,
      expert: (await createPerson(h.db, { telegramId: 8103, fullName: 'Эксперт Первый', roles: ['expert'] })).id,
    };
    f = await createProject(h.db, { authorId: author.id, title: 'Обучаем. Занятие в дистанте.' });
    await h.db.project.update({ where: { id: f.projectId }, data: { hours: 36 } });
    const s2 = await h.db.step.create({
      data: {
        projectId: f.projectId, position: 2, title: 'Проведение занятия',
        startsOn: new Date('2026-11-01T00:00:00Z'), endsOn: new Date('2026-12-31T00:00:00Z'),
        checklist: { create: [{ position: 1, title: 'Самоанализ', accepts: 'text' }] },
        criteria: { create: [{ position: 1, title: 'Глубина анализа', maxPoints: 5 }] },
      },
      include: { checklist: true, criteria: true },
    });
    step2 = { projectId: f.projectId, stepId: s2.id, itemIds: s2.checklist.map((c) => c.id), criterionIds: s2.criteria.map((c) => c.id) };
    await assignExpert(h.db, f.projectId, ids.expert);
    enrolmentId = await enrol(h.db, ids.participant, f.projectId);
  });
  afterEach(async () => {
    await h.services.pdf.close();
    await h.close();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  const draft = (fx: ProjectFixture, points: number[], decision: 'accepted' | 'returned' = 'accepted'): GradeDraft => ({
    items: fx.itemIds.map((id) => ({ checklistItemId: id, ok: decision === 'accepted', comment: decision === 'accepted' ? '' : 'переделать' })),
    criteria: fx.criterionIds.map((id, i) => ({ criterionId: id, points: points[i] ?? 0 })),
    tokens: [],
    comment: '',
    decision,
    overrideReason: null,
  });
  async function gradeStep(fx: ProjectFixture, items: Parameters<typeof submitWork>[3]['items'], points: number[], key: string): Promise<number> {
    const subId = await submitWork(h.db, fx, enrolmentId, { submittedAt: h.clock.now(), items });
    await h.services.grading.claim(ids.expert, subId);
    return (await h.services.grading.saveGrade(ids.expert, subId, draft(fx, points), key)).gradeId;
  }
  const projectCerts = () => h.db.certificate.findMany({ where: { kind: 'project' } });

  withChromium('issues one project certificate when the last step is accepted, in the holder’s language, checkable at /c/<code>', async () => {
    await gradeStep(f, fullWork('a'), [3, 2, 7, 2, 2, 5], 'update:1');
    expect(await projectCerts()).toEqual([]);
    await gradeStep(step2, [{ kind: 'text', text: 'Всё получилось.' }], [4], 'update:2');

    const [cert] = await projectCerts();
    expect(await projectCerts()).toHaveLength(1);
    expect(cert).toMatchObject({ userId: ids.participant, projectId: f.projectId, stepId: null, submissionId: null, points: 21 + 4, hours: 36, status: 'pending' });
    expect(await h.db.certificate.count({ where: { kind: 'step' } })).toBe(2);
    expect((await h.db.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).completedAt).not.toBeNull();

    // The hooks running again for the same grade (a retried transaction) issue nothing new.
    const again = await h.db.grade.findFirstOrThrow({ where: { submission: { stepId: step2.stepId } } });
    await h.db.$transaction((tx) =>
      h.services.certificates.completionHooks.afterGradeSaved(tx, {
        gradeId: again.id, submissionId: again.submissionId, userId: ids.participant, stepId: step2.stepId, projectId: f.projectId,
        decision: 'accepted', pointsDelta: 0, correction: false, now: h.clock.now(),
      }),
    );
    expect(await projectCerts()).toEqual([cert]);

    // Rendered in English, the holder's language, and handed to the outbox with an English caption.
    const worker = new CertificateWorker(h.db, h.services.certificates, h.services.pdf, pino({ level: 'silent' }), h.clock, { instanceId: 'w', timeZone: 'Asia/Krasnoyarsk' });
    expect(await worker.runOnce()).toMatchObject({ rendered: 3, failed: 0 });
    const doc = await h.db.outboxMessage.findUniqueOrThrow({ where: { key: `certificate:${cert!.id}:document:25` } });
    const caption = (doc.payload as { caption: string }).caption;
    expect(caption).toContain('Certificate of completing the project “Обучаем. Занятие в дистанте.” — every step accepted. Points: 25 · 36 h.');
    const printed = pdfText(await import('node:fs').then((fs) => fs.readFileSync(join(dir, `${cert!.code}.pdf`))));
    // The heading is letter-spaced on paper: compare it without the spaces.
    expect(printed.replace(/\s+/g, '')).toContain('CERTIFICATE');
    expect(printed.replace(/\s+/g, '')).not.toContain('СЕРТИФИКАТ');
    for (const part of ['of completing a project', 'This is to certify that', 'Anna Snegireva', 'has successfully completed every step of the project', 'Обучаем. Занятие в дистанте.', 'Points: 25', 'Hours: 36', '20 November 2026', cert!.code]) {
      expect(printed).toContain(part);
    }
    // The step certificates of an English speaker are printed in English too.
    const stepCert = await h.db.certificate.findFirstOrThrow({ where: { kind: 'step', stepId: f.stepId } });
    const stepPrinted = pdfText(await import('node:fs').then((fs) => fs.readFileSync(join(dir, `${stepCert.code}.pdf`))));
    expect(stepPrinted).toContain('of completing a project step');
    expect(stepPrinted).toContain('Points: 21 of 21');

    // /certificates lists it (in English), the deep link describes it, and /c/<code> confirms it.
    const participant = makeUser(8102);
    await h.services.users.setLocale(8102n, 'en');
    const list = texts(await h.command(participant, '/certificates')).join('\n');
    expect(list).toContain('🏆 The whole project “Обучаем. Занятие в дистанте.”');
    expect(list).toContain('25 pts · 36 h');
    const card = texts(await h.command(participant, '/start', `cert_${cert!.code}`)).join('\n');
    expect(card).toContain('Project certificate');
    expect(card).toContain('Hours: 36 h');

    const web = createWebServer({ db: h.db, certificatePages: { certificates: h.services.certificates, portfolio: h.services.portfolio, translate: createTranslator('ru'), defaultLocale: 'ru' } });
    try {
      const page = await web.inject({ method: 'GET', url: `/c/${cert!.code}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Сертификат действителен');
      expect(page.body).toContain('выполнение всех шагов проекта');
      expect(page.body).toContain('<dt>Объём, часов</dt><dd>36</dd>');
      const en = await web.inject({ method: 'GET', url: `/c/${cert!.code}?lang=en` });
      expect(en.body).toContain('completion of every step of the project');
    } finally {
      await web.close();
    }
  }, 120_000);

  it('voids the project certificate when a correction undoes completion and restores the same code after', async () => {
    await gradeStep(f, fullWork('a'), [3, 2, 7, 2, 2, 5], 'update:1');
    const lastGrade = await gradeStep(step2, [{ kind: 'text', text: 'Всё получилось.' }], [4], 'update:2');
    const [cert] = await projectCerts();
    const moderator = await createPerson(h.db, { telegramId: 8104, fullName: 'Модератор', roles: ['moderator'] });
    const view = await h.services.grading.correctionView(moderator.id, lastGrade);
    await h.services.grading.correctGrade(moderator.id, lastGrade, draft(step2, [0], 'returned'), 'ошибка проверки', view.version!, 'update:3');
    const voided = await h.db.certificate.findUniqueOrThrow({ where: { id: cert!.id } });
    expect(voided.revokedAt).not.toBeNull();
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: `certificate:${cert!.id}:revoked:` } } })).toBe(1);

    const view2 = await h.services.grading.correctionView(moderator.id, lastGrade);
    await h.services.grading.correctGrade(moderator.id, lastGrade, draft(step2, [5]), 'всё же принято', view2.version!, 'update:4');
    const restored = await h.db.certificate.findUniqueOrThrow({ where: { id: cert!.id } });
    expect(restored).toMatchObject({ code: cert!.code, revokedAt: null, points: 26, status: 'pending' });
    expect(await projectCerts()).toHaveLength(1);
  });
});
