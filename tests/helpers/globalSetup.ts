// Runs once before the test files: finds out which outside parts are here (test files
// read the answers from the environment, which their workers inherit) and builds the
// migrated SQLite template that each test file copies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/store/db';
import { migrateLatest } from '../../server/store/migrate';
import { canConnect, hasChromium, REDIS_URL } from './outside';

export default async function globalSetup(): Promise<void> {
  process.env.RINGROUND_HAVE_REDIS = (await canConnect(REDIS_URL)) ? '1' : '0';
  process.env.RINGROUND_HAVE_CHROMIUM = hasChromium() ? '1' : '0';

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-jest-'));
  const template = path.join(dir, 'template.db');
  const db = openDatabase(`sqlite:${template}`);
  await migrateLatest(db);
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.destroy();
  process.env.RINGROUND_SQLITE_TEMPLATE = template;
}
