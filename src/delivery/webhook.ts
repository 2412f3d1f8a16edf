// Webhook intake: checks Telegram's secret token, stores the update and answers 200 at once;
// the processor does the work, so Telegram never waits on a slow handler.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { InboundStore } from './inbound-store.ts';

export const WEBHOOK_PATH = '/telegram/webhook';

export function secretMatches(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  // Compare in constant time; a length mismatch is compared against itself to take the same time.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(a, a), false);
}

export function registerWebhookRoute(app: FastifyInstance, deps: { secret: string; store: InboundStore; logger: Logger; onStored: () => void }): void {
  app.post(WEBHOOK_PATH, async (request, reply) => {
    if (!secretMatches(deps.secret, request.headers['x-telegram-bot-api-secret-token'] as string | undefined)) {
      return reply.code(401).send({ ok: false });
    }
    const update = request.body as Update | undefined;
    if (!update || typeof update !== 'object' || !Number.isSafeInteger(update.update_id)) return reply.code(400).send({ ok: false });
    try {
      await deps.store.accept([update]);
    } catch (error) {
      // Not stored: a 5xx makes Telegram deliver it again later.
      deps.logger.error({ err: error }, 'cannot store webhook update');
      return reply.code(503).send({ ok: false });
    }
    deps.onStored();
    return reply.code(200).send({ ok: true });
  });
}
