// Kept SQLite statements: compiled once per SQL text, answering the Prisma adapter's one-shot
// bind() with fresh arguments every time, and bounded.
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reusePreparedStatements, type SqliteConnection } from '../../src/db/sqlite-statements.ts';
import { createTestDatabase } from '../helpers/db.ts';

// better-sqlite3 ships no types; the few calls used here.
interface RawStatement {
  bind(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface RawDatabase {
  prepare(sql: string): RawStatement;
  exec(sql: string): void;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => RawDatabase;

describe('kept SQLite statements', () => {
  let raw: RawDatabase;
  let compiled: string[];
  beforeEach(() => {
    raw = new Database(':memory:');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    compiled = [];
    const prepare = raw.prepare.bind(raw);
    raw.prepare = (sql: string) => (compiled.push(sql), prepare(sql));
    reusePreparedStatements(raw as unknown as SqliteConnection, 3);
  });
  afterEach(() => raw.close());

  // The calls Prisma's adapter makes: prepare(sql).bind(args), then run() or columns() and raw().all().
  const write = (name: string) => (raw.prepare('INSERT INTO t (name) VALUES (?)').bind([name]) as { run(): { changes: number } }).run();
  const read = (id: number) => {
    const bound = raw.prepare('SELECT id, name FROM t WHERE id >= ? ORDER BY id').bind([id]) as { reader: boolean; columns(): { name: string }[]; raw(): { all(): unknown[][] } };
    return { reader: bound.reader, columns: bound.columns().map((c) => c.name), rows: bound.raw().all() };
  };

  it('compiles each SQL text once and binds new arguments on every use', () => {
    expect(write('a').changes).toBe(1);
    expect(write('b').changes).toBe(1);
    expect(read(1)).toEqual({ reader: true, columns: ['id', 'name'], rows: [[1, 'a'], [2, 'b']] });
    expect(read(2).rows).toEqual([[2, 'b']]);
    expect(compiled).toEqual(['INSERT INTO t (name) VALUES (?)', 'SELECT id, name FROM t WHERE id >= ? ORDER BY id']);
  });

  it('keeps statements used directly, as the adapter does for BEGIN', () => {
    raw.prepare('BEGIN').run();
    write('inside');
    raw.prepare('ROLLBACK').run();
    raw.prepare('BEGIN').run();
    raw.prepare('COMMIT').run();
    expect(read(0).rows).toEqual([]);
    expect(compiled.filter((sql) => sql === 'BEGIN')).toHaveLength(1);
  });

  it('drops the least recently used statement past its capacity', () => {
    write('a');
    raw.prepare('SELECT 1').all();
    raw.prepare('SELECT 2').all();
    write('b'); // used again: stays
    raw.prepare('SELECT 3').all(); // capacity 3: SELECT 1 goes
    raw.prepare('SELECT 1').all();
    expect(compiled.filter((sql) => sql === 'SELECT 1')).toHaveLength(2);
    expect(compiled.filter((sql) => sql.startsWith('INSERT'))).toHaveLength(1);
  });

  it('serves the Prisma client: queries, raw statements and transactions, each compiled once', async () => {
    // Counts what the adapter's connection compiles, underneath the kept statements.
    const proto = (Database as unknown as { prototype: { prepare(sql: string): unknown } }).prototype;
    const compile = proto.prepare;
    let likeCompiled = 0;
    proto.prepare = function (this: unknown, sql: string) {
      if (sql.includes('LIKE')) likeCompiled++;
      return compile.call(this, sql);
    };
    const database = await createTestDatabase('sqlite');
    try {
      const db = database.db;
      for (let i = 0; i < 3; i++) {
        await db.$transaction(async (tx) => tx.guild.create({ data: { code: `g${i}`, nameRu: `Гильдия ${i}`, nameEn: `Guild ${i}`, sort: 100 + i } }));
        const rows = await db.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Guild" WHERE "code" LIKE ${'g%'} ORDER BY "code"`;
        expect(rows.map((r) => r.code)).toEqual(Array.from({ length: i + 1 }, (_, k) => `g${k}`));
      }
      await expect(db.$transaction(async (tx) => {
        await tx.guild.create({ data: { code: 'gone', nameRu: 'Нет', nameEn: 'Gone', sort: 1 } });
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      expect(await db.guild.count({ where: { code: 'gone' } })).toBe(0);
      expect(likeCompiled).toBe(1);
    } finally {
      proto.prepare = compile;
      await database.drop();
    }
  });
});
