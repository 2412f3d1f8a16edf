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

const rowOf = (entry: AuditEntry) => ({
  key: entry.key ?? null,
  actorId: entry.actorId,
  action: entry.action,
  entity: entry.entity,
  entityId: String(entry.entityId),
  before: toJson(entry.before),
  after: toJson(entry.after),
});

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const data = rowOf(entry);
  if (entry.key) await tx.auditLog.upsert({ where: { key: entry.key }, create: data, update: {} });
  else await tx.auditLog.create({ data });
}

/**
 * The change's audit row as its once-only claim: a key already recorded fails with a unique
 * violation (rolling the whole transaction back) instead of being skipped, so of two identical
 * requests at the same moment exactly one changes anything.
 */
export async function recordAuditOnce(tx: Tx, entry: AuditEntry & { key: string }): Promise<void> {
  await tx.auditLog.create({ data: rowOf(entry) });
}
