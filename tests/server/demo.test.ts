// `npm run demo` in miniature: its seeding and its volunteers, against a test server on this run's
// database (SQLite or Postgres), at a fraction of a person's pace. Calls must be saved with varied
// outcomes, some of them bookings into the seeded sessions, and the coordinator must see them.
import { randomUUID } from 'node:crypto';
import { startCallers } from '../../scripts/demo/callers';
import type { Callers } from '../../scripts/demo/callers';
import { DemoAgent } from '../../scripts/demo/http';
import { DEMO_SEATS } from '../../scripts/demo/postcodes';
import { DEMO_CAMPAIGN, seedDemo } from '../../scripts/demo/seed';
import type { DemoSeed } from '../../scripts/demo/seed';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

const ADMIN = {
  email: `organiser-${randomUUID().slice(0, 8)}@example.org`,
  password: 'a-long-demo-test-password',
};
let server: TestServer;
let seed: DemoSeed;
let callers: Callers | undefined;

beforeAll(async () => {
  server = await startTestServer({
    admin: ADMIN,
    env: {
      SIMULATED_ANSWER_RATE: '0.8',
      SIMULATED_RING_MS: '40',
      SIMULATED_CALL_MS: '5000',
      CLAIM_MAX_PER_HOUR: '5000',
    },
  });
  seed = await seedDemo(server.baseUrl, ADMIN);
});
afterAll(async () => {
  await callers?.stop();
  await server.close();
});

const targetSeats = DEMO_SEATS.map((s) => s.code);

describe('the demo', () => {
  it('seeds a simulated, any-hour campaign with signups and sessions placed in its two target seats', async () => {
    expect(seed.campaign).toMatchObject({
      name: DEMO_CAMPAIGN,
      status: 'active',
      telephony: 'simulated',
      allowAnyHour: true,
      targetSeats,
    });
    expect(seed.campaign.script.questions).toHaveLength(2);
    expect(seed.campaign.script.body).toContain('{{first_name}}');
    expect(seed.imported).toBeGreaterThanOrEqual(300);

    const contacts = await server.db('contacts').select('phone_e164', 'constituency_code');
    expect(contacts).toHaveLength(seed.imported);
    // Ofcom's drama ranges only: never a real person's number.
    for (const c of contacts) expect(c.phone_e164).toMatch(/^\+44(7700900\d{3}|1174960\d{3})$/);
    expect(new Set(contacts.map((c) => c.constituency_code))).toEqual(new Set(targetSeats));

    const now = Date.now();
    expect(seed.sessions.length).toBeGreaterThanOrEqual(6);
    for (const s of seed.sessions) {
      expect(targetSeats).toContain(s.constituencyCode);
      expect(Date.parse(s.startsAt)).toBeGreaterThan(now);
      expect(Date.parse(s.startsAt)).toBeLessThan(now + 8 * 86_400_000);
    }
    expect(seed.sessions.some((s) => s.capacity !== null)).toBe(true);
  });

  it('has volunteers joining by link and saving varied calls that the coordinator sees', async () => {
    const joinToken = seed.campaign.joinUrl.split('/join/')[1]!;
    const trouble: string[] = [];
    callers = await startCallers(server.baseUrl, joinToken, seed.campaign.id, {
      count: 5,
      pace: 0.02,
      onEvent: (line) => {
        if (!/ called /.test(line)) trouble.push(line);
      },
    });

    const deadline = Date.now() + 12_000;
    let calls = 0;
    let booked = 0;
    while (Date.now() < deadline && (calls < 15 || booked < 1)) {
      await new Promise((r) => setTimeout(r, 250));
      calls = Number((await server.db('calls').count({ n: '*' }))[0]!.n);
      booked = Number((await server.db('rsvps').count({ n: '*' }))[0]!.n);
    }
    await callers.stop();
    callers = undefined;
    // Calls under way when told to stop are finished and saved, as a person would.
    calls = Number((await server.db('calls').count({ n: '*' }))[0]!.n);

    expect(trouble).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(15);
    expect(booked).toBeGreaterThanOrEqual(1);
    const outcomes = await server.db('calls').distinct('outcome').pluck('outcome');
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    const callerIds = await server.db('calls').distinct('caller_id').pluck('caller_id');
    expect(callerIds.length).toBe(5);
    const sessionIds = seed.sessions.map((s) => s.id);
    for (const r of await server.db('rsvps').select('session_id')) expect(sessionIds).toContain(r.session_id);
    // Nobody is left holding a contact once the volunteers stop.
    expect(await server.db('campaign_contacts').where({ status: 'claimed' })).toHaveLength(0);

    const coordinator = new DemoAgent(server.baseUrl);
    await coordinator.login(seed.coordinator.email, seed.coordinator.password);
    const stats = await coordinator.call<{ callsLastHour: number; bookings: number }>(
      'GET',
      `/api/campaigns/${seed.campaign.id}/stats`,
    );
    expect(stats.callsLastHour).toBe(calls);
    expect(stats.bookings).toBeGreaterThanOrEqual(1);
  });
});
