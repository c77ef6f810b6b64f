// Each test file gets its own fresh, migrated database: a copy of the SQLite template,
// or a new schema on the Postgres test database. TEST_DB picks which (scripts/test.mjs sets it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../server/store/db';
import type { Db } from '../../server/store/db';
import { migrateLatest } from '../../server/store/migrate';

export const TEST_DB = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: Db;
  /** A DATABASE_URL another process (or a second app instance) can open. */
  url: string;
  schema?: string;
  /** Opens another connection pool on the same database, as a second instance would. */
  reopen(): Db;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  return TEST_DB === 'postgres' ? freshPostgres() : freshSqlite();
}

async function freshSqlite(): Promise<TestDatabase> {
  const template = process.env.RINGROUND_SQLITE_TEMPLATE;
  if (!template) throw new Error('no SQLite template: run the tests through jest (globalSetup builds it)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-test-'));
  const file = path.join(dir, 'test.db');
  fs.copyFileSync(template, file);
  const url = `sqlite:${file}`;
  const db = openDatabase(url);
  return {
    db,
    url,
    reopen: () => openDatabase(url),
    async drop() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshPostgres(): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase(TEST_DATABASE_URL);
  await admin.raw(`create schema "${schema}"`);
  const db = openDatabase(TEST_DATABASE_URL, { schema });
  await migrateLatest(db);
  return {
    db,
    url: TEST_DATABASE_URL,
    schema,
    reopen: () => openDatabase(TEST_DATABASE_URL, { schema }),
    async drop() {
      await db.destroy();
      await admin.raw(`drop schema "${schema}" cascade`);
      await admin.destroy();
    },
  };
}
