// The admin web view in real Chromium: signing in with a one-time link from /web, the dashboard's
// chart drawn on its canvas, an XLSX download read back, a moderator's grade correction reaching the
// participant's chat, a replayed link, a form without its CSRF token, an analyst on an edit route,
// and every route against every role as a browser sends them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { Api } from 'grammy';
import pino from 'pino';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/chromium.ts';
import { adminRoutes } from '../../src/web/admin/register.ts';
import { allowed } from '../../src/web/admin/context.ts';
import { createHarness, TEST_TOKEN, texts, type Harness } from '../helpers/bot-harness.ts';
import { describeWithChromium } from '../helpers/chromium.ts';
import { makeUser } from '../helpers/updates.ts';
import { adminDeps, sessionFor, startWeb, TG, webWorld, type Persona, type WebWorld } from '../helpers/web-fixtures.ts';

describeWithChromium('admin web view in Chromium', () => {
  let h: Harness;
  let world: WebWorld;
  let web: FastifyInstance;
  let baseUrl: string;
  let browser: Browser;
  let downloads: string;
  let analystLink = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    h = await createHarness('sqlite');
    world = await webWorld(h.db, h.services, h.clock.now());
    ({ web, baseUrl } = await startWeb(h.db, h.services, h.clock));
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: mkdtempSync(join(tmpdir(), 'kodo-test-browser-')) });
    downloads = mkdtempSync(join(tmpdir(), 'kodo-downloads-'));
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await h?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  /** A fresh browser profile (own cookies), as another person's browser would be. */
  async function newPage(): Promise<Page> {
    const context = await browser.createBrowserContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
    return page;
  }

  async function linkFor(telegramId: number): Promise<string> {
    const reply = texts(await h.command(makeUser(telegramId), '/web')).at(-1) ?? '';
    const url = /http:\/\/kodo\.test(\/login\/[A-Za-z0-9_-]+)/.exec(reply)?.[1];
    expect(url, reply).toBeDefined();
    return `${baseUrl}${url}`;
  }

  async function signIn(page: Page, link: string): Promise<void> {
    await page.goto(link, { waitUntil: 'load' });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#login-button')]);
  }

  const text = (page: Page, selector = 'body') => page.$eval(selector, (el) => (el as unknown as { innerText: string }).innerText);

  it('signs an analyst in with the one-time link from /web and shows the dashboard with a drawn chart', async () => {
    analystLink = await linkFor(TG.analyst);
    const page = await newPage();
    await signIn(page, analystLink);
    expect(new URL(page.url()).pathname, `${page.url()} ${await text(page)}`).toBe('/admin');
    expect(await text(page, 'h1')).toBe('Статистика КоДО');
    const cookie = (await page.cookies()).find((c) => c.name === 'kodo_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain('kodo_session');

    await page.waitForSelector('#chart-monthly[data-drawn="1"]', { timeout: 10_000 });
    const painted = await page.$eval('#chart-monthly', (el) => {
      const canvas = el as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
      return { opaque, width: canvas.width };
    });
    expect(painted.width).toBeGreaterThan(100);
    expect(painted.opaque).toBeGreaterThan(500);
    expect(await text(page)).toContain('Обучаем. Занятие в дистанте.');
  }, 180_000);

  it('downloads the projects table as XLSX with typed number and date cells', async () => {
    // The default profile: download settings apply per browser context.
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await signIn(page, await linkFor(TG.analyst));
    await page.goto(`${baseUrl}/admin/projects`, { waitUntil: 'load' });
    await page.click('#t-projects a[data-kind="xlsx"]');
    const file = join(downloads, 'kodo-projects.xlsx');
    for (let i = 0; i < 100 && !(existsSync(file) && !readdirSync(downloads).some((f) => f.endsWith('.crdownload'))); i++) await new Promise((r) => setTimeout(r, 100));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Проект', 'Статус', 'Начало', 'Окончание', 'Записались', 'Сдали', 'Принято', 'Завершили']);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Обучаем. Занятие в дистанте.');
    expect(row.getCell(2).value).toBe('Идёт');
    expect(row.getCell(3).value).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(5).value).toBe(1);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(7).value).toBe(1);
    expect(row.getCell(9).value).toBe(19);
    expect(row.getCell(10).value).toBeCloseTo(19 / 21);
    expect(row.getCell(10).numFmt).toBe('0%');
  }, 180_000);

  it('lets a moderator correct a grade in the browser, and the participant’s chat gets the correction', async () => {
    const page = await newPage();
    await signIn(page, await linkFor(TG.moderator));
    await page.goto(`${baseUrl}/admin/submissions/${world.submissionId}`, { waitUntil: 'load' });
    expect(await text(page)).toContain('План занятия по шаблону');
    const full = world.project.criterionIds[2]!;
    await page.$eval(`input[name="crit_${full}"]`, (el) => ((el as unknown as { value: string }).value = '4'));
    await page.type('textarea[name="reason"]', 'Полнота плана переоценена после апелляции');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.grade-form button[type="submit"]')]);
    expect(await text(page, '.notice')).toContain('Оценка исправлена');

    const grade = await h.db.grade.findUniqueOrThrow({ where: { id: world.gradeId } });
    expect(grade.totalPoints).toBe(16);
    const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), pino({ level: 'silent' }), h.clock, { instanceId: 'web-test' });
    // One message a second per chat: the grade card went first, the correction follows.
    for (let i = 0; i < 10 && (await h.db.outboxMessage.count({ where: { status: 'pending' } })); i++) {
      await sender.drainOnce();
      h.clock.advance(1_100);
    }
    const chat = h.fake.sent(TG.participant).map((m) => m.text ?? '');
    const correction = chat.find((t) => t.includes('Полнота плана переоценена после апелляции'));
    expect(correction, chat.join('\n---\n')).toBeDefined();
    expect(correction).toContain('16');
    expect(await h.db.auditLog.count({ where: { action: 'grade.correct', entityId: String(world.gradeId), actorId: world.ids.moderator } })).toBe(1);
  }, 180_000);

  it('refuses a login link opened a second time, in another browser', async () => {
    const page = await newPage();
    await signIn(page, analystLink);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await text(page)).toContain('Ссылка уже использована или устарела');
    expect((await page.cookies()).find((c) => c.name === 'kodo_session')).toBeUndefined();
  }, 180_000);

  it('refuses a form sent without the CSRF token and changes nothing', async () => {
    const page = await newPage();
    await signIn(page, await linkFor(TG.moderator));
    await page.goto(`${baseUrl}/admin/users/${world.ids.participant}`, { waitUntil: 'load' });
    await page.$eval('form.stack input[name="_csrf"]', (el) => (el as unknown as { remove(): void }).remove());
    await page.$eval('input[name="fullName"]', (el) => ((el as unknown as { value: string }).value = 'Подменённое Имя'));
    const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.stack button[type="submit"]')]);
    expect(response?.status()).toBe(403);
    expect(await text(page, 'h1')).toContain('Форма устарела');
    expect((await h.db.user.findUniqueOrThrow({ where: { id: world.ids.participant } })).fullName).toBe('Снегирёва Анна Павловна');
  }, 180_000);

  it('refuses an analyst on an edit route, even with a valid CSRF token', async () => {
    const page = await newPage();
    await signIn(page, await linkFor(TG.analyst));
    const users = await page.goto(`${baseUrl}/admin/users/${world.ids.participant}`, { waitUntil: 'load' });
    expect(users?.status()).toBe(403);
    const status = await page.evaluate(async (id) => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { value: string } } }).document;
      const csrf = doc.querySelector('input[name="_csrf"]').value;
      const body = new URLSearchParams({ _csrf: csrf, fullName: 'Подменённое Имя' });
      return (await fetch(`/admin/users/${id}`, { method: 'POST', body, redirect: 'manual' })).status;
    }, world.ids.participant);
    expect(status).toBe(403);
    expect((await h.db.user.findUniqueOrThrow({ where: { id: world.ids.participant } })).fullName).toBe('Снегирёва Анна Павловна');
  }, 180_000);

  it('gives every role exactly the routes its roles allow, as the browser sends them', async () => {
    const routes = adminRoutes(adminDeps(h.services, h.clock));
    const people: ('anonymous' | Persona)[] = ['anonymous', 'participant', 'expert', 'analyst', 'moderator', 'author', 'admin'];
    const concrete = (url: string) =>
      url
        .replace('/admin/projects/:id', `/admin/projects/${world.project.projectId}`)
        .replace('/admin/users/:id', `/admin/users/${world.ids.expert}`)
        .replace('/admin/submissions/:id', `/admin/submissions/${world.submissionId}`)
        .replace('/admin/grades/:id', `/admin/grades/${world.gradeId}`)
        .replace(':token', 'x'.repeat(43));
    const wrong: string[] = [];
    // Logout last: it ends the session the other requests use.
    const ordered = [...routes].sort((a, b) => Number(a.url === '/logout') - Number(b.url === '/logout'));
    for (const who of people) {
      const roles = who === 'anonymous' ? null : ((await h.db.userRole.findMany({ where: { userId: world.ids[who] } })).map((r) => r.role) as never[]);
      const page = await newPage();
      let csrf = '';
      if (who !== 'anonymous') {
        const session = await sessionFor(h.db, world.ids[who], h.clock.now());
        csrf = session.csrf;
        await page.setCookie({ name: 'kodo_session', value: session.cookie.split('=')[1]!, url: baseUrl, httpOnly: true, sameSite: 'Lax' });
      }
      for (const route of ordered) {
        let status: number;
        let landed = '';
        if (route.method === 'GET') {
          const response = await page.goto(`${baseUrl}${concrete(route.url)}`, { waitUntil: 'domcontentloaded' });
          status = response?.status() ?? 0;
          landed = new URL(page.url()).pathname;
        } else {
          if (!page.url().startsWith(baseUrl)) await page.goto(`${baseUrl}/static/admin.css`);
          status = await page.evaluate(
            async (url, token) => {
              const body = new URLSearchParams({ _csrf: token, fullName: 'Берёзкин Олег Игоревич', roles: 'participant', token: 'y'.repeat(43) });
              const r = await fetch(url, { method: 'POST', body, redirect: 'manual' });
              return r.type === 'opaqueredirect' ? 303 : r.status;
            },
            concrete(route.url),
            csrf,
          );
        }
        const ok = allowed(route.access, roles);
        const refused = status === 401 || status === 403 || (route.method === 'GET' && who === 'anonymous' && landed === '/login' && route.url !== '/login');
        if (status >= 500 || ok === refused) wrong.push(`${route.method} ${route.url} as ${who}: ${status} ${landed}`);
      }
      await page.browserContext().close();
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
