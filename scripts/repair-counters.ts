// Recounts every campaign's dashboard counters from the calls table and fixes any drift.
//   npm run repair-counters            (DATABASE_URL as for npm start)
//   npm run repair-counters -- 12      (one campaign)
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/store/db';
import { migrateLatest } from '../server/store/migrate';
import { repairCounters } from '../server/stats/repairCounters';

async function main() {
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_URL);
  await migrateLatest(db);
  const only = process.argv[2] ? Number(process.argv[2]) : undefined;
  for (const r of await repairCounters(db, only)) {
    const keys = Object.keys(r.fixed);
    console.log(
      `campaign ${r.campaignId}: ${keys.length ? `fixed ${keys.length} counters` : 'all counters agree'}`,
    );
    for (const k of keys) console.log(`  ${k}: ${r.fixed[k]![0]} → ${r.fixed[k]![1]}`);
  }
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
