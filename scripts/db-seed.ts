// `npm run db:seed [-- --demo] [-- --municipalities <file>]`: reference data (with the region's
// municipalities when a file names them), and with --demo invented projects and people.
import { loadDotEnv, parseConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { loadMunicipalitiesFile, municipalitiesFile } from '../src/db/seed/municipalities.ts';
import { seedDemo, seedReference } from '../src/db/seed/seed.ts';

loadDotEnv();
try {
  const config = parseConfig(process.env);
  const file = municipalitiesFile(process.argv.slice(2));
  await applyMigrations(config.databaseUrl);
  const { db } = await openDatabase(config.databaseUrl);
  if (process.argv.includes('--demo')) {
    const result = await seedDemo(db);
    console.log(`Reference data seeded; demo: ${result.projects} new projects, ${result.people} people.`);
  } else {
    await seedReference(db);
    console.log('Reference data seeded.');
  }
  if (file) {
    const m = await loadMunicipalitiesFile(db, file);
    console.log(`Municipalities from ${file}: ${m.added} added, ${m.existing} already there${m.duplicates ? `, ${m.duplicates} repeated lines skipped` : ''}.`);
    for (const r of m.rejected) console.warn(`  line ${r.line} skipped (${r.reason}): ${r.text}`);
  } else {
    console.log('No municipalities file (--municipalities <file>, MUNICIPALITIES_FILE or ./data/municipalities.txt): newcomers type their municipality.');
  }
  await db.$disconnect();
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exit(1);
}
