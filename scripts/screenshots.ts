// `npm run screenshots`: seeds demo data and invented activity into a temporary SQLite database,
// starts the web view on it, signs in through a one-time link in Debian's Chromium and writes PNGs
// of the main pages to docs/screenshots/ (the README shows them).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { createTranslator } from '../src/bot/i18n.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedDemo } from '../src/db/seed/seed.ts';
import { projectPath } from '../src/paths.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/render/chromium.ts';
import { systemClock } from '../src/runtime/clock.ts';
import { createServices } from '../src/services/index.ts';
import { createWebServer } from '../src/web/server.ts';
import { seedDemoActivity } from './demo-activity.ts';

const out = projectPath('docs', 'screenshots');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'kodo-screens-'));
const url = `file:${join(dir, 'kodo.db')}`;
const started = Date.now();
const say = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

try {
  await applyMigrations(url);
  const { db } = await openDatabase(url);
  const now = new Date();
  await seedDemo(db, now);
  const activity = await seedDemoActivity(db, now);
  say(`demo data: ${activity.people} invented participants, ${activity.submissions} hand-ins`);
  // The demo moderator-analyst also gets admin here, so every page is in the menu.
  const staff = await db.user.findUniqueOrThrow({ where: { telegramId: 9_000_000_004n } });
  await db.userRole.upsert({ where: { userId_role: { userId: staff.id, role: 'admin' } }, create: { userId: staff.id, role: 'admin' }, update: {} });

  const web = createWebServer({ db, admin: undefined });
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await web.close();
  const translate = createTranslator('ru');
  const services = createServices({ db, clock: systemClock, translate, defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl: baseUrl });
  const server = createWebServer({ db, admin: { services, translate, clock: systemClock, defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl: baseUrl, loginWidget: null } });
  await server.listen({ port: Number(new URL(baseUrl).port), host: '127.0.0.1' });

  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: join(dir, 'browser') });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
  const shot = async (p: Page, name: string, path: string, fullPage = true) => {
    await p.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    if (await p.$('canvas[data-chart]')) await p.waitForSelector('canvas[data-drawn="1"]', { timeout: 15_000 });
    await p.screenshot({ path: join(out, `${name}.png`) as `${string}.png`, fullPage });
    say(`docs/screenshots/${name}.png`);
  };

  const person = (await services.users.byId(staff.id))!;
  const { url: link } = await services.webAuth.issueLoginLink(person);
  await shot(page, 'login-link', new URL(link).pathname, false);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#login-button')]);

  const project = await db.project.findFirstOrThrow({ where: { title: 'Сетевые программы: договор о сетевой форме' } });
  const graded = await db.submission.findFirstOrThrow({ where: { status: 'accepted', step: { projectId: project.id } }, orderBy: { id: 'asc' } });
  await shot(page, 'dashboard', '/admin');
  await shot(page, 'project', `/admin/projects/${project.id}`);
  await shot(page, 'institutions', '/admin/institutions');
  await shot(page, 'participants', '/admin/participants');
  await shot(page, 'grade-correction', `/admin/submissions/${graded.id}`);
  await shot(page, 'audit', '/admin/audit');
  // A draft waiting for review, and a broadcast partly sent (its rows marked here, no sender runs).
  const writer = (await db.user.findFirst({ where: { roles: { some: { role: 'author' } } }, orderBy: { id: 'asc' } })) ?? staff;
  const draftId = await services.authoring.projects.createDraft(writer.id, 'Летняя школа вожатых: выездной интенсив');
  await db.project.update({ where: { id: draftId }, data: { summary: 'Три дня практики для вожатых летних лагерей муниципалитета.', reviewRequestedAt: new Date() } });
  await shot(page, 'moderation', '/admin/moderation');
  const broadcastId = await services.broadcasts.createDraft(person, {
    text: 'Семинар для методистов: пятница, 15:00, онлайн',
    entities: [{ type: 'bold', offset: 0, length: 7 }],
    buttons: [{ text: 'Записаться', url: 'https://kodo.example/seminar' }],
  });
  await services.broadcasts.confirm(person, broadcastId, { kind: 'all' }, null, null);
  const queued = await db.outboxMessage.findMany({ where: { broadcastId }, select: { id: true }, orderBy: { id: 'asc' } });
  const gone = queued.slice(0, Math.ceil(queued.length * 0.6)).map((r) => r.id);
  await db.outboxMessage.updateMany({ where: { id: { in: gone.slice(1) } }, data: { status: 'sent' } });
  if (gone[0]) await db.outboxMessage.update({ where: { id: gone[0] }, data: { status: 'blocked' } });
  await shot(page, 'news-progress', `/admin/news/${broadcastId}`);
  await shot(page, 'roadmap', '/admin/roadmap');
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await shot(page, 'dashboard-phone', '/admin', false);
  // The public bank as a visitor without a session sees it.
  const visitor = await (await browser.createBrowserContext()).newPage();
  await visitor.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await visitor.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
  await shot(visitor, 'practices-phone', '/practices', false);

  await browser.close();
  await server.close();
  await db.$disconnect();
  say('done');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
