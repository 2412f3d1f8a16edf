// Security plumbing of the admin view: response headers, random tokens and their hashes, constant-
// time comparison, and a small fixed-window rate limiter for login attempts.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** No inline script or style anywhere: scripts and styles come from /static only. */
export function securityHeaders(options: { loginWidget?: boolean } = {}): Record<string, string> {
  const widget = options.loginWidget;
  return {
    'content-security-policy': [
      "default-src 'none'",
      `script-src 'self'${widget ? ' https://telegram.org' : ''}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      widget ? 'frame-src https://oauth.telegram.org' : '',
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ]
      .filter(Boolean)
      .join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // Same-origin only: links leaving the site carry no address (a login link's token stays here),
    // and the browser still sends Origin on the site's own form posts.
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export function withSecurityHeaders(reply: FastifyReply, options: { loginWidget?: boolean } = {}): FastifyReply {
  return reply.headers(securityHeaders(options));
}

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** At most `limit` hits per key per window; per process (a balancer's own limit covers the rest). */
export class RateLimiter {
  readonly #hits = new Map<string, { start: number; count: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(key: string): boolean {
    const now = this.now();
    const entry = this.#hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      if (this.#hits.size > 10_000) this.#prune(now);
      this.#hits.set(key, { start: now, count: 1 });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  #prune(now: number): void {
    for (const [key, entry] of this.#hits) if (now - entry.start >= this.windowMs) this.#hits.delete(key);
  }
}
