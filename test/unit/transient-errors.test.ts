import { describe, expect, it } from 'vitest';
import { isTransientError } from '../../src/db/errors.ts';

describe('isTransientError', () => {
  it('recognises a database that is briefly away, also when wrapped', () => {
    expect(isTransientError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientError({ error: Object.assign(new Error("Can't reach database server"), { code: 'P1001' }) })).toBe(true);
    expect(isTransientError(new Error('SQLITE_BUSY: database is locked'))).toBe(true);
    expect(isTransientError(new Error('outer', { cause: Object.assign(new Error('x'), { code: '57P01' }) }))).toBe(true);
  });
  it('does not retry bugs or bad input', () => {
    expect(isTransientError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isTransientError(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });
});
