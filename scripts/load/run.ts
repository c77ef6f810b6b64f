// The load generator: N simulated callers speaking the real socket protocol, then proof
// from the database that nothing was claimed twice and every acked outcome was stored once.
//   npx tsx scripts/load/run.ts --callers 1000 --until-empty          (own SQLite server)
//   DATABASE_URL=postgres://... REDIS_URL=redis://... npx tsx scripts/load/run.ts --instances 2 --scratch-db --callers 2000 --seconds 60
//   npx tsx scripts/load/run.ts --url http://a:3001 --url http://b:3002 --database-url postgres://... --campaign 7
// Exits 1 when the verification fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { knexConfig } from '../../server/store/dialect';
import { parseArgs } from './args';
import { freePorts, startInstance } from './instances';
import type { Instance } from './instances';
import { fmtLatency } from './recorder';
import { startLoad } from './runLoad';
import { scratchPostgres } from './scratchDb';
import type { ScratchDatabase } from './scratchDb';
import { DRAMA_NUMBERS, createLoadCampaign, existingCampaign } from './setup';
import { describeVerification, verifyRun } from './verify';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const instances: Instance[] = [];
  let scratch: ScratchDatabase | null = null;
  try {
    let urls = args.urls;
    let databaseUrl = args.databaseUrl;
    if (!urls.length) {
      if (args.scratchDb) {
        if (!databaseUrl?.startsWith('postgres'))
          throw new Error('--scratch-db needs a Postgres DATABASE_URL');
        scratch = await scratchPostgres(databaseUrl);
        databaseUrl = scratch.url;
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-load-'));
      databaseUrl ??= `sqlite:${path.join(dir, 'load.db')}`;
      if (args.instances > 1 && (!databaseUrl.startsWith('postgres') || !process.env.REDIS_URL))
        throw new Error('several instances need a Postgres DATABASE_URL and REDIS_URL');
      const ports = freePorts(args.instances);
      for (const [i, port] of ports.entries()) {
        // One at a time: the first applies the migrations.
        instances.push(
          await startInstance({
            port,
            databaseUrl,
            logFile: path.join(dir, `server-${i}.log`),
            nodeArgs: args.profileDir
              ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profileDir)}`]
              : undefined,
          }),
        );
      }
      urls = instances.map((s) => s.base);
      say(
        `started ${instances.length} instance(s) on ${databaseUrl.replace(/\/\/[^@]*@/, '//')}; logs in ${dir}`,
      );
    }
    if (!databaseUrl) throw new Error('with --url, give --database-url (or DATABASE_URL) to verify against');

    const contacts = args.contacts ?? args.callers * 20;
    const campaign =
      args.campaign !== null
        ? await existingCampaign(urls[0]!, args.campaign)
        : await createLoadCampaign(urls[0]!, contacts);
    if (campaign.queued !== null)
      say(
        `campaign ${campaign.campaignId}: ${campaign.queued} contacts (${contacts > DRAMA_NUMBERS ? 'generated +44 7700 9xxxxx numbers' : 'Ofcom drama numbers'})`,
      );
    say(
      `${args.callers} callers over ${urls.join(', ')}, think ${args.thinkMs} ms, ${[args.seconds ? `for ${args.seconds} s` : '', args.untilEmpty ? 'until the queue is empty' : ''].filter(Boolean).join(' or ')}`,
    );

    const run = await startLoad({
      urls,
      campaignId: campaign.campaignId,
      joinToken: campaign.joinToken,
      callers: args.callers,
      seconds: args.seconds ?? undefined,
      untilEmpty: args.untilEmpty,
      thinkMs: args.thinkMs,
      onProgress: say,
    });
    // CPU from the moment every caller has joined: how the two cores were shared between
    // the server(s) and this generator while calls were made.
    const serverCpu0 = instances.map((s) => s.cpuSeconds());
    const ownCpu0 = process.cpuUsage();
    say(
      `load average at the start: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const report = await run.finished;
    say(
      `cycles: ${report.cycles} in ${report.seconds.toFixed(1)} s = ${report.cyclesPerSecond.toFixed(0)} cycles/s`,
    );
    say(`claim latency (call.next ack):      ${fmtLatency(report.claim)}`);
    say(`outcome latency (call.outcome ack): ${fmtLatency(report.outcome)}`);
    const own = process.cpuUsage(ownCpu0);
    const serverCpu = instances.map((s, i) => (s.cpuSeconds() ?? NaN) - (serverCpu0[i] ?? NaN));
    say(
      `CPU during the run: load generator ${((own.user + own.system) / 1e6).toFixed(1)} s` +
        (instances.length ? `, server(s) ${serverCpu.map((c) => `${c.toFixed(1)} s`).join(' + ')}` : '') +
        ` over ${report.seconds.toFixed(1)} s wall; load average now ${os.loadavg()[0]!.toFixed(2)}`,
    );
    const errors = Object.entries(report.errors);
    say(`errors: ${errors.length ? errors.map(([id, n]) => `${id} ×${n}`).join(', ') : 'none'}`);

    const db = knex(knexConfig(databaseUrl));
    try {
      const v = await verifyRun(db, campaign.campaignId, report.recorder.acked, { runId: report.runId });
      for (const line of describeVerification(v)) say(line);
      return v.ok ? 0 : 1;
    } finally {
      await db.destroy();
    }
  } finally {
    for (const s of instances) await s.stop();
    await scratch?.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
