// Creates and applies Prisma migrations through Prisma's WebAssembly schema engine, because the
// CLI's native engine is downloaded on first use and our offline machines (and CI) cannot do that.
// The result is Prisma's own layout and `_prisma_migrations` bookkeeping, so `prisma migrate
// deploy` on a machine with internet accepts the same folders and databases.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg';
import { projectPath } from '../paths.ts';
import { createAdapterFactory, providerOf, sqlitePath, type Provider } from './client.ts';

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type Log = (msg: string) => void;

const require = createRequire(import.meta.url);
const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Where a server is reachable for temporary PostgreSQL databases (migration diffs, tests). */
export function postgresAdminUrl(): string {
  return process.env.POSTGRES_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function migrationsDir(provider: Provider): string {
  return projectPath('prisma', provider, 'migrations');
}

export function schemaPath(provider: Provider): string {
  return projectPath('prisma', provider, 'schema.prisma');
}

// ── the engine ────────────────────────────────────────────────────────────────

// lib "ES2023" without DOM leaves WebAssembly untyped as a value; this is the part we use.
const wasmApi = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
}).WebAssembly;

type EngineState = { glue: Promise<EngineModule>; timers: Set<NodeJS.Timeout>; running: number };

// The wasm-bindgen glue keeps the instance in module state, and vitest re-evaluates our module
// per test file while sharing node_modules: one instance per process, kept on globalThis, stops
// a later instantiation from swapping memory under an engine that is still running.
const stateKey = Symbol.for('kodo.schemaEngineWasm');

function engineState(): EngineState {
  const holder = globalThis as { [stateKey]?: EngineState };
  if (!holder[stateKey]) {
    const timers = new Set<NodeJS.Timeout>();
    const glue = instantiateEngine(timers);
    glue.catch(() => delete holder[stateKey]);
    holder[stateKey] = { glue, timers, running: 0 };
  }
  return holder[stateKey];
}

async function instantiateEngine(timers: Set<NodeJS.Timeout>): Promise<EngineModule> {
  const glue: EngineModule = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmFile = join(dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  // The engine arms 10 s timers (its PostgreSQL lock timeout, for one) and never clears them,
  // which kept `npm run db:migrate` alive 10 s after it finished. We record them, and withEngine
  // clears them once no engine call is running, when no future can still be waiting on one.
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => {
      const timer: NodeJS.Timeout = setTimeout(() => {
        timers.delete(timer);
        callback();
      }, ms >>> 0);
      timers.add(timer);
      return timer;
    };
  }
  const { instance } = await wasmApi.instantiate(readFileSync(wasmFile), { './schema_engine_bg.js': imports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * The engine's errors carry a Rust span trace after the message, and errors thrown by the driver
 * adapter appear only as "External error id#N" (the error itself waits in the registry).
 */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const message = error.message
    .split(/\n\s+0: /)[0]!
    .trim()
    .replace(/External error id#(\d+)/g, (text, id: string) => {
      const inner = registry.consumeError(Number(id))?.error;
      return inner instanceof Error ? inner.message : inner !== undefined ? JSON.stringify(inner) : text;
    });
  const clean = new Error(message, { cause: error });
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) Object.assign(clean, { code });
  return clean;
}

/**
 * Runs `work` with an engine bound to `main` (and `shadow` for diffs from migrations), then closes
 * every connection the engine opened: a PostgreSQL session keeps Prisma's advisory migration lock
 * until it ends, so leaving the pool open would stall the next migrating process.
 */
async function withEngine<T>(
  provider: Provider,
  main: SqlMigrationAwareDriverAdapterFactory,
  shadow: (() => Promise<SqlDriverAdapter>) | undefined,
  log: Log | undefined,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const state = engineState();
  const glue = await state.glue;
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => track(main.connect()),
    connectToShadowDb: () => track(shadow ? shadow() : main.connectToShadowDb()),
  };
  const file = schemaPath(provider);
  const datamodels: [string, string][] | undefined = existsSync(file) ? [[file, readFileSync(file, 'utf8')]] : undefined;
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  let engine: SchemaEngine | undefined;
  state.running++;
  try {
    engine = await glue.SchemaEngine.new({ datamodels }, engineLogger(log), bound);
    return await work(engine);
  } catch (error) {
    throw engineError(error, bound.errorRegistry);
  } finally {
    engine?.free();
    // The engine may already have disposed some (it does so for shadow databases); a second
    // dispose of a pg pool rejects, which is harmless here.
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    if (--state.running === 0) {
      for (const timer of state.timers) clearTimeout(timer);
      state.timers.clear();
    }
  }
}

