// Two app processes on one Postgres database, joined by Redis, with 100 callers split
// between them: nobody's contact is claimed twice, every acked outcome is stored once, and
// a coordinator watching on either instance sees the calls made on the other.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Snapshot } from '../../protocol';
import { freePorts, startInstance } from '../../scripts/load/instances';
import type { Instance } from '../../scripts/load/instances';
import { BenchAgent } from '../../scripts/bench/lib';
import { runLoad, startLoad } from '../../scripts/load/runLoad';
import { scratchPostgres } from '../../scripts/load/scratchDb';
import type { ScratchDatabase } from '../../scripts/load/scratchDb';
import { createLoadCampaign } from '../../scripts/load/setup';
import type { LoadCampaign } from '../../scripts/load/setup';
import { verifyRun } from '../../scripts/load/verify';
import { knexConfig } from '../../server/store/dialect';
import { dramaPhone } from '../helpers/factories';
import { describeWith, REDIS_URL } from '../helpers/outside';
import { TEST_DATABASE_URL, TEST_DB } from '../helpers/testDb';

const CALLERS = 100;
const CONTACTS = 400;

/** Several instances share one database only on Postgres; the SQLite pass skips this file, loudly. */
function describeOnPostgres(): jest.Describe {
  if (TEST_DB === 'postgres') {
    return describeWith('redis', process.env.RINGROUND_HAVE_REDIS === '1', `nothing answers at ${REDIS_URL}`);
  }
  const line =
    'SKIPPED: tests/scale/twoInstances (several instances need Postgres; it runs in the Postgres pass).';
  process.stderr.write(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
  return describe.skip;
}

/** A coordinator's dashboard socket on one instance, keeping the latest stats.updated snapshot. */
interface Watcher {
  socket: Socket;
  latest: Snapshot | null;
  pushes: number;
}

async function watch(base: string, cookie: string, campaignId: number): Promise<Watcher> {
  const socket = io(base, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie } });
  const w: Watcher = { socket, latest: null, pushes: 0 };
  socket.on('stats.updated', (m: { campaignId: number; snapshot: Snapshot }) => {
    if (m.campaignId !== campaignId) return;
    w.latest = m.snapshot;
    w.pushes++;
  });
  const r = await socket.timeout(10_000).emitWithAck('campaign.watch', { campaignId });
  if (!r.ok) throw new Error(`campaign.watch: ${JSON.stringify(r)}`);
  return w;
}

const callsIn = (s: Snapshot | null) => Object.values(s?.outcomes ?? {}).reduce((n, v) => n + (v ?? 0), 0);

async function until(w: Watcher, ok: (s: Snapshot) => boolean, ms = 10_000): Promise<Snapshot> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (w.latest && ok(w.latest)) return w.latest;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no stats.updated as expected within ${ms} ms; latest ${JSON.stringify(w.latest)}`);
}

describeOnPostgres()('two instances over Postgres and Redis, under load', () => {
  let scratch: ScratchDatabase;
  let a: Instance;
  let b: Instance;
  const watchers: Watcher[] = [];
  let logDir: string;

  beforeAll(async () => {
    scratch = await scratchPostgres(TEST_DATABASE_URL, 'rr_scale');
    logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-scale-'));
    const [pa, pb] = freePorts(2);
    const env = { REDIS_URL };
    // One after the other: the first applies the migrations to the empty database.
    a = await startInstance({
      port: pa!,
      databaseUrl: scratch.url,
      env,
      logFile: path.join(logDir, 'a.log'),
    });
    b = await startInstance({
      port: pb!,
      databaseUrl: scratch.url,
      env,
      logFile: path.join(logDir, 'b.log'),
    });
  }, 60_000);

  afterAll(async () => {
    for (const w of watchers) w.socket.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await scratch?.drop();
    if (logDir) fs.rmSync(logDir, { recursive: true, force: true });
  }, 30_000);

  it(`${CALLERS} callers over both instances: no double claims, every acked outcome stored once, watchers on each see the other's calls`, async () => {
    const campaign: LoadCampaign = await createLoadCampaign(a.base, CONTACTS, { name: 'Scale test' });
    const cookie = campaign.organiser.cookie();
    const onA = await watch(a.base, cookie, campaign.campaignId);
    const onB = await watch(b.base, cookie, campaign.campaignId);
    watchers.push(onA, onB);

    const run = await startLoad({
      urls: [a.base, b.base],
      campaignId: campaign.campaignId,
      joinToken: campaign.joinToken,
      callers: CALLERS,
      seconds: 10,
      untilEmpty: true,
    });
    const report = await run.finished;
    expect(report.errors).toEqual({});
    expect(report.cycles).toBeGreaterThanOrEqual(200);

    const db = knex(knexConfig(scratch.url));
    try {
      const v = await verifyRun(db, campaign.campaignId, report.recorder.acked, { runId: report.runId });
      expect(v.doubleClaims).toEqual([]);
      expect(v.attemptMismatches).toEqual([]);
      expect(v.lost).toEqual([]);
      expect(v.unacked).toBe(0);
      expect(v.calls).toBe(report.cycles);
      expect(v.counterCalls).toBe(v.calls);

      // Each dashboard ends up showing every call, including those of every caller on the other instance.
      const recordedOn = (base: string) =>
        new Set(
          report.recorder.acked
            .map((x) => run.callers[x.caller]!)
            .filter((c) => c.plan.base === base)
            .map((c) => c.userId),
        );
      for (const [watcher, other] of [
        [onA, b.base],
        [onB, a.base],
      ] as const) {
        const s = await until(watcher, (snap) => callsIn(snap) === v.calls);
        const seen = new Set(s.callers.filter((c) => c.calls > 0).map((c) => c.id));
        const theirs = recordedOn(other);
        expect(theirs.size).toBeGreaterThan(0);
        expect([...theirs].filter((id) => !seen.has(id))).toEqual([]);
      }
    } finally {
      await db.destroy();
    }

    // Then one call on a single instance at a time: only Redis can carry it to the other's watcher.
    for (const [k, [where, watcher]] of (
      [
        [b, onA],
        [a, onB],
      ] as const
    ).entries()) {
      const organiser = new BenchAgent(where.base);
      organiser.cookies = campaign.organiser.cookies;
      organiser.csrf = campaign.organiser.csrf;
      const csv = `first name,phone,postcode\nLate${k},${dramaPhone(5000 + k)},BS5 6AA`;
      const imported = await organiser.req(
        'POST',
        `/api/campaigns/${campaign.campaignId}/contacts`,
        csv,
        'text/csv',
      );
      expect(imported.imported).toBe(1);
      const before = callsIn(watcher.latest);
      const one = await runLoad({
        urls: [where.base],
        campaignId: campaign.campaignId,
        joinToken: campaign.joinToken,
        callers: 1,
        untilEmpty: true,
        runId: `${report.runId}late${k}`,
      });
      expect(one.cycles).toBe(1);
      await until(watcher, (snap) => callsIn(snap) === before + 1);
    }
  }, 90_000);
});
