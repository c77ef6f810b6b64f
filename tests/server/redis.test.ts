// Two app instances over one database, joined by Redis: a broadcast on one reaches a socket on the other.
import { userRoom } from '../../server/realtime/publish';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ask, connect, connectResult, nextEvent } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
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

describeWith(
  'redis',
  process.env.RINGROUND_HAVE_REDIS === '1',
  `nothing answers at ${REDIS_URL}`,
)('the dashboard across instances', () => {
  let a: TestServer;
  let b: TestServer;
  const open: ClientSocket[] = [];
  beforeAll(async () => {
    a = await startTestServer({ env: { REDIS_URL } });
    b = await startTestServer({ env: { REDIS_URL }, database: a.database });
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await b.close();
    await a.close();
  });

  it('shows a coordinator on instance A the calls recorded on instance B', async () => {
    const campaign = await makeCampaign(a);
    await makeContacts(a.db, campaign.id, 2);
    const coord = await signedInAs(a, 'coordinator');
    const watcher = await connect(coord.agent);
    open.push(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    await new Promise((r) => setTimeout(r, 200));
    const { agent } = await joinedCaller(b, campaign);
    const caller = await connect(agent);
    open.push(caller);
    const recorded = nextEvent<{ callId: number }>(watcher, 'call.recorded');
    const n = await ask(caller, 'call.next', { campaignId: campaign.id });
    const r = await ask(caller, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: 'cross-instance-1',
    });
    expect((await recorded).callId).toBe(r.callId);
    const stats = await nextEvent<{ snapshot: { outcomes: Record<string, number> } }>(
      watcher,
      'stats.updated',
    );
    expect(stats.snapshot.outcomes.interested).toBe(1);
  });
});

describeWith(
  'redis-server',
  fs.existsSync('/usr/bin/redis-server'),
  'no redis-server binary to start and stop',
)('when Redis goes away', () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const url = `redis://127.0.0.1:${port}`;
  const start = () =>
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
  let redis: ChildProcess;
  let server: TestServer;
  const open: ClientSocket[] = [];
  beforeAll(async () => {
    redis = start();
    await new Promise((r) => setTimeout(r, 400));
    server = await startTestServer({ env: { REDIS_URL: url } });
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await server.close();
    const gone = new Promise((r) => redis.once('exit', r));
    redis.kill('SIGKILL');
    await gone;
  });

  it('keeps calling, tells watchers the live view is degraded, and recovers', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 2);
    const coord = await signedInAs(server, 'coordinator');
    const watcher = await connect(coord.agent);
    open.push(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });
    const degraded = nextEvent(watcher, 'realtime.status', 8000);
    redis.kill('SIGKILL');
    expect(await degraded).toEqual({ degraded: true });

    const { agent } = await joinedCaller(server, campaign);
    const caller = await connect(agent);
    open.push(caller);
    const n = await ask(caller, 'call.next', { campaignId: campaign.id });
    const r = await ask(caller, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'no_answer',
      idempotencyKey: 'while-redis-down',
    });
    expect(r.ok).toBe(true);
    expect(await server.db('calls').where({ id: r.callId })).toHaveLength(1);

    const back = nextEvent(watcher, 'realtime.status', 15000);
    redis = start();
    expect(await back).toEqual({ degraded: false });
  }, 30_000);
});
