// 200 volunteers calling at once until a 5,000-contact queue is empty. On Postgres the
// callers are split across two app instances sharing one database.
import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { TEST_DB } from '../helpers/testDb';
import { readAllCounters } from '../../server/store/counters';

const CALLERS = 200;
const CONTACTS = 5000;
const OUTCOMES = [
  'no_answer',
  'interested',
  'not_interested',
  'voicemail',
  'busy',
  'wrong_number',
  'do_not_call',
  'call_back',
];
const env = { JOIN_MAX_PER_15_MIN: '1000', CLAIM_MAX_PER_HOUR: '1000' };

let servers: TestServer[] = [];
const sockets: ClientSocket[] = [];
afterAll(async () => {
  sockets.forEach((s) => s.close());
  for (const s of [...servers].reverse()) await s.close();
});

it(`hands each of ${CONTACTS} contacts to exactly one of ${CALLERS} concurrent callers and stores every outcome once`, async () => {
  const first = await startTestServer({ env });
  servers = [first];
  if (TEST_DB === 'postgres') servers.push(await startTestServer({ env, database: first.database }));
  const db = first.db;
  const campaign = await makeCampaign(first);
  await makeContacts(db, campaign.id, CONTACTS);

  for (let i = 0; i < CALLERS; i++) {
    const instance = servers[i % servers.length]!;
    const { agent } = await joinedCaller(instance, campaign);
    sockets.push(await connect(agent));
  }

  // While the callers work, keep checking that nobody ever holds two claims.
  let doubleHolds = 0;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const rows = await db('campaign_contacts')
        .where({ status: 'claimed' })
        .groupBy('claimed_by')
        .havingRaw('count(*) > 1')
        .select('claimed_by');
      doubleHolds += rows.length;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const handed = new Map<number, number>();
  const acked = new Map<string, number>();
  const problems: string[] = [];
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
  await Promise.all(
    sockets.map(async (socket, ci) => {
      for (let cycle = 0; ; cycle++) {
        const n = await ask(socket, 'call.next', { campaignId: campaign.id }, 30_000);
        if (!n.ok) return void problems.push(`call.next: ${JSON.stringify(n)}`);
        if (!n.assignment) return;
        const { assignmentId } = n.assignment;
        handed.set(assignmentId, (handed.get(assignmentId) ?? 0) + 1);
        const outcome = OUTCOMES[(ci + cycle) % OUTCOMES.length]!;
        const idempotencyKey = `load-${ci}-${cycle}`;
        if (cycle % 3 === 0) await ask(socket, 'call.dialled', { assignmentId });
        const r = await ask(
          socket,
          'call.outcome',
          { assignmentId, outcome, idempotencyKey, ...(outcome === 'call_back' ? { callbackAt: soon } : {}) },
          30_000,
        );
        if (!r.ok) return void problems.push(`call.outcome: ${JSON.stringify(r)}`);
        acked.set(idempotencyKey, r.callId);
      }
    }),
  );
  watching = false;
  await watcher;

  expect(problems).toEqual([]);
  expect(doubleHolds).toBe(0);
  // Every contact handed out exactly once for this first attempt (retries are due hours later).
  expect(handed.size).toBe(CONTACTS);
  expect([...handed.values()].every((v) => v === 1)).toBe(true);
  // Every acknowledged outcome is stored exactly once, under its own callId.
  const calls: Array<{ id: number; idempotency_key: string; campaign_contact_id: number }> = await db('calls')
    .where({ campaign_id: campaign.id })
    .select('id', 'idempotency_key', 'campaign_contact_id');
  expect(calls).toHaveLength(acked.size);
  expect(calls.every((c) => acked.get(c.idempotency_key) === c.id)).toBe(true);
  expect(new Set(calls.map((c) => c.campaign_contact_id)).size).toBe(CONTACTS);
  expect(await db('campaign_contacts').where({ campaign_id: campaign.id, status: 'claimed' })).toHaveLength(
    0,
  );
  expect((await readAllCounters(db, campaign.id)).calls).toBe(CONTACTS);
}, 300_000);
