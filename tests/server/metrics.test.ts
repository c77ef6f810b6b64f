// /metrics as Prometheus sees it after an evening's first call: claims and their latency, outcomes,
// who is connected, how deep each active campaign's queue is, and the process's event-loop lag.
import { randomUUID } from 'node:crypto';
import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

const TOKEN = 'a-scrape-token-of-length';
let server: TestServer;
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await server.close();
});

async function scrape(token: string | null = TOKEN) {
  const res = await fetch(`${server.baseUrl}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample, e.g. value(text, 'ringround_claims_total'), or undefined when absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = line.match(/^([a-zA-Z0-9_:]+)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = m[2] ? m[2].split(',') : [];
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(m[3]);
  }
  return undefined;
}

const waitFor = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('/metrics', () => {
  it('still demands METRICS_TOKEN when one is set', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('not-the-right-token-at-all')).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toContain('text/plain');
  });

  it('counts a claim, its latency, the outcome, connected callers and queue depth per active campaign', async () => {
    const campaign = await makeCampaign(server, { name: 'Metrics night' });
    await makeContacts(server.db, campaign.id, 5);
    const paused = await makeCampaign(server, { name: 'Not tonight', status: 'paused' });
    await makeContacts(server.db, paused.id, 3);

    const { agent } = await joinedCaller(server, campaign);
    const first = await connect(agent);
    const secondTab = await connect(agent);
    sockets.push(first, secondTab);
    const { agent: coordinator } = await signedInAs(server, 'coordinator');
    sockets.push(await connect(coordinator));

    const next = await ask(first, 'call.next', { campaignId: campaign.id });
    expect(next).toMatchObject({ ok: true });
    const before = await scrape();
    expect(
      value(before.text, 'ringround_queue_contacts', { campaign_id: String(campaign.id), state: 'claimed' }),
    ).toBe(1);
    expect(
      value(before.text, 'ringround_queue_contacts', { campaign_id: String(campaign.id), state: 'queued' }),
    ).toBe(4);

    const saved = await ask(first, 'call.outcome', {
      assignmentId: next.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: randomUUID(),
    });
    expect(saved).toMatchObject({ ok: true });

    const { text } = await scrape();
    expect(value(text, 'ringround_claims_total')).toBe(1);
    expect(value(text, 'ringround_claim_seconds_count', { result: 'claimed' })).toBe(1);
    const claimSeconds = value(text, 'ringround_claim_seconds_sum', { result: 'claimed' })!;
    expect(claimSeconds).toBeGreaterThan(0);
    expect(claimSeconds).toBeLessThan(5);
    expect(value(text, 'ringround_claim_seconds_bucket', { result: 'claimed', le: '+Inf' })).toBe(1);
    expect(value(text, 'ringround_outcomes_total', { outcome: 'interested' })).toBe(1);

    // Two tabs of one volunteer are one caller; the coordinator is a socket but not a caller.
    expect(value(text, 'ringround_sockets_connected')).toBe(3);
    expect(value(text, 'ringround_callers_connected')).toBe(1);

    // The saved contact is done; nobody holds one now. Paused campaigns are left out.
    const id = String(campaign.id);
    expect(value(text, 'ringround_queue_contacts', { campaign_id: id, state: 'queued' })).toBe(4);
    expect(value(text, 'ringround_queue_contacts', { campaign_id: id, state: 'due' })).toBe(4);
    expect(value(text, 'ringround_queue_contacts', { campaign_id: id, state: 'claimed' })).toBe(0);
    expect(text).not.toContain(`campaign_id="${paused.id}"`);

    // Default process metrics carry the prefix: event-loop lag is there, and plausible.
    const lag = value(text, 'ringround_nodejs_eventloop_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(1);
    expect(value(text, 'ringround_nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);

    // Closing sockets brings the gauges back down.
    first.close();
    secondTab.close();
    await waitFor(async () => value((await scrape()).text, 'ringround_callers_connected') === 0);
    const after = (await scrape()).text;
    expect(value(after, 'ringround_callers_connected')).toBe(0);
    expect(value(after, 'ringround_sockets_connected')).toBe(1);
  });

  it('reports an empty claim as such', async () => {
    const campaign = await makeCampaign(server, { name: 'Nobody left' });
    const { agent } = await joinedCaller(server, campaign);
    const socket = await connect(agent);
    sockets.push(socket);
    const reply = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(reply).toMatchObject({ ok: true, assignment: null, reason: 'queue_empty' });
    const { text } = await scrape();
    expect(value(text, 'ringround_claim_seconds_count', { result: 'empty' })).toBe(1);
    expect(
      value(text, 'ringround_queue_contacts', { campaign_id: String(campaign.id), state: 'queued' }),
    ).toBe(0);
  });
});
