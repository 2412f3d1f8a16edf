// The moderation pages in real Chromium: a moderator opens the review queue and publishes a
// project (the author's chat gets the notice), then composes news for one guild, sees the count,
// sends it, and watches the page's live progress follow the sender as it drains the outbox —
// polled by admin.js under the page's CSP, with a person who blocked the bot counted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Api } from 'grammy';
import pino from 'pino';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BroadcastMonitor } from '../../src/outbox/broadcast-monitor.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/chromium.ts';
import { createHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.ts';
import { describeWithChromium } from '../helpers/chromium.ts';
import { createPerson, createProject } from '../helpers/grading-fixtures.ts';
import { sessionFor, startWeb, TG, webWorld, type WebWorld } from '../helpers/web-fixtures.ts';

describeWithChromium('moderation pages in Chromium', () => {
  let h: Harness;
  let world: WebWorld;
  let web: FastifyInstance;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    h = await createHarness('sqlite');
    world = await webWorld(h.db, h.services, h.clock.now());
    ({ web, baseUrl } = await startWeb(h.db, h.services, h.clock, { botFiles: { token: TEST_TOKEN, apiRoot: h.fake.apiRoot } }));
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: mkdtempSync(join(tmpdir(), 'kodo-test-browser-')) });
    page = await (await browser.createBrowserContext()).newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
    // Script errors and failed requests (the browser's own favicon request aside) fail the test.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const session = await sessionFor(h.db, world.ids.moderator, h.clock.now());
    await page.setCookie({ name: 'kodo_session', value: session.cookie.split('=')[1]!, url: baseUrl, httpOnly: true, sameSite: 'Lax' });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await h?.close();
  });

  const text = (selector = 'body') => page.$eval(selector, (el) => (el as unknown as { innerText: string }).innerText);
  const submit = (selector: string) => Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);

  it('opens the review queue, shows the whole project and publishes it; the author’s chat gets the notice', async () => {
    const p = await createProject(h.db, { authorId: world.ids.author, title: 'Лаборатория наставничества', status: 'draft' });
    await h.db.project.update({ where: { id: p.projectId }, data: { reviewRequestedAt: h.clock.now() } });
    await page.goto(`${baseUrl}/admin/moderation`, { waitUntil: 'load' });
    expect(await text('#t-review-queue')).toContain('Лаборатория наставничества');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`#t-review-queue a[href="/admin/moderation/${p.projectId}"]`)]);
    expect(await text('h1')).toBe('Лаборатория наставничества');
    expect(await text()).toContain('План занятия по шаблону');
    await submit('#publish-form button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/admin/moderation');
    expect(await text('.notice')).toContain('Проект опубликован');
    expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).status).toBe('published');

    const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), pino({ level: 'silent' }), h.clock, { instanceId: 'browser-mod', renderer: h.services.messages });
    await sender.drainOnce();
    expect(h.fake.sent(TG.author).map((m) => m.text ?? '').join('\n')).toContain('«Лаборатория наставничества» опубликован');
  }, 180_000);

  it('composes news for one guild, counts it, sends it and shows the live progress as the outbox drains', async () => {
    const teacher = await h.db.guild.findFirstOrThrow({ where: { code: 'teacher' } });
    const members = [];
    for (let i = 0; i < 4; i++) {
      const p = await createPerson(h.db, { telegramId: 8800 + i, fullName: `Педагог ${i}` });
      await h.db.userGuild.create({ data: { userId: p.id, guildId: teacher.id } });
      members.push(p);
    }

    await page.goto(`${baseUrl}/admin/news`, { waitUntil: 'load' });
    await page.type('textarea[name="text"]', '<b>Вебинар</b> для педагогов: четверг, 15:00');
    await page.type('textarea[name="buttons"]', 'Регистрация | https://kodo.example/webinar');
    await submit('#compose-form button[type="submit"]');
    expect(await text('.post-preview')).toContain('Вебинар для педагогов');
    expect(await page.$eval('.post-preview b', (el) => (el as unknown as { textContent: string }).textContent)).toBe('Вебинар');

    await page.select('#audience', `g${teacher.id}`);
    await submit('#audience-form button[type="submit"]');
    expect(await text('#audience-count')).toContain('Получатели — гильдия «Педагог»: 4 человека');
    await submit('#send-form button[type="submit"]');
    expect(await text('#broadcast-progress')).toBe('0 / 4');
    expect(await page.$eval('#news-pause', (el) => (el as unknown as { offsetParent: unknown }).offsetParent !== null)).toBe(true);

    // One recipient blocked the bot: counted as such, the others delivered.
    h.fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const api = new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot });
    const logger = pino({ level: 'silent' });
    let sender: OutboxSender;
    const monitor = new BroadcastMonitor(h.services.broadcasts, h.services.messages, api, logger, { takeSlot: (chat) => sender.takeSlot(chat) });
    sender = new OutboxSender(h.db, api, logger, h.clock, { instanceId: 'browser-news', renderer: h.services.messages, monitor });
    for (let i = 0; i < 10 && (await h.db.outboxMessage.count({ where: { status: 'pending' } })); i++) {
      await monitor.tick(h.clock.now());
      await sender.drainOnce();
      h.clock.advance(1_100);
    }
    await monitor.tick(h.clock.now());

    await page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } | null } }).document.getElementById('broadcast-progress')?.textContent?.startsWith('4 / 4'), { timeout: 15_000 });
    expect(await text('#broadcast-progress')).toMatch(/^4 \/ 4 · 1 заблокировал бота$/);
    await page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } | null } }).document.getElementById('broadcast-state')?.textContent?.includes('завершена'), { timeout: 15_000 });
    expect(await page.$eval('#news-pause', (el) => (el as unknown as { offsetParent: unknown }).offsetParent)).toBeNull();
    const delivered = members.filter((m) => h.fake.sent(m.telegramId).some((s) => (s.text ?? '').includes('Вебинар для педагогов')));
    expect(delivered).toHaveLength(3);
    expect(errors, errors.join("\n")).toEqual([]);
  }, 180_000);

  it('attaches a photo picked in the browser: it goes to the moderator’s chat and the draft shows it comes with the text', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kodo-upload-')), 'афиша.png');
    writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    const before = h.fake.callsOf('sendPhoto').length;
    await page.goto(`${baseUrl}/admin/news`, { waitUntil: 'load' });
    await page.type('textarea[name="text"]', 'Афиша недели: мастер-классы');
    const input = await page.$('input[name="attachment"]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await submit('#compose-form button[type="submit"]');
    expect(await text('.attachment')).toContain('С фотографией');
    expect(await text('.post-preview')).toContain('Афиша недели');
    const upload = h.fake.callsOf('sendPhoto').slice(before);
    expect(upload).toHaveLength(1);
    expect(Number(upload[0]!.params.chat_id)).toBe(TG.moderator);
    expect(errors, errors.join('\n')).toEqual([]);
  }, 180_000);
});
