import knex from 'knex';
import type { Knex } from 'knex';
import type { Db, Tx } from './db';
import { isBetterSqlite } from './dialect';

/** Queue work (socket events, mostly) to run only once the transaction has committed. */
export type AfterCommit = (fn: () => void) => void;

/**
 * Runs fn in one transaction. Whatever fn hands to afterCommit runs after COMMIT and
 * never after a rollback, so no one hears about a change that did not happen.
 */
export async function inTransaction<T>(
  db: Db,
  fn: (trx: Tx, afterCommit: AfterCommit) => Promise<T>,
): Promise<T> {
  const pending: Array<() => void> = [];
  const afterCommit: AfterCommit = (cb) => pending.push(cb);
  const result = isBetterSqlite(db)
    ? await sqliteTransaction(db, (trx) => fn(trx, afterCommit))
    : await db.transaction((trx) => fn(trx, afterCommit));
  for (const cb of pending) cb();
  return result;
}

interface ConnectionLender {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
}

interface SqliteConnection {
  inTransaction: boolean;
  prepare(sql: string): { run(): unknown };
}

/** A knex instance whose every query runs on the connection the current transaction holds. */
interface Bound {
  knex: Knex;
  held: SqliteConnection | null;
}
const bound = new WeakMap<Db, Bound>();

function boundTo(db: Db): Bound {
  let b = bound.get(db);
  if (b) return b;
  const side = knex({ client: db.client.config.client, useNullAsDefault: true });
  const state: Bound = { knex: side, held: null };
  const lender = side.client as unknown as ConnectionLender;
  lender.acquireConnection = async () => {
    if (!state.held) throw new Error('a transaction handle was used after its transaction ended');
    return state.held;
  };
  lender.releaseConnection = async () => undefined;
  bound.set(db, (b = state));
  return b;
}

/**
 * better-sqlite3: BEGIN … COMMIT on the pool's one connection, held for the whole
 * transaction, so every other query waits for the pool exactly as under knex.transaction.
 * knex.transaction builds a new knex instance for each transaction, which cost ~0.6 ms of
 * JavaScript, three times a call cycle (docs/benchmarks.md, "Tuning the calling loop");
 * here one knex instance, bound to whichever connection the running transaction holds,
 * serves every transaction. Only one can run at a time: the pool has one connection.
 */
async function sqliteTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  const lender = db.client as unknown as ConnectionLender;
  const conn = (await lender.acquireConnection()) as SqliteConnection;
  const b = boundTo(db);
  b.held = conn;
  try {
    conn.prepare('BEGIN').run();
    try {
      const result = await fn(b.knex as unknown as Tx);
      conn.prepare('COMMIT').run();
      return result;
    } catch (err) {
      // Some errors end the transaction themselves; a failed COMMIT leaves it open.
      if (conn.inTransaction) conn.prepare('ROLLBACK').run();
      throw err;
    }
  } finally {
    b.held = null;
    await lender.releaseConnection(conn);
  }
}
