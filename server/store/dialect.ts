// The only place that knows SQLite from Postgres. Everything else speaks knex.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

// Times are stored as epoch milliseconds in BIGINT columns; node-postgres would hand
// BIGINT back as a string, so read int8 as a number (safe: ms timestamps fit in 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

export type SqliteDriver = 'better-sqlite3' | 'sqlite3';

export interface ConnectOptions {
  /** Postgres only: the schema to work in (tests give each file its own). */
  schema?: string;
  /**
   * SQLite only: better-sqlite3 (the default) or node-sqlite3, kept for the raw baseline's
   * driver comparison (docs/benchmarks.md, "Tuning the calling loop").
   */
  sqliteDriver?: SqliteDriver;
}

// Every pragma is per connection. WAL lets readers (the load check, repair-counters, a
// backup) work beside the writer. synchronous = NORMAL in WAL mode still never corrupts
// the database and keeps every commit atomic: a power cut can lose the last commits
// before the next checkpoint, but a killed process (the crash test) loses nothing, since
// the WAL is in the OS's page cache. busy_timeout waits for another process's write lock
// (on better-sqlite3 that wait blocks this process: only outside tools ever take it).
// cache_size: 64 MB of pages on the one connection (SQLite's default is 2 MB), so a large
// queue and its indexes stay in memory instead of being re-read from the OS on each claim.
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536',
];

/** Knex settings for a DATABASE_URL (sqlite:<path> or postgres://...). */
export function knexConfig(databaseUrl: string, opts: ConnectOptions = {}): Knex.Config {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const filename = path.resolve(databaseUrl.slice('sqlite:'.length));
    fs.mkdirSync(path.dirname(filename), { recursive: true });
    const driver = opts.sqliteDriver ?? 'better-sqlite3';
    return {
      // better-sqlite3 runs each statement in this thread; node-sqlite3 hands every one to
      // a worker thread and back: 3.6x slower on the raw call cycle (docs/benchmarks.md).
      client: driver,
      connection: { filename },
      useNullAsDefault: true,
      // One connection: SQLite has a single writer anyway, and one connection makes every
      // transaction (and so every claim) strictly serial in this process.
      pool: {
        min: 1,
        max: 1,
        afterCreate: (conn: unknown, done: (err: Error | null, conn: unknown) => void) => {
          if (driver === 'better-sqlite3') {
            try {
              const db = conn as BetterSqliteConnection;
              for (const p of SQLITE_PRAGMAS) db.pragma(p);
              cacheStatements(db);
              done(null, conn);
            } catch (err) {
              done(err as Error, conn);
            }
            return;
          }
          const db = conn as SqliteConnection;
          db.serialize(() => {
            SQLITE_PRAGMAS.forEach((p, i) =>
              db.run(`PRAGMA ${p}`, i === SQLITE_PRAGMAS.length - 1 ? (err) => done(err, conn) : undefined),
            );
          });
        },
      },
    };
  }
  return {
    client: 'pg',
    connection: { connectionString: databaseUrl },
    searchPath: opts.schema ? [opts.schema] : undefined,
    pool: { min: 0, max: 10 },
  };
}

interface SqliteConnection {
  serialize(fn: () => void): void;
  run(sql: string, cb?: (err: Error | null) => void): void;
}

interface BetterSqliteConnection {
  pragma(source: string): unknown;
  prepare(sql: string): unknown;
}

/** Prepared statements kept per connection; a handful of shapes cover the calling loop. */
const STATEMENT_CACHE = 300;

/**
 * knex prepares every query afresh on better-sqlite3; compiling the SQL again costs more
 * than running most of the loop's statements. Statements run to completion before the next
 * starts (the driver is synchronous), so reusing one is safe; SQLite re-prepares it itself
 * if the schema changes.
 */
