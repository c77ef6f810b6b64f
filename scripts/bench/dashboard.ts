// How fast a coordinator sees the evening, and whether recording gets slower as a campaign grows.
//   npx tsx scripts/bench/dashboard.ts [callers=1000] [cyclesEach=3] [thinkMs=10000]
// 1. N simulated callers (real sockets, separate process from the server) record outcomes
//    with a think time between calls; a watcher measures, per call, the time from the caller
//    sending call.outcome to the watcher receiving its call.recorded, both on this process's
//    clock. That spans the request, the transaction and the broadcast, so it is an upper bound
//    on commit → watcher. Goal: p99 ≤ 250 ms.
// 2. Server time per outcome (one caller, sequential round trips) with 1,000 and with
//    1,000,000 calls already in the campaign. The baseline is the 1,000 case: it should be flat.
import { performance } from 'node:perf_hooks';
import knex from 'knex';
import { knexConfig } from '../../server/store/dialect';
import { BenchAgent, ask, campaignWithContacts, connected, percentile, startServer } from './lib';

const CALLERS = Number(process.argv[2] ?? 1000);
const CYCLES = Number(process.argv[3] ?? 3);
/** Mean pause between a caller's outcomes (uniform 0.5×–1.5×): 10 s makes 1,000 callers ~100 outcomes/s. */
const THINK_MS = Number(process.argv[4] ?? 10_000);

async function joinAll(base: string, joinUrl: string, n: number) {
  const token = new URL(joinUrl, base).pathname.split('/').pop();
  const agents: BenchAgent[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, async (_, j) => {
        const a = new BenchAgent(base);
        await a.refresh();
        await a.req('POST', `/api/join/${token}`, {
          name: `Caller ${i + j}`,
          email: `c${i + j}@bench.example.org`,
        });
        return a;
      }),
    );
    agents.push(...batch);
  }
  return agents;
}

async function latencyRun() {
  const server = await startServer(3971);
  try {
    const { org, campaign } = await campaignWithContacts(server.base, CALLERS * CYCLES + 100);
    const watcher = org.socket();
    await connected(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    const acked = new Map<number, number>();
    const heard = new Map<number, number>();
    watcher.on('call.recorded', (m: { callId: number }) => heard.set(m.callId, performance.now()));
    let stats = 0;
    watcher.on('stats.updated', () => stats++);

    const agents = await joinAll(server.base, campaign.joinUrl, CALLERS);
    const sockets = agents.map((a) => a.socket());
    await Promise.all(sockets.map(connected));
    const t0 = performance.now();
    let recorded = 0;
    await Promise.all(
      sockets.map(async (s, ci) => {
        for (let c = 0; c < CYCLES; c++) {
          await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
          const n = await ask(s, 'call.next', { campaignId: campaign.id });
          if (!n.assignment) return;
          const sent = performance.now();
          const r = await ask(s, 'call.outcome', {
            assignmentId: n.assignment.assignmentId,
            outcome: 'no_answer',
            idempotencyKey: `b-${ci}-${c}`,
          });
          if (r.ok) {
            recorded++;
            acked.set(r.callId, sent);
          }
        }
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    // Negative when the watcher heard before the caller's ack arrived: both follow the commit.
    const lags = [...acked]
      .map(([id, t]) => Math.max(0, (heard.get(id) ?? Infinity) - t))
      .sort((a, b) => a - b);
    console.log(
      `callers: ${CALLERS}, outcomes: ${recorded} in ${secs.toFixed(1)} s (${(recorded / secs).toFixed(0)}/s)`,
    );
    const f = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));
    console.log(
      `think time ${THINK_MS} ms mean; outcome sent → watcher call.recorded (≥ commit → watcher): p50 ${f(percentile(lags, 50))} ms, p99 ${f(percentile(lags, 99))} ms, max ${f(lags.at(-1))} ms (goal p99 ≤ 250 ms); ${heard.size}/${acked.size} heard`,
    );
    console.log(`stats.updated pushes: ${stats} for ${recorded} outcomes (coalesced)`);
    for (const s of [...sockets, watcher]) s.close();
  } finally {
    await server.stop();
  }
}

/** Inserts `n` past calls for one queue row straight into the database (history, not load). */
async function seedCalls(databaseUrl: string, campaignId: number, n: number) {
  const db = knex(knexConfig(databaseUrl));
  const row = await db('campaign_contacts').where({ campaign_id: campaignId }).first('id', 'contact_id');
  const old = Date.now() - 30 * 86_400_000;
  for (let i = 0; i < n; i += 5000) {
    const batch = Array.from({ length: Math.min(5000, n - i) }, (_, j) => ({
      campaign_contact_id: row.id,
      campaign_id: campaignId,
      contact_id: row.contact_id,
      caller_id: null,
      started_at: old + i + j,
      ended_at: old + i + j,
      outcome: 'no_answer',
      answers: '{}',
      provider: 'phone',
      idempotency_key: `seed-${campaignId}-${i + j}`,
    }));
    await db.transaction(async (trx) => {
      for (let k = 0; k < batch.length; k += 500) await trx('calls').insert(batch.slice(k, k + 500));
    });
  }
  await db.destroy();
}

async function perOutcome(existing: number, port: number) {
  const server = await startServer(port);
  try {
    const { campaign } = await campaignWithContacts(server.base, 600, `History ${existing}`);
    const t = performance.now();
    await seedCalls(server.databaseUrl, campaign.id, existing);
    const seeded = (performance.now() - t) / 1000;
    const [agent] = await joinAll(server.base, campaign.joinUrl, 1);
    const s = agent!.socket();
    await connected(s);
    const times: number[] = [];
    for (let i = 0; i < 500; i++) {
      const n = await ask(s, 'call.next', { campaignId: campaign.id });
      const t1 = performance.now();
      await ask(s, 'call.outcome', {
        assignmentId: n.assignment.assignmentId,
        outcome: 'interested',
        idempotencyKey: `p-${i}`,
      });
      times.push(performance.now() - t1);
    }
    s.close();
    times.sort((a, b) => a - b);
    return { existing, seeded, p50: percentile(times, 50), p99: percentile(times, 99) };
  } finally {
    await server.stop();
  }
}

async function main() {
  await latencyRun();
  const small = await perOutcome(1000, 3972);
  const large = await perOutcome(1_000_000, 3973);
  for (const r of [small, large]) {
    console.log(
      `call.outcome round trip with ${r.existing.toLocaleString('en-GB')} calls already in the campaign (seeded in ${r.seeded.toFixed(1)} s): p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`,
    );
  }
  console.log(`1,000,000 vs 1,000 (baseline): p50 ×${(large.p50 / small.p50).toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
