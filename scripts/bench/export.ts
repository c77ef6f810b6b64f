// How fast outcomes come out: rows/s and peak memory of the real exportCsv stream.
//   npx tsx scripts/bench/export.ts [contacts=1000000]
// 1. Seeds a fresh SQLite file in bulk: N queued contacts and a call for every other one.
// 2. In a child process (so its peak RSS is the export's alone): exportCsv() for kind=contacts
//    and kind=calls, streamed into a byte counter. Goals: ≥ 250,000 rows/s, peak RSS ≤ 250 MB.
// 3. Baseline: the sqlite3 CLI writing the same rows with -csv (the contacts join).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createCampaign } from '../../server/campaigns/manageCampaigns';
import { loadConfig } from '../../server/config';
import { createContext } from '../../server/context';
import { findCampaign } from '../../server/store/campaigns';
import { mergeContacts, queueContactsByPhone } from '../../server/store/contacts';
import type { NewContact } from '../../server/store/contacts';
import { openDatabase } from '../../server/store/db';
import { migrateLatest } from '../../server/store/migrate';
import { insertUser, toUser } from '../../server/store/users';
import { exportCsv } from '../../server/transfer/exportCsv';

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const ROOT = path.resolve(__dirname, '../..');
const GEO_DIR = process.env.GEO_DATA_DIR ?? path.resolve(ROOT, '../shared/geo');
const SQLITE = process.env.SQLITE3 ?? '/usr/bin/sqlite3';

const context = (file: string) => {
  const url = `sqlite:${file}`;
  const db = openDatabase(url);
  return createContext(loadConfig({ DATABASE_URL: url, GEO_DATA_DIR: GEO_DIR, LOG_LEVEL: 'warn' }), db);
};

async function seed(file: string): Promise<number> {
  const ctx = context(file);
  await migrateLatest(ctx.db);
  const organiser = await insertUser(
    ctx.db,
    { name: 'Bench', email: 'bench@example.org', role: 'organiser', phone: null, passwordHash: null },
    Date.now(),
  );
  const caller = await insertUser(
    ctx.db,
    { name: 'Cal Caller', email: 'cal@example.org', role: 'caller', phone: null, passwordHash: null },
    Date.now(),
  );
  const campaign = await createCampaign(
    ctx,
    {
      name: 'Export bench',
      script: {
        body: 'Hi',
        questions: [{ key: 'first_time', label: 'First time?', type: 'choice', options: ['yes', 'no'] }],
      },
    },
    toUser(organiser),
  );
  const now = Date.now();
  for (let i = 0; i < N; i += 10_000) {
    const part: NewContact[] = Array.from({ length: Math.min(10_000, N - i) }, (_, j) => ({
      externalId: `m${i + j}`,
      firstName: `Person${i + j}`,
      lastName: 'Bench',
      phone: `+4475${String(i + j).padStart(8, '0')}`,
      email: `p${i + j}@example.org`,
      postcode: 'BS5 6AA',
      constituencyCode: 'E14001133',
      custom: { Ward: 'Easton' },
    }));
    await ctx.db.transaction(async (trx) => {
      await mergeContacts(trx, part, now);
      await queueContactsByPhone(
        trx,
        campaign.id,
        part.map((c) => c.phone),
        now,
      );
    });
  }
  // A finished call for every other contact, written by the database itself from the queue.
  await ctx.db.raw(
    `INSERT INTO calls (campaign_contact_id, campaign_id, contact_id, caller_id, started_at, ended_at,
       outcome, notes, answers, provider, idempotency_key)
     SELECT id, campaign_id, contact_id, ?, ? + id * 1000, ? + id * 1000, 'interested', 'keen', '{"first_time":"yes"}', 'phone', 'seed-' || id
     FROM campaign_contacts WHERE campaign_id = ? AND id % 2 = 0`,
    [caller.id, now - 60_000, now, campaign.id],
  );
  await ctx.db.raw(
    `UPDATE campaign_contacts SET status = 'done', attempts = 1, last_outcome = 'interested', last_called_at = ?
     WHERE campaign_id = ? AND id % 2 = 0`,
    [now, campaign.id],
  );
  await ctx.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  await ctx.db.destroy();
  return campaign.id;
}

/** Child process: stream one export into a byte counter; print rows, bytes, seconds, peak RSS. */
async function exportOnly(file: string, campaignId: number, kind: 'contacts' | 'calls') {
  const ctx = context(file);
  const campaign = (await findCampaign(ctx.db, campaignId))!;
  let bytes = 0;
  let rows = 0;
  const t = performance.now();
  await pipeline(
    exportCsv(ctx, campaign, kind, {}, false),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
        done();
      },
    }),
  );
  const secs = (performance.now() - t) / 1000;
  await ctx.db.destroy();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows: rows - 1, bytes, secs, peakMb }));
}

function cliBaseline(file: string, campaignId: number): number | null {
  if (spawnSync(SQLITE, ['-version']).status !== 0) {
    console.log(`baseline skipped: no sqlite3 CLI at ${SQLITE} (apt-get install sqlite3, or set SQLITE3)`);
    return null;
  }
  const sql = `SELECT c.external_id, c.first_name, c.last_name, c.phone_e164, c.email, c.postcode,
    c.constituency_code, cc.status, cc.attempts, cc.last_outcome, cc.last_called_at, k.notes, k.answers
    FROM campaign_contacts cc JOIN contacts c ON c.id = cc.contact_id
    LEFT JOIN calls k ON k.contact_id = cc.contact_id AND k.campaign_id = cc.campaign_id
    WHERE cc.campaign_id = ${campaignId} ORDER BY cc.id`;
  const t = performance.now();
  execFileSync(SQLITE, ['-csv', '-header', file, sql], { stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - t) / 1000;
}

async function main() {
  if (process.argv[2] === '--export-only') {
    await exportOnly(process.argv[3]!, Number(process.argv[4]), process.argv[5] as 'contacts' | 'calls');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-bench-export-'));
  try {
    const file = path.join(dir, 'export.db');
    let t = performance.now();
    const campaignId = await seed(file);
    console.log(
      `seeded ${N.toLocaleString('en-GB')} contacts and ${(N / 2).toLocaleString('en-GB')} calls in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    for (const kind of ['contacts', 'calls'] as const) {
      const out = execFileSync(
        process.execPath,
        [
          ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
          '--import',
          'tsx',
          __filename,
          '--export-only',
          file,
          String(campaignId),
          kind,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
        rows: number;
        bytes: number;
        secs: number;
        peakMb: number;
      };
      console.log(
        `exportCsv kind=${kind}: ${r.rows.toLocaleString('en-GB')} rows, ${(r.bytes / 1e6).toFixed(0)} MB in ${r.secs.toFixed(1)} s = ${Math.round(r.rows / r.secs).toLocaleString('en-GB')} rows/s (goal ≥ 250,000), peak RSS ${r.peakMb.toFixed(0)} MB (goal ≤ 250 MB)`,
      );
    }
    t = performance.now();
    const base = cliBaseline(file, campaignId);
    if (base !== null)
      console.log(
        `baseline: sqlite3 -csv of the contacts join: ${base.toFixed(1)} s = ${Math.round(N / base).toLocaleString('en-GB')} rows/s`,
      );
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    );
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(String(err.stack ?? err).slice(0, 2000));
  process.exit(1);
});
