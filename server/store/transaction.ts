import type { Db, Tx } from './db';

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
  const result = await db.transaction((trx) => fn(trx, (cb) => pending.push(cb)));
  for (const cb of pending) cb();
  return result;
}
