// SQLite compiles a statement on every prepare(), and Prisma's better-sqlite3 adapter prepares each
// query anew. Below capacity, where each statement touches a row or two, compiling took more CPU
// than running: a tenth of the bot's time. This keeps compiled statements by their SQL text.
//
// The adapter calls `prepare(sql).bind(args)`, then run(), columns(), reader or raw().all() on the
// result. better-sqlite3's bind() fixes the parameters for a statement's whole life, so a kept
// statement answers bind() with a view that passes the arguments to each call instead.
// SQLite recompiles a kept statement after a schema change by itself, but columns() keeps naming
// the columns it was first compiled with: `SELECT *` across a migration made while the bot runs
// would pair names and values wrongly. Prisma's queries and ours name their columns.

/** The part of a better-sqlite3 statement the adapter uses. */
export interface SqliteStatement {
  readonly reader: boolean;
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  raw(toggle?: boolean): SqliteStatement;
  columns(): unknown[];
  bind(...params: unknown[]): unknown;
}

export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** Enough for the distinct statements a running bot issues (an IN list of each length counts apart). */
const DEFAULT_CAPACITY = 400;

/** Makes `connection.prepare` return kept statements; past `capacity` the least recently used goes. */
export function reusePreparedStatements(connection: SqliteConnection, capacity = DEFAULT_CAPACITY): void {
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, SqliteStatement>();
  connection.prepare = (sql: string): SqliteStatement => {
    let statement = kept.get(sql);
    if (statement) {
      // A Map iterates in insertion order: re-inserting keeps the least recently used first.
      kept.delete(sql);
    } else {
      statement = reusable(prepare(sql));
      if (kept.size >= capacity) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return statement;
  };
}

function reusable(statement: SqliteStatement): SqliteStatement {
  statement.bind = (params: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(params),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(params) }),
  });
  return statement;
}
