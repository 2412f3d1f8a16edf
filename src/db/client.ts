// Opens a Prisma client for the configured database: a SQLite file (embedded default) or PostgreSQL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { reusePreparedStatements, type SqliteConnection } from './sqlite-statements.ts';

export type Provider = 'sqlite' | 'postgresql';

// Both generated clients come from the same models, so one type serves services on either database.
export type Db = SqliteClient;
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (/^file:/i.test(url)) return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url}"`);
}

/** Resolves `file:./data/kodo.db` to an absolute path (relative to the working directory). */
export function sqlitePath(url: string): string {
  const raw = url.replace(/^file:/i, '').split('?')[0]!;
  return raw === ':memory:' ? raw : resolve(raw);
}

/** Only the adapter in use is loaded: the PostgreSQL driver alone is several megabytes in a SQLite process. */
export async function createAdapterFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (providerOf(url) === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const schema = new URL(url).searchParams.get('schema') ?? undefined;
    return new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 }, { schema });
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  // `timeout` is SQLite's busy timeout: a second writer waits instead of failing at once.
  const factory = new PrismaBetterSqlite3({ url: path, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    reusePreparedStatements((adapter as unknown as { client: SqliteConnection }).client);
    return adapter;
  };
  return factory;
}

const providers = new WeakMap<object, Provider>();

/** Which database a client opened by openDatabase talks to (for the few statements that differ). */
export function providerOfDb(db: object): Provider {
  const provider = providers.get(db);
  if (!provider) throw new Error('providerOfDb: the client was not opened by openDatabase');
  return provider;
}

export async function openDatabase(url: string): Promise<{ db: Db; provider: Provider }> {
  const provider = providerOf(url);
  const adapter = await createAdapterFactory(url);
  // Only the provider in use is loaded: each generated client costs memory at start.
  const { PrismaClient } = (provider === 'postgresql'
    ? await import('./generated/postgresql/client.ts')
    : await import('./generated/sqlite/client.ts')) as unknown as { PrismaClient: new (options: { adapter: typeof adapter }) => Db };
  const db = new PrismaClient({ adapter });
  providers.set(db, provider);
  await db.$connect();
  if (provider === 'sqlite') {
    // WAL survives a killed process and lets readers run beside the single writer.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  }
  return { db, provider };
}
