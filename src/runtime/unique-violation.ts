// Tells "this row already exists" apart from other database failures: idempotency here rests on unique keys.
/** Prisma's unique-constraint failure (P2002): another writer, or an earlier attempt, got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
