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

export interface ConnectOptions {
  /** Postgres only: the schema to work in (tests give each file its own). */
  schema?: string;
}

/** Knex settings for a DATABASE_URL (sqlite:<path> or postgres://...). */
export function knexConfig(databaseUrl: string, opts: ConnectOptions = {}): Knex.Config {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const filename = path.resolve(databaseUrl.slice('sqlite:'.length));
    fs.mkdirSync(path.dirname(filename), { recursive: true });
    return {
      client: 'sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      // One connection: SQLite has a single writer anyway, and one connection makes every
      // transaction (and so every claim) strictly serial in this process.
      pool: {
        min: 1,
        max: 1,
        afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) => {
          conn.serialize(() => {
            conn.run('PRAGMA journal_mode = WAL');
            conn.run('PRAGMA synchronous = NORMAL');
            conn.run('PRAGMA foreign_keys = ON');
            conn.run('PRAGMA busy_timeout = 5000', (err) => done(err, conn));
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
  return e?.code === '23505' || (e?.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(e.message ?? ''));
}
