#!/usr/bin/env node
// `npm test`: the whole jest suite on SQLite, then again on Postgres (TEST_DATABASE_URL,
// default the local `test` database). Postgres missing: a loud notice and a skip, or a
// failure under RINGROUND_REQUIRE_ALL=1. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const requireAll = process.env.RINGROUND_REQUIRE_ALL === '1';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const jestArgs = process.argv.slice(2).filter((a, i, all) => a !== '--only' && all[i - 1] !== '--only');

const reachable = (url) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const s = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok) => (s.destroy(), resolve(ok));
    s.setTimeout(1500, () => done(false));
    s.once('connect', () => done(true)).once('error', () => done(false));
  });

function jest(db) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-results-')), 'results.json');
  console.log(`\n=== jest on ${db} ===`);
  const r = spawnSync('npx', ['jest', '--json', `--outputFile=${out}`, ...jestArgs], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DB: db, TEST_DATABASE_URL: pgUrl },
  });
  const res = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null;
  return {
    ok: r.status === 0,
    passed: res?.numPassedTests ?? 0,
    failed: (res?.numFailedTests ?? 0) + (res ? res.numRuntimeErrorTestSuites : 1),
    skipped: (res?.numPendingTests ?? 0) + (res?.numTodoTests ?? 0),
  };
}

const runs = [];
if (only !== 'postgres') runs.push(['sqlite', jest('sqlite')]);
if (only !== 'sqlite') {
  if (await reachable(pgUrl)) runs.push(['postgres', jest('postgres')]);
  else {
    const line = `SKIPPED: the Postgres pass (nothing answers at ${pgUrl}).`;
    console.error(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}`);
    if (requireAll) runs.push(['postgres', { ok: false, passed: 0, failed: 1, skipped: 0 }]);
  }
}

const sum = (k) => runs.reduce((n, [, r]) => n + r[k], 0);
for (const [db, r] of runs)
  console.log(`${db}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(runs.every(([, r]) => r.ok) && runs.length > 0 ? 0 : 1);
