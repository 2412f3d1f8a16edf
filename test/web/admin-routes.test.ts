// Every route of the admin view against every role, on both databases: the expected matrix is
// written out here and must list exactly the routes the server registers, so a new route without
// a decided access fails this test. Also: CSRF, security headers, authors limited to their projects.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../src/web/server.ts';
import { adminRoutes } from '../../src/web/admin/register.ts';
import { createHarness, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { adminDeps, sessionFor, webWorld, type Persona, type WebWorld } from '../helpers/web-fixtures.ts';

type Who = 'anonymous' | Persona;
const EVERYONE: Who[] = ['anonymous', 'participant', 'expert', 'analyst', 'moderator', 'author', 'admin'];
const SIGNED_IN: Who[] = EVERYONE.filter((w) => w !== 'anonymous');
const STATS: Who[] = ['analyst', 'moderator', 'admin'];

/** Who may use each route (everyone else is refused). */
const MATRIX: Record<string, Who[]> = {
  'GET /admin': [...STATS, 'author'],
  'GET /admin/projects': [...STATS, 'author'],
  'GET /admin/projects/:id': [...STATS, 'author'],
  'GET /admin/participants': STATS,
  'GET /admin/institutions': STATS,
  'GET /admin/municipalities': STATS,
  'GET /admin/users': ['moderator', 'admin'],
  'GET /admin/users/:id': ['moderator', 'admin'],
  'POST /admin/users/:id': ['moderator'],
  'POST /admin/users/:id/roles': ['admin'],
  'GET /admin/submissions': ['moderator'],
  'GET /admin/submissions/:id': ['moderator'],
  'POST /admin/grades/:id/correct': ['moderator'],
  'GET /admin/moderation': ['moderator'],
  'GET /admin/moderation/:id': ['moderator'],
  'POST /admin/moderation/:id/publish': ['moderator'],
  'POST /admin/moderation/:id/return': ['moderator'],
  'POST /admin/moderation/:id/visibility': ['moderator'],
  'GET /admin/my-projects': ['author'],
  'GET /admin/projects/:id/edit': ['moderator', 'author'],
  'POST /admin/projects/:id/edit': ['moderator', 'author'],
  'POST /admin/steps/:id/edit': ['moderator', 'author'],
  'GET /admin/proposals': ['moderator'],
  'GET /admin/proposals/:id': ['moderator'],
  'POST /admin/proposals/:id/status': ['moderator'],
  'GET /admin/news': ['moderator'],
  'POST /admin/news': ['moderator'],
  'GET /admin/news/:id': ['moderator'],
  'GET /admin/news/:id/photo': ['moderator'],
  'GET /admin/news/:id/status': ['moderator'],
  'POST /admin/news/:id/send': ['moderator'],
  'POST /admin/news/:id/pause': ['moderator'],
  'POST /admin/news/:id/resume': ['moderator'],
  'POST /admin/news/:id/cancel': ['moderator'],
  'GET /admin/roadmap': [...STATS, 'author'],
  'GET /admin/roadmap/compare': [...STATS, 'author'],
  'GET /admin/roadmap/rows/:id': [...STATS, 'author'],
  'POST /admin/roadmap/revisions': ['moderator', 'admin'],
  'POST /admin/roadmap/rows': ['moderator', 'admin'],
  'POST /admin/roadmap/rows/:id': ['moderator', 'admin'],
  'POST /admin/roadmap/rows/:id/delete': ['moderator', 'admin'],
  'POST /admin/roadmap/rows/:id/move': ['moderator', 'admin'],
  'POST /admin/roadmap/rows/:id/link': ['moderator', 'author', 'admin'],
  'POST /admin/roadmap/rows/:id/unlink': ['moderator', 'author', 'admin'],
  'GET /admin/practices': ['moderator'],
  'POST /admin/practices/withdraw': ['moderator'],
  'POST /admin/submissions/:id/practice': ['moderator'],
  'GET /practices': EVERYONE,
  'GET /practices/:id': EVERYONE,
  'GET /practices/:id/files/:position': EVERYONE,
  'GET /admin/audit': ['moderator', 'admin'],
  'GET /login': EVERYONE,
  'GET /login/:token': EVERYONE,
  'POST /login': EVERYONE,
  'GET /auth/telegram': EVERYONE,
  'POST /logout': SIGNED_IN,
  'GET /static/chart.umd.js': EVERYONE,
  'GET /static/admin.js': EVERYONE,
  'GET /static/admin.css': EVERYONE,
};

for (const provider of databaseProviders) {
  describe(`admin routes × roles on ${provider}`, () => {
    let h: Harness;
    let world: WebWorld;
    let web: FastifyInstance;
    let proposalId = 0;
    let broadcastId = 0;

    beforeAll(async () => {
      h = await createHarness(provider);
      world = await webWorld(h.db, h.services, h.clock.now());
      proposalId = (await h.db.proposal.create({ data: { userId: world.ids.participant, text: 'Добавить фильтр по датам в каталог' } })).id;
      broadcastId = (await h.db.broadcast.create({ data: { text: 'Черновик новости', post: { text: 'Черновик новости', buttons: [] }, audience: {}, status: 'draft', createdById: world.ids.moderator } })).id;
      web = createWebServer({ db: h.db, admin: adminDeps(h.services, h.clock) });
      await web.ready();
    });
    afterAll(async () => {
      await web?.close();
      await h?.close();
    });

    const concrete = (url: string) =>
      url
        .replace('/admin/projects/:id', `/admin/projects/${world.project.projectId}`)
        .replace('/admin/moderation/:id', `/admin/moderation/${world.project.projectId}`)
        .replace('/admin/steps/:id', `/admin/steps/${world.project.stepId}`)
        .replace('/admin/proposals/:id', `/admin/proposals/${proposalId}`)
        .replace('/admin/news/:id', `/admin/news/${broadcastId}`)
        .replace('/admin/users/:id', `/admin/users/${world.ids.participant}`)
        .replace('/admin/submissions/:id', `/admin/submissions/${world.submissionId}`)
        .replace('/admin/grades/:id', `/admin/grades/${world.gradeId}`)
        .replace('/admin/roadmap/rows/:id/delete', `/admin/roadmap/rows/${world.roadmap.spareItemId}/delete`)
        .replace('/admin/roadmap/rows/:id', `/admin/roadmap/rows/${world.roadmap.itemId}`)
        .replace('/admin/roadmap/compare', `/admin/roadmap/compare?from=${world.roadmap.revisionId}&to=${world.roadmap.revisionId}`)
        .replace('/practices/:id', '/practices/1')
        .replace(':position', '1')
        .replace(':token', 'x'.repeat(43));

    const formFor = (key: string): Record<string, string | string[]> => {
      if (key === 'POST /admin/users/:id') return { fullName: 'Снегирёва Анна Павловна' };
      if (key === 'POST /admin/users/:id/roles') return { roles: ['participant'] };
      if (key === 'POST /login') return { token: 'y'.repeat(43) };
      // Forms the services refuse (nothing changes): each role still meets the gate first.
      if (key === 'POST /admin/proposals/:id/status') return { status: 'review', revision: '99' };
      if (key === 'POST /admin/roadmap/rows/:id') return { event: 'Курс «Занятие в дистанте»', deadline: 'Ноябрь–декабрь 2026', responsible: 'РМЦ', resultForm: 'Планы занятий' };
      if (key === 'POST /admin/roadmap/rows/:id/link' || key === 'POST /admin/roadmap/rows/:id/unlink') return { projectId: String(world.project.projectId) };
      if (key === 'POST /admin/practices/withdraw') return { practiceId: '999999', reason: 'проверка' };
      return {};
    };

    it('lists exactly the routes the server registers', () => {
      const registered = adminRoutes(adminDeps(h.services, h.clock)).map((r) => `${r.method} ${r.url}`);
      expect(registered.sort()).toEqual(Object.keys(MATRIX).sort());
    });

    it('lets each role use exactly the routes the matrix gives it, checked on the server', async () => {
      const wrong: string[] = [];
      for (const [key, allowedFor] of Object.entries(MATRIX)) {
        const [method, url] = key.split(' ') as ['GET' | 'POST', string];
        for (const who of EVERYONE) {
          const session = who === 'anonymous' ? null : await sessionFor(h.db, world.ids[who], h.clock.now());
          const form = new URLSearchParams();
          for (const [k, v] of Object.entries({ ...formFor(key), ...(session ? { _csrf: session.csrf } : {}) })) for (const x of [v].flat()) form.append(k, x);
          const response = await web.inject({
            method,
            url: concrete(url),
            headers: { ...(session ? { cookie: session.cookie } : {}), ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
            payload: method === 'POST' ? form.toString() : undefined,
          });
          const s = response.statusCode;
          const ok = allowedFor.includes(who);
          const refused = who === 'anonymous' ? (method === 'GET' ? s === 303 && String(response.headers.location).startsWith('/login') : s === 401) : s === 403;
          if (s >= 500) wrong.push(`${key} as ${who}: ${s}`);
          else if (ok && (s === 401 || s === 403 || (method === 'GET' && who !== 'anonymous' && s === 303 && String(response.headers.location).startsWith('/login')))) wrong.push(`${key} as ${who}: refused (${s}) but allowed`);
          else if (!ok && !refused) wrong.push(`${key} as ${who}: ${s} but should be refused`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('answers an author asking for someone else’s project as not found', async () => {
      const { projectId } = await (await import('../helpers/grading-fixtures.ts')).createProject(h.db, { title: 'Чужой проект' });
      const author = await sessionFor(h.db, world.ids.author, h.clock.now());
      const other = await web.inject({ url: `/admin/projects/${projectId}`, headers: { cookie: author.cookie } });
      expect(other.statusCode).toBe(404);
      const own = await web.inject({ url: `/admin/projects/${world.project.projectId}`, headers: { cookie: author.cookie } });
      expect(own.statusCode).toBe(200);
      expect(own.body).toContain('Обучаем. Занятие в дистанте.');
      const list = await web.inject({ url: '/admin/projects', headers: { cookie: author.cookie } });
      expect(list.body).not.toContain('Чужой проект');
    });

    it('answers a list asked for a page that is not a plain number with its first page', async () => {
      const moderator = await sessionFor(h.db, world.ids.moderator, h.clock.now());
      for (const url of ['/admin/users?page=1e400', '/admin/submissions?page=-3', '/admin/practices?page=abc', '/admin/proposals?page=1e400', '/admin/audit?page=Infinity', '/practices?page=1e400']) {
        const res = await web.inject({ url, headers: { cookie: moderator.cookie } });
        expect(res.statusCode, url).toBe(200);
      }
    });

    it('refuses a form post with a missing or wrong CSRF token and changes nothing', async () => {
      const moderator = await sessionFor(h.db, world.ids.moderator, h.clock.now());
      for (const extra of ['', `&_csrf=${'z'.repeat(43)}`]) {
        const response = await web.inject({
          method: 'POST',
          url: `/admin/users/${world.ids.participant}`,
          headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: `fullName=${encodeURIComponent('Подменённое Имя')}${extra}`,
        });
        expect(response.statusCode).toBe(403);
      }
      expect((await h.db.user.findUniqueOrThrow({ where: { id: world.ids.participant } })).fullName).toBe('Снегирёва Анна Павловна');
    });

    it('sends CSP without inline scripts, frame-ancestors none and nosniff on every page', async () => {
      const analyst = await sessionFor(h.db, world.ids.analyst, h.clock.now());
      for (const url of ['/admin', '/login', '/admin/institutions']) {
        const response = await web.inject({ url, headers: { cookie: analyst.cookie } });
        const csp = String(response.headers['content-security-policy']);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(response.body).not.toMatch(/\son[a-z]+=/i);
      }
    });

    it('moderator edits a name and institution once, audited with before and after', async () => {
      const moderator = await sessionFor(h.db, world.ids.moderator, h.clock.now());
      const send = () =>
        web.inject({
          method: 'POST',
          url: `/admin/users/${world.ids.expert}`,
          headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: moderator.csrf, nonce: 'form-nonce-1234', fullName: '  Берёзкин  Олег Игоревич-Новый ' }).toString(),
        });
      expect((await send()).statusCode).toBe(303);
      expect((await send()).statusCode).toBe(303);
      expect((await h.db.user.findUniqueOrThrow({ where: { id: world.ids.expert } })).fullName).toBe('Берёзкин Олег Игоревич-Новый');
      const audit = await h.db.auditLog.findMany({ where: { action: 'user.edit', entityId: String(world.ids.expert) } });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorId).toBe(world.ids.moderator);
      expect(audit[0]!.before).toMatchObject({ fullName: 'Берёзкин Олег Игоревич' });
      expect(audit[0]!.after).toMatchObject({ fullName: 'Берёзкин Олег Игоревич-Новый' });
    });

    it('admin grants a role through the roles service: audited and the person told', async () => {
      const admin = await sessionFor(h.db, world.ids.admin, h.clock.now());
      const response = await web.inject({
        method: 'POST',
        url: `/admin/users/${world.ids.participant}/roles`,
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `_csrf=${admin.csrf}&nonce=roles-nonce-1&roles=participant&roles=analyst`,
      });
      expect(response.statusCode).toBe(303);
      const roles = (await h.db.userRole.findMany({ where: { userId: world.ids.participant } })).map((r) => r.role).sort();
      expect(roles).toEqual(['analyst', 'participant']);
      expect(await h.db.auditLog.count({ where: { action: 'role.grant', entityId: String(world.ids.participant) } })).toBe(1);
      expect(await h.db.outboxMessage.count({ where: { key: { startsWith: 'web:roles-nonce-1:roles-notice' } } })).toBe(1);
    });
  });
}
