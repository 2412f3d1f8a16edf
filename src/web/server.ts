// The HTTP side: health check and the Telegram webhook (the admin view and certificate pages join here).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../db/client.ts';
import { registerCertificatePages, type CertificatePagesDeps } from './certificate-page.ts';

export function createWebServer(deps: { db: Db; certificatePages?: CertificatePagesDeps }): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.get('/healthz', async (_request, reply) => {
    try {
      await deps.db.guild.count();
      return { ok: true };
    } catch {
      return reply.code(503).send({ ok: false, reason: 'database unreachable' });
    }
  });
  if (deps.certificatePages) registerCertificatePages(app, deps.certificatePages);
  return app;
}
