// A key-value store in the database for grammY sessions and conversation state, so a
// conversation interrupted by a restart resumes on the next message, on any instance.
import type { Db } from './client.ts';

export interface KeyValueStorage<T> {
  read(key: string): Promise<T | undefined>;
  /** Several keys in one query; absent keys are missing from the map. */
  readMany(keys: readonly string[]): Promise<Map<string, T>>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function dbStorage<T>(db: Db, namespace: string): KeyValueStorage<T> {
  const k = (key: string) => `${namespace}:${key}`;
  return {
    async read(key) {
      const row = await db.sessionEntry.findUnique({ where: { key: k(key) } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async readMany(keys) {
      if (keys.length === 0) return new Map();
      const rows = await db.sessionEntry.findMany({ where: { key: { in: keys.map(k) } } });
      const prefix = k('');
      return new Map(rows.map((row) => [row.key.slice(prefix.length), JSON.parse(row.value) as T]));
    },
    async write(key, value) {
      const text = JSON.stringify(value);
      await db.sessionEntry.upsert({ where: { key: k(key) }, create: { key: k(key), value: text }, update: { value: text } });
    },
    async delete(key) {
      await db.sessionEntry.deleteMany({ where: { key: k(key) } });
    },
  };
}
