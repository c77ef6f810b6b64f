// Applies pending migrations to DATABASE_URL without starting the server: npm run migrate
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/store/db';
import { migrateLatest } from '../server/store/migrate';

async function main() {
  const db = openDatabase(loadConfig().DATABASE_URL);
  const applied = await migrateLatest(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
