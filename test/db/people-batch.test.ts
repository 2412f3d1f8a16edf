// The batch read of people for claimed updates returns exactly what the one-by-one read returns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReference } from '../../src/db/seed/seed.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { createTranslator } from '../../src/bot/i18n.ts';
import { TestClock } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

describe.each(databaseProviders)('people in a batch on %s', (provider) => {
  let database: TestDatabase;
  let services: Services;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    await seedReference(database.db);
    services = createServices({ db: database.db, clock: new TestClock(), translate: createTranslator('ru'), defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl: 'http://kodo.test' });
  });
  afterEach(async () => database.drop());

  it('reads several people with their roles as one by one, and leaves out strangers', async () => {
    const { users } = services;
    await users.ensureAdmins([9_000_000_001n]);
    await users.identify({ id: 9_000_000_002, username: 'newcomer' });
    const registered = await database.db.user.create({
      data: { telegramId: 9_000_000_003n, username: 'olga_t', fullName: 'Ольга Тестова', email: 'olga@example.org', locale: 'en', registeredAt: new Date('2026-11-20T08:30:00Z') },
    });
    await database.db.userRole.createMany({ data: ['participant', 'expert', 'author'].map((role) => ({ userId: registered.id, role })) });
    const ids = [9_000_000_001n, 9_000_000_002n, 9_000_000_003n, 9_000_000_404n];
    const batch = await users.byTelegramIds(ids);
    expect([...batch.keys()].sort()).toEqual(ids.slice(0, 3));
    for (const id of ids.slice(0, 3)) {
      const one = (await users.byTelegramId(id))!;
      expect({ ...batch.get(id)!, roles: [...batch.get(id)!.roles].sort() }).toEqual({ ...one, roles: [...one.roles].sort() });
    }
    expect(batch.get(9_000_000_003n)!.registeredAt).toEqual(new Date('2026-11-20T08:30:00Z'));
    expect(batch.get(9_000_000_003n)!.roles.sort()).toEqual(['author', 'expert', 'participant']);
  });
});
