// How fast a signup CSV goes in: rows/s through the real import code path.
//   npx tsx scripts/bench/import.ts [rows=1000000] [--http]
// 1. Writes a realistic signup CSV (UK mobiles typed several ways, real postcode sectors from
//    the gazetteer mixed with unplaceable ones, ~2% repeated phones, a few bad rows).
// 2. importContacts() with a real context on a fresh SQLite file: CSV parse, phone and email
//    checks, postcode placement, merge by phone, opt-out check, queueing, one transaction per
//    batch. Goal: ≥ 40,000 rows/s. With --http, the same file again through
//    POST /api/campaigns/:id/contacts on a separately started server.
// 3. Baseline: the sqlite3 CLI's own `.import` of the same file into a plain table.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCampaign } from '../../server/campaigns/manageCampaigns';
import { loadConfig } from '../../server/config';
import { createContext } from '../../server/context';
import { openDatabase } from '../../server/store/db';
import { migrateLatest } from '../../server/store/migrate';
import { insertUser, toUser } from '../../server/store/users';
import { importContacts } from '../../server/transfer/importContacts';
import { ADMIN, BenchAgent, startServer } from './lib';

const ROWS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const HTTP = process.argv.includes('--http');
const ROOT = path.resolve(__dirname, '../..');
const GEO_DIR = process.env.GEO_DATA_DIR ?? path.resolve(ROOT, '../shared/geo');
const SQLITE = process.env.SQLITE3 ?? '/usr/bin/sqlite3';

// Deterministic, so every run imports the same file.
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const FIRST = ['Asha', 'Ben', 'Cat', 'Dev', 'Eve', 'Femi', 'Gwen', 'Hari', 'Iona', 'Jon', 'Kemi', 'Lars'];
const LAST = ['Khan', 'Smith', 'Lee', 'Rao', "O'Neill", 'Jones', 'Evans', 'Nowak', 'Patel', 'Brown'];
const WARDS = ['Easton', 'Lawrence Hill', 'Jericho', 'Headington', 'Cowley', 'Ashley'];

/** A UK mobile in the 074xx-079xx ranges (libphonenumber calls them possible), typed one of five ways. */
function mobile(n: number): string {
  const d = String(7_400_000_000 + ((n * 7919) % 599_999_999)); // 10 digits, 74xx..79xx
  switch (n % 5) {
    case 0:
      return `0${d.slice(0, 4)} ${d.slice(4)}`;
    case 1:
      return `0${d}`;
    case 2:
      return `+44 ${d.slice(0, 4)} ${d.slice(4)}`;
    case 3:
      return `+44${d}`;
    default:
      return `(0${d.slice(0, 4)}) ${d.slice(4, 7)}-${d.slice(7)}`;
  }
}

function sectors(): string[] {
  const file = path.join(GEO_DIR, 'uk_sector_centroids.csv');
  if (!fs.existsSync(file)) return ['BS5 6', 'OX2 6', 'M1 1'];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!)
    .filter(Boolean);
}

