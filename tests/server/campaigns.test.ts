import { DEFAULT_CALLING_HOURS } from '../../protocol';
import { Agent } from '../helpers/agent';
import { joinedCaller, makeCampaign, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_MAX_PER_15_MIN: '100' } });
});
afterAll(() => server.close());

describe('campaigns', () => {
  it('creates a campaign from a name alone, with the documented defaults and a join link', async () => {
    const { agent } = await signedInAs(server, 'coordinator');
    const r = await agent.req('POST', '/api/campaigns', { name: 'Bristol East signups' });
    expect(r.status).toBe(201);
    const c = r.body.campaign;
    expect(c).toMatchObject({
      name: 'Bristol East signups',
      status: 'draft',
      timezone: 'Europe/London',
      allowAnyHour: false,
      maxAttempts: 3,
      defaultCountry: 'GB',
      telephony: 'phone',
      withholdNumber: false,
      targetSeats: [],
      retentionDays: null,
    });
    expect(c.callingHours.mon).toEqual([{ start: '10:00', end: '20:30' }]);
    expect(c.callingHours.sun).toEqual([{ start: '10:00', end: '20:30' }]);
    expect(c.joinUrl).toMatch(new RegExp(`^${server.baseUrl}/join/[\\w-]{30,}$`));
    const got = await agent.req('GET', `/api/campaigns/${c.id}`);
    expect(got.body.campaign).toEqual(c);
  });

  it('edits, activates, pauses and archives', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const { body } = await agent.req('POST', '/api/campaigns', { name: 'Edit me' });
    const id = body.campaign.id;
    const edit = await agent.req('PATCH', `/api/campaigns/${id}`, {
      name: 'Edited',
      maxAttempts: 5,
      script: {
        body: 'Hi {{first_name}}',
        questions: [{ key: 'first_time', label: 'First time?', type: 'choice', options: ['yes', 'no'] }],
      },
      callingHours: {
        mon: [],
        tue: [{ start: '18:00', end: '21:00' }],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.campaign).toMatchObject({
      name: 'Edited',
      maxAttempts: 5,
      script: { body: 'Hi {{first_name}}' },
    });
    for (const status of ['active', 'paused', 'active', 'archived']) {
      const r = await agent.req('PATCH', `/api/campaigns/${id}`, { status });
      expect([r.status, r.body.campaign.status]).toEqual([200, status]);
    }
    const list = await agent.req('GET', '/api/campaigns');
    expect(list.body.campaigns.find((c: { id: number }) => c.id === id).status).toBe('archived');
  });

  it('rejects bad settings with 400 invalid_request naming the field, and changes nothing', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const { body } = await agent.req('POST', '/api/campaigns', { name: 'Strict' });
    const cases: Array<[object, RegExp]> = [
      [{ timezone: 'Mars/Olympus' }, /^timezone: must be an IANA time zone/],
      [{ callingHours: { mon: [{ start: '21:00', end: '10:00' }] } }, /^callingHours\./],
      [{ maxAttempts: 0 }, /^maxAttempts: /],
      [{ status: 'finished' }, /^status: /],
      [{ surprise: true }, /surprise/],
    ];
    for (const [patch, message] of cases) {
      const r = await agent.req('PATCH', `/api/campaigns/${body.campaign.id}`, patch);
      expect([r.status, r.body.error]).toEqual([400, 'invalid_request']);
      expect(r.body.message).toMatch(message);
    }
    expect((await agent.req('GET', `/api/campaigns/${body.campaign.id}`)).body.campaign).toEqual(
      body.campaign,
    );
  });

  it('refuses Twilio mode while Twilio is not configured, naming what is missing', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const r = await agent.req('POST', '/api/campaigns', { name: 'Browser calls', telephony: 'twilio' });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/TWILIO_ACCOUNT_SID/);
  });

  it('lets only an organiser lift the 08:00-21:00 window, and logs it', async () => {
    const coord = await signedInAs(server, 'coordinator');
    const refused = await coord.agent.req('POST', '/api/campaigns', { name: 'Late', allowAnyHour: true });
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    const org = await signedInAs(server, 'organiser');
    const ok = await org.agent.req('POST', '/api/campaigns', { name: 'Late', allowAnyHour: true });
    expect(ok.status).toBe(201);
    const audit = await server
      .db('audit_log')
      .where({ action: 'campaign.allow_any_hour', subject_id: String(ok.body.campaign.id) });
    expect(audit).toHaveLength(1);
  });

  it('refuses hours outside 08:00-21:00 unless any hour is allowed, naming the day and span', async () => {
    const { agent: coordinator } = await signedInAs(server, 'coordinator');
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const early = { ...DEFAULT_CALLING_HOURS, sat: [{ start: '07:30', end: '12:00' }] };
    const refused = await coordinator.req('POST', '/api/campaigns', { name: 'Early', callingHours: early });
    expect([refused.status, refused.body.message]).toEqual([
      400,
      'callingHours.sat.0.start: 07:30-12:00 reaches outside 08:00-21:00, the hours the law allows calls in; only an organiser can allow any hour',
    ]);
    const campaign = await makeCampaign(server, { allowAnyHour: false, callingHours: undefined });
    const path = `/api/campaigns/${campaign.id}`;
    const late = { ...DEFAULT_CALLING_HOURS, fri: [{ start: '18:00', end: '21:30' }] };
    expect((await coordinator.req('PATCH', path, { callingHours: late })).body.message).toMatch(
      /^callingHours\.fri\.0\.end: 18:00-21:30 reaches outside/,
    );
    // The organiser's override, logged, lets the same hours through; turning it off again needs them narrowed.
    expect((await organiser.req('PATCH', path, { callingHours: late, allowAnyHour: true })).status).toBe(200);
    expect((await organiser.req('PATCH', path, { allowAnyHour: false })).status).toBe(400);
    const narrowed = await organiser.req('PATCH', path, {
      allowAnyHour: false,
      callingHours: DEFAULT_CALLING_HOURS,
    });
    expect(narrowed.status).toBe(200);
    const logged = await server
      .db('audit_log')
      .where({ action: 'campaign.allow_any_hour', subject_id: String(campaign.id) });
    expect(logged).toHaveLength(2);
  });

  it('lets only an organiser set how long call notes are kept, from 1 to 3650 days, and logs it', async () => {
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const { agent: coordinator } = await signedInAs(server, 'coordinator');
    const campaign = await makeCampaign(server);
    const path = `/api/campaigns/${campaign.id}`;
    const refused = await coordinator.req('PATCH', path, { retentionDays: 90 });
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    const bad = await organiser.req('PATCH', path, { retentionDays: 0 });
    expect([bad.status, bad.body.message]).toEqual([400, 'retentionDays: must be at least 1 day']);
    expect((await organiser.req('PATCH', path, { retentionDays: 90 })).body.campaign.retentionDays).toBe(90);
    // A coordinator saving other settings with the same value is no change.
    const same = await coordinator.req('PATCH', path, { name: 'Renamed', retentionDays: 90 });
    expect(same.status).toBe(200);
    expect(
      (await organiser.req('PATCH', path, { retentionDays: null })).body.campaign.retentionDays,
    ).toBeNull();
    const logged = await server
      .db('audit_log')
      .where({ action: 'campaign.retention_days', subject_id: String(campaign.id) })
      .orderBy('id')
      .pluck('detail');
    expect(logged).toEqual(['{"retentionDays":90}', '{"retentionDays":null}']);
  });

  it('rotates the join link: the old link stops working at once', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'coordinator');
    const r = await agent.req('POST', `/api/campaigns/${campaign.id}/join-link`);
    expect(r.status).toBe(200);
    expect(r.body.campaign.joinUrl).not.toContain(campaign.joinToken);
    const volunteer = new Agent(server.baseUrl);
    await volunteer.refreshCsrf();
    const old = await volunteer.req('POST', `/api/join/${campaign.joinToken}`, {
      name: 'Late Larry',
      email: 'larry@example.org',
    });
    expect([old.status, old.body.error]).toEqual([404, 'not_found']);
    const fresh = r.body.campaign.joinUrl.split('/').pop();
    expect(
      (await volunteer.req('POST', `/api/join/${fresh}`, { name: 'Larry', email: 'larry@example.org' }))
        .status,
    ).toBe(200);
  });

  it('refuses callers (403) and anonymous visitors (401) on every campaign route', async () => {
    const campaign = await makeCampaign(server);
    const { agent: caller } = await joinedCaller(server, campaign);
    const anon = new Agent(server.baseUrl);
    await anon.refreshCsrf();
    const routes: Array<[string, string, object?]> = [
      ['GET', '/api/campaigns'],
      ['POST', '/api/campaigns', { name: 'x' }],
      ['GET', `/api/campaigns/${campaign.id}`],
      ['PATCH', `/api/campaigns/${campaign.id}`, { status: 'paused' }],
      ['POST', `/api/campaigns/${campaign.id}/join-link`],
      ['GET', `/api/campaigns/${campaign.id}/stats`],
    ];
    for (const [method, url, body] of routes) {
      const asCaller = await caller.req(method, url, body);
      expect([method, url, asCaller.status, asCaller.body.error]).toEqual([method, url, 403, 'forbidden']);
      const asAnon = await anon.req(method, url, body);
      expect([method, url, asAnon.status, asAnon.body.error]).toEqual([method, url, 401, 'not_signed_in']);
    }
  });
});

