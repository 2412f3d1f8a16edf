// Signing in to the admin web view without passwords: one-time login links issued by the bot's /web
// (single use, 10 minutes, bound to the person, stored as a hash), the Telegram Login Widget, and
// browser sessions (random id in an httpOnly cookie, stored hashed, idle and absolute expiry).
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { isRole, type Role } from '../domain/roles.ts';
import type { Clock } from '../runtime/clock.ts';
import { ServiceError, type Person, type UserService } from './users.ts';

/** The roles the web view serves; participants and experts work in the bot. */
export const WEB_ROLES: readonly Role[] = ['analyst', 'moderator', 'author', 'admin'];
export const canUseWeb = (roles: readonly Role[]) => roles.some((r) => WEB_ROLES.includes(r));

export const LOGIN_LINK_MINUTES = 10;
/** Login links one person may ask for per hour: enough for a few devices, useless for flooding. */
export const LOGIN_LINKS_PER_HOUR = 5;
export const SESSION_IDLE_MINUTES = 60;
export const SESSION_MAX_HOURS = 12;
/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const MINUTE = 60_000;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export interface WebSessionInfo {
  person: Person;
  csrfToken: string;
}

export interface NewSession {
  /** Goes into the cookie; only its hash is stored. */
  sessionId: string;
  userId: number;
}

export class WebAuthService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly users: UserService,
    private readonly publicUrl: string,
  ) {}

  /** A one-time link for a person with a web role; refused past LOGIN_LINKS_PER_HOUR. */
  async issueLoginLink(person: Person): Promise<{ url: string; expiresAt: Date }> {
    if (!canUseWeb(person.roles)) throw new ServiceError('web-need-role');
    const now = this.clock.now();
    const recent = await this.db.webLogin.count({ where: { userId: person.id, createdAt: { gt: new Date(now.getTime() - 60 * MINUTE) } } });
    if (recent >= LOGIN_LINKS_PER_HOUR) throw new ServiceError('web-login-too-many', { limit: LOGIN_LINKS_PER_HOUR });
    const secret = token();
    const expiresAt = new Date(now.getTime() + LOGIN_LINK_MINUTES * MINUTE);
    await this.db.webLogin.create({ data: { tokenHash: hash(secret), userId: person.id, createdAt: now, expiresAt } });
    return { url: `${this.publicUrl}/login/${secret}`, expiresAt };
  }

  /**
   * Spends a login link: the conditional update is the guard, so of two browsers opening the same
   * link at once exactly one gets a session. `previousSessionId` (a cookie already present) ends.
   */
  async consumeLoginLink(secret: string, previousSessionId?: string): Promise<NewSession | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
    const now = this.clock.now();
    const tokenHash = hash(secret);
    const { count } = await this.db.webLogin.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count !== 1) return null;
    const row = await this.db.webLogin.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    return this.#open(row.userId, previousSessionId);
  }

  /** After a verified Login Widget answer: a session for a known person with a web role. */
  async loginByTelegramId(telegramId: bigint, previousSessionId?: string): Promise<NewSession | null> {
    const person = await this.users.byTelegramId(telegramId);
    if (!person) return null;
    return this.#open(person.id, previousSessionId);
  }

  async #open(userId: number, previousSessionId?: string): Promise<NewSession | null> {
    const person = await this.users.byId(userId);
    // Roles are read now, not when the link was made: a role revoked meanwhile opens nothing.
    if (!person || !canUseWeb(person.roles)) return null;
    if (previousSessionId) await this.logout(previousSessionId);
    const now = this.clock.now();
    const sessionId = token();
    await this.db.webSession.create({
      data: { idHash: hash(sessionId), userId, csrfToken: token(), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 60 * MINUTE) },
    });
    return { sessionId, userId };
  }

  /** The signed-in person with current roles, or null for an unknown, idle or expired session. */
  async session(sessionId: string | undefined): Promise<WebSessionInfo | null> {
    if (!sessionId || !/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return null;
    const idHash = hash(sessionId);
    const row = await this.db.webSession.findUnique({ where: { idHash }, select: { userId: true, csrfToken: true, lastSeenAt: true, expiresAt: true } });
    if (!row) return null;
    const now = this.clock.now();
    if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * MINUTE) {
      await this.db.webSession.deleteMany({ where: { idHash } });
      return null;
    }
    const person = await this.users.byId(row.userId);
    if (!person) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.db.webSession.updateMany({ where: { idHash }, data: { lastSeenAt: now } });
    return { person: { ...person, roles: person.roles.filter(isRole) }, csrfToken: row.csrfToken };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.webSession.deleteMany({ where: { idHash: hash(sessionId) } });
  }

  /** Drops spent links and ended sessions (run from a job). */
  async prune(): Promise<number> {
    const now = this.clock.now();
    const links = await this.db.webLogin.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 60 * MINUTE) } } });
    const sessions = await this.db.webSession.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { lastSeenAt: { lt: new Date(now.getTime() - SESSION_IDLE_MINUTES * MINUTE) } }] } });
    return links.count + sessions.count;
  }
}