function writeCsv(file: string, rows: number) {
  const secs = sectors();
  const out = fs.openSync(file, 'w');
  let buf = 'First Name,Surname,Mobile,E-mail,Post Code,Ward,Signed up\r\n';
  for (let i = 0; i < rows; i++) {
    // ~2% of rows repeat an earlier signup's phone (they merge); 1 in 2,000 has no usable phone.
    const n = i > 100 && rand() < 0.02 ? Math.floor(rand() * i) : i;
    const phone = i % 2000 === 1999 ? '12345' : mobile(n);
    const first = pick(FIRST);
    const last = pick(LAST);
    const r = rand();
    const postcode =
      r < 0.8
        ? `${pick(secs)}${pick(['AA', 'AB', 'BD', 'XY'])}`
        : r < 0.9
          ? 'ZZ9 9ZZ'
          : r < 0.95
            ? 'OX2'
            : '';
    const email = rand() < 0.7 ? `${first.toLowerCase()}.${i}@example.org` : '';
    buf += `${first},"${last}",${phone},${email},${postcode},${pick(WARDS)},2026-11-${String(1 + (i % 28)).padStart(2, '0')}\r\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

async function inProcess(dir: string, csv: string) {
  const databaseUrl = `sqlite:${path.join(dir, 'import.db')}`;
  const config = loadConfig({ DATABASE_URL: databaseUrl, GEO_DATA_DIR: GEO_DIR, LOG_LEVEL: 'warn' });
  const db = openDatabase(databaseUrl);
  await migrateLatest(db);
  const ctx = createContext(config, db);
  // Experiment only (docs/benchmarks.md): the app's own pragmas live in server/store/dialect.ts.
  if (process.env.BENCH_SQLITE_CACHE_MB)
    await db.raw(`PRAGMA cache_size = -${Number(process.env.BENCH_SQLITE_CACHE_MB) * 1024}`);
  const organiser = await insertUser(
    db,
    { name: 'Bench', email: ADMIN.email, role: 'organiser', phone: null, passwordHash: null },
    Date.now(),
  );
  const campaign = await createCampaign(ctx, { name: 'Import bench' }, toUser(organiser));
  const bytes = fs.statSync(csv).size;
  let progressCalls = 0;
  const t = performance.now();
  const report = await importContacts(ctx, campaign, fs.createReadStream(csv), {
    dryRun: process.env.BENCH_DRY_RUN === '1',
    actorId: organiser.id,
    onProgress: () => progressCalls++,
  });
  const secs = (performance.now() - t) / 1000;
  const count = async (table: string) => Number((await db(table).count({ n: '*' }))[0]?.n);
  const contacts = await count('contacts');
  const queued = await count('campaign_contacts');
  await db.destroy();
  return { secs, report, contacts, queued, bytes, progressCalls };
}

async function overHttp(csv: string) {
  const server = await startServer(3974, { IMPORT_MAX_MB: '1000' });
  try {
    const org = new BenchAgent(server.base);
    await org.refresh();
    await org.req('POST', '/api/auth/login', ADMIN);
    await org.refresh();
    const { campaign } = await org.req('POST', '/api/campaigns', { name: 'HTTP import bench' });
    const t = performance.now();
    const res = await fetch(`${server.base}/api/campaigns/${campaign.id}/contacts`, {
      method: 'POST',
      headers: {
        cookie: org.cookie(),
        'x-csrf-token': org.csrf,
        origin: server.base,
        'content-type': 'text/csv',
        'content-length': String(fs.statSync(csv).size),
      },
      body: fs.createReadStream(csv) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    const report = (await res.json()) as { received: number };
    return { secs: (performance.now() - t) / 1000, status: res.status, report };
  } finally {
    await server.stop();
  }
}

/** The sqlite3 CLI's own CSV import of the same file into a plain table: the floor for "CSV into SQLite". */
function cliBaseline(dir: string, csv: string): number | null {
  if (spawnSync(SQLITE, ['-version']).status !== 0) {
    console.log(`baseline skipped: no sqlite3 CLI at ${SQLITE} (apt-get install sqlite3, or set SQLITE3)`);
    return null;
  }
  const file = path.join(dir, 'baseline.db');
  const t = performance.now();
  execFileSync(SQLITE, [file], {
    input: `PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n.import --csv ${csv} signups\n`,
  });
  return (performance.now() - t) / 1000;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-bench-import-'));
  try {
    const csv = path.join(dir, 'signups.csv');
    let t = performance.now();
    writeCsv(csv, ROWS);
    const mb = fs.statSync(csv).size / 1_048_576;
    console.log(
      `${ROWS.toLocaleString('en-GB')} rows, ${mb.toFixed(0)} MB written in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const base = cliBaseline(dir, csv);
    const r = await inProcess(dir, csv);
    const rate = ROWS / r.secs;
    console.log(
      `importContacts (SQLite file, real context): ${r.secs.toFixed(1)} s, ${Math.round(rate).toLocaleString('en-GB')} rows/s (goal ≥ 40,000 rows/s)`,
    );
    console.log(
      `  report: received ${r.report.received}, imported ${r.report.imported}, updated ${r.report.updated}, duplicates ${r.report.duplicates}, rejected ${r.report.rejected.length}; contacts ${r.contacts}, queued ${r.queued}; ${r.progressCalls} progress calls`,
    );
    if (base !== null)
      console.log(
        `baseline: sqlite3 CLI .import of the same file into a plain table: ${base.toFixed(1)} s, ${Math.round(ROWS / base).toLocaleString('en-GB')} rows/s (import is ×${(r.secs / base).toFixed(1)} its time)`,
      );
    if (HTTP) {
      t = performance.now();
      const h = await overHttp(csv);
      console.log(
        `over HTTP (POST text/csv to a separate server process): ${h.status}, ${h.secs.toFixed(1)} s, ${Math.round(ROWS / h.secs).toLocaleString('en-GB')} rows/s, received ${h.report.received}`,
      );
    }
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(String(err.stack ?? err).slice(0, 2000));
  process.exit(1);
});
