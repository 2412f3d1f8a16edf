// /web in the bot and the login it leads to: a one-time link for staff only, single use, ten
// minutes, rate-limited, stored as a hash; the session cookie, idle expiry, rotation and logout.
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../src/web/server.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { makeUser } from '../helpers/updates.ts';
import { adminDeps, TG, webWorld, type WebWorld } from '../helpers/web-fixtures.ts';

const MIN = 60_000;

for (const provider of databaseProviders) {
  describe(`/web login on ${provider}`, () => {
    let h: Harness;
    let world: WebWorld;
    let web: FastifyInstance;

    beforeAll(async () => {
      h = await createHarness(provider);
      world = await webWorld(h.db, h.services, h.clock.now());
      web = createWebServer({ db: h.db, admin: adminDeps(h.services, h.clock) });
      await web.ready();
    });
    afterAll(async () => {
      await web?.close();
      await h?.close();
    });

    const askLink = async (telegramId: number) => {
      const reply = texts(await h.command(makeUser(telegramId), '/web')).at(-1) ?? '';
      return { reply, token: /http:\/\/kodo\.test\/login\/([A-Za-z0-9_-]+)/.exec(reply)?.[1] };
    };
    const login = (token: string, cookie?: string) =>
      web.inject({ method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) }, payload: `token=${token}` });
    const sessionCookie = (response: Awaited<ReturnType<typeof login>>) => response.cookies.find((c) => c.name === 'kodo_session');

    it('gives an analyst a one-time link without a preview, and stores only its hash', async () => {
      const { reply, token } = await askLink(TG.analyst);
      expect(reply).toContain('одноразовая, действует 10 минут');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const call = h.fake.callsOf('sendMessage').at(-1)!;
      expect(call.params.link_preview_options).toMatchObject({ is_disabled: true });
      const row = await h.db.webLogin.findFirstOrThrow({ where: { userId: world.ids.analyst }, orderBy: { id: 'desc' } });
      expect(row.tokenHash).toBe(createHash('sha256').update(token!).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(token!);
    });

    it('refuses a participant and an expert: the web view is for staff', async () => {
      for (const tg of [TG.participant, TG.expert]) {
        const { reply, token } = await askLink(tg);
        expect(token).toBeUndefined();
        expect(reply).toContain('Веб-кабинет открыт аналитикам, модераторам');
      }
    });

    it('opens a session once per link: httpOnly, SameSite=Lax cookie; the same link again is refused', async () => {
      const { token } = await askLink(TG.moderator);
      const page = await web.inject({ url: `/login/${token}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('id="login-button"');
      // Opening the page spends nothing (a link preview may fetch it).
      const first = await login(token!);
      expect(first.statusCode).toBe(303);
      expect(first.headers.location).toBe('/admin');
      const cookie = sessionCookie(first)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
      const dashboard = await web.inject({ url: '/admin', headers: { cookie: `kodo_session=${cookie.value}` } });
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.body).toContain('Статистика КоДО');
      const again = await login(token!);
      expect(again.statusCode).toBe(400);
      expect(again.body).toContain('Ссылка уже использована или устарела');
      expect(sessionCookie(again)).toBeUndefined();
    });

    it('refuses a link after its ten minutes', async () => {
      const { token } = await askLink(TG.author);
      h.clock.advance(10 * MIN + 1000);
      expect((await login(token!)).statusCode).toBe(400);
    });

    it('rotates the session at login and ends the previous one; logout ends the session', async () => {
      const a = sessionCookie(await login((await askLink(TG.admin)).token!))!;
      const b = sessionCookie(await login((await askLink(TG.admin)).token!, `kodo_session=${a.value}`))!;
      expect(b.value).not.toBe(a.value);
      expect((await web.inject({ url: '/admin', headers: { cookie: `kodo_session=${a.value}` } })).statusCode).toBe(303);
      const home = await web.inject({ url: '/admin/users', headers: { cookie: `kodo_session=${b.value}` } });
      expect(home.statusCode).toBe(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(home.body)![1]!;
      const out = await web.inject({ method: 'POST', url: '/logout', headers: { cookie: `kodo_session=${b.value}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${csrf}` });
      expect(out.statusCode).toBe(303);
      expect((await web.inject({ url: '/admin', headers: { cookie: `kodo_session=${b.value}` } })).headers.location).toMatch(/^\/login/);
    });

    it('ends a session left idle for over an hour', async () => {
      const c = sessionCookie(await login((await askLink(TG.analyst)).token!))!;
      h.clock.advance(30 * MIN);
      expect((await web.inject({ url: '/admin', headers: { cookie: `kodo_session=${c.value}` } })).statusCode).toBe(200);
      h.clock.advance(61 * MIN);
      expect((await web.inject({ url: '/admin', headers: { cookie: `kodo_session=${c.value}` } })).statusCode).toBe(303);
    });

    it('opens nothing when the role was taken away after the link was sent', async () => {
      const { token } = await askLink(TG.author);
      await h.db.userRole.delete({ where: { userId_role: { userId: world.ids.author, role: 'author' } } });
      expect((await login(token!)).statusCode).toBe(400);
      await h.db.userRole.create({ data: { userId: world.ids.author, role: 'author' } });
    });

    it('gives at most five links an hour to one person', async () => {
      h.clock.advance(2 * 60 * MIN);
      for (let i = 0; i < 5; i++) expect((await askLink(TG.moderator)).token).toBeDefined();
      const sixth = await askLink(TG.moderator);
      expect(sixth.token).toBeUndefined();
      expect(sixth.reply).toContain('Слишком много ссылок для входа за час');
    });

    it('slows down a client trying many login links in a minute', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await login('q'.repeat(43))).statusCode);
      expect(statuses).toContain(429);
    });
  });
}
