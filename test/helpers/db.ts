// Fresh, migrated databases for tests: a temp SQLite file, or a uniquely named PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Provider } from '../../src/db/client.ts';
import { applyMigrations, postgresAdminUrl } from '../../src/db/migrate.ts';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const pgUp = await postgresReachable();
if (!pgUp && !inCi) {
  console.warn(`\n⚠ PostgreSQL is not reachable at ${postgresAdminUrl()}: PostgreSQL tests are SKIPPED (they fail in CI).\n`);
}

/** The providers to run database tests on. In CI PostgreSQL is always included, so its absence fails. */
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
  return url.toString();
}

export async function createEmptyDatabase(provider: Provider): Promise<{ url: string; remove(): Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kodo-test-'));
    return { url: `file:${join(dir, 'kodo.db')}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kodo_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: testDatabaseUrl(postgresAdminUrl(), name),
    async remove() {
      const a = new pg.Client({ connectionString: postgresAdminUrl() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(provider);
  await applyMigrations(empty.url);
  const { db } = await openDatabase(empty.url);
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
