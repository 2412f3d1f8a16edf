// Migrations on both providers: Prisma-compatible history, idempotence, concurrent starts,
// the invariants the database must enforce, and that no model change lacks its migration.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.ts';
import { applyMigrations, migrationsDir, pendingMigrationSql, schemaPath } from '../../src/db/migrate.ts';
import { createEmptyDatabase, createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function folders(provider: 'sqlite' | 'postgresql'): string[] {
  return readdirSync(migrationsDir(provider), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

type HistoryRow = { name: string; checksum: string; finished: boolean; rolledBack: boolean; steps: number };

async function history(db: Db): Promise<HistoryRow[]> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back,
            applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
  );
  // SQLite answers booleans and counts as integers (bigint with safe integers), PostgreSQL natively.
  return rows.map((r) => ({
    name: String(r.migration_name),
    checksum: String(r.checksum),
    finished: Boolean(Number(r.finished)),
    rolledBack: Boolean(Number(r.rolled_back)),
    steps: Number(r.applied_steps_count),
  }));
}

async function historyOf(url: string): Promise<HistoryRow[]> {
  const { db } = await openDatabase(url);
  try {
    return await history(db);
  } finally {
    await db.$disconnect();
  }
}

function runMigrateScript(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('migration folders', () => {
  it.each(['sqlite', 'postgresql'] as const)('%s has a lock file naming its provider and Prisma-style folders', (provider) => {
    const lock = readFileSync(join(migrationsDir(provider), 'migration_lock.toml'), 'utf8');
    expect(lock).toMatch(new RegExp(`^provider = "${provider}"$`, 'm'));
    expect(folders(provider).length).toBeGreaterThan(0);
    for (const folder of folders(provider)) {
      expect(folder).toMatch(/^\d{14}(_[a-z0-9_]+)?$/);
      expect(existsSync(join(migrationsDir(provider), folder, 'migration.sql'))).toBe(true);
    }
  });

  it('the generated provider schemas are up to date with prisma/models.prisma', () => {
    const models = readFileSync(join(root, 'prisma/models.prisma'), 'utf8');
    for (const provider of ['sqlite', 'postgresql'] as const) {
      const schema = readFileSync(schemaPath(provider), 'utf8');
      expect(schema.endsWith(models), `prisma/${provider}/schema.prisma is stale: run npm run db:generate`).toBe(true);
    }
  });
});

describe.each(databaseProviders)('migrations on %s', (provider) => {
  let t: TestDatabase;
  let applied: string[];

  beforeAll(async () => {
    // createTestDatabase applies the migrations itself; start from empty to see what gets applied.
    const empty = await createEmptyDatabase(provider);
    try {
      ({ applied } = await applyMigrations(empty.url));
      const { db } = await openDatabase(empty.url);
      t = { url: empty.url, db, provider, drop: async () => (await db.$disconnect(), await empty.remove()) };
    } catch (error) {
      await empty.remove();
      throw error;
    }
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('applies every migration folder to a fresh database, in order', () => {
    expect(applied).toEqual(folders(provider));
  });

  it('records them in _prisma_migrations exactly as Prisma does', async () => {
    const expected = folders(provider).map((name) => ({
      name,
      checksum: createHash('sha256').update(readFileSync(join(migrationsDir(provider), name, 'migration.sql'))).digest('hex'),
      finished: true,
      rolledBack: false,
      steps: 1,
    }));
    expect(await history(t.db)).toEqual(expected);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(t.url)).toEqual({ applied: [] });
    expect(await history(t.db)).toHaveLength(folders(provider).length);
  });

  it('applies once when two callers in one process start together', async () => {
    const empty = await createEmptyDatabase(provider);
    try {
      const results = await Promise.all([applyMigrations(empty.url), applyMigrations(empty.url)]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(folders(provider));
      expect((await historyOf(empty.url)).map((r) => r.name)).toEqual(folders(provider));
    } finally {
      await empty.remove();
    }
  });

  it('applies once when two processes run db:migrate together', async () => {
    const empty = await createEmptyDatabase(provider);
    try {
      const runs = await Promise.all([runMigrateScript(empty.url), runMigrateScript(empty.url)]);
      for (const run of runs) expect(run.code, run.output).toBe(0);
      expect(runs.filter((r) => r.output.includes('already up to date'))).toHaveLength(1);
      const rows = await historyOf(empty.url);
      expect(rows.map((r) => r.name)).toEqual(folders(provider));
      expect(rows.every((r) => r.finished && !r.rolledBack)).toBe(true);
    } finally {
      await empty.remove();
    }
  }, 60_000);

  describe('enforces invariants', () => {
    let userId: number;
    let projectId: number;
    let stepId: number;
    let enrolmentId: number;

    beforeAll(async () => {
      const day = new Date('2026-01-01T00:00:00Z');
      ({ id: userId } = await t.db.user.create({ data: { telegramId: 1001n } }));
      ({ id: projectId } = await t.db.project.create({
        data: { title: 'P', summary: 's', kind: 'build', level: 'municipal', startsOn: day, endsOn: day },
      }));
      ({ id: stepId } = await t.db.step.create({ data: { projectId, position: 1, title: 'S', startsOn: day, endsOn: day } }));
      ({ id: enrolmentId } = await t.db.enrolment.create({ data: { userId, projectId } }));
    });

    it('one enrolment per (user, project)', async () => {
      await expect(t.db.enrolment.create({ data: { userId, projectId } })).rejects.toMatchObject({ code: 'P2002' });
    });

    it('one open submission per (enrolment, step) through openKey', async () => {
      const openKey = `${enrolmentId}:${stepId}`;
      await t.db.submission.create({ data: { enrolmentId, stepId, attempt: 1, openKey } });
      await expect(t.db.submission.create({ data: { enrolmentId, stepId, attempt: 2, openKey } })).rejects.toMatchObject({
        code: 'P2002',
      });
      // A decided attempt clears its key, and any number of decided attempts may coexist.
      await t.db.submission.create({ data: { enrolmentId, stepId, attempt: 3, openKey: null } });
      await t.db.submission.create({ data: { enrolmentId, stepId, attempt: 4, openKey: null } });
    });

    it('one outbox message per key', async () => {
      const message = { key: 'broadcast:1:user:1', chatId: 1001n, method: 'sendMessage', payload: { text: 'hi' } };
      await t.db.outboxMessage.create({ data: message });
      await expect(t.db.outboxMessage.create({ data: message })).rejects.toMatchObject({ code: 'P2002' });
    });

    it('deleting a user cascades to their enrolments', async () => {
      const { id } = await t.db.user.create({ data: { telegramId: 1002n } });
      await t.db.enrolment.create({ data: { userId: id, projectId } });
      await t.db.user.delete({ where: { id } });
      expect(await t.db.enrolment.count({ where: { userId: id } })).toBe(0);
    });
  });

  it('has a migration for every model change (run npm run db:migration:create -- <name> if this fails)', async () => {
    const pending = await pendingMigrationSql(provider);
    expect(pending, `prisma/${provider}/migrations lags behind the models; the missing SQL is:\n${pending}`).toBeNull();
  });
});

describe.each(databaseProviders)('createTestDatabase on %s', (provider) => {
  it('gives a migrated, writable database and removes it on drop', async () => {
    const t = await createTestDatabase(provider);
    try {
      expect(t.provider).toBe(provider);
      await t.db.lease.create({ data: { name: 'probe', holder: 'test', expiresAt: new Date() } });
      expect(await t.db.lease.count()).toBe(1);
    } finally {
      await t.drop();
    }
    if (provider === 'sqlite') expect(existsSync(t.url.replace(/^file:/, ''))).toBe(false);
    else await expect(applyMigrations(t.url)).rejects.toThrow(/does not exist/);
  });
});
