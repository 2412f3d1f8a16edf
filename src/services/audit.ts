// Append-only audit trail of changes to someone else's data: who, when, what before, what after.
import type { Tx } from '../db/client.ts';

export interface AuditEntry {
  /** Natural key of the change; a repeated key (a redelivered update) records nothing new. */
  key?: string;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown) =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const data = {
    key: entry.key ?? null,
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
  if (entry.key) await tx.auditLog.upsert({ where: { key: entry.key }, create: data, update: {} });
  else await tx.auditLog.create({ data });
}
