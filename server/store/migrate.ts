import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Db } from './db';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../db/migrations');

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Loads db/migrations/*.ts through the running module loader (tsx in the app, swc in
 * jest) rather than knex's own file loading, which cannot read TypeScript by itself.
 */
const source: Knex.MigrationSource<string> = {
  getMigrations: async () =>
    fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d{14}_[a-z0-9_]+\.ts$/.test(f))
      .sort(),
  getMigrationName: (name) => name,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  getMigration: async (name) => require(path.join(MIGRATIONS_DIR, name)) as Migration,
};

/** Applies every pending migration; returns the names applied. */
export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest({ migrationSource: source })) as [number, string[]];
  return applied;
}
