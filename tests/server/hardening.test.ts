// The web hardening issue 10 lists, each shown on a real server: the absolute session limit,
// Secure cookies behind TLS, and the rate limits on joining and exporting.
import { Agent } from '../helpers/agent';
import { makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer, TEST_ADMIN } from '../helpers/server';
import type { TestServer } from '../helpers/server';

describe('sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      admin: TEST_ADMIN,
      env: { SESSION_IDLE_HOURS: '12', SESSION_MAX_DAYS: '1', PUBLIC_URL: 'https://calls.example.org' },
    });
  });
  afterAll(() => server.close());

  it('end at SESSION_MAX_DAYS however busy they are, and before that only when idle', async () => {
    const start = Date.parse('2026-12-01T09:00:00Z');
    server.clock.freeze(start);
    const agent = new Agent(server.baseUrl);
    await agent.login(TEST_ADMIN.email, TEST_ADMIN.password);
    // Used every 11 hours (inside the 12-hour idle limit): still signed in at 22 hours...
    for (const hours of [11, 22]) {
      server.clock.freeze(start + hours * 3600_000);
      expect([hours, (await agent.refreshCsrf()).body.user?.role]).toEqual([hours, 'organiser']);
    }
    // ...but not past the one-day absolute limit, however recently it was used.
    server.clock.freeze(start + 24 * 3600_000 + 60_000);
    expect((await agent.refreshCsrf()).body.user).toBeNull();
    server.clock.unfreeze();
  });

  it('set a Secure, httpOnly, SameSite=Lax cookie when the public address is https', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const login = await agent.req('POST', '/api/auth/login', TEST_ADMIN);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(login.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { JOIN_MAX_PER_15_MIN: '3' } });
  });
  afterAll(() => server.close());

  it('stop one address trying join links past JOIN_MAX_PER_15_MIN, with 429 rate_limited', async () => {
    const campaign = await makeCampaign(server);
    const visitor = new Agent(server.baseUrl);
    const tries = [];
    for (let i = 0; i < 4; i++)
      tries.push((await visitor.req('GET', `/api/join/guess-${i}-abcdefgh`)).status);
    expect(tries).toEqual([404, 404, 404, 429]);
    // The real link is refused too until the window passes: guessing is what is limited.
    const real = await visitor.req('GET', `/api/join/${campaign.joinToken}`);
    expect(real.body).toMatchObject({ ok: false, error: 'rate_limited' });
  });

  it('stop an organiser after 30 exports in 15 minutes', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 2);
    const { agent } = await signedInAs(server, 'organiser');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=contacts`)).status,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Every export that went out is in the audit log; the refused one is not.
    const audited = await server
      .db('audit_log')
      .where({ action: 'export.contacts', subject_id: String(campaign.id) });
    expect(audited).toHaveLength(30);
  });
});
