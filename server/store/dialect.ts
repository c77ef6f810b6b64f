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
const PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'busy_timeout = 5000'];

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
              for (const p of PRAGMAS) db.pragma(p);
              cacheStatements(db);
              done(null, conn);
            } catch (err) {
              done(err as Error, conn);
            }
            return;
          }
          const db = conn as SqliteConnection;
          db.serialize(() => {
            PRAGMAS.forEach((p, i) =>
              db.run(`PRAGMA ${p}`, i === PRAGMAS.length - 1 ? (err) => done(err, conn) : undefined),
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

/**
 * Row locking for "claim the next contact": Postgres skips rows another transaction
 * holds; SQLite has one writer, so the statement alone is atomic.
 */
export function skipLocked(
  db: Knex | Knex.Transaction,
  query: Knex.QueryBuilder,
  table: string,
): Knex.QueryBuilder {
  return isPostgres(db) ? query.forUpdate(table).skipLocked() : query;
}

/** Locks the selected rows until commit on Postgres; SQLite's writer lock already covers it. */
export function lockRows(db: Knex | Knex.Transaction, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return isPostgres(db) ? query.forUpdate() : query;
}

function isPostgres(db: Knex | Knex.Transaction): boolean {
  return db.client.config.client === 'pg';
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