function engineLogger(log: Log | undefined): (line: string) => void {
  return (line) => {
    if (!log) return;
    try {
      const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      const message = entry.fields?.message;
      if (!message || message.startsWith('Starting schema-engine')) return;
      // "Applying `<name>`" marks progress through a long migration; the rest is query chatter.
      if (entry.level === 'WARN' || entry.level === 'ERROR' || message.startsWith('Applying')) log(message);
    } catch {
      log(line);
    }
  };
}

// ── migrations on disk ──────────────────────────────────────────────────────

const lockfileName = 'migration_lock.toml';

function lockfileText(provider: Provider): string {
  // Same text the Prisma CLI writes, so a later `prisma migrate dev` leaves the file unchanged.
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

/** The migrations folder in the shape the engine expects (what the CLI reads from disk). */
export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, lockfileName);
  // Without a lock file the engine cannot tell the connector; an empty history is still valid.
  const lockContent = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : lockfileText(provider);
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];
  return {
    baseDir,
    lockfile: { path: lockfileName, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: dirs.sort((a, b) => a.localeCompare(b)).map((path) => {
      const file = join(baseDir, path, 'migration.sql');
      let content: { tag: 'ok'; value: string } | { tag: 'error'; value: string };
      try {
        content = { tag: 'ok', value: readFileSync(file, 'utf8') };
      } catch (error) {
        content = { tag: 'error', value: (error as Error).message };
      }
      return { path, migrationFile: { path: 'migration.sql', content } };
    }),
  };
}

// ── applying ─────────────────────────────────────────────────────────────────

/**
 * A factory for the migrating connection. For PostgreSQL `?schema=` must also become the
 * search_path: migration scripts name tables without a schema (so one script serves any schema),
 * and the engine, unlike the runtime client, does not qualify them.
 */
async function migrationFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (providerOf(url) === 'sqlite') return createAdapterFactory(url);
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(schema)) {
    throw new Error(`unsupported PostgreSQL schema name "${schema}" (letters, digits, _ and $ only)`);
  }
  return postgresMigrationFactory(url, schema);
}

function postgresMigrationFactory(url: string, schema?: string): PrismaPg {
  return new PrismaPg(
    {
      connectionString: url,
      max: 2,
      connectionTimeoutMillis: 5_000,
      Client: CatalogFriendlyClient,
      ...(schema ? { options: `-c search_path="${schema}"` } : {}),
    },
    { schema },
  );
}

// PrismaPg rejects result columns of PostgreSQL's internal one-byte type "char" (oid 18), which
// the engine's catalogue queries return (relkind, contype, ...): describing a database for a diff
// failed with "Column type 'char' could not be deserialized". pg already parses the values as
// strings, so presenting the columns as text is exact. Only migration connections use this.
const pgCharOid = 18;
const pgTextOid = 25;

function charColumnsAsText(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(charColumnsAsText);
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === pgCharOid) field.dataTypeID = pgTextOid;
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    // pg.Pool calls query with a callback, the adapter's dedicated clients without one.
    (this as { query: unknown }).query = (...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : charColumnsAsText(result));
        return query(...args);
      }
      const pending = query(...args);
      return pending instanceof Promise ? pending.then(charColumnsAsText) : pending;
    };
  }
}

