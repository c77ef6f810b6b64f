import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  // A one-second grace and sweep keep the test short; the mechanism is the production one.
  server = await startTestServer({ env: { LEASE_GRACE_SECONDS: '1', LEASE_SWEEP_SECONDS: '1' } });
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(() => server.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const queueRow = (id: number) => server.db('campaign_contacts').where({ id }).first();
// Waits below poll up to 15 s: the sweep is due after ~2 s, but a loaded CI machine can delay timers.

describe('leases', () => {
  it('gives a caller who reconnects within the grace the same contact', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 2);
    const { agent } = await joinedCaller(server, campaign);
    const first = await connect(agent);
    const n = await ask(first, 'call.next', { campaignId: campaign.id });
    first.close();
    await sleep(300);
    const again = await connect(agent);
    sockets.push(again);
    await sleep(1500); // past the grace: the reconnect renewed the lease
    expect((await ask(again, 'call.next', { campaignId: campaign.id })).assignment.assignmentId).toBe(
      n.assignment.assignmentId,
    );
  });

  it('returns the contact to the queue once a disconnected caller’s grace runs out', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const gone = await joinedCaller(server, campaign);
    const s = await connect(gone.agent);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    const coordinatorView = await queueRow(n.assignment.assignmentId);
    expect(coordinatorView.status).toBe('claimed');
    s.close();
    for (let i = 0; i < 150 && (await queueRow(n.assignment.assignmentId)).status === 'claimed'; i++)
      await sleep(100);
    // Back in the queue; claimed_by remembers the last holder (see the lapsed-outcome tests).
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued', attempts: 0 });
    const other = await joinedCaller(server, campaign);
    const os = await connect(other.agent);
    sockets.push(os);
    expect((await ask(os, 'call.next', { campaignId: campaign.id })).assignment.assignmentId).toBe(
      n.assignment.assignmentId,
    );
  });

  it('puts a claim on grace when its holder has no socket, even if it was given a full lease after they left', async () => {
    const campaign = await makeCampaign(server, { leaseSeconds: 600 });
    await makeContacts(server.db, campaign.id, 1);
    const gone = await joinedCaller(server, campaign);
    const s = await connect(gone.agent);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    s.close();
    await sleep(200);
    // As when a call.next finished, or a renewal landed, just after the disconnect handler ran.
    await server
      .db('campaign_contacts')
      .where({ id: n.assignment.assignmentId })
      .update({ lease_expires_at: Date.now() + 600_000 });
    for (let i = 0; i < 150 && (await queueRow(n.assignment.assignmentId)).status === 'claimed'; i++)
      await sleep(100);
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('keeps a connected caller’s claim alive past its lease length', async () => {
    const campaign = await makeCampaign(server, { leaseSeconds: 60 });
    await makeContacts(server.db, campaign.id, 2);
    const { agent } = await joinedCaller(server, campaign);
    const s = await connect(agent);
    sockets.push(s);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    // Ten minutes pass on a one-minute lease; the keeper renews for connected sockets.
    server.clock.freeze(Date.now() + 600_000);
    try {
      await sleep(1500);
      const row = await queueRow(n.assignment.assignmentId);
      expect(row).toMatchObject({ status: 'claimed' });
      expect(Number(row.lease_expires_at)).toBeGreaterThan(server.clock.now());
    } finally {
      server.clock.unfreeze();
    }
  });
});

describe('an outcome saved while the lease lapsed', () => {
  it('is still accepted from the last holder when nobody has claimed the contact since', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { agent } = await joinedCaller(server, campaign);
    const s = await connect(agent);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    s.close();
    for (let i = 0; i < 150 && (await queueRow(n.assignment.assignmentId)).status === 'claimed'; i++)
      await sleep(100);
    expect((await queueRow(n.assignment.assignmentId)).status).toBe('queued');
    const back = await connect(agent);
    sockets.push(back);
    const r = await ask(back, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: 'after-the-grace',
    });
    expect(r).toEqual({ ok: true, callId: expect.any(Number) });
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({
      status: 'done',
      claimed_by: null,
      attempts: 1,
    });
  });

  it('is refused once another caller has claimed the contact', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const first = await joinedCaller(server, campaign);
    const s = await connect(first.agent);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    s.close();
    for (let i = 0; i < 150 && (await queueRow(n.assignment.assignmentId)).status === 'claimed'; i++)
      await sleep(100);
    const second = await joinedCaller(server, campaign);
    const s2 = await connect(second.agent);
    sockets.push(s2);
    expect((await ask(s2, 'call.next', { campaignId: campaign.id })).assignment.assignmentId).toBe(
      n.assignment.assignmentId,
    );
    const back = await connect(first.agent);
    sockets.push(back);
    const r = await ask(back, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: 'too-late-now',
    });
    expect(r).toMatchObject({ ok: false, error: 'assignment_not_held' });
  });
});
