// The roadmap pages: the plan grouped by direction with progress, a new quarter's revision made
// once, edits to the newest revision audited while the old one stays, the comparison highlighted,
// the XLSX in the plans' column layout read back, authors linking only their own projects, and the
// page in real Chromium without a blocked script or style.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import puppeteer from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/chromium.ts';
import { createWebServer } from '../../src/web/server.ts';
import { createHarness, type Harness } from '../helpers/bot-harness.ts';
import { describeWithChromium } from '../helpers/chromium.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createProject } from '../helpers/grading-fixtures.ts';
import { adminDeps, sessionFor, startWeb, webWorld, type Persona, type WebWorld } from '../helpers/web-fixtures.ts';

for (const provider of databaseProviders) {
  describe(`roadmap pages on ${provider}`, () => {
    let h: Harness;
    let world: WebWorld;
    let web: FastifyInstance;
    let networkId: number;

    beforeAll(async () => {
      h = await createHarness(provider);
      world = await webWorld(h.db, h.services, h.clock.now());
      web = createWebServer({ db: h.db, admin: adminDeps(h.services, h.clock) });
      await web.ready();
      networkId = (await h.db.direction.findUniqueOrThrow({ where: { code: 'network' } })).id;
    });
    afterAll(async () => {
      await web?.close();
      await h?.close();
    });

    const get = async (who: Persona, url: string) => web.inject({ url, headers: { cookie: (await sessionFor(h.db, world.ids[who], h.clock.now())).cookie } });
    const post = async (who: Persona, url: string, form: Record<string, string>) => {
      const session = await sessionFor(h.db, world.ids[who], h.clock.now());
      return web.inject({
        method: 'POST',
        url,
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ ...form, _csrf: session.csrf }).toString(),
      });
    };
    const row = (event: string, over: Record<string, string> = {}) => ({ event, deadline: 'Ноябрь–декабрь 2026', responsible: 'РМЦ', resultForm: 'Планы занятий', dueDate: '', directionId: '', ...over });

    it('shows an analyst the plan with each row’s progress from its projects, and no edit forms', async () => {
      const page = await get('analyst', '/admin/roadmap');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Курс «Занятие в дистанте»');
      // The linked project: one participant, its one step accepted.
      expect(page.body).toContain('<progress max="100" value="100">');
      expect(page.body).toContain('Без направления');
      expect(page.body).not.toContain('action="/admin/roadmap/rows"');
      expect(page.body).not.toContain('action="/admin/roadmap/revisions"');
      const moderator = await get('moderator', '/admin/roadmap');
      expect(moderator.body).toContain('action="/admin/roadmap/rows"');
      expect(moderator.body).toContain('action="/admin/roadmap/revisions"');
    });

    it('makes a quarter’s revision once for a form sent twice, copying every row', async () => {
      const form = { year: '2026', quarter: '4', note: 'Корректировка IV квартала', basedOn: String(world.roadmap.revisionId), nonce: 'revision-nonce-1' };
      const first = await post('moderator', '/admin/roadmap/revisions', form);
      const second = await post('moderator', '/admin/roadmap/revisions', { ...form, nonce: 'revision-nonce-2' });
      expect(first.statusCode).toBe(303);
      expect(second.headers.location).toBe(String(first.headers.location).replace('saved=1', 'exists=1'));
      const revisions = await h.db.roadmapRevision.findMany({ where: { year: 2026 }, orderBy: { number: 'asc' }, include: { items: true } });
      expect(revisions.map((r) => [r.number, r.items.length])).toEqual([
        [1, 2],
        [2, 2],
      ]);
    });

    it('edits the newest revision, audited with before and after, and keeps the old one as it was', async () => {
      const [old, fresh] = await h.db.roadmapRevision.findMany({ where: { year: 2026 }, orderBy: { number: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } });
      const item = fresh!.items[0]!;
      const response = await post('moderator', `/admin/roadmap/rows/${item.id}`, row('Курс «Занятие в дистанте»', { deadline: 'Ноябрь 2026 – февраль 2027', directionId: String(networkId), nonce: 'edit-nonce-1' }));
      expect(response.statusCode).toBe(303);
      const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'roadmap.row-edit' } });
      expect(audit).toMatchObject({ actorId: world.ids.moderator, entity: 'roadmap-row', entityId: String(item.rowId), before: { deadline: 'Ноябрь–декабрь 2026', directionId: null }, after: { deadline: 'Ноябрь 2026 – февраль 2027', directionId: networkId } });
      const refused = await post('moderator', `/admin/roadmap/rows/${old!.items[0]!.id}`, row('Правка прежней редакции', { nonce: 'edit-nonce-2' }));
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('Это прежняя редакция');
      expect((await h.db.roadmapItem.findUniqueOrThrow({ where: { id: old!.items[0]!.id } })).event).toBe('Курс «Занятие в дистанте»');
    });

    it('answers a row without an event with a clear message and saves nothing', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const before = await h.db.roadmapItem.count();
      const response = await post('moderator', '/admin/roadmap/rows', { ...row(' '), revisionId: String(current), nonce: 'add-nonce-1' });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Укажите мероприятие.');
      expect(await h.db.roadmapItem.count()).toBe(before);
    });

    it('highlights what changed between the two revisions', async () => {
      const [old, fresh] = await h.db.roadmapRevision.findMany({ where: { year: 2026 }, orderBy: { number: 'asc' } });
      await post('moderator', '/admin/roadmap/rows', { ...row('Форум наставников'), revisionId: String(fresh!.id), nonce: 'add-nonce-2' });
      const page = await get('author', `/admin/roadmap/compare?from=${old!.id}&to=${fresh!.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<del>Ноябрь–декабрь 2026</del><br><ins>Ноябрь 2026 – февраль 2027</ins>');
      expect(page.body).toContain('<ins>Сетевые программы</ins>');
      expect(page.body).toMatch(/<tr class="diff-added"><td>добавлена<\/td><td>Без направления<\/td><td>Форум наставников/);
      const csv = await get('author', `/admin/roadmap/compare?from=${old!.id}&to=${fresh!.id}&table=roadmap-changes&format=csv`);
      expect(csv.body).toContain('изменена,Курс «Занятие в дистанте»,Сроки,Ноябрь–декабрь 2026,Ноябрь 2026 – февраль 2027');
    });

    it('downloads the plan as XLSX in the plans’ layout: caption, headers, direction headings, typed cells', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const response = await get('analyst', `/admin/roadmap?revision=${current}&table=roadmap&format=xlsx`);
      expect(response.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(String(sheet.getCell('A1').value)).toBe('Дорожная карта на 2026 год · 2026, редакция № 2 (IV квартал)');
      expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['№', 'Направление/мероприятие', 'Сроки', 'Ответственный', 'Ожидаемый результат/форма отчёта', 'Выполнение']);
      // Directions in their reference order: network programmes come before rows without one.
      expect(sheet.getCell('A3').value).toBe('Сетевые программы');
      expect(sheet.getCell('A3').isMerged).toBe(true);
      expect(sheet.getCell('F3').isMerged).toBe(true);
      const first = sheet.getRow(4);
      expect(first.getCell(1).value).toBe(1);
      expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(2).value).toBe('Курс «Занятие в дистанте»');
      expect(first.getCell(3).value).toBe('Ноябрь 2026 – февраль 2027');
      expect(first.getCell(6).value).toBe(1);
      expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(6).numFmt).toBe('0%');
      expect(sheet.getCell('A5').value).toBe('Без направления');
      const unmeasured = sheet.getRow(6);
      expect(unmeasured.getCell(1).value).toBe(2);
      expect(unmeasured.getCell(2).value).toBe('Семинар для МОЦ');
      expect(unmeasured.getCell(6).value).toBeNull();
    });

    it('starts next year’s plan empty, while this year’s stays the one shown by default', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const page = await get('moderator', '/admin/roadmap');
      expect(page.body).toContain('<option value="2027:0">2027: новый план с чистого листа</option>');
      const response = await post('moderator', '/admin/roadmap/revisions', { target: '2027:0', quarter: '1', note: 'Проект плана', nonce: 'revision-nonce-2027' });
      expect(response.statusCode).toBe(303);
      const next = await h.db.roadmapRevision.findFirstOrThrow({ where: { year: 2027 }, include: { _count: { select: { items: true } } } });
      expect([next.number, next._count.items]).toEqual([1, 0]);
      // The test clock is in November 2026: the 2026 plan is still the current one.
      expect(await h.services.roadmap.currentRevisionId()).toBe(current);
      await h.db.roadmapRevision.delete({ where: { id: next.id } });
    });

    it('starts next year’s plan with this year’s rows as new rows of its own, to be corrected', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const rows = await h.db.roadmapItem.findMany({ where: { revisionId: current }, orderBy: { position: 'asc' } });
      const page = await get('moderator', '/admin/roadmap');
      expect(page.body).toContain(`<option value="2027:0:${current}">2027: новый план — строки плана 2026`);
      expect((await post('moderator', '/admin/roadmap/revisions', { target: `2027:0:${current}`, quarter: '1', note: 'План на 2027', nonce: 'revision-nonce-carry' })).statusCode).toBe(303);
      const next = await h.db.roadmapRevision.findFirstOrThrow({ where: { year: 2027 } });
      const carried = await h.db.roadmapItem.findMany({ where: { revisionId: next.id }, orderBy: { position: 'asc' }, include: { row: true } });
      expect(carried.map((i) => i.event)).toEqual(rows.map((i) => i.event));
      expect(carried.every((i) => i.row.year === 2027 && !rows.some((r) => r.rowId === i.rowId))).toBe(true);
      expect(await h.db.auditLog.findFirstOrThrow({ where: { action: 'roadmap.revision', entityId: String(next.id) } })).toMatchObject({ before: { carriedFrom: current }, after: { rows: rows.length } });
      await h.db.roadmapItem.deleteMany({ where: { revisionId: next.id } });
      await h.db.roadmapRevision.delete({ where: { id: next.id } });
      await h.db.roadmapRow.deleteMany({ where: { year: 2027 } });
    });

    it('lets an author link their own project to a row but not someone else’s', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const items = await h.db.roadmapItem.findMany({ where: { revisionId: current }, orderBy: { position: 'asc' } });
      const own = await createProject(h.db, { authorId: world.ids.author, title: 'Второй поток курса' });
      const foreign = await createProject(h.db, { title: 'Чужой проект' });
      const card = await get('author', `/admin/roadmap/rows/${items[1]!.id}`);
      expect(card.body).toContain('Второй поток курса');
      expect(card.body).not.toContain('Чужой проект');
      expect((await post('author', `/admin/roadmap/rows/${items[1]!.id}/link`, { projectId: String(own.projectId), nonce: 'link-nonce-1' })).statusCode).toBe(303);
      const refused = await post('author', `/admin/roadmap/rows/${items[1]!.id}/link`, { projectId: String(foreign.projectId), nonce: 'link-nonce-2' });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('только свой проект');
      expect((await h.db.project.findUniqueOrThrow({ where: { id: own.projectId } })).roadmapRowId).toBe(items[1]!.rowId);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: foreign.projectId } })).roadmapRowId).toBeNull();
      const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'roadmap.link', entityId: String(own.projectId) } });
      expect(audit).toMatchObject({ actorId: world.ids.author, before: { roadmapRowId: null }, after: { roadmapRowId: items[1]!.rowId } });
    });

    it('shows a linked draft to its author only, and counts it in no row’s progress', async () => {
      const current = (await h.services.roadmap.currentRevisionId())!;
      const items = await h.db.roadmapItem.findMany({ where: { revisionId: current }, orderBy: { position: 'asc' } });
      const row = items.at(-1)!;
      const before = (await h.services.roadmap.view(current))!.rows.find((r) => r.itemId === row.id)!.progress;
      const draft = await createProject(h.db, { authorId: world.ids.author, title: 'Черновик: летняя смена', status: 'draft' });
      expect((await post('author', `/admin/roadmap/rows/${row.id}/link`, { projectId: String(draft.projectId), nonce: 'link-draft-1' })).statusCode).toBe(303);
      expect((await get('author', `/admin/roadmap/rows/${row.id}`)).body).toContain('Черновик: летняя смена');
      expect((await get('analyst', `/admin/roadmap/rows/${row.id}`)).body).not.toContain('Черновик: летняя смена');
      expect((await h.services.roadmap.view(current))!.rows.find((r) => r.itemId === row.id)!.progress).toBe(before);
    });
  });
}

describeWithChromium('roadmap page in Chromium', () => {
  let h: Harness;
  let world: WebWorld;
  let web: FastifyInstance;
  let baseUrl: string;

  beforeAll(async () => {
    h = await createHarness('sqlite');
    world = await webWorld(h.db, h.services, h.clock.now());
    ({ web, baseUrl } = await startWeb(h.db, h.services, h.clock));
  });
  afterAll(async () => {
    await web?.close();
    await h?.close();
  });

  it('draws the plan with direction headings and progress bars, nothing blocked by the CSP', async () => {
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, userDataDir: mkdtempSync(join(tmpdir(), 'kodo-test-browser-')) });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // The browser's own favicon request is the site's 404, not the page's.
        if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) problems.push(`${m.text()} ${m.location().url ?? ''}`);
      });
      const session = await sessionFor(h.db, world.ids.analyst, h.clock.now());
      await page.setCookie({ name: 'kodo_session', value: session.cookie.split('=')[1]!, url: baseUrl, httpOnly: true, sameSite: 'Lax' });
      await page.goto(`${baseUrl}/admin/roadmap`, { waitUntil: 'load' });
      const drawn = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; getBoundingClientRect(): { width: number }; value?: number }> } }).document;
        const bars = Array.from(d.querySelectorAll('#t-roadmap progress'));
        return {
          headings: Array.from(d.querySelectorAll('#t-roadmap tr.group th')).map((e) => e.textContent),
          bars: bars.map((b) => ({ value: b.value, width: b.getBoundingClientRect().width })),
          nav: Array.from(d.querySelectorAll('header nav a.current')).map((e) => e.textContent),
        };
      });
      expect(drawn.headings).toEqual(['Без направления']);
      expect(drawn.bars).toHaveLength(1);
      expect(drawn.bars[0]!.value).toBe(100);
      expect(drawn.bars[0]!.width).toBeGreaterThan(20);
      expect(drawn.nav).toEqual(['Дорожная карта']);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