export async function applyMigrations(url: string, opts: { log?: Log } = {}): Promise<{ applied: string[] }> {
  const provider = providerOf(url);
  const migrationsList = readMigrations(provider);
  if (await isUpToDate(await migrationFactory(url), migrationsList)) return { applied: [] };
  const run = async () =>
    withEngine(provider, await migrationFactory(url), undefined, opts.log, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return { applied: appliedMigrationNames };
    });
  // On PostgreSQL the engine itself takes Prisma's advisory lock (72707369, the one `prisma
  // migrate deploy` takes) before it reads the history, so concurrent starts are serialised.
  if (provider === 'postgresql') return retryWhileLocked(run, opts.log);
  const path = sqlitePath(url);
  try {
    return await withSqliteMigrationLock(path, run);
  } catch (error) {
    // The adapter reports SQLITE_BUSY as a kind the engine cannot decode ("unknown variant
    // `SocketTimeout`"); say what it means instead.
    if (error instanceof Error && /SocketTimeout|database is locked/.test(error.message)) {
      throw new Error(
        `SQLite database ${path} is in use by another process; migrating needs it alone (stop the bot, then run npm run db:migrate)`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Whether every migration folder is recorded as applied, unchanged, with no failed attempt:
 * then there is nothing to do and no need for the engine. This matters on SQLite, where the
 * engine locks the file exclusively (`PRAGMA locking_mode=EXCLUSIVE`) and so cannot even look
 * while another process (a second bot instance that migrated first) has the database open.
 * Anything unexpected (no table yet, a failed row, an edited file) is left to the engine.
 */
async function isUpToDate(factory: SqlMigrationAwareDriverAdapterFactory, list: MigrationList): Promise<boolean> {
  let adapter: SqlDriverAdapter | undefined;
  try {
    adapter = await factory.connect();
    const { rows } = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
      args: [],
      argTypes: [],
    });
    const done = new Map<string, string>();
    for (const [name, checksum, finishedAt, rolledBackAt] of rows) {
      if (rolledBackAt !== null) continue;
      if (finishedAt === null) return false;
      done.set(String(name), String(checksum));
    }
    return list.migrationDirectories.every(
      (dir) => dir.migrationFile.content.tag === 'ok' && done.get(dir.path) === sha256(dir.migrationFile.content.value),
    );
  } catch {
    return false;
  } finally {
    await adapter?.dispose().catch(() => {});
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The engine waits 10 s for Prisma's PostgreSQL advisory lock, then fails with P1002; a migration
 * running in another process can take longer than that, so keep waiting for it.
 */
async function retryWhileLocked<T>(work: () => Promise<T>, log: Log | undefined, deadline = Date.now() + 10 * 60_000): Promise<T> {
  for (;;) {
    try {
      return await work();
    } catch (error) {
      const locked = (error as { code?: string }).code === 'P1002' && /advisory lock/.test((error as Error).message);
      if (!locked || Date.now() > deadline) throw error;
      log?.('another process is migrating this database; waiting for it');
    }
  }
}

type LockDb = { exec(sql: string): void; close(): void };
const BetterSqlite3 = require('better-sqlite3') as new (path: string, opts: { timeout: number }) => LockDb;
const inProcess = new Map<string, Promise<unknown>>();

/**
 * Serialises migrations of one SQLite file across processes by holding an exclusive lock on a
 * sidecar SQLite file. (The engine's own exclusive lock on the database does not serialise: a
 * second engine gives up with SQLITE_BUSY after the busy timeout instead of waiting its turn.)
 * The OS drops the lock when a process dies, so a killed migration leaves no stale lock behind,
 * unlike a lock file that must be deleted. better-sqlite3 blocks the event loop while it waits,
 * so we poll without a busy timeout, and callers in this process queue first: they share one
 * set of OS locks and would not exclude each other reliably.
 */
async function withSqliteMigrationLock<T>(dbPath: string, work: () => Promise<T>): Promise<T> {
  if (dbPath === ':memory:') return work();
  const previous = inProcess.get(dbPath) ?? Promise.resolve();
  const mine = previous.catch(() => {}).then(async () => {
    mkdirSync(dirname(dbPath), { recursive: true });
    const lock = new BetterSqlite3(`${dbPath}-migrate.lock`, { timeout: 0 });
    try {
      const deadline = Date.now() + 10 * 60_000;
      for (;;) {
        try {
          lock.exec('BEGIN EXCLUSIVE');
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
          if (Date.now() > deadline) throw new Error(`timed out waiting for another process to finish migrating ${dbPath}`);
          await sleep(100);
        }
      }
      try {
        return await work();
      } finally {
        lock.exec('ROLLBACK');
      }
    } finally {
      lock.close();
    }
  });
  inProcess.set(dbPath, mine);
  try {
    return await mine;
  } finally {
    if (inProcess.get(dbPath) === mine) inProcess.delete(dbPath);
  }
}

// ── creating ─────────────────────────────────────────────────────────────────

/**
 * The SQL that takes a database built from the existing migrations to the current
 * prisma/<provider>/schema.prisma, or null when they already agree. The engine replays the
 * migrations on a shadow database: in memory for SQLite, a temporary database for PostgreSQL.
 * `schema` replaces the schema file's text (to preview a change).
 * (PrismaPg's own connectToShadowDb cannot be used: pg lets the connection string's database
 * override the shadow database name, so it would replay on the main database.)
 */
export async function pendingMigrationSql(
  provider: Provider,
  opts: { log?: Log; postgresUrl?: string; schema?: string } = {},
): Promise<string | null> {
  const migrationsList = readMigrations(provider);
  const file = schemaPath(provider);
  const content = opts.schema ?? readFileSync(file, 'utf8');
  const target = { tag: 'schemaDatamodel' as const, files: [{ path: file, content }] };
  const diff = (engine: SchemaEngine) =>
    engine.diff({ from: { tag: 'migrations', ...migrationsList }, to: target, script: true, exitCode: true, filters: noFilters });

  let result;
  if (provider === 'sqlite') {
    const memory = new PrismaBetterSqlite3({ url: ':memory:' });
    const shadow = async () => scriptsThroughExec(await new PrismaBetterSqlite3({ url: ':memory:' }).connect());
    result = await withEngine(provider, memory, shadow, opts.log, diff);
  } else {
    result = await withTemporaryPostgresDatabase(opts.postgresUrl ?? postgresAdminUrl(), async (url) => {
      const scratch = postgresMigrationFactory(url);
      return withEngine(provider, scratch, () => scratch.connect(), opts.log, diff);
    });
  }
  // exitCode 2 is the engine's "the diff is not empty" (`prisma migrate diff --exit-code`).
  return result.exitCode === 2 ? (result.stdout ?? '') : null;
}

/**
 * The engine replays each migration on a SQLite shadow database as one executeRaw call, and
 * better-sqlite3 prepares a single statement only ("The supplied SQL string contains more than
 * one statement"). Prepare fails before anything runs, so falling back to exec is safe.
 */
function scriptsThroughExec(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const text = `${String(error)} ${String((error as { cause?: unknown })?.cause)}`;
      if (query.args.length > 0 || !/more than one statement/.test(text)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

async function withTemporaryPostgresDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `kodo_migrate_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `creating a PostgreSQL migration needs a server for a temporary database; ${serverUrl.replace(/\/\/[^@/]*@/, '//')} is unreachable (set POSTGRES_ADMIN_URL): ${(error as Error).message}`,
    );
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      url.search = '';
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/** Prisma's migration folder name: UTC yyyyMMddHHmmss, then the name slugged like the CLI does. */
export function migrationFolderName(name: string, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const slug = name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  return slug ? `${stamp}_${slug}` : stamp;
}

/** Writes `<folder>/migration.sql` (and the lock file if missing); returns the folder's path. */
export function writeMigration(provider: Provider, folderName: string, sql: string): string {
  const baseDir = migrationsDir(provider);
  const folder = join(baseDir, folderName);
  if (existsSync(folder)) throw new Error(`migration folder already exists: ${folder}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), sql);
  const lockPath = join(baseDir, lockfileName);
  if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileText(provider));
  return folder;
}

/**
 * Writes a new migration from the existing ones to the current prisma/<provider>/schema.prisma;
 * returns its folder, or null when there is nothing to change.
 */
export async function createMigration(
  provider: Provider,
  name: string,
  opts: { log?: Log; postgresUrl?: string; at?: Date } = {},
): Promise<string | null> {
  const sql = await pendingMigrationSql(provider, opts);
  return sql === null ? null : writeMigration(provider, migrationFolderName(name, opts.at), sql);
}
