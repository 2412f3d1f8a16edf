// Fresh, migrated databases for tests: a temp SQLite file, or a uniquely named PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Provider } from '../../src/db/client.ts';
import { applyMigrations, postgresAdminUrl } from '../../src/db/migrate.ts';

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
    return await work(admin);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

async function postgresReachable(): Promise<boolean> {
  try {
    await withAdmin((admin) => admin.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const pgUp = await postgresReachable();
if (!pgUp && !inCi) {
  console.warn(`\n⚠ PostgreSQL is not reachable at ${postgresAdminUrl()}: PostgreSQL tests are SKIPPED (they fail in CI).\n`);
}

export const postgresAvailable: Promise<boolean> = Promise.resolve(pgUp);

/**
 * The providers to run database tests on. In CI PostgreSQL is always included, so an unreachable
 * server fails the tests instead of silently testing SQLite only.
 */
export const databaseProviders: Provider[] = pgUp || inCi ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TestDatabase {
  url: string;
  db: Db;
  provider: Provider;
  drop(): Promise<void>;
}

export function testDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  url.search = '';
  return url.toString();
}

/** An empty database (no migrations applied) and a way to remove it. */
export async function createEmptyDatabase(provider: Provider): Promise<{ url: string; remove(): Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kodo-test-'));
    return { url: `file:${join(dir, 'kodo.db')}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kodo_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  return {
    url: testDatabaseUrl(postgresAdminUrl(), name),
    // FORCE: a test that failed midway may still hold connections.
    remove: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(provider);
  let db: Db;
  try {
    await applyMigrations(empty.url);
    ({ db } = await openDatabase(empty.url));
  } catch (error) {
    await empty.remove().catch(() => undefined);
    throw error;
  }
  return {
    url: empty.url,
    db,
    provider,
    async drop() {
      await db.$disconnect();
      await empty.remove();
    },
  };
}
