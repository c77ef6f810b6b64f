import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import {
  joinedCaller,
  livingAt,
  makeCampaign,
  makeContacts,
  makeSession,
  signedInAs,
} from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { repairCounters } from '../../server/stats/repairCounters';
import { bumpCounters, readAllCounters } from '../../server/store/counters';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await server.close();
});

// A fixed seed: the workload is random in shape but the same on every run.
let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

it('keeps counters that agree with a recount from the calls table after a random workload', async () => {
  const campaign = await makeCampaign(server, { maxAttempts: 3 });
  await makeContacts(server.db, campaign.id, 60, await livingAt(server, 'BS5 6AA'));
  const session = await makeSession(server, { capacity: 8, inDays: 5 });
  const callers = await Promise.all([1, 2, 3].map(() => joinedCaller(server, campaign)));
  for (const c of callers) sockets.push(await connect(c.agent));
  const outcomes = [
    'no_answer',
    'interested',
    'not_interested',
    'voicemail',
    'busy',
    'booked',
    'do_not_call',
    'call_back',
    'wrong_number',
  ] as const;
  let recorded = 0;
  for (let i = 0; i < 80; i++) {
    const s = pick(sockets);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    if (!n.assignment) break;
    if (rand() < 0.1) {
      await ask(s, 'call.release', { assignmentId: n.assignment.assignmentId });
      continue;
    }
    const outcome = pick(outcomes);
    const extra =
      outcome === 'booked'
        ? { sessionId: session.id }
        : outcome === 'call_back'
          ? { callbackAt: new Date(Date.now() + 3600_000).toISOString() }
          : {};
    const r = await ask(s, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome,
      idempotencyKey: `w-${i}`,
      ...extra,
    });
    if (r.ok) recorded++;
    else {
      expect(r.error).toBe('session_full');
      await ask(s, 'call.outcome', {
        assignmentId: n.assignment.assignmentId,
        outcome: 'interested',
        idempotencyKey: `w-${i}-b`,
      });
      recorded++;
    }
  }
  const { agent } = await signedInAs(server, 'coordinator');
  const people = (await agent.req('GET', `/api/canvass-sessions/${session.id}/attendance`)).body.people;
  for (const p of people.slice(0, 3)) {
    await agent.req('POST', `/api/canvass-sessions/${session.id}/attendance`, {
      contactId: p.contactId,
      status: 'attended',
    });
  }

  const before = await readAllCounters(server.db, campaign.id);
  expect(before.calls).toBe(recorded);
  expect(await repairCounters(server.db, campaign.id)).toEqual([{ campaignId: campaign.id, fixed: {} }]);
  expect(await readAllCounters(server.db, campaign.id)).toEqual(before);

  const stats = (await agent.req('GET', `/api/campaigns/${campaign.id}/stats`)).body;
  expect(stats.callsPer15Min.reduce((a: number, q: { calls: number }) => a + q.calls, 0)).toBe(recorded);
  expect(stats.funnel.attended).toBe(Math.min(3, people.length));

  // Drift (a crash between systems, a hand edit) is found and mended.
  await server.db('campaign_counters').where({ campaign_id: campaign.id, key: 'calls' }).delete();
  await bumpCounters(server.db, campaign.id, { calls: 1 });
  const [fix] = await repairCounters(server.db, campaign.id);
  expect(fix!.fixed).toEqual({ calls: [1, recorded] });
  expect(await readAllCounters(server.db, campaign.id)).toEqual(before);
});
