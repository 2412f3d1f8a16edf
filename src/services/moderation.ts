// Moderators' corrections: a person's name and organisation, merging organisations typed twice,
// hiding or unpublishing a project, withdrawing a handed-in item — each audited — and the audit trail.
import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { providerOfDb, type Db, type Tx } from '../db/client.ts';
import { checkFullName } from '../domain/profile-rules.ts';
import { canModerate, canReadAudit, AUDIT_ENTITIES, type AuditEntity } from '../domain/moderation.ts';
import { escapeHtml } from '../render/escape.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { enqueue } from './outbox.ts';
import type { Translate } from './translator.ts';
import { ServiceError, type Person } from './users.ts';

export interface ModerationDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
}

export type OrgKind = 'municipality' | 'institution';

const TABLE: Record<OrgKind, string> = { municipality: 'Municipality', institution: 'Institution' };

export interface Reference {
  table: string;
  column: string;
}

export interface MergePreview {
  kind: OrgKind;
  duplicate: { id: number; name: string };
  kept: { id: number; name: string };
  /** Rows that point at the duplicate, per table and column. */
  references: (Reference & { rows: number })[];
}

export interface AuditPage {
  entries: { id: number; at: Date; actor: string | null; action: string; before: unknown; after: unknown }[];
  page: number;
  pages: number;
}

export const AUDIT_PAGE_SIZE = 5;
export const REASON_MAX = 500;

