import knex from 'knex';
import type { Knex } from 'knex';
import type { Db, Tx } from './db';
import { isBetterSqlite } from './dialect';
import type { ConnectionLender } from './dialect';

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
 * One SQLite transaction shared by every logical transaction that starts before it commits:
 * each runs inside its own SAVEPOINT (so one that fails rolls back alone), one after another,
 * and all of them settle only after the one COMMIT. A commit appends the changed pages to the
 * WAL with a write each, which was the largest single cost of the call cycle; this is group
 * commit, and it commits at the end of the event-loop turn that began it.
 */
interface Batch {
  /** The connection once acquired and BEGIN has run. */
  ready: Promise<SqliteConnection>;
  /** The last member queued: members run strictly one after another. */
  tail: Promise<void>;
  /** Members that finished, waiting for the COMMIT. */
  done: Array<{ resolve(): void; reject(err: unknown): void }>;
  /** Set when SQLite itself ended the transaction: nothing in it may be reported as done. */
  failed: unknown;
  closing: boolean;
}
const open = new WeakMap<Db, Batch>();

function batchFor(db: Db): Batch {
  const current = open.get(db);
  if (current && !current.closing) return current;
  const lender = db.client as unknown as ConnectionLender;
  const b = boundTo(db);
  const ready = (async () => {
    const conn = (await lender.acquireConnection()) as SqliteConnection;
    b.held = conn;
    try {
      conn.prepare('BEGIN').run();
    } catch (err) {
      b.held = null;
      await lender.releaseConnection(conn);
      throw err;
    }
    return conn;
  })();
  const noop = () => undefined;
  const batch: Batch = { ready, tail: ready.then(noop, noop), done: [], failed: null, closing: false };
  open.set(db, batch);
  ready.then(
    () => setImmediate(() => void close(db, batch, lender)),
    (err: unknown) => {
      batch.closing = true;
      batch.failed = err;
      if (open.get(db) === batch) open.delete(db);
    },
  );
  return batch;
}

async function close(db: Db, batch: Batch, lender: ConnectionLender): Promise<void> {
  batch.closing = true;
  if (open.get(db) === batch) open.delete(db);
  await batch.tail;
  const conn = await batch.ready;
  let err = batch.failed;
  try {
    if (!err) conn.prepare('COMMIT').run();
  } catch (commitErr) {
    err = commitErr;
  }
  try {
    // A failed COMMIT (or a member's error that SQLite answered by ending it) keeps nothing.
    if (err && conn.inTransaction) conn.prepare('ROLLBACK').run();
  } catch {
    // The connection ends the transaction itself when it is next used or closed.
  }
  boundTo(db).held = null;
  await lender.releaseConnection(conn);
  for (const member of batch.done) {
    if (err) member.reject(err);
    else member.resolve();
  }
}

/**
 * better-sqlite3: the logical transaction runs in a SAVEPOINT of the open batch (above) on
 * the pool's one connection, held for the whole batch, so every other query waits for the
 * pool exactly as under knex.transaction. knex.transaction built a new knex instance for each
 * transaction (~0.6 ms of JavaScript, three times a call cycle, docs/benchmarks.md); here one
 * knex instance, bound to the batch's connection, serves every transaction.
 */
async function sqliteTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  const batch = batchFor(db);
  const handle = boundTo(db).knex as unknown as Tx;
  return new Promise<T>((resolve, reject) => {
    // Never throws: the tail must stay a fulfilled chain, or the batch could not close.
    const run = async (): Promise<void> => {
      let conn: SqliteConnection;
      try {
        conn = await batch.ready;
      } catch (err) {
        return reject(err);
      }
      if (batch.failed) return reject(batch.failed);
      try {
        conn.prepare('SAVEPOINT member').run();
      } catch (err) {
        batch.failed = err;
        return reject(err);
      }
      try {
        const result = await fn(handle);
        conn.prepare('RELEASE member').run();
        batch.done.push({ resolve: () => resolve(result), reject });
      } catch (err) {
        try {
          if (!conn.inTransaction) throw err; // SQLite ended the whole transaction
          conn.prepare('ROLLBACK TO member').run();
          conn.prepare('RELEASE member').run();
        } catch (fatal) {
          batch.failed = fatal; // its finished members are not kept either
        }
        reject(err);
      }
    };
    batch.tail = batch.tail.then(run);
  });
}
