// The public pages of the bank of best practices in real Chromium on a phone: the search by keyword,
// direction and guild with paging, a card with its materials (links, texts, files through the bot),
// nothing but published practices shown, every value escaped, the security headers, both languages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/chromium.ts';
import { createWebServer } from '../../src/web/server.ts';
import { createHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.ts';
import { describeWithChromium } from '../helpers/chromium.ts';
import { assignExpert, createPerson, createProject, enrol, fullWork, submitWork } from '../helpers/grading-fixtures.ts';
import { adminDeps, webWorld, type WebWorld } from '../helpers/web-fixtures.ts';

describeWithChromium('public pages of the bank of best practices', () => {
  let h: Harness;
  let world: WebWorld;
  let web: FastifyInstance;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let published: number;
  let escaped: number;
  let proposedOnly: number;
  let authors = 0;

  async function practiceFor(title: string, directionCode: string | null, consent: boolean | null, tag: string): Promise<number> {
    const project = await createProject(h.db, { title, guildCodes: ['methodologist'] });
    if (directionCode) {
      const direction = await h.db.direction.findFirstOrThrow({ where: { code: directionCode } });
      await h.db.projectDirection.create({ data: { projectId: project.projectId, directionId: direction.id } });
    }
    await assignExpert(h.db, project.projectId, world.ids.expert);
    const author = await createPerson(h.db, { telegramId: 7000 + ++authors, fullName: `Автор ${tag}` });
    const submissionId = await submitWork(h.db, project, await enrol(h.db, author.id, project.projectId), { submittedAt: h.clock.now(), items: fullWork(tag) });
    await h.services.grading.claim(world.ids.expert, submissionId);
    await h.services.grading.saveGrade(
      world.ids.expert,
      submissionId,
      { items: project.itemIds.map((id) => ({ checklistItemId: id, ok: true, comment: '' })), criteria: project.criterionIds.map((id, i) => ({ criterionId: id, points: [3, 2, 7, 2, 2, 4][i]! })), tokens: ['idea'], comment: '', decision: 'accepted', overrideReason: null },
      `test:grade:${tag}`,
    );
    const moderator = (await h.services.users.byId(world.ids.moderator))!;
    const { id } = await h.services.practices.propose(moderator, submissionId, `test:propose:${tag}`);
    if (consent !== null) await h.services.practices.answer((await h.services.users.byId(author.id))!, id, consent, 'bot', `test:answer:${tag}`);
    h.clock.advance(60_000);
    return id;
  }

  beforeAll(async () => {
    h = await createHarness('sqlite');
    world = await webWorld(h.db, h.services, h.clock.now());
    const moderator = (await h.services.users.byId(world.ids.moderator))!;
    published = (await h.services.practices.propose(moderator, world.submissionId, 'test:propose:world')).id;
    await h.services.practices.answer((await h.services.users.byId(world.ids.participant))!, published, true, 'bot', 'test:answer:world');
    escaped = await practiceFor('Сетевая <script>alert(1)</script> программа', 'network', true, 'esc');
    proposedOnly = await practiceFor('Неопубликованная практика', null, null, 'hidden');
    await practiceFor('Отклонённая практика', null, false, 'declined');
    for (let i = 0; i < 11; i++) await practiceFor(`Модульная программа ${i + 1}`, 'modular', true, `m${i}`);
    web = createWebServer({ db: h.db, admin: { ...adminDeps(h.services, h.clock), botUsername: 'kodo_test_bot', botFiles: { token: TEST_TOKEN, apiRoot: h.fake.apiRoot } } });
    await web.listen({ port: 0, host: '127.0.0.1' });
    const address = web.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: mkdtempSync(join(tmpdir(), 'kodo-test-browser-')) });
    page = await browser.newPage();
    await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await h?.close();
  });

  const text = (selector = 'body') => page.$eval(selector, (el) => (el as unknown as { innerText: string }).innerText);

  it('searches by keyword without a login on a phone, fitting its width', async () => {
    await page.goto(`${baseUrl}/practices`, { waitUntil: 'load' });
    expect(await text('h1')).toBe('Банк лучших практик');
    expect(await text('#practices-found')).toBe('Найдено: 13');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.type('input[name="q"]', 'ДИСТАНТЕ');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[role="search"] button')]);
    expect(await text('#practices-found')).toBe('Найдено: 1');
    expect(await text('main')).toContain('Обучаем. Занятие в дистанте. — План дистанционного занятия');
    expect(await text('main')).not.toContain('Неопубликованная');
    expect(await text('main')).not.toContain('Отклонённая');
  });

  it('filters by direction and guild and pages ten at a time', async () => {
    await page.goto(`${baseUrl}/practices`, { waitUntil: 'load' });
    const modular = await h.db.direction.findFirstOrThrow({ where: { code: 'modular' } });
    await page.select('select[name="direction"]', String(modular.id));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[role="search"] button')]);
    expect(await text('#practices-found')).toBe('Найдено: 11');
    expect(await page.$$eval('article.practice', (a) => a.length)).toBe(10);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.pager a')]);
    expect(await page.$$eval('article.practice', (a) => a.length)).toBe(1);
    expect(new URL(page.url()).searchParams.get('direction')).toBe(String(modular.id));
    const teacher = await h.db.guild.findFirstOrThrow({ where: { code: 'teacher' } });
    await page.goto(`${baseUrl}/practices?guild=${teacher.id}`, { waitUntil: 'load' });
    expect(await text('#practices-found')).toBe('Найдено: 1');
  });

  it('shows a card with project, step, direction, guilds, tokens, author and materials; escapes every value', async () => {
    await page.goto(`${baseUrl}/practices/${published}`, { waitUntil: 'load' });
    const body = await text('main');
    expect(body).toContain('План дистанционного занятия');
    expect(body).toContain('Педагог');
    expect(body).toContain('КАЧЕСТВО');
    expect(body).toContain('19 из 21');
    expect(body).toContain('Снегирёва Анна Павловна');
    expect(body).toContain('Занятие прошло в Zoom, <дети> работали в группах.');
    expect(await page.$eval('a[href^="https://school.example/"]', (a) => a.getAttribute('rel'))).toBe('noopener noreferrer nofollow');
    expect(await page.$$eval('a[href^="https://t.me/kodo_test_bot?start=practice_"]', (a) => a.length)).toBeGreaterThanOrEqual(2);

    const response = await page.goto(`${baseUrl}/practices/${escaped}`, { waitUntil: 'load' });
    expect(await text('h1')).toContain('Сетевая <script>alert(1)</script> программа');
    expect(await text('main')).toContain('Сетевые программы');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(await response!.text()).not.toContain('<script>alert(1)');
  });

  it('answers 404 for a practice not published, and for one withdrawn since', async () => {
    expect((await page.goto(`${baseUrl}/practices/${proposedOnly}`, { waitUntil: 'load' }))!.status()).toBe(404);
    const moderator = (await h.services.users.byId(world.ids.moderator))!;
    await h.services.practices.withdraw(moderator, escaped, 'проверка', 'test:withdraw');
    const gone = await page.goto(`${baseUrl}/practices/${escaped}`, { waitUntil: 'load' });
    expect(gone!.status()).toBe(404);
    expect(await text('main')).toContain('Эта практика не опубликована или снята.');
    expect((await page.goto(`${baseUrl}/practices/abc`, { waitUntil: 'load' }))!.status()).toBe(404);
  });

  it('streams a published practice’s files from Telegram, and nothing else', async () => {
    h.fake.registerFile('BQACAgIAAxk_plan_w', { data: Buffer.from('%PDF-1.4 план занятия') });
    h.fake.registerFile('AgACAgIAAxk_board_w', { data: Buffer.from([0xff, 0xd8, 0xff, 0xe0]), filePath: 'photos/file_9.jpg' });
    await page.goto(`${baseUrl}/practices/${published}`, { waitUntil: 'load' });
    const hrefs = await page.$$eval('a.download', (a) => a.map((x) => x.getAttribute('href')));
    expect(hrefs).toEqual([`/practices/${published}/files/1`, `/practices/${published}/files/2`]);
    expect(await page.content()).not.toContain(TEST_TOKEN);
    const pdf = await web.inject({ url: `/practices/${published}/files/1` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.body).toBe('%PDF-1.4 план занятия');
    expect(pdf.headers['content-disposition']).toContain('attachment; filename="plan.pdf"');
    expect(pdf.headers['content-type']).toBe('application/octet-stream');
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect((await web.inject({ url: `/practices/${published}/files/2` })).headers['content-type']).toBe('image/jpeg');
    // A text item is no file; a proposed practice's files are not public; nor is a file over getFile's 20 MB.
    expect((await web.inject({ url: `/practices/${published}/files/4` })).statusCode).toBe(404);
    expect((await web.inject({ url: `/practices/${proposedOnly}/files/1` })).statusCode).toBe(404);
    const big = await practiceFor('Большой файл', null, true, 'big');
    h.fake.registerFile('BQACAgIAAxk_plan_big', { size: 25 * 1024 * 1024 });
    expect((await web.inject({ url: `/practices/${big}/files/1` })).statusCode).toBe(404);
    // One visitor downloading on and on is slowed down (20 a minute), then served again a minute later.
    // (Each finished download gives its open slot back: 20 one after another are all served.)
    let status = 200;
    let served = 0;
    for (let i = 0; i < 25 && status === 200; i++) {
      status = (await web.inject({ url: `/practices/${published}/files/1`, remoteAddress: '10.0.0.7' })).statusCode;
      if (status === 200) served++;
    }
    expect(status).toBe(429);
    expect(served).toBe(20);
    expect((await web.inject({ url: `/practices/${published}/files/1`, remoteAddress: '10.0.0.8' })).statusCode).toBe(200);
    h.clock.advance(61_000);
    expect((await web.inject({ url: `/practices/${published}/files/1`, remoteAddress: '10.0.0.7' })).statusCode).toBe(200);
  });

  it('speaks English when asked', async () => {
    await page.goto(`${baseUrl}/practices?lang=en`, { waitUntil: 'load' });
    expect(await text('h1')).toBe('Bank of best practices');
    expect(await text('main')).toContain('Modular programmes');
  });
});
