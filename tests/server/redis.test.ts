// Two app instances over one database, joined by Redis: a broadcast on one reaches a socket on the other.
import { userRoom } from '../../server/realtime/publish';
import { connectResult } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { signedInAs } from '../helpers/factories';
import { describeWith, REDIS_URL } from '../helpers/outside';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

describeWith(
  'redis',
  process.env.RINGROUND_HAVE_REDIS === '1',
  `nothing answers at ${REDIS_URL}`,
)('several instances with REDIS_URL', () => {
  let a: TestServer;
  let b: TestServer;
  let socket: ClientSocket;
  beforeAll(async () => {
    a = await startTestServer({ env: { REDIS_URL } });
    b = await startTestServer({ env: { REDIS_URL }, database: a.database });
  });
  afterAll(async () => {
    socket?.close();
    await b.close();
    await a.close();
  });

  it('signs in on one instance and is recognised, and reached, through the other', async () => {
    // Sign in through instance a; the session lives in the shared database.
    const { agent, user } = await signedInAs(a, 'coordinator');
    socket = agent.via(b.baseUrl).socket();
    expect(await connectResult(socket)).toBe(true);

    const received = new Promise((resolve) => socket.once('campaign.updated', resolve));
    // Give the adapter's subscription a moment to be in place on b.
    await new Promise((r) => setTimeout(r, 200));
    a.app.io.to(userRoom(user.id)).emit('campaign.updated', { campaignId: 7, status: 'paused' });
    await expect(received).resolves.toEqual({ campaignId: 7, status: 'paused' });
  });
});
