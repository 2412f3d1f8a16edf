// `npm run db:seed [-- --demo]`: reference data, and with --demo invented projects and people.
import { loadDotEnv, parseConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { seedDemo, seedReference } from '../src/db/seed/seed.ts';

loadDotEnv();
try {
  const config = parseConfig(process.env);
  await applyMigrations(config.databaseUrl);
  const { db } = await openDatabase(config.databaseUrl);
  if (process.argv.includes('--demo')) {
    const result = await seedDemo(db);
    console.log(`Reference data seeded; demo: ${result.projects} new projects, ${result.people} people.`);
  } else {
    await seedReference(db);
    console.log('Reference data seeded.');
  }
  await db.$disconnect();
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exit(1);
}
