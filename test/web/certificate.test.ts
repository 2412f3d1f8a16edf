// Certificates in real Chromium: the PDF read back as text, hostile names printed as text without a
// single request, and the public check page /c/<code> (valid, revoked, unknown) opened in a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTranslator } from '../../src/bot/i18n.ts';
import { certificateHtml } from '../../src/render/certificate-html.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/chromium.ts';
import { PdfRenderer } from '../../src/render/pdf-renderer.ts';
import { CertificateService } from '../../src/services/certificates.ts';
import { PortfolioService } from '../../src/services/portfolio.ts';
import type { Person } from '../../src/services/users.ts';
import { createWebServer } from '../../src/web/server.ts';
import { TestClock } from '../helpers/bot-harness.ts';
import { acceptedStep, gradeSaved } from '../helpers/certificate-fixtures.ts';
import { describeWithChromium, pdfText } from '../helpers/chromium.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const HOSTILE_NAME = `<script>document.title='pwned'</script><img src=http://169.254.169.254/latest/meta-data> Мария \u202Eвонави\u202C שלום`;
const TZ = 'Asia/Krasnoyarsk';

describeWithChromium('certificate PDF and public check in Chromium', () => {
  let renderer: PdfRenderer;
  let browser: Browser;
  let database: TestDatabase;
  let web: FastifyInstance;
  let baseUrl: string;
  let certificates: CertificateService;
  let portfolio: PortfolioService;
  let dir: string;
  const clock = new TestClock(new Date('2026-05-14T05:00:00Z'));

  beforeAll(async () => {
    renderer = new PdfRenderer({ pages: 2 });
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: mkdtempSync(join(tmpdir(), 'kodo-test-browser-')) });
    database = await createTestDatabase('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'kodo-certs-'));
    const translate = createTranslator('ru');
    web = createWebServer({ db: database.db });
    await web.listen({ port: 0, host: '127.0.0.1' });
    const address = web.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await web.close();
    const deps = { db: database.db, clock, translate, defaultLocale: 'ru', timeZone: TZ, publicUrl: baseUrl, dir };
    certificates = new CertificateService(deps);
    portfolio = new PortfolioService({ ...deps, renderer });
    web = createWebServer({ db: database.db, certificatePages: { certificates, portfolio, translate, defaultLocale: 'ru' } });
    await web.listen({ port: Number(new URL(baseUrl).port), host: '127.0.0.1' });
  });

  afterAll(async () => {
    await browser?.close();
    await renderer?.close();
    await web?.close();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders a certificate PDF whose text has the name, institution, project, step, points, date, issuer and code', async () => {
    const html = await certificateHtml(
      { code: 'K7QF92MXA3PD', participant: 'Снегирёва Анна Павловна', institution: 'МБУ ДО «Станция юных техников»', project: 'Обучаем. Занятие в дистанте', step: 'Обучаем. Занятие в дистанте. Шаг 1.', points: 17, maxPoints: 19, issuedAt: new Date('2026-05-14T05:00:00Z') },
      'https://kodo.example.ru',
      TZ,
    );
    const pdf = await renderer.render(html, { landscape: true });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const part of ['СЕРТИФИКАТ', 'Снегирёва Анна Павловна', 'МБУ ДО «Станция юных техников»', 'Обучаем. Занятие в дистанте. Шаг 1.', 'Баллы: 17 из 19', '14 мая 2026', 'K7QF92MXA3PD', 'https://kodo.example.ru/c/K7QF92MXA3PD']) {
      expect(text).toContain(part);
    }
    expect(text.toLowerCase()).toContain('кодо — коворкинг дополнительного образования');
  });

  it('prints a hostile, right-to-left name as text and lets the page make no request', async () => {
    const before = renderer.stats.blockedRequests;
    const html = await certificateHtml(
      { code: 'HSTL2NAME3XY', participant: HOSTILE_NAME, institution: '<b>Дом творчества</b>', project: 'Проект <iframe src=http://169.254.169.254>', step: 'Шаг 1', points: 5, maxPoints: null, issuedAt: clock.now() },
      'https://kodo.example.ru',
      TZ,
    );
    const text = pdfText(await renderer.render(html, { landscape: true }));
    expect(renderer.stats.blockedRequests - before).toBe(0);
    // Long names wrap (even inside a word), so compare without the layout's whitespace.
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).toContain(`<script>document.title='pwned'</script><imgsrc=http://169.254.169.254/latest/meta-data>`);
    expect(text).toContain('<b>Дом творчества</b>');
    expect(text).toContain('Проект <iframe src=http://169.254.169.254>');
    // The override character is dropped, so the word reads as typed; the Hebrew word is printed.
    expect(text).toContain('Мария вонави');
    expect(text).toMatch(/שלום|םולש/);
    expect(text).toContain('HSTL2NAME3XY');
  });

  it('would refuse and count a request if a page ever tried one (the counter above is live)', async () => {
    // A fresh renderer: a reused tab keeps the Content-Security-Policy of the certificates it printed
    // (document.write keeps the document), which would stop these requests before interception.
    const bare = new PdfRenderer({ pages: 1 });
    const before = bare.stats.blockedRequests;
    const pdf = await bare.render('<!doctype html><meta charset="utf-8"><p>контроль</p><img src="http://169.254.169.254/latest/meta-data"><link rel="stylesheet" href="http://example.invalid/a.css">');
    await bare.close();
    expect(pdfText(pdf)).toContain('контроль');
    expect(bare.stats.blockedRequests - before).toBe(2);
    expect(bare.stats.blockedUrls).toContain('http://169.254.169.254/latest/meta-data');
  });

  it('starts a new browser when the shared one crashed, and the render still succeeds', async () => {
    const crashy = new PdfRenderer({ pages: 1 });
    try {
      await crashy.render('<!doctype html><meta charset="utf-8"><p>первый</p>');
      const pid = await crashy.browserPid();
      expect(pid).toBeGreaterThan(0);
      process.kill(pid!, 'SIGKILL');
      const pdf = await crashy.render('<!doctype html><meta charset="utf-8"><p>после сбоя</p>');
      expect(pdfText(pdf)).toContain('после сбоя');
      expect(crashy.stats.launches).toBe(2);
      expect(await crashy.browserPid()).not.toBe(pid);
    } finally {
      await crashy.close();
    }
    // Two browser starts: on a loaded 2-core machine each can take tens of seconds.
  }, 120_000);

  it('opens /c/<code> in Chromium: valid, then revoked by a moderator, and an unknown code', async () => {
    const step = await acceptedStep(database.db, { telegramId: 7001, fullName: HOSTILE_NAME, project: 'Наставничество: первый год', step: 'Шаг 2. План встреч' });
    await gradeSaved(database.db, certificates.gradeHooks, step, clock.now());
    const cert = await database.db.certificate.findUniqueOrThrow({ where: { submissionId: step.submissionId } });

    const page = await browser.newPage();
    // As a Russian-speaking visitor's browser asks; headless Chromium says en-US.
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const open = async (path: string) => {
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const status = await page.$eval('#status', (el) => (el as unknown as { innerText: string }).innerText);
      const body = await page.$eval('body', (el) => (el as unknown as { innerText: string }).innerText);
      return { code: response?.status(), status, body };
    };

    const valid = await open(`/c/${cert.code}`);
    expect(valid.code).toBe(200);
    expect(valid.status).toContain('Сертификат действителен');
    expect(valid.body).toContain('Наставничество: первый год');
    expect(valid.body).toContain('Шаг 2. План встреч');
    expect(valid.body).toContain('17 / 19');
    expect(valid.body).toContain('14 мая 2026');
    expect(valid.body).toContain(cert.code);
    // The hostile name is shown as text: no image element, no script ran, nothing fetched.
    expect(valid.body).toContain("<script>document.title='pwned'</script><img src=http://169.254.169.254/latest/meta-data>");
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.title()).toBe('Проверка сертификата КоДО');
    expect(requested).toEqual([`${baseUrl}/c/${cert.code}`]);

    const moderator: Person = { id: step.expertId, telegramId: 1n, username: null, fullName: 'Модератор', email: null, locale: 'ru', municipalityId: null, institutionId: null, registeredAt: new Date(), roles: ['moderator'] };
    await certificates.revoke(moderator, cert.code, 'работа выполнена не участником', 'test:revoke');
    const revoked = await open(`/c/${cert.code.toLowerCase()}`);
    expect(revoked.code).toBe(200);
    expect(revoked.status).toContain('Сертификат отозван');
    expect(revoked.status).toContain('работа выполнена не участником');
    expect(revoked.body).toContain('Наставничество: первый год');

    const unknown = await open('/c/ZZZZZZZZZZZZ');
    expect(unknown.code).toBe(404);
    expect(unknown.status).toContain('Сертификат не найден');
    const garbage = await open(`/c/${encodeURIComponent('<img src=x>')}`);
    expect(garbage.code).toBe(404);
    expect(await page.$$('img')).toHaveLength(0);

    const english = await open(`/c/ZZZZZZZZZZZZ?lang=en`);
    expect(english.status).toContain('Certificate not found');
    await page.close();
  });

  it('serves /p/<code> only while its owner keeps the portfolio open', async () => {
    const step = await acceptedStep(database.db, { telegramId: 7002, fullName: 'Кедрова Ольга Игоревна', project: 'Сетевые программы', step: 'Шаг 1. Договор о сети' });
    await gradeSaved(database.db, certificates.gradeHooks, step, clock.now());
    const { url } = await portfolio.setPublic(step.userId, true);
    const page = await browser.newPage();
    // As a Russian-speaking visitor's browser asks; headless Chromium says en-US.
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
    const opened = await page.goto(url!, { waitUntil: 'load' });
    expect(opened?.status()).toBe(200);
    const body = await page.$eval('body', (el) => (el as unknown as { innerText: string }).innerText);
    expect(body).toContain('Кедрова Ольга Игоревна');
    expect(body).toContain('Сетевые программы');
    expect(body).toContain('Шаг 1. Договор о сети');

    await portfolio.setPublic(step.userId, false);
    const closed = await page.goto(url!, { waitUntil: 'load' });
    expect(closed?.status()).toBe(404);
    expect(await page.$eval('#status', (el) => (el as unknown as { innerText: string }).innerText)).toContain('Портфолио не найдено или закрыто владельцем');
    await page.close();
  });
});
