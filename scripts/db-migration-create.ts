// Creates a migration for both providers from prisma/models.prisma (`npm run db:migration:create -- <name>`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Provider } from '../src/db/client.ts';
import { migrationFolderName, pendingMigrationSql, writeMigration } from '../src/db/migrate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}/.env`)) process.loadEnvFile(`${root}/.env`);

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('usage: npm run db:migration:create -- <name>');
  process.exit(2);
}

try {
  execFileSync(process.execPath, ['scripts/prisma-generate.mjs', '--schemas-only'], { cwd: root, stdio: 'inherit' });
  // Both diffs first, then both writes: a PostgreSQL server being down must not leave the
  // providers' histories out of step (the migration test would then fail for everyone).
  const providers: Provider[] = ['sqlite', 'postgresql'];
  const plans = [];
  for (const provider of providers) plans.push({ provider, sql: await pendingMigrationSql(provider) });
  const folder = migrationFolderName(name);
  for (const { provider, sql } of plans) {
    if (sql === null) console.log(`${provider}: no changes, no migration`);
    else console.log(`${provider}: created ${relative(root, writeMigration(provider, folder, sql))}`);
  }
} catch (error) {
  console.error(`db:migration:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