describe('joining by link', () => {
  it('signs a volunteer in as a caller of that campaign; the same email returns the same caller', async () => {
    const campaign = await makeCampaign(server, { name: 'Join test' });
    const a = new Agent(server.baseUrl);
    await a.refreshCsrf();
    const info = await a.req('GET', `/api/join/${campaign.joinToken}`);
    expect(info.body.campaign).toEqual(expect.objectContaining({ id: campaign.id, name: 'Join test' }));
    expect(JSON.stringify(info.body)).not.toContain(campaign.joinToken);
    const first = await a.req('POST', `/api/join/${campaign.joinToken}`, {
      name: 'Sam Caller',
      email: 'Sam@Example.org',
      phone: '07700 900123',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      user: { role: 'caller', email: 'sam@example.org' },
      campaign: { id: campaign.id },
    });
    await a.refreshCsrf();
    expect((await a.req('GET', '/api/me')).body.user.id).toBe(first.body.user.id);

    const b = new Agent(server.baseUrl);
    await b.refreshCsrf();
    const again = await b.req('POST', `/api/join/${campaign.joinToken}`, {
      name: 'Sam',
      email: 'sam@example.org',
    });
    expect(again.body.user.id).toBe(first.body.user.id);
  });

  it('never signs anyone in as staff through a link', async () => {
    const campaign = await makeCampaign(server);
    const { user } = await signedInAs(server, 'organiser');
    const a = new Agent(server.baseUrl);
    await a.refreshCsrf();
    const r = await a.req('POST', `/api/join/${campaign.joinToken}`, { name: 'Imposter', email: user.email });
    expect([r.status, r.body.error]).toEqual([409, 'conflict']);
    expect((await a.req('GET', '/api/me')).body.user).toBeNull();
  });

  it('turns away an unknown link and an archived campaign', async () => {
    const campaign = await makeCampaign(server, { status: 'archived' });
    const a = new Agent(server.baseUrl);
    await a.refreshCsrf();
    expect(
      (await a.req('POST', `/api/join/not-a-real-token-at-all`, { name: 'A', email: 'a@example.org' }))
        .status,
    ).toBe(404);
    expect(
      (await a.req('POST', `/api/join/${campaign.joinToken}`, { name: 'A', email: 'a@example.org' })).status,
    ).toBe(404);
  });
});
