// Moderators' work on people from the web view: the list with search, and editing a person's name
// and institution (checked here, audited with before and after). Roles go through UserService.changeRole.
import type { Db } from '../db/client.ts';
import { checkFullName } from '../domain/profile-rules.ts';
import { isRole, type Role } from '../domain/roles.ts';
import { recordAudit } from './audit.ts';
import { ServiceError, type Person } from './users.ts';

export interface UserListRow {
  id: number;
  fullName: string | null;
  username: string | null;
  institution: string;
  municipality: string;
  roles: Role[];
  registeredAt: Date | null;
}

export const USERS_PAGE = 50;

export class UserAdminService {
  constructor(private readonly db: Db) {}

  async list(opts: { query?: string; role?: string; page?: number } = {}): Promise<{ rows: UserListRow[]; total: number }> {
    const q = opts.query?.trim();
    const where = {
      ...(q ? { OR: [{ fullName: { contains: q } }, { username: { contains: q.replace(/^@/, '') } }] } : {}),
      ...(opts.role && isRole(opts.role) ? { roles: { some: { role: opts.role } } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.user.findMany({
        where,
        orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
        skip: Math.max(0, (opts.page ?? 1) - 1) * USERS_PAGE,
        take: USERS_PAGE,
        select: { id: true, fullName: true, username: true, registeredAt: true, institution: { select: { name: true } }, municipality: { select: { name: true } }, roles: { select: { role: true } } },
      }),
      this.db.user.count({ where }),
    ]);
    return {
      rows: rows.map((r) => ({ id: r.id, fullName: r.fullName, username: r.username, registeredAt: r.registeredAt, institution: r.institution?.name ?? '', municipality: r.municipality?.name ?? '', roles: r.roles.map((x) => x.role).filter(isRole) })),
      total,
    };
  }

  /** Institutions to choose from, with their municipality, ordered for a select box. */
  async institutions(): Promise<{ id: number; name: string; municipality: string }[]> {
    const rows = await this.db.institution.findMany({ select: { id: true, name: true, municipality: { select: { name: true } } } });
    return rows.map((r) => ({ id: r.id, name: r.name, municipality: r.municipality.name })).sort((a, b) => a.municipality.localeCompare(b.municipality, 'ru') || a.name.localeCompare(b.name, 'ru'));
  }

  /**
   * A moderator corrects a person's name and institution (the municipality follows the
   * institution). `effectKey` makes a form sent twice change and record it once.
   */
  async edit(actor: Person, targetId: number, input: { fullName: string; institutionId: number | null }, effectKey: string): Promise<{ changed: boolean }> {
    if (!actor.roles.includes('moderator')) throw new ServiceError('need-role', { role: 'moderator' });
    const name = checkFullName(input.fullName);
    if (!name.ok) throw new ServiceError('web-invalid-name');
    return this.db.$transaction(async (tx) => {
      const auditKey = `${effectKey}:user-edit:${targetId}`;
      if (await tx.auditLog.findUnique({ where: { key: auditKey }, select: { id: true } })) return { changed: false };
      const before = await tx.user.findUnique({ where: { id: targetId }, select: { fullName: true, institutionId: true, municipalityId: true } });
      if (!before) throw new ServiceError('web-user-not-found');
      let municipalityId = before.municipalityId;
      if (input.institutionId !== null) {
        const institution = await tx.institution.findUnique({ where: { id: input.institutionId }, select: { municipalityId: true } });
        if (!institution) throw new ServiceError('web-institution-not-found');
        municipalityId = institution.municipalityId;
      }
      const after = { fullName: name.value, institutionId: input.institutionId ?? before.institutionId, municipalityId };
      if (after.fullName === before.fullName && after.institutionId === before.institutionId) return { changed: false };
      await tx.user.update({ where: { id: targetId }, data: after });
      await recordAudit(tx, { key: auditKey, actorId: actor.id, action: 'user.edit', entity: 'user', entityId: targetId, before, after });
      return { changed: true };
    });
  }
}