const ident = (name: string) => {
  if (!/^\w+$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
};

/**
 * Every column of the database that is a foreign key to `table`, read from the database's own
 * catalogue: a table added later that points at a municipality or institution is merged too.
 */
export async function referencesTo(db: Db, table: string): Promise<Reference[]> {
  const rows =
    providerOfDb(db) === 'postgresql'
      ? await db.$queryRaw<Reference[]>(sql`
          SELECT cl.relname AS "table", att.attname AS "column"
          FROM pg_constraint c
          JOIN pg_class cl ON cl.oid = c.conrelid
          JOIN pg_class ref ON ref.oid = c.confrelid
          JOIN pg_attribute att ON att.attrelid = c.conrelid AND att.attnum = ANY (c.conkey)
          WHERE c.contype = 'f' AND ref.relname = ${table} AND ref.relnamespace = cl.relnamespace AND ref.relnamespace = current_schema()::regnamespace`)
      : await db.$queryRaw<Reference[]>(sql`
          SELECT m."name" AS "table", p."from" AS "column"
          FROM sqlite_master m JOIN pragma_foreign_key_list(m."name") p
          WHERE m."type" = 'table' AND p."table" = ${table}`);
  return rows.map((r) => ({ table: String(r.table), column: String(r.column) })).sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

export class ModerationService {
  constructor(private readonly deps: ModerationDeps) {}

  #need(actor: Person): void {
    if (!canModerate(actor.roles)) throw new ServiceError('need-role', { role: 'moderator' });
  }

  // ── people ────────────────────────────────────────────────────────────────

  async renamePerson(actor: Person, userId: number, raw: string, effectKey: string): Promise<{ before: string | null; after: string }> {
    this.#need(actor);
    const checked = checkFullName(raw);
    if (!checked.ok) throw new ServiceError('moderation-name-invalid');
    const fullName = checked.value;
    return this.deps.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { fullName: true } });
      if (!user) throw new ServiceError('moderation-user-not-found', { id: userId });
      await tx.user.update({ where: { id: userId }, data: { fullName } });
      await recordAudit(tx, { key: `${effectKey}:user-name:${userId}`, actorId: actor.id, action: 'user.rename', entity: 'user', entityId: userId, before: { fullName: user.fullName }, after: { fullName } });
      return { before: user.fullName, after: fullName };
    });
  }

  /** Moves a person to another institution (and its municipality) or, for a municipality, clears an institution that is not in it. */
  async setOrganisation(actor: Person, userId: number, kind: OrgKind, orgId: number, effectKey: string): Promise<{ municipality: string | null; institution: string | null }> {
    this.#need(actor);
    return this.deps.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: { municipalityId: true, institutionId: true, institution: { select: { municipalityId: true } } },
      });
      if (!user) throw new ServiceError('moderation-user-not-found', { id: userId });
      let data: { municipalityId: number; institutionId: number | null };
      if (kind === 'institution') {
        const inst = await tx.institution.findUnique({ where: { id: orgId }, select: { municipalityId: true } });
        if (!inst) throw new ServiceError('moderation-org-not-found', { id: orgId });
        data = { municipalityId: inst.municipalityId, institutionId: orgId };
      } else {
        if (!(await tx.municipality.findUnique({ where: { id: orgId }, select: { id: true } }))) throw new ServiceError('moderation-org-not-found', { id: orgId });
        // An institution belongs to one municipality: one elsewhere no longer fits the person.
        data = { municipalityId: orgId, institutionId: user.institution?.municipalityId === orgId ? user.institutionId : null };
      }
      const updated = await tx.user.update({ where: { id: userId }, data, select: { municipality: { select: { name: true } }, institution: { select: { name: true } } } });
      await recordAudit(tx, {
        key: `${effectKey}:user-org:${userId}`,
        actorId: actor.id,
        action: kind === 'institution' ? 'user.institution' : 'user.municipality',
        entity: 'user',
        entityId: userId,
        before: { municipalityId: user.municipalityId, institutionId: user.institutionId },
        after: data,
      });
      return { municipality: updated.municipality?.name ?? null, institution: updated.institution?.name ?? null };
    });
  }

  // ── merging organisations typed twice ─────────────────────────────────────

  async #org(tx: Db | Tx, kind: OrgKind, id: number): Promise<{ id: number; name: string; municipalityId?: number } | null> {
    return kind === 'municipality'
      ? tx.municipality.findUnique({ where: { id }, select: { id: true, name: true } })
      : tx.institution.findUnique({ where: { id }, select: { id: true, name: true, municipalityId: true } });
  }

  /** What a merge would move, for the moderator to confirm. */
  async previewMerge(actor: Person, kind: OrgKind, duplicateId: number, keptId: number): Promise<MergePreview> {
    this.#need(actor);
    const db = this.deps.db;
    const { duplicate, kept } = await this.#checkMerge(db, kind, duplicateId, keptId);
    const references = [];
    for (const ref of await referencesTo(db, TABLE[kind])) {
      const [row] = await db.$queryRaw<{ n: unknown }[]>(sql`SELECT COUNT(*) AS "n" FROM ${raw(ident(ref.table))} WHERE ${raw(ident(ref.column))} = ${duplicateId}`);
      references.push({ ...ref, rows: Number(row?.n ?? 0) });
    }
    return { kind, duplicate, kept, references };
  }

  async #checkMerge(tx: Db | Tx, kind: OrgKind, duplicateId: number, keptId: number) {
    if (duplicateId === keptId) throw new ServiceError('moderation-merge-same');
    const [duplicate, kept] = await Promise.all([this.#org(tx, kind, duplicateId), this.#org(tx, kind, keptId)]);
    if (!duplicate) throw new ServiceError('moderation-org-not-found', { id: duplicateId });
    if (!kept) throw new ServiceError('moderation-org-not-found', { id: keptId });
    // Institutions of two municipalities are two places; the municipalities are merged first if they are one.
    if (kind === 'institution' && duplicate.municipalityId !== kept.municipalityId) throw new ServiceError('moderation-merge-other-municipality');
    return { duplicate: { id: duplicate.id, name: duplicate.name }, kept: { id: kept.id, name: kept.name } };
  }

  /**
   * Everything that points at the duplicate moves to the kept one, the duplicate is deleted, and an
   * audit row records both names and what moved — all in one transaction. Merging municipalities
   * merges their same-named institutions too (an institution's name is unique within its municipality).
   */
  async merge(actor: Person, kind: OrgKind, duplicateId: number, keptId: number, effectKey: string): Promise<{ moved: (Reference & { rows: number })[] }> {
    this.#need(actor);
    // The schema's foreign keys, read outside the transaction (the catalogue does not change within it).
    const refs = { municipality: await referencesTo(this.deps.db, TABLE.municipality), institution: await referencesTo(this.deps.db, TABLE.institution) };
    return this.deps.db.$transaction(async (tx) => {
      const moved = await this.#merge(tx, refs, kind, duplicateId, keptId);
      const { duplicate, kept } = moved;
      await recordAudit(tx, {
        key: `${effectKey}:merge:${kind}:${duplicateId}`,
        actorId: actor.id,
        action: `${kind}.merge`,
        entity: kind,
        entityId: keptId,
        before: { duplicate, kept },
        after: { kept, moved: moved.moved },
      });
      return { moved: moved.moved };
    }, { timeout: 60_000 });
  }

  async #merge(tx: Tx, refs: Record<OrgKind, Reference[]>, kind: OrgKind, duplicateId: number, keptId: number) {
    const { duplicate, kept } = await this.#checkMerge(tx, kind, duplicateId, keptId);
    const moved: (Reference & { rows: number })[] = [];
    if (kind === 'municipality') {
      const twins = await tx.institution.findMany({ where: { municipalityId: duplicateId }, select: { id: true, name: true } });
      const keptNames = new Map((await tx.institution.findMany({ where: { municipalityId: keptId }, select: { id: true, name: true } })).map((i) => [i.name, i.id]));
      for (const twin of twins) {
        const same = keptNames.get(twin.name);
        if (same === undefined) continue;
        // Same name on both sides: one institution; its people move to the kept municipality's.
        const inner = await this.#moveReferences(tx, refs.institution, twin.id, same);
        await tx.institution.delete({ where: { id: twin.id } });
        moved.push(...inner.map((r) => ({ ...r, table: `${r.table} (${twin.name})` })));
      }
    }
    moved.push(...(await this.#moveReferences(tx, refs[kind], duplicateId, keptId)));
    if (kind === 'municipality') await tx.municipality.delete({ where: { id: duplicateId } });
    else await tx.institution.delete({ where: { id: duplicateId } });
    return { duplicate, kept, moved };
  }

  async #moveReferences(tx: Tx, refs: Reference[], fromId: number, toId: number): Promise<(Reference & { rows: number })[]> {
    const moved = [];
    for (const ref of refs) {
      const rows = await tx.$executeRaw(sql`UPDATE ${raw(ident(ref.table))} SET ${raw(ident(ref.column))} = ${toId} WHERE ${raw(ident(ref.column))} = ${fromId}`);
      moved.push({ ...ref, rows });
    }
    return moved;
  }

  // ── projects ──────────────────────────────────────────────────────────────

  /**
   * What hide, show and unpublish act on, newest first: the projects past their first draft that are
   * shown (the newest `take`), or every hidden one (few, and each must stay reachable to be shown again).
   */
  async projects(actor: Person, which: 'shown' | 'hidden', take = 200): Promise<{ id: number; title: string; status: string; hidden: boolean; author: string | null; startsOn: Date; endsOn: Date }[]> {
    this.#need(actor);
    const rows = await this.deps.db.project.findMany({
      where: which === 'hidden' ? { deletedAt: { not: null } } : { status: { not: 'draft' }, deletedAt: null },
      select: { id: true, title: true, status: true, deletedAt: true, startsOn: true, endsOn: true, author: { select: { fullName: true } } },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      ...(which === 'shown' ? { take } : {}),
    });
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, hidden: r.deletedAt !== null, author: r.author?.fullName ?? null, startsOn: r.startsOn, endsOn: r.endsOn }));
  }

  /** hide: out of every list and card; show: back; unpublish: back to draft for its author. */
  async changeProject(actor: Person, projectId: number, action: 'hide' | 'show' | 'unpublish', reason: string, effectKey: string): Promise<{ changed: boolean; title: string }> {
    this.#need(actor);
    const why = reason.trim();
    if (action !== 'show' && !why) throw new ServiceError('moderation-reason-required');
    if (why.length > REASON_MAX) throw new ServiceError('moderation-reason-too-long', { max: REASON_MAX });
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const project = await tx.project.findUnique({ where: { id: projectId }, select: { title: true, status: true, deletedAt: true, author: { select: { telegramId: true, locale: true } } } });
      if (!project) throw new ServiceError('moderation-project-not-found', { id: projectId });
      const before = { status: project.status, hidden: project.deletedAt !== null };
      const after =
        action === 'hide' ? { ...before, hidden: true } : action === 'show' ? { ...before, hidden: false } : { ...before, status: 'draft' };
      if (after.hidden === before.hidden && after.status === before.status) return { changed: false, title: project.title };
      await tx.project.update({
        where: { id: projectId },
        data: action === 'unpublish' ? { status: 'draft' } : { deletedAt: action === 'hide' ? now : null },
      });
      await recordAudit(tx, { key: `${effectKey}:project-${action}:${projectId}`, actorId: actor.id, action: `project.${action}`, entity: 'project', entityId: projectId, before, after: { ...after, reason: why || undefined } });
      if (project.author && action !== 'show') {
        const locale = project.author.locale ?? this.deps.defaultLocale;
        await enqueue(tx, {
          key: `${effectKey}:project-${action}:${projectId}:author`,
          chatId: project.author.telegramId,
          payload: { text: this.deps.translate(locale, `moderation-project-${action}-notice`, { title: escapeHtml(project.title), reason: escapeHtml(why) }), parse_mode: 'HTML' },
        }, now);
      }
      return { changed: true, title: project.title };
    });
  }

  // ── hand-ins ──────────────────────────────────────────────────────────────

  /**
   * Withdraws one item of a work waiting for review: the item is removed, the work goes back to the
   * participant as returned (so a new attempt can be handed in) and they are told why. Accepted work
   * is corrected with /regrade instead.
   */
  async withdrawItem(actor: Person, submissionId: number, position: number, reason: string, effectKey: string): Promise<{ step: string; item: string }> {
    this.#need(actor);
    const why = reason.trim();
    if (!why) throw new ServiceError('moderation-reason-required');
    if (why.length > REASON_MAX) throw new ServiceError('moderation-reason-too-long', { max: REASON_MAX });
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const sub = await tx.submission.findUnique({
        where: { id: submissionId },
        select: {
          status: true,
          attempt: true,
          step: { select: { title: true, position: true, project: { select: { title: true } } } },
          enrolment: { select: { user: { select: { telegramId: true, locale: true } } } },
          items: { select: { id: true, kind: true, fileId: true, fileUniqueId: true, fileName: true, mimeType: true, fileSize: true, url: true, text: true, checklistItem: { select: { position: true, title: true } } } },
        },
      });
      if (!sub) throw new ServiceError('moderation-submission-not-found', { id: submissionId });
      if (sub.status !== 'submitted') throw new ServiceError('moderation-withdraw-not-waiting');
      const item = sub.items.find((i) => i.checklistItem.position === position);
      if (!item) throw new ServiceError('moderation-item-not-found', { position });
      // The conditional update is the lock: an expert saving a grade at the same moment wins or loses whole.
      const changed = await tx.submission.updateMany({
        where: { id: submissionId, status: 'submitted' },
        data: { status: 'returned', decidedAt: now, openKey: null, claimedById: null, claimExpiresAt: null },
      });
      if (changed.count !== 1) throw new ServiceError('moderation-withdraw-not-waiting');
      await tx.submissionItem.delete({ where: { id: item.id } });
      const { checklistItem, id: _id, ...content } = item;
      await recordAudit(tx, {
        key: `${effectKey}:withdraw:${submissionId}:${position}`,
        actorId: actor.id,
        action: 'submission.withdraw-item',
        entity: 'submission',
        entityId: submissionId,
        before: { status: 'submitted', item: { position, title: checklistItem.title, ...content } },
        after: { status: 'returned', item: null, reason: why },
      });
      const person = sub.enrolment.user;
      const locale = person.locale ?? this.deps.defaultLocale;
      await enqueue(tx, {
        key: `${effectKey}:withdraw:${submissionId}:${position}:notice`,
        chatId: person.telegramId,
        payload: {
          text: this.deps.translate(locale, 'moderation-withdraw-notice', {
            project: escapeHtml(sub.step.project.title),
            position: sub.step.position,
            step: escapeHtml(sub.step.title),
            item: escapeHtml(checklistItem.title),
            reason: escapeHtml(why),
          }),
          parse_mode: 'HTML',
        },
      }, now);
      return { step: sub.step.title, item: checklistItem.title };
    });
  }

  /** Municipalities and institutions whose name contains the text (for the ids the commands take). */
  async findOrganisations(actor: Person, text: string): Promise<{ municipalities: { id: number; name: string }[]; institutions: { id: number; name: string; municipality: string }[] }> {
    this.#need(actor);
    const needle = text.trim().toLocaleLowerCase('ru');
    const fits = (name: string) => !needle || name.toLocaleLowerCase('ru').includes(needle);
    const [municipalities, institutions] = await Promise.all([
      this.deps.db.municipality.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
      this.deps.db.institution.findMany({ select: { id: true, name: true, municipality: { select: { name: true } } }, orderBy: { name: 'asc' } }),
    ]);
    return {
      municipalities: municipalities.filter((m) => fits(m.name)).slice(0, 20),
      institutions: institutions.filter((i) => fits(i.name) || fits(i.municipality.name)).slice(0, 20).map((i) => ({ id: i.id, name: i.name, municipality: i.municipality.name })),
    };
  }

  // ── the trail ─────────────────────────────────────────────────────────────

  /** Newest first, AUDIT_PAGE_SIZE a page (page 0 is the newest). */
  async trail(actor: Person, entity: string, entityId: number, page: number): Promise<AuditPage> {
    if (!canReadAudit(actor.roles)) throw new ServiceError('need-role', { role: 'moderator' });
    if (!(AUDIT_ENTITIES as readonly string[]).includes(entity)) throw new ServiceError('audit-usage');
    // A submission's trail includes its grade's corrections and its certificate's revocations.
    const related: { entity: string; entityId: string }[] = [];
    if (entity === 'submission') {
      const sub = await this.deps.db.submission.findUnique({ where: { id: entityId }, select: { grade: { select: { id: true } }, certificate: { select: { id: true } } } });
      if (sub?.grade) related.push({ entity: 'grade', entityId: String(sub.grade.id) });
      if (sub?.certificate) related.push({ entity: 'certificate', entityId: String(sub.certificate.id) });
    }
    const where = { OR: [{ entity: entity as AuditEntity, entityId: String(entityId) }, ...related] };
    const total = await this.deps.db.auditLog.count({ where });
    const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const current = Math.min(Math.max(0, page), pages - 1);
    const rows = await this.deps.db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: current * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, before: true, after: true, actor: { select: { fullName: true, username: true, id: true } } },
    });
    return {
      entries: rows.map((r) => ({
        id: r.id,
        at: r.createdAt,
        actor: r.actor ? (r.actor.fullName ?? (r.actor.username ? `@${r.actor.username}` : `#${r.actor.id}`)) : null,
        action: r.action,
        before: r.before,
        after: r.after,
      })),
      page: current,
      pages,
    };
  }
}
