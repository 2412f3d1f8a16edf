// The admin view's moderation pages through fastify inject, on both databases: publishing and
// returning a project (the author's chat gets the notice through the outbox), hiding and showing,
// the editor (authors their own drafts, moderators anyone's — audited), proposals, composing news
// with the bot's own refusals, a send to one guild, pause, resume and cancel, and their audit rows.
import type { FastifyInstance } from 'fastify';
import { Api } from 'grammy';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { createWebServer } from '../../src/web/server.ts';
import { createHarness, TEST_TOKEN, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson, createProject } from '../helpers/grading-fixtures.ts';
import { adminDeps, sessionFor, TG, webWorld, type WebWorld } from '../helpers/web-fixtures.ts';

for (const provider of databaseProviders) {
  describe(`admin moderation pages on ${provider}`, () => {
    let h: Harness;
    let world: WebWorld;
    let web: FastifyInstance;
    let moderator: { cookie: string; csrf: string };
    let author: { cookie: string; csrf: string };
    let seq = 0;

    beforeAll(async () => {
      h = await createHarness(provider);
      world = await webWorld(h.db, h.services, h.clock.now());
      web = createWebServer({ db: h.db, admin: adminDeps(h.services, h.clock) });
      await web.ready();
      moderator = await sessionFor(h.db, world.ids.moderator, h.clock.now());
      author = await sessionFor(h.db, world.ids.author, h.clock.now());
    });
    afterAll(async () => {
      await web?.close();
      await h?.close();
    });

    const get = (url: string, who = moderator) => web.inject({ url, headers: { cookie: who.cookie } });
    const post = (url: string, fields: Record<string, string>, who = moderator) =>
      web.inject({
        method: 'POST',
        url,
        headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: who.csrf, nonce: `nonce-${provider}-${++seq}-abcdef`, ...fields }).toString(),
      });

    /** Sends what the outbox holds to the fake Bot API, a second of test time per round. */
    async function drain() {
      const sender = new OutboxSender(h.db, new Api(TEST_TOKEN, { apiRoot: h.fake.apiRoot }), pino({ level: 'silent' }), h.clock, { instanceId: 'web-mod', renderer: h.services.messages });
      for (let i = 0; i < 15 && (await h.db.outboxMessage.count({ where: { status: 'pending' } })); i++) {
        await sender.drainOnce();
        h.clock.advance(1_100);
      }
    }

    async function draftInReview(title: string) {
      const p = await createProject(h.db, { authorId: world.ids.author, title, status: 'draft' });
      await h.db.project.update({ where: { id: p.projectId }, data: { reviewRequestedAt: h.clock.now() } });
      return p;
    }

    it('shows a project sent for review whole and publishes it through the review service; the author is told in the bot', async () => {
      const p = await draftInReview('Сетевой квест «Тропа мастеров»');
      const queue = await get('/admin/moderation');
      expect(queue.statusCode).toBe(200);
      expect(queue.body).toContain('Сетевой квест «Тропа мастеров»');
      const page = await get(`/admin/moderation/${p.projectId}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('План занятия по шаблону');
      expect(page.body).toContain('id="publish-form"');
      const version = (await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).version;

      const published = await post(`/admin/moderation/${p.projectId}/publish`, { version: String(version) });
      expect(published.statusCode).toBe(303);
      expect(published.headers.location).toBe('/admin/moderation?done=published');
      expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).status).toBe('published');
      expect(await h.db.auditLog.count({ where: { action: 'project-publish', entityId: String(p.projectId), actorId: world.ids.moderator } })).toBe(1);
      await drain();
      expect(h.fake.sent(TG.author).map((m) => m.text ?? '').join('\n')).toContain('«Сетевой квест «Тропа мастеров»» опубликован');
    });

    it('returns a project with the moderator’s comment, refuses an empty comment and a version the author changed since', async () => {
      const p = await draftInReview('Школа наставников');
      const { version } = await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } });
      const empty = await post(`/admin/moderation/${p.projectId}/return`, { version: String(version), comment: '   ' });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain('Пусто');
      const stale = await post(`/admin/moderation/${p.projectId}/publish`, { version: String(version - 1) });
      expect(stale.headers.location).toBe(`/admin/moderation/${p.projectId}?problem=authoring-err-changed-since`);
      expect((await get(stale.headers.location as string)).body).toContain('Автор изменил проект');
      expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).status).toBe('draft');

      const returned = await post(`/admin/moderation/${p.projectId}/return`, { version: String(version), comment: 'Добавьте критерии ко второму шагу' });
      expect(returned.statusCode).toBe(303);
      const after = await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } });
      expect(after.reviewRequestedAt).toBeNull();
      expect(after.reviewComment).toBe('Добавьте критерии ко второму шагу');
      await drain();
      expect(h.fake.sent(TG.author).map((m) => m.text ?? '').join('\n')).toContain('Добавьте критерии ко второму шагу');
    });

    it('hides a published project with a reason, tells the author, lists it as hidden and shows it again', async () => {
      const p = await createProject(h.db, { authorId: world.ids.author, title: 'Медиашкола выходного дня' });
      const noReason = await post(`/admin/moderation/${p.projectId}/visibility`, { action: 'hide', reason: '' });
      expect(noReason.statusCode).toBe(400);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).deletedAt).toBeNull();
      const hidden = await post(`/admin/moderation/${p.projectId}/visibility`, { action: 'hide', reason: 'Дублирует проект соседнего района' });
      expect(hidden.statusCode).toBe(303);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).deletedAt).not.toBeNull();
      expect(await h.db.auditLog.count({ where: { action: 'project.hide', entityId: String(p.projectId) } })).toBe(1);
      const list = await get('/admin/moderation');
      expect(list.body).toContain('Скрытые проекты');
      await drain();
      expect(h.fake.sent(TG.author).map((m) => m.text ?? '').join('\n')).toContain('Дублирует проект соседнего района');
      expect((await post(`/admin/moderation/${p.projectId}/visibility`, { action: 'show' })).statusCode).toBe(303);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: p.projectId } })).deletedAt).toBeNull();
    });

    it('lets an author edit their own draft unaudited, a moderator anyone’s project audited, and refuses a stale step form whole', async () => {
      const own = await createProject(h.db, { authorId: world.ids.author, title: 'Черновик автора', status: 'draft' });
      const form = async (projectId: number) => {
        const p = await h.db.project.findUniqueOrThrow({ where: { id: projectId } });
        const day = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        return { version: String(p.version), title: p.title, summary: p.summary, description: p.description, startsOn: day(p.startsOn), endsOn: day(p.endsOn) };
      };
      const list = await get('/admin/my-projects', author);
      expect(list.body).toContain(`href="/admin/projects/${own.projectId}/edit"`);
      const mine = await form(own.projectId);
      const edited = await post(`/admin/projects/${own.projectId}/edit`, { ...mine, title: 'Черновик автора, вторая редакция' }, author);
      expect(edited.statusCode).toBe(303);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: own.projectId } })).title).toBe('Черновик автора, вторая редакция');
      expect(await h.db.auditLog.count({ where: { entity: 'project', entityId: String(own.projectId) } })).toBe(0);

      const other = await createProject(h.db, { title: 'Проект другого автора', status: 'draft' });
      expect((await get(`/admin/projects/${other.projectId}/edit`, author)).statusCode).toBe(404);
      const page = await get(`/admin/projects/${other.projectId}/edit`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('id="project-form"');
      const theirs = await form(other.projectId);
      expect((await post(`/admin/projects/${other.projectId}/edit`, { ...theirs, description: 'Описание уточнил модератор' })).statusCode).toBe(303);
      const audit = await h.db.auditLog.findMany({ where: { action: 'project-description', entityId: String(other.projectId) } });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorId).toBe(world.ids.moderator);
      expect(audit[0]!.before).toMatchObject({ change: { description: theirs.description } });
      expect(audit[0]!.after).toMatchObject({ change: { description: 'Описание уточнил модератор' } });

      // The same form sent again from a browser (line breaks as CRLF) changes nothing; a form drawn
      // before that change is refused instead of writing the old texts back.
      const earlier = await form(other.projectId);
      await h.db.project.update({ where: { id: other.projectId }, data: { description: 'Первая строка\nвторая строка' } });
      const current = await form(other.projectId);
      expect((await post(`/admin/projects/${other.projectId}/edit`, { ...current, description: 'Первая строка\r\nвторая строка' })).statusCode).toBe(303);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: other.projectId } })).version).toBe(Number(current.version));
      const stale = await post(`/admin/projects/${other.projectId}/edit`, { ...earlier, version: String(Number(current.version) - 1), summary: 'Старая форма' });
      expect(stale.statusCode).toBe(400);
      expect((await h.db.project.findUniqueOrThrow({ where: { id: other.projectId } })).summary).toBe(current.summary);

      const step = await h.db.step.findUniqueOrThrow({ where: { id: other.stepId } });
      const staleStep = await post(`/admin/steps/${other.stepId}/edit`, { version: String(step.version + 5), title: 'Новое название', task: '', startsOn: '2026-12-01', endsOn: '2026-12-10' });
      expect(staleStep.statusCode).toBe(400);
      const outside = await post(`/admin/steps/${other.stepId}/edit`, { version: String(step.version), title: 'Новое название', task: '', startsOn: '2027-06-01', endsOn: '2027-06-10' });
      expect(outside.statusCode).toBe(400);
      expect(outside.body).toContain('Даты шага должны быть внутри дат проекта');
      expect((await h.db.step.findUniqueOrThrow({ where: { id: other.stepId } })).title).toBe(step.title);
      const saved = await post(`/admin/steps/${other.stepId}/edit`, { version: String(step.version), title: 'Обучаем. Шаг 1, уточнённый', task: 'Пришлите план', startsOn: '2026-12-01', endsOn: '2026-12-10' });
      expect(saved.statusCode).toBe(303);
      const fresh = await h.db.step.findUniqueOrThrow({ where: { id: other.stepId } });
      expect(fresh.title).toBe('Обучаем. Шаг 1, уточнённый');
      expect(fresh.startsOn.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    });

    it('lists proposals by status and records a decision: audited, the author told, a stale revision refused', async () => {
      const proposal = await h.db.proposal.create({ data: { userId: world.ids.participant, text: 'Нужна выгрузка портфолио в PDF одним файлом' } });
      await h.db.proposal.create({ data: { userId: world.ids.participant, text: 'Старое решённое предложение', status: 'done' } });
      const newOnes = await get('/admin/proposals?status=new');
      expect(newOnes.body).toContain('Нужна выгрузка портфолио в PDF одним файлом');
      expect(newOnes.body).not.toContain('Старое решённое предложение');
      expect((await get(`/admin/proposals/${proposal.id}`)).body).toContain('id="proposal-form"');
      const decided = await post(`/admin/proposals/${proposal.id}/status`, { status: 'accepted', comment: 'Сделаем в январе', revision: '0' });
      expect(decided.statusCode).toBe(303);
      const again = await post(`/admin/proposals/${proposal.id}/status`, { status: 'declined', comment: '', revision: '0' });
      expect(again.statusCode).toBe(400);
      expect(again.body).toContain('уже изменили');
      expect((await h.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('accepted');
      expect(await h.db.auditLog.count({ where: { action: 'proposal.status', entityId: String(proposal.id) } })).toBe(1);
      await drain();
      expect(h.fake.sent(TG.participant).map((m) => m.text ?? '').join('\n')).toContain('Сделаем в январе');
    });

    it('refuses an empty post, a too long one, a tag Telegram lacks and a non-https button with the bot’s words, saving nothing', async () => {
      const before = await h.db.broadcast.count();
      const cases: [Record<string, string>, string | RegExp][] = [
        [{ text: '   ', buttons: '' }, 'В посте нет текста'],
        [{ text: `<b>${'а'.repeat(4100)}</b>`, buttons: '' }, /Слишком длинно: 4\s?100 знаков, а можно не больше 4\s?096/],
        [{ text: '<script>alert(1)</script>', buttons: '' }, 'Тег &lt;script&gt; в Telegram не поддерживается'],
        [{ text: 'Семинар', buttons: 'Запись | http://kodo.example/form' }, 'должна быть полным адресом, начинающимся с https://'],
      ];
      for (const [fields, words] of cases) {
        const r = await post('/admin/news', fields);
        expect(r.statusCode).toBe(400);
        if (typeof words === 'string') expect(r.body).toContain(words);
        else expect(r.body).toMatch(words);
      }
      expect(await h.db.broadcast.count()).toBe(before);
    });

    it('sends a post to one guild once (two clicks at the same moment included): counted first, one outbox row for each of its members only, audited; pause, resume and cancel move the rest', async () => {
      const teacher = await h.db.guild.findFirstOrThrow({ where: { code: 'teacher' } });
      const designer = await h.db.guild.findFirstOrThrow({ where: { code: 'designer' } });
      const members: number[] = [];
      for (let i = 0; i < 3; i++) {
        const p = await createPerson(h.db, { telegramId: 7700 + i, fullName: `Учитель ${i}` });
        await h.db.userGuild.create({ data: { userId: p.id, guildId: teacher.id } });
        members.push(p.id);
      }
      const outsider = await createPerson(h.db, { telegramId: 7790, fullName: 'Оформитель' });
      await h.db.userGuild.create({ data: { userId: outsider.id, guildId: designer.id } });

      const composed = await post('/admin/news', { text: '<b>Семинар</b> для педагогов в пятницу', buttons: 'Записаться | https://kodo.example/seminar' });
      expect(composed.statusCode).toBe(303);
      const id = Number(/\/admin\/news\/(\d+)$/.exec(composed.headers.location as string)![1]);
      const draft = await h.db.broadcast.findUniqueOrThrow({ where: { id } });
      expect(draft.post).toMatchObject({ text: 'Семинар для педагогов в пятницу', entities: [{ type: 'bold', offset: 0, length: 7 }], buttons: [{ text: 'Записаться', url: 'https://kodo.example/seminar' }] });

      const counted = await get(`/admin/news/${id}?audience=g${teacher.id}`);
      expect(counted.body).toContain('Получатели — гильдия «Педагог»: 3 человека');
      const [sent, same] = await Promise.all([post(`/admin/news/${id}/send`, { audience: `g${teacher.id}`, when: 'now' }), post(`/admin/news/${id}/send`, { audience: `g${teacher.id}`, when: 'now' })]);
      expect(same.statusCode).toBe(303);
      expect(sent.statusCode).toBe(303);
      const rows = await h.db.outboxMessage.findMany({ where: { broadcastId: id } });
      expect(rows.map((r) => Number(r.key.split(':').at(-1))).sort((a, b) => a - b)).toEqual(members);
      expect(await h.db.auditLog.count({ where: { action: 'broadcast.send', entity: 'broadcast', entityId: String(id), actorId: world.ids.moderator } })).toBe(1);
      const twice = await post(`/admin/news/${id}/send`, { audience: `g${teacher.id}`, when: 'now' });
      expect(twice.headers.location).toBe(`/admin/news/${id}`);
      expect(await h.db.outboxMessage.count({ where: { broadcastId: id } })).toBe(3);

      const status = JSON.parse((await get(`/admin/news/${id}/status`)).body);
      expect(status).toMatchObject({ status: 'sending', progress: '0 / 3', counts: { total: 3, left: 3 } });

      expect((await post(`/admin/news/${id}/pause`, {})).statusCode).toBe(303);
      expect(await h.db.outboxMessage.count({ where: { broadcastId: id, status: 'held' } })).toBe(3);
      expect(JSON.parse((await get(`/admin/news/${id}/status`)).body).status).toBe('paused');
      expect((await post(`/admin/news/${id}/pause`, {})).body).toContain('Рассылка сейчас не идёт');
      expect((await post(`/admin/news/${id}/resume`, {})).statusCode).toBe(303);
      expect(await h.db.outboxMessage.count({ where: { broadcastId: id, status: 'pending' } })).toBe(3);
      expect((await post(`/admin/news/${id}/cancel`, {})).statusCode).toBe(303);
      expect(await h.db.outboxMessage.count({ where: { broadcastId: id, status: 'cancelled' } })).toBe(3);
      const actions = (await h.db.auditLog.findMany({ where: { entity: 'broadcast', entityId: String(id) }, orderBy: { id: 'asc' } })).map((a) => a.action);
      expect(actions).toEqual(['broadcast.send', 'broadcast.pause', 'broadcast.resume', 'broadcast.cancel']);
      const list = await get('/admin/news');
      expect(list.body).toContain('Семинар для педагогов в пятницу');
      expect(list.body).toContain('Отменена');
    });

    it('attaches a photo to a post through the moderator’s chat and sends it with the text as caption; refuses a file too big and a caption too long, uploading nothing', async () => {
      const withFiles = createWebServer({ db: h.db, admin: { ...adminDeps(h.services, h.clock), botFiles: { token: TEST_TOKEN, apiRoot: h.fake.apiRoot } } });
      await withFiles.ready();
      try {
        const multipart = async (fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } | null, cookie = moderator.cookie, url = '/admin/news') => {
          const form = new FormData();
          form.set('_csrf', moderator.csrf);
          form.set('nonce', `nonce-${provider}-${++seq}-abcdef`);
          for (const [k, v] of Object.entries(fields)) form.set(k, v);
          if (file) form.set('attachment', new Blob([file.bytes], { type: file.type }), file.name);
          const encoded = new Request('http://kodo.test/admin/news', { method: 'POST', body: form });
          return withFiles.inject({ method: 'POST', url, headers: { cookie, 'content-type': encoded.headers.get('content-type')! }, payload: Buffer.from(await encoded.arrayBuffer()) });
        };
        const png = { name: 'афиша.png', type: 'image/png', bytes: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex') };
        const uploads = () => h.fake.callsOf('sendPhoto').length + h.fake.callsOf('sendDocument').length;

        // A file is read only on the route that takes one, and only for a session allowed there.
        expect((await multipart({ text: 'x' }, png, '')).statusCode).toBe(403);
        const analyst = await sessionFor(h.db, world.ids.analyst, h.clock.now());
        expect((await multipart({ text: 'x' }, png, analyst.cookie)).statusCode).toBe(403);
        expect((await multipart({ token: 'x' }, png, '', '/login')).statusCode).toBe(415);

        const long = await multipart({ text: 'а'.repeat(1100), buttons: '' }, png);
        expect(long.statusCode).toBe(400);
        expect(long.body).toContain('1024');
        const huge = await multipart({ text: 'Афиша', buttons: '' }, { name: 'big.pdf', type: 'application/pdf', bytes: Buffer.alloc(10 * 1024 * 1024 + 1) });
        expect(huge.statusCode).toBe(400);
        expect(huge.body).toContain('Файл больше 10 МБ');
        expect(uploads()).toBe(0);

        const composed = await multipart({ text: '<b>Афиша</b> недели методиста', buttons: '' }, png);
        expect(composed.statusCode).toBe(303);
        const id = Number(/\/admin\/news\/(\d+)$/.exec(composed.headers.location as string)![1]);
        const upload = h.fake.callsOf('sendPhoto').at(-1)!;
        expect(Number(upload.params.chat_id)).toBe(TG.moderator);
        const stored = (await h.db.broadcast.findUniqueOrThrow({ where: { id } })).post as { text: string; photo?: string };
        expect(stored).toMatchObject({ text: 'Афиша недели методиста' });
        expect(stored.photo).toBeTruthy();
        expect((await get(`/admin/news/${id}`)).body).toContain('С фотографией');
        const draftPage = await withFiles.inject({ url: `/admin/news/${id}`, headers: { cookie: moderator.cookie } });
        expect(draftPage.body).toContain(`<img class="post-photo" src="/admin/news/${id}/photo"`);
        const photo = await withFiles.inject({ url: `/admin/news/${id}/photo`, headers: { cookie: moderator.cookie } });
        expect(photo.statusCode).toBe(200);
        expect(photo.headers['content-type']).toBe('image/jpeg');
        expect(photo.rawPayload.length).toBeGreaterThan(0);

        const member = await createPerson(h.db, { telegramId: 7801, fullName: 'Получатель Афиши', roles: ['analyst'] });
        expect((await post(`/admin/news/${id}/send`, { audience: 'r.analyst', when: 'now' })).statusCode).toBe(303);
        await drain();
        const got = h.fake.callsOf('sendPhoto').filter((c) => Number(c.params.chat_id) === 7801);
        expect(got).toHaveLength(1);
        expect(got[0]!.params.photo).toBe(stored.photo);
        expect(String(got[0]!.params.caption)).toContain('Афиша недели методиста');
        expect(member.id).toBeGreaterThan(0);
      } finally {
        await withFiles.close();
      }
    });

    it('has every text of the new pages in both languages', async () => {
      const p = await createProject(h.db, { authorId: world.ids.author, title: 'Проект для перевода', status: 'draft' });
      const draft = await post('/admin/news', { text: 'Проверка перевода', buttons: '' });
      const proposal = await h.db.proposal.create({ data: { userId: world.ids.participant, text: 'Перевести интерфейс' } });
      const pages = ['/admin/moderation', `/admin/moderation/${p.projectId}`, `/admin/projects/${p.projectId}/edit`, '/admin/proposals', `/admin/proposals/${proposal.id}`, '/admin/news', `${draft.headers.location}?audience=a`];
      for (const lang of ['ru', 'en']) {
        for (const url of pages) {
          const r = await get(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
          expect(r.statusCode, url).toBe(200);
          expect(r.body, `${lang} ${url}`).not.toMatch(/\b(web|broadcast|proposal|authoring)-[a-z]+-[a-z-]+\b(?![^<]*>)/);
        }
      }
      expect((await get('/admin/news?lang=en')).body).toContain('News and broadcasts');
    });

    it('schedules a post at a time in the region’s zone and refuses a time already past', async () => {
      const composed = await post('/admin/news', { text: 'Итоги месяца', buttons: '' });
      const id = Number(/\/admin\/news\/(\d+)$/.exec(composed.headers.location as string)![1]);
      // The test clock stands at 20 November, 10:00 in Krasnoyarsk.
      const past = await post(`/admin/news/${id}/send`, { audience: 'r.moderator', when: 'at', at: '2026-11-20T09:00' });
      expect(past.statusCode).toBe(400);
      expect(past.body).toContain('Это время уже прошло');
      expect((await h.db.broadcast.findUniqueOrThrow({ where: { id } })).status).toBe('draft');
      const later = await post(`/admin/news/${id}/send`, { audience: 'r.moderator', when: 'at', at: '2026-11-21T10:00' });
      expect(later.statusCode).toBe(303);
      const b = await h.db.broadcast.findUniqueOrThrow({ where: { id } });
      expect(b.status).toBe('scheduled');
      expect(b.sendAt?.toISOString()).toBe('2026-11-21T03:00:00.000Z');
      expect(b.statusMessageId).toBeNull();
      expect(await h.db.auditLog.count({ where: { action: 'broadcast.schedule', entityId: String(id) } })).toBe(1);
    });
  });
}
