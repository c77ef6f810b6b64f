import { randomUUID } from 'node:crypto';
import { Agent, ask, connect } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the calling screen’s REST side', () => {
  it('lists the campaigns a caller joined and their own progress tonight', async () => {
    const campaign = await makeCampaign(server, { name: 'Tonight' });
    await makeContacts(server.db, campaign.id, 3);
    const other = await makeCampaign(server, { name: 'Not mine' });
    const { agent } = await joinedCaller(server, campaign);
    const list = await agent.req('GET', '/api/calling');
    expect(list.body.campaigns.map((c: { name: string }) => c.name)).toEqual(['Tonight']);

    const socket = await connect(agent);
    try {
      for (const outcome of ['interested', 'no_answer']) {
        const n = await ask(socket, 'call.next', { campaignId: campaign.id });
        await ask(socket, 'call.outcome', {
          assignmentId: n.assignment.assignmentId,
          outcome,
          idempotencyKey: randomUUID(),
        });
      }
    } finally {
      socket.close();
    }
    const view = await agent.req('GET', `/api/calling/${campaign.id}`);
    expect(view.body).toEqual({
      campaign: {
        id: campaign.id,
        name: 'Tonight',
        status: 'active',
        timezone: 'Europe/London',
        telephony: 'phone',
        withholdNumber: false,
        smsFollowUp: false,
      },
      progress: { callsTonight: 2, reachedTonight: 1, bookingsTonight: 0 },
    });
    const notMine = await agent.req('GET', `/api/calling/${other.id}`);
    expect([notMine.status, notMine.body.error]).toEqual([403, 'forbidden']);
  });

  it('lets staff see every live campaign, and refuses anonymous visitors', async () => {
    await makeCampaign(server, { name: 'Staff can see' });
    const { agent } = await signedInAs(server, 'coordinator');
    const list = await agent.req('GET', '/api/calling');
    expect(list.body.campaigns.map((c: { name: string }) => c.name)).toContain('Staff can see');
    const anon = new Agent(server.baseUrl);
    expect((await anon.req('GET', '/api/calling')).status).toBe(401);
  });
});
