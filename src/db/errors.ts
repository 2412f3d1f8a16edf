// Tells a passing infrastructure failure (retry later) from a failure that would repeat.
/** Errors that say the database (not this update) is the problem: the update is retried later. */
export function isTransientError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = String((e as { code?: unknown }).code ?? '');
    const message = String((e as { message?: unknown }).message ?? '');
    if (/^(P1001|P1002|P1008|P1017|P2024|P2034|ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|SQLITE_BUSY)$/.test(code)) return true;
    if (/database is locked|Can't reach database|Connection terminated|connection (?:refused|reset)|timed out fetching a new connection/i.test(message)) return true;
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return false;
}
