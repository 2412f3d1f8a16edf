// The HTTP side: health check, the Telegram webhook, public certificate pages and the admin view.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../db/client.ts';
import { registerCertificatePages, type CertificatePagesDeps } from './certificate-page.ts';
import type { AdminDeps } from './admin/context.ts';
import { registerAdmin } from './admin/register.ts';

export function createWebServer(deps: { db: Db; certificatePages?: CertificatePagesDeps; admin?: AdminDeps; trustProxy?: boolean }): FastifyInstance {
  // No request logging: URLs carry login tokens and pages carry personal data.
  const app = Fastify({ logger: false, bodyLimit: 1_048_576, trustProxy: deps.trustProxy ?? false });
  app.get('/healthz', async (_request, reply) => {
    try {
      await deps.db.guild.count();
      return { ok: true };
    } catch {
      return reply.code(503).send({ ok: false, reason: 'database unreachable' });
    }
  });
  if (deps.certificatePages) registerCertificatePages(app, deps.certificatePages);
  if (deps.admin) registerAdmin(app, deps.admin);
  return app;
}
