// Use cases about people: who is writing, registration, profile edits, language, roles.
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { Db, Tx } from '../db/client.ts';
import type { Prisma } from '../db/generated/sqlite/client.ts';
import { checkEmail, checkFullName, checkOrganisationName } from '../domain/profile-rules.ts';
import { isRole, type Role } from '../domain/roles.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { enqueue } from './outbox.ts';
import type { Translate } from './translator.ts';

export interface TelegramPerson {
  id: number | bigint;
  username?: string;
  languageCode?: string;
}

export interface Person {
  id: number;
  telegramId: bigint;
  username: string | null;
  fullName: string | null;
  email: string | null;
  locale: string | null;
  municipalityId: number | null;
  institutionId: number | null;
  registeredAt: Date | null;
  /** Telegram refused a message (403) and the person has not written since. */
  unreachableAt?: Date | null;
  roles: Role[];
}

export type OrgChoice = { id: number } | { newName: string };

export interface ProfileInput {
  fullName: string;
  municipality: OrgChoice;
  institution: OrgChoice;
  guildIds: number[];
  email: string | null;
}

export class ServiceError extends Error {
  constructor(readonly code: string, readonly vars: Record<string, string | number> = {}) {
    super(code);
    this.name = 'ServiceError';
  }
}

const personSelect = {
  id: true,
  telegramId: true,
  username: true,
  fullName: true,
  email: true,
  locale: true,
  municipalityId: true,
  institutionId: true,
  registeredAt: true,
  unreachableAt: true,
  roles: { select: { role: true } },
} as const;

type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

const toPerson = (row: PersonRow): Person => ({ ...row, roles: row.roles.map((r) => r.role).filter(isRole) });