function cacheStatements(db: BetterSqliteConnection): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, unknown>();
  db.prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt === undefined) {
      stmt = prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

/** Locks the selected rows until commit on Postgres; SQLite's writer lock already covers it. */
export function lockRows(db: Knex | Knex.Transaction, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return isPostgres(db) ? query.forUpdate() : query;
}

function isPostgres(db: Knex | Knex.Transaction): boolean {
  return db.client.config.client === 'pg';
}

/** SQLite through better-sqlite3 (the app's driver): statements run synchronously on one connection. */
export function isBetterSqlite(db: Knex | Knex.Transaction): boolean {
  return db.client.config.client === 'better-sqlite3';
}

/** `FOR UPDATE [OF alias] SKIP LOCKED` on Postgres, nothing on SQLite: for SQL written as text. */
export function skipLockedClause(db: Knex | Knex.Transaction, alias: string): string {
  return isPostgres(db) ? ` for update of "${alias}" skip locked` : '';
}

/** `FOR UPDATE` on Postgres, nothing on SQLite: for SQL written as text. */
export function forUpdateClause(db: Knex | Knex.Transaction): string {
  return isPostgres(db) ? ' for update' : '';
}

type Row = Record<string, unknown>;

/** What runStatement and the SQLite transactions need of knex's client: its connections. */
export interface ConnectionLender {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
}

interface BetterSqliteStatement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}

interface PgConnection {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

// `?` → `$1, $2, …`, and one name per distinct text, so each Postgres connection parses and
// plans a statement once and then only binds and runs it.
const pgStatements = new Map<string, { name: string; text: string }>();
export function pgStatement(sql: string): { name: string; text: string } {
  let st = pgStatements.get(sql);
  if (!st) {
    let n = 0;
    st = { name: `rr${pgStatements.size}`, text: sql.replace(/\?/g, () => `$${++n}`) };
    pgStatements.set(sql, st);
  }
  return st;
}

// As knex binds: better-sqlite3 takes neither booleans, Dates nor undefined.
const sqliteValue = (v: unknown): unknown =>
  v === undefined ? null : typeof v === 'boolean' ? Number(v) : v instanceof Date ? v.valueOf() : v;

/**
 * Runs one statement, written as SQL both databases read (`?` placeholders, double-quoted
 * names, no `?` inside literals), on the connection knex would use: the transaction's, or
 * one lent by the pool. It is prepared once per connection and run straight on the driver.
 * The calling loop's statements go this way: through knex's query builder they cost about
 * four times the database work itself (docs/benchmarks.md, "Raw baseline").
 */
export async function runStatement<T = Row>(
  db: Knex | Knex.Transaction,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const trx = db as Knex.Transaction;
  if (trx.isTransaction && trx.isCompleted()) throw new Error(`Transaction query already complete: ${sql}`);
  // node-sqlite3 (kept only for the raw baseline's driver comparison) goes through knex.
  if (db.client.config.client === 'sqlite3') return (await db.raw(sql, params as Knex.RawBinding[])) as T[];
  const lender = db.client as unknown as ConnectionLender;
  const conn = await lender.acquireConnection();
  try {
    if (isPostgres(db)) {
      const result = await (conn as PgConnection).query({ ...pgStatement(sql), values: [...params] });
      return result.rows as T[];
    }
    const stmt = (conn as { prepare(sql: string): BetterSqliteStatement }).prepare(sql);
    const values = params.map(sqliteValue);
    if (stmt.reader) return stmt.all(...values) as T[];
    stmt.run(...values);
    return [];
  } finally {
    // A transaction's connection stays with it (knex's release is a no-op there).
    await lender.releaseConnection(conn);
  }
}

/** SQLite hands booleans back as 0/1; Postgres as true/false. */
export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';

/** True for a unique-constraint violation, in either database's words. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  // node-sqlite3 says SQLITE_CONSTRAINT, better-sqlite3 the extended SQLITE_CONSTRAINT_UNIQUE.
  return (
    e?.code === '23505' || (!!e?.code?.startsWith('SQLITE_CONSTRAINT') && /UNIQUE/.test(e.message ?? ''))
  );
}
