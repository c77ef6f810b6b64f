import { randomUUID } from 'node:crypto';
import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(() => server.close());

describe('campaign.watch', () => {
  it('sends call.recorded, then a coalesced stats.updated that is current after the last change', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 10);
    const coord = await signedInAs(server, 'coordinator');
    const watcher = await connect(coord.agent);
    sockets.push(watcher);
    const events: Array<{
      name: string;
      msg: { snapshot?: { outcomes: Record<string, number>; queued: number } };
    }> = [];
    for (const name of ['call.recorded', 'stats.updated', 'caller.updated']) {
      (watcher as unknown as { on: (e: string, cb: (m: never) => void) => void }).on(name, (msg) =>
        events.push({ name, msg }),
      );
    }
    const w = await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    expect(w.snapshot).toMatchObject({ queued: 10, claimed: 0, done: 0, funnel: { called: 0 } });

    const { agent } = await joinedCaller(server, campaign);
    const caller = await connect(agent);
    sockets.push(caller);
    for (let i = 0; i < 5; i++) {
      const n = await ask(caller, 'call.next', { campaignId: campaign.id });
      await ask(caller, 'call.outcome', {
        assignmentId: n.assignment.assignmentId,
        outcome: 'not_interested',
        idempotencyKey: randomUUID(),
      });
    }
    await new Promise((r) => setTimeout(r, 800));
    expect(events.filter((e) => e.name === 'call.recorded')).toHaveLength(5);
    const stats = events.filter((e) => e.name === 'stats.updated');
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.length).toBeLessThan(10); // coalesced, not one per change
    expect(stats.at(-1)!.msg.snapshot).toMatchObject({ queued: 5, done: 5, outcomes: { not_interested: 5 } });
  });

  it('sends nothing for an outcome whose transaction failed', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const coord = await signedInAs(server, 'organiser');
    const watcher = await connect(coord.agent);
    sockets.push(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    const { agent } = await joinedCaller(server, campaign);
    const caller = await connect(agent);
    sockets.push(caller);
    const n = await ask(caller, 'call.next', { campaignId: campaign.id });
    await new Promise((r) => setTimeout(r, 400)); // let the claim's own update pass
    const heard: string[] = [];
    (watcher as unknown as { onAny: (cb: (e: string) => void) => void }).onAny((e) => heard.push(e));
    // Booking into a session that does not exist fails inside the transaction.
    const r = await ask(caller, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'booked',
      sessionId: 987654,
      idempotencyKey: randomUUID(),
    });
    expect(r).toMatchObject({ ok: false, error: 'not_found' });
    await new Promise((r2) => setTimeout(r2, 500));
    expect(heard).toEqual([]);
  });
});

describe('caller states', () => {
  it('go idle → on_call → wrap_up → idle, each pushed to watchers with a since-time', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const coord = await signedInAs(server, 'coordinator');
    const watcher = await connect(coord.agent);
    sockets.push(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    const { agent, userId } = await joinedCaller(server, campaign);
    const caller = await connect(agent);
    sockets.push(caller);
    const states: string[] = [];
    (
      watcher as unknown as {
        on: (e: string, cb: (m: { caller: { id: number; state: string; since: string } }) => void) => void;
      }
    ).on('caller.updated', (m) => {
      if (m.caller.id === userId) {
        expect(Date.parse(m.caller.since)).not.toBeNaN();
        states.push(m.caller.state);
      }
    });
    const n = await ask(caller, 'call.next', { campaignId: campaign.id });
    await ask(caller, 'call.dialled', { assignmentId: n.assignment.assignmentId });
    expect(await ask(caller, 'call.ended', { assignmentId: n.assignment.assignmentId })).toEqual({
      ok: true,
    });
    await ask(caller, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: randomUUID(),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(states).toEqual(['on_call', 'wrap_up', 'idle']);
    expect(await ask(caller, 'call.ended', { assignmentId: n.assignment.assignmentId })).toMatchObject({
      ok: false,
      error: 'assignment_not_held',
    });
  });
});
