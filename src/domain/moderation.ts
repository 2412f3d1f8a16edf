// Who may correct other people's data and read the audit trail, and what the trail can be asked about.
import type { Role } from './roles.ts';

/** Moderators edit people, organisations, projects and hand-ins (DOMAIN.md: "edits projects, users' data, results"). */
export function canModerate(roles: readonly Role[]): boolean {
  return roles.includes('moderator');
}

/** The trail is read by those who edit and by admins, who assign the roles. */
export function canReadAudit(roles: readonly Role[]): boolean {
  return roles.includes('moderator') || roles.includes('admin');
}

/** What /audit shows a trail of (the names the audit rows carry). */
export const AUDIT_ENTITIES = ['user', 'project', 'submission', 'municipality', 'institution', 'practice', 'proposal', 'broadcast'] as const;

/** Every entity the audit log records, for the web view's filter. */
export const AUDITED_ENTITIES = [...AUDIT_ENTITIES, 'grade', 'award', 'badge', 'certificate', 'step', 'roadmap-row', 'roadmap-revision', 'group-link', 'discussion-slot'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** «/audit user 12», «/audit project 3 2» (page 2): entity, id and an optional page (1-based). */
export function parseAuditArgs(text: string): { entity: AuditEntity; id: number; page: number } | null {
  const m = /^\s*(\w+)\s+#?(\d{1,9})(?:\s+(\d{1,4}))?\s*$/.exec(text);
  if (!m) return null;
  const entity = m[1]!.toLowerCase();
  if (!(AUDIT_ENTITIES as readonly string[]).includes(entity)) return null;
  return { entity: entity as AuditEntity, id: Number(m[2]), page: m[3] ? Math.max(1, Number(m[3])) : 1 };
}