export class UserService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly translate: Translate,
    private readonly defaultLocale: string,
  ) {}

  async byTelegramId(telegramId: bigint | number): Promise<Person | null> {
    const row = await this.db.user.findUnique({ where: { telegramId: BigInt(telegramId) }, select: personSelect });
    return row ? toPerson(row) : null;
  }

  /**
   * Several people at once, for a batch of updates: one joined query (the query builder would take
   * two and stitch them in JavaScript). Those never seen are missing from the map.
   */
  async byTelegramIds(telegramIds: readonly bigint[]): Promise<Map<bigint, Person>> {
    if (telegramIds.length === 0) return new Map();
    const rows = await this.db.$queryRaw<(Omit<Person, 'roles' | 'telegramId'> & { telegramId: bigint | number | string; role: string | null })[]>(sql`
      SELECT u."id", u."telegramId", u."username", u."fullName", u."email", u."locale", u."municipalityId", u."institutionId", u."registeredAt", u."unreachableAt", r."role"
      FROM "User" u LEFT JOIN "UserRole" r ON r."userId" = u."id"
      WHERE u."telegramId" IN (${join(telegramIds)})
      ORDER BY u."id", r."role"`);
    const people = new Map<bigint, Person>();
    for (const { role, telegramId, ...row } of rows) {
      const key = BigInt(telegramId);
      let person = people.get(key);
      if (!person) people.set(key, (person = { ...row, telegramId: key, registeredAt: row.registeredAt && new Date(row.registeredAt), unreachableAt: row.unreachableAt && new Date(row.unreachableAt), roles: [] }));
      if (role !== null && isRole(role)) person.roles.push(role);
    }
    return people;
  }

  async byId(id: number): Promise<Person | null> {
    const row = await this.db.user.findUnique({ where: { id }, select: personSelect });
    return row ? toPerson(row) : null;
  }

  /** `@username` or a numeric Telegram id, as an admin types it. */
  async byHandle(handle: string): Promise<Person | null> {
    const h = handle.trim();
    if (/^\d{1,15}$/.test(h)) return this.byTelegramId(BigInt(h));
    const username = h.replace(/^@/, '');
    if (!/^[A-Za-z0-9_]{3,32}$/.test(username)) return null;
    const row = await this.db.user.findFirst({ where: { username }, select: personSelect });
    return row ? toPerson(row) : null;
  }

  /**
   * Finds the person behind an update, creating the row on first contact (registration comes later).
   * `known`: the person as read just before for this update (null: not there then), saving the query.
   */
  async identify(from: TelegramPerson, known?: Person | null): Promise<Person> {
    const telegramId = BigInt(from.id);
    const existing = known !== undefined ? known : await this.byTelegramId(telegramId);
    const username = from.username ?? null;
    if (existing) {
      // Writing to the bot undoes a block: messages reach the person again.
      if (existing.username === username && !existing.unreachableAt) return existing;
      await this.db.user.update({ where: { id: existing.id }, data: { username, unreachableAt: null } });
      return { ...existing, username, unreachableAt: null };
    }
    const row = await this.db.user.upsert({
      where: { telegramId },
      create: { telegramId, username, locale: null },
      update: { username },
      select: personSelect,
    });
    return toPerson(row);
  }

  async guildIds(userId: number): Promise<number[]> {
    const rows = await this.db.userGuild.findMany({ where: { userId }, select: { guildId: true } });
    return rows.map((r) => r.guildId);
  }

  async setLocale(telegramId: bigint, locale: 'ru' | 'en'): Promise<void> {
    await this.db.user.upsert({ where: { telegramId }, create: { telegramId, locale }, update: { locale } });
  }

  async localeOf(telegramId: bigint): Promise<string | null> {
    const row = await this.db.user.findUnique({ where: { telegramId }, select: { locale: true } });
    return row?.locale ?? null;
  }

  /**
   * Saves a completed registration in one transaction: new municipality/institution, the person's
   * fields, guilds and the participant role. Nothing is written before the person confirms the
   * last answer, so an abandoned registration leaves nothing half-saved.
   */
  async register(telegramId: bigint, input: ProfileInput): Promise<Person> {
    const fullName = this.#valid(checkFullName(input.fullName), 'fullName');
    const email = input.email === null ? null : this.#valid(checkEmail(input.email), 'email');
    if (input.guildIds.length === 0) throw new ServiceError('guilds-required');
    const now = this.clock.now();
    await this.db.$transaction(async (tx) => {
      const { municipalityId, institutionId } = await this.#resolveOrganisation(tx, input.municipality, input.institution);
      const user = await tx.user.upsert({
        where: { telegramId },
        create: { telegramId, fullName, email, municipalityId, institutionId, registeredAt: now },
        update: { fullName, email, municipalityId, institutionId },
        select: { id: true, registeredAt: true },
      });
      if (!user.registeredAt) await tx.user.update({ where: { id: user.id }, data: { registeredAt: now } });
      await this.#replaceGuilds(tx, user.id, input.guildIds);
      await tx.userRole.upsert({
        where: { userId_role: { userId: user.id, role: 'participant' } },
        create: { userId: user.id, role: 'participant' },
        update: {},
      });
    });
    return (await this.byTelegramId(telegramId))!;
  }

  async updateName(userId: number, raw: string): Promise<void> {
    const fullName = this.#valid(checkFullName(raw), 'fullName');
    await this.db.user.update({ where: { id: userId }, data: { fullName } });
  }

  async updateEmail(userId: number, raw: string | null): Promise<void> {
    const email = raw === null ? null : this.#valid(checkEmail(raw), 'email');
    await this.db.user.update({ where: { id: userId }, data: { email } });
  }

  async updateOrganisation(userId: number, municipality: OrgChoice, institution: OrgChoice): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const ids = await this.#resolveOrganisation(tx, municipality, institution);
      await tx.user.update({ where: { id: userId }, data: ids });
    });
  }

  async updateGuilds(userId: number, guildIds: number[]): Promise<void> {
    if (guildIds.length === 0) throw new ServiceError('guilds-required');
    await this.db.$transaction((tx) => this.#replaceGuilds(tx, userId, guildIds));
  }

  /** Makes the configured bootstrap admins admins, even before they have written to the bot. */
  async ensureAdmins(telegramIds: readonly bigint[]): Promise<void> {
    for (const telegramId of telegramIds) {
      await this.db.$transaction(async (tx) => {
        const user = await tx.user.upsert({ where: { telegramId }, create: { telegramId }, update: {}, select: { id: true } });
        const had = await tx.userRole.findUnique({ where: { userId_role: { userId: user.id, role: 'admin' } } });
        if (had) return;
        await tx.userRole.create({ data: { userId: user.id, role: 'admin' } });
        await recordAudit(tx, { actorId: null, action: 'role.grant', entity: 'user', entityId: user.id, before: null, after: { role: 'admin', source: 'ADMIN_TELEGRAM_IDS' } });
      });
    }
  }

  /**
   * Grants or revokes a role. Checked here, not only by hiding buttons: only admins may do it, and
   * the last admin keeps the role. Audited, and the person is told through the outbox.
   * `effectKey` (the update id) makes a redelivered update change nothing twice.
   */
  async changeRole(actor: Person, targetId: number, role: string, grant: boolean, effectKey: string): Promise<{ changed: boolean; roles: Role[] }> {
    if (!actor.roles.includes('admin')) throw new ServiceError('need-role', { role: 'admin' });
    if (!isRole(role)) throw new ServiceError('roles-unknown-role', { role });
    const result = await this.db.$transaction(async (tx) => {
      const before = (await tx.userRole.findMany({ where: { userId: targetId }, select: { role: true } })).map((r) => r.role);
      const has = before.includes(role);
      if (has === grant) return { changed: false, before, after: before };
      if (grant) {
        await tx.userRole.create({ data: { userId: targetId, role, grantedById: actor.id } });
      } else {
        if (role === 'admin' && (await tx.userRole.count({ where: { role: 'admin' } })) <= 1) throw new ServiceError('roles-last-admin');
        await tx.userRole.delete({ where: { userId_role: { userId: targetId, role } } });
      }
      const after = grant ? [...before, role] : before.filter((r) => r !== role);
      await recordAudit(tx, {
        key: `${effectKey}:role:${targetId}:${role}`,
        actorId: actor.id,
        action: grant ? 'role.grant' : 'role.revoke',
        entity: 'user',
        entityId: targetId,
        before: { roles: before },
        after: { roles: after },
      });
      const target = await tx.user.findUniqueOrThrow({ where: { id: targetId }, select: { telegramId: true, locale: true } });
      const locale = target.locale ?? this.defaultLocale;
      const names = after.map((r) => this.translate(locale, `role-${r}`)).join(', ') || this.translate(locale, 'roles-none');
      await enqueue(tx, {
        key: `${effectKey}:roles-notice:${targetId}:${role}`,
        chatId: target.telegramId,
        payload: { text: this.translate(locale, 'roles-changed-notice', { roles: names }) },
      }, this.clock.now());
      return { changed: true, before, after };
    });
    return { changed: result.changed, roles: result.after.filter(isRole) };
  }

  async #resolveOrganisation(tx: Tx, municipality: OrgChoice, institution: OrgChoice) {
    let municipalityId: number;
    if ('id' in municipality) {
      municipalityId = (await tx.municipality.findUniqueOrThrow({ where: { id: municipality.id }, select: { id: true } })).id;
    } else {
      const name = this.#valid(checkOrganisationName(municipality.newName), 'municipality');
      municipalityId = (await tx.municipality.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id;
    }
    let institutionId: number;
    if ('id' in institution) {
      const found = await tx.institution.findUniqueOrThrow({ where: { id: institution.id }, select: { id: true, municipalityId: true } });
      if (found.municipalityId !== municipalityId) throw new ServiceError('institution-elsewhere');
      institutionId = found.id;
    } else {
      const name = this.#valid(checkOrganisationName(institution.newName), 'institution');
      institutionId = (
        await tx.institution.upsert({
          where: { municipalityId_name: { municipalityId, name } },
          create: { municipalityId, name },
          update: {},
          select: { id: true },
        })
      ).id;
    }
    return { municipalityId, institutionId };
  }

  async #replaceGuilds(tx: Tx, userId: number, guildIds: number[]) {
    const unique = [...new Set(guildIds)];
    await tx.userGuild.deleteMany({ where: { userId, guildId: { notIn: unique } } });
    const have = new Set((await tx.userGuild.findMany({ where: { userId }, select: { guildId: true } })).map((g) => g.guildId));
    for (const guildId of unique) if (!have.has(guildId)) await tx.userGuild.create({ data: { userId, guildId } });
  }

  #valid(check: { ok: true; value: string } | { ok: false; reason: string }, field: string): string {
    if (!check.ok) throw new ServiceError(`invalid-${field}`, { reason: check.reason });
    return check.value;
  }
}
