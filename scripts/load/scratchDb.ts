// A throwaway Postgres database beside the one DATABASE_URL names, so a load, crash or
// scale-test run starts empty (no opt-outs or contacts left over from an earlier run).
import { randomBytes } from 'node:crypto';
import knex from 'knex';
import { knexConfig } from '../../server/store/dialect';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function scratchPostgres(serverUrl: string, prefix = 'rr_load'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = knex(knexConfig(serverUrl));
  await admin.raw(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.raw(`drop database if exists "${name}" with (force)`);
      await admin.destroy();
    },
  };
}
