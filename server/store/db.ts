import knex from 'knex';
import type { Knex } from 'knex';
import { knexConfig } from './dialect';
import type { ConnectOptions } from './dialect';

export type Db = Knex;
export type Tx = Knex.Transaction;
/** Either the database or an open transaction: store functions accept both. */
export type Queryable = Knex | Knex.Transaction;

export function openDatabase(databaseUrl: string, opts: ConnectOptions = {}): Db {
  return knex(knexConfig(databaseUrl, opts));
}

/** Answers once the database does: for /healthz. */
export async function ping(db: Db): Promise<void> {
  await db.raw('select 1');
}
