// Applies pending migrations to DATABASE_URL (`npm run db:migrate`); exits non-zero on failure.
import { existsSync } from 'node:fs';
import { applyMigrations } from '../src/db/migrate.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/kodo.db';
// Never print a password that may sit in the URL.
const shown = url.replace(/\/\/[^@/]*@/, '//');

try {
  const { applied } = await applyMigrations(url, { log: (msg) => console.log(`  ${msg}`) });
  if (applied.length === 0) console.log(`${shown}: already up to date`);
  else console.log(`${shown}: applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join('\n')}`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`db:migrate failed for ${shown}: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exitCode = 1;
}
