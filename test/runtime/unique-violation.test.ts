// A unique-key failure is told apart from every other error, on both databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../src/runtime/unique-violation.ts';
import { createTestDatabase, databaseProviders, type TestDatabase } from '../helpers/db.ts';

describe('isUniqueViolation', () => {
  it('is false for other errors and for things that are not errors', () => {
    expect(isUniqueViolation(Object.assign(new Error('no row'), { code: 'P2025' }))).toBe(false);
    expect(isUniqueViolation(new Error('Unique constraint failed'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation('P2002')).toBe(false);
  });
});

describe.each(databaseProviders)('isUniqueViolation on %s', (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => database.drop());

  it('recognises a second row with the same unique key', async () => {
    const row = { job: 'job', period: '1', instance: 'one', startedAt: new Date('2026-12-01T10:00:00Z') };
    await database.db.jobRun.create({ data: row });
    const error = await database.db.jobRun.create({ data: { ...row, instance: 'two' } }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});
