// Moderators' pages of the bank of best practices, on both databases: proposing a hand-in from its
// page (once, however often the form is sent, audited, the author asked), the list with statuses,
// withdrawing (audited, the author told), and refusals for low grades and forms without CSRF.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../src/web/server.ts';
import { createHarness, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { enrol, fullWork, submitWork } from '../helpers/grading-fixtures.ts';
import { adminDeps, sessionFor, webWorld, type WebWorld } from '../helpers/web-fixtures.ts';

for (const provider of databaseProviders) {
  describe(`admin practices on ${provider}`, () => {
    let h: Harness;
    let world: WebWorld;
    let web: FastifyInstance;
    let moderator: { cookie: string; csrf: string };

    beforeAll(async () => {
      h = await createHarness(provider);
      world = await webWorld(h.db, h.services, h.clock.now());
      web = createWebServer({ db: h.db, admin: { ...adminDeps(h.services, h.clock), botUsername: 'kodo_test_bot' } });
      await web.ready();
      moderator = await sessionFor(h.db, world.ids.moderator, h.clock.now());
    });
    afterAll(async () => {
      await web?.close();
      await h?.close();
    });

    const post = (url: string, fields: Record<string, string>, session = moderator) =>
      web.inject({
        method: 'POST',
        url,
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
      });

    it('proposes a highly graded hand-in from its page once, audited, and asks its author', async () => {
      const page = await web.inject({ url: `/admin/submissions/${world.submissionId}`, headers: { cookie: moderator.cookie } });
      expect(page.body).toContain('Предложить в банк практик');
      const form = /name="nonce" value="([^"]+)"[^]*?id="propose-practice"/.exec(page.body);
      expect(form).not.toBeNull();
      for (let i = 0; i < 2; i++) {
        const r = await post(`/admin/submissions/${world.submissionId}/practice`, { nonce: 'propose-nonce-1', title: ' План дистанционного занятия по робототехнике ' });
        expect(r.statusCode).toBe(303);
        expect(r.headers.location).toBe(`/admin/submissions/${world.submissionId}?proposed=1#practice`);
      }
      const practice = await h.db.practice.findUniqueOrThrow({ where: { submissionId: world.submissionId }, include: { items: { orderBy: { position: 'asc' } } } });
      expect(practice).toMatchObject({ status: 'proposed', userId: world.ids.participant, proposedById: world.ids.moderator, title: 'План дистанционного занятия по робототехнике' });
      expect(practice.items.map((i) => i.kind)).toEqual(['document', 'photo', 'link', 'text']);
      expect(await h.db.auditLog.count({ where: { action: 'practice.propose', entityId: String(practice.id) } })).toBe(1);
      expect(await h.db.outboxMessage.count({ where: { key: `practice:${practice.id}:consent:1` } })).toBe(1);
      const after = await web.inject({ url: `/admin/submissions/${world.submissionId}?proposed=1`, headers: { cookie: moderator.cookie } });
      expect(after.body).toContain('Практика предложена');
      expect(after.body).toContain(`Практика № ${practice.id}`);
      expect(after.body).toContain('ждёт согласия автора');
      expect(after.body).not.toContain('id="propose-practice"');
    });

    it('lists practices with statuses, downloadable, and withdraws one: audited, the author told', async () => {
      const practice = await h.db.practice.findUniqueOrThrow({ where: { submissionId: world.submissionId } });
      await h.services.practices.answer((await h.services.users.byId(world.ids.participant))!, practice.id, true, 'bot', 'test:consent');
      const list = await web.inject({ url: '/admin/practices', headers: { cookie: moderator.cookie } });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('План дистанционного занятия по робототехнике');
      expect(list.body).toContain('опубликована');
      expect(list.body).toContain(`href="/practices/${practice.id}"`);
      const csv = await web.inject({ url: '/admin/practices?table=practices&format=csv', headers: { cookie: moderator.cookie } });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Снегирёва Анна Павловна');
      const published = await web.inject({ url: '/admin/practices?status=published', headers: { cookie: moderator.cookie } });
      expect(published.body).toContain('Найдено: 1');
      const declined = await web.inject({ url: '/admin/practices?status=declined', headers: { cookie: moderator.cookie } });
      expect(declined.body).toContain('Найдено: 0');

      // Without the CSRF token nothing changes.
      const forged = await web.inject({
        method: 'POST',
        url: '/admin/practices/withdraw',
        headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `practiceId=${practice.id}&reason=x`,
      });
      expect(forged.statusCode).toBe(403);
      expect((await h.db.practice.findUniqueOrThrow({ where: { id: practice.id } })).status).toBe('published');

      const r = await post('/admin/practices/withdraw', { nonce: 'withdraw-nonce-1', practiceId: String(practice.id), reason: 'Материалы устарели' });
      expect(r.statusCode).toBe(303);
      expect(await h.db.practice.findUniqueOrThrow({ where: { id: practice.id } })).toMatchObject({ status: 'withdrawn', withdrawnById: world.ids.moderator, withdrawReason: 'Материалы устарели' });
      const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: 'practice.withdraw' } });
      expect(audit).toMatchObject({ actorId: world.ids.moderator, before: { status: 'published' }, after: { status: 'withdrawn', reason: 'Материалы устарели' } });
      expect(await h.db.outboxMessage.count({ where: { key: `practice:${practice.id}:withdrawn:1` } })).toBe(1);
      expect((await web.inject({ url: `/practices/${practice.id}` })).statusCode).toBe(404);
    });

    it('refuses a low grade with a readable answer and keeps nothing', async () => {
      const enrolmentId = await enrol(h.db, world.ids.analyst, world.project.projectId);
      const submissionId = await submitWork(h.db, world.project, enrolmentId, { submittedAt: h.clock.now(), items: fullWork('low') });
      await h.services.grading.claim(world.ids.expert, submissionId);
      await h.services.grading.saveGrade(
        world.ids.expert,
        submissionId,
        {
          items: world.project.itemIds.map((id) => ({ checklistItemId: id, ok: true, comment: '' })),
          criteria: world.project.criterionIds.map((id, i) => ({ criterionId: id, points: [3, 0, 4, 1, 1, 2][i]! })),
          tokens: [],
          comment: '',
          decision: 'accepted',
          overrideReason: null,
        },
        'test:grade-low',
      );
      const page = await web.inject({ url: `/admin/submissions/${submissionId}`, headers: { cookie: moderator.cookie } });
      expect(page.body).not.toContain('id="propose-practice"');
      const r = await post(`/admin/submissions/${submissionId}/practice`, { nonce: 'propose-nonce-low' });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('Оценка 11 из 21 ниже порога банка: нужно не меньше 17.');
      expect(await h.db.practice.count({ where: { submissionId } })).toBe(0);
    });
  });
}
