// Removes the migrated SQLite template globalSetup made (test files delete their own copies).
import fs from 'node:fs';
import path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.RINGROUND_SQLITE_TEMPLATE;
  if (template) fs.rmSync(path.dirname(template), { recursive: true, force: true });
}
