// Crash safety: callers work against one instance while it is killed with SIGKILL at random
// moments and restarted on the same port and database. Callers reconnect and carry on,
// re-sending any outcome whose ack was lost with the same idempotencyKey. At the end:
// every acked outcome is in the database as acked, and, once the callers have vanished and
// their leases run out, no claim is left behind.
//   npx tsx scripts/crash/run.ts [--kills 20] [--callers 50]          (SQLite file)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/crash/run.ts   (a scratch database beside it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { knexConfig } from '../../server/store/dialect';
import { freePorts, startInstance } from '../load/instances';
import { fmtLatency } from '../load/recorder';
import { startLoad } from '../load/runLoad';
import { scratchPostgres } from '../load/scratchDb';
import { createLoadCampaign } from '../load/setup';
import { describeVerification, verifyRun } from '../load/verify';

const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const KILLS = flag('kills', 20);
const CALLERS = flag('callers', 50);
const CONTACTS = flag('contacts', 16_000);
/** The shortest lease a campaign may have; the grace after a disconnect is cut to 2 s. */
const LEASE_SECONDS = 60;
const SWEEP_SECONDS = 1;

async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-crash-'));
  const given = process.env.DATABASE_URL;
  const scratch = given?.startsWith('postgres') ? await scratchPostgres(given, 'rr_crash') : null;
  const databaseUrl = scratch?.url ?? `sqlite:${path.join(dir, 'crash.db')}`;
  const logFile = path.join(dir, 'server.log');
  const server = await startInstance({
    port: freePorts(1)[0]!,
    databaseUrl,
    logFile,
    env: { LEASE_GRACE_SECONDS: '2', LEASE_SWEEP_SECONDS: String(SWEEP_SECONDS) },
  });
  say(`server on ${databaseUrl.replace(/\/\/[^@]*@/, '//')}, log ${logFile}`);
  let kills = 0;
  let restarts = 0;
  try {
    const campaign = await createLoadCampaign(server.base, CONTACTS, { leaseSeconds: LEASE_SECONDS });
    const run = await startLoad({
      urls: [server.base],
      campaignId: campaign.campaignId,
      joinToken: campaign.joinToken,
      callers: CALLERS,
    });
    for (let k = 0; k < KILLS; k++) {
      await sleep(1000 + Math.random() * 3000);
      await server.kill();
      kills++;
      await sleep(Math.random() * 500);
      await server.restart();
      restarts++;
      say(`kill ${kills}: ${run.recorder.acked.length} outcomes acked so far`);
    }
    // Let the callers reconnect and work a little after the last restart, then drop them all
    // at once: the claims in their hands must go back to the queue when the grace runs out.
    await sleep(3000);
    run.abandon();
    const report = await run.finished;
    say(
      `cycles: ${report.cycles} in ${report.seconds.toFixed(1)} s (${report.cyclesPerSecond.toFixed(0)}/s)`,
    );
    say(`claim latency: ${fmtLatency(report.claim)}`);
    say(`outcome latency: ${fmtLatency(report.outcome)}`);
    say(`errors: ${JSON.stringify(report.errors)}; requests re-sent after a drop: ${report.recorder.resent}`);

    const db = knex(knexConfig(databaseUrl));
    try {
      // Wait until every claim is back in the queue, or its lease (plus three sweeps) has run out,
      // so that an orphaned claim would show as stuck.
      const vanished = Date.now();
      const claimed = () =>
        db('campaign_contacts').where({ campaign_id: campaign.campaignId, status: 'claimed' });
      say(`claims in hand when the callers vanished: ${(await claimed()).length}`);
      for (;;) {
        const rows: Array<{ lease_expires_at: number }> = await claimed().select('lease_expires_at');
        const latest = Math.max(0, ...rows.map((r) => Number(r.lease_expires_at)));
        if (!rows.length || Date.now() > latest + 3 * SWEEP_SECONDS * 1000) break;
        await sleep(250);
      }
      say(
        `claims back in the queue ${((Date.now() - vanished) / 1000).toFixed(1)} s after the callers vanished`,
      );
      const v = await verifyRun(db, campaign.campaignId, report.recorder.acked, {
        runId: report.runId,
        staleMs: 2 * SWEEP_SECONDS * 1000,
      });
      for (const line of describeVerification(v)) say(line);
      say(
        `kills: ${kills}, restarts: ${restarts}, acked: ${v.acked}, lost: ${v.lost.length}, stuck: ${v.stuck}`,
      );
      return v.ok && kills === KILLS ? 0 : 1;
    } finally {
      await db.destroy();
    }
  } finally {
    await server.stop();
    await scratch?.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
