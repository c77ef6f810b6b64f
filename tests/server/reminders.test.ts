import { randomUUID } from 'node:crypto';
import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { createSession } from '../../server/canvass/manageSessions';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  sockets.splice(0).forEach((s) => s.close());
  server.clock.unfreeze();
});
afterAll(() => server.close());

// Tuesday 1 December 2026, 12:00 London (GMT); the session is on Saturday 5th at 10:00.
const TUESDAY_NOON = Date.parse('2026-12-01T12:00:00Z');
const SATURDAY_10 = '2026-12-05T10:00:00Z';
const FRIDAY_18 = Date.parse('2026-12-04T18:00:00Z');

async function bookedContact() {
  server.clock.freeze(TUESDAY_NOON);
  const campaign = await makeCampaign(server, { allowAnyHour: false, callingHours: undefined });
  await makeContacts(server.db, campaign.id, 1);
  const session = await createSession(server.ctx, {
    title: 'Saturday doors',
    startsAt: SATURDAY_10,
    postcode: 'BS5 6AA',
    venue: 'Café',
  });
  const { agent } = await joinedCaller(server, campaign);
  const socket = await connect(agent);
  sockets.push(socket);
  const n = await ask(socket, 'call.next', { campaignId: campaign.id });
  const r = await ask(socket, 'call.outcome', {
    assignmentId: n.assignment.assignmentId,
    outcome: 'booked',
    sessionId: session.id,
    idempotencyKey: randomUUID(),
  });
  expect(r.ok).toBe(true);
  return { campaign, session, socket, assignmentId: n.assignment.assignmentId };
}

describe('reminder calls', () => {
  it('bring a booked contact back the evening before, and not before', async () => {
    const { campaign, socket, assignmentId } = await bookedContact();
    const row = await server.db('campaign_contacts').where({ id: assignmentId }).first();
    expect(row).toMatchObject({ status: 'queued', purpose: 'reminder', next_call_at: FRIDAY_18 });

    server.clock.freeze(FRIDAY_18 - 60_000);
    expect((await ask(socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');
    server.clock.freeze(FRIDAY_18 + 60_000);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(n.assignment).toMatchObject({
      assignmentId,
      purpose: 'reminder',
      reminderFor: { title: 'Saturday doors', startsAt: '2026-12-05T10:00:00.000Z', venue: 'Café' },
      script: { questions: [] },
    });
    expect(n.assignment.script.body).toMatch(
      /reminder about Saturday doors on Saturday 5 December at 10:00, meeting at Café/,
    );
  });

  it('cancel the booking when the contact cannot make it', async () => {
    const { campaign, session, socket } = await bookedContact();
    server.clock.freeze(FRIDAY_18 + 60_000);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const r = await ask(socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'cannot_make_it',
      idempotencyKey: randomUUID(),
    });
    expect(r.ok).toBe(true);
    expect(await server.db('rsvps').where({ session_id: session.id }).first()).toMatchObject({
      status: 'cancelled',
    });
    expect(
      await server.db('campaign_contacts').where({ id: n.assignment.assignmentId }).first(),
    ).toMatchObject({ status: 'done' });
  });

  it('refuse reminder answers on a first call', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { agent } = await joinedCaller(server, campaign);
    const socket = await connect(agent);
    sockets.push(socket);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const r = await ask(socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'still_coming',
      idempotencyKey: randomUUID(),
    });
    expect(r).toMatchObject({
      ok: false,
      error: 'invalid_request',
      message: 'outcome: still_coming is only for reminder calls',
    });
  });
});

describe('attendance and the funnel', () => {
  it('counts called → reached → booked → attended, each contact once', async () => {
    const { campaign, session } = await bookedContact();
    const { agent } = await signedInAs(server, 'coordinator');
    const list = await agent.req('GET', `/api/canvass-sessions/${session.id}/attendance`);
    expect(list.body.people).toEqual([expect.objectContaining({ status: 'booked', lastName: 'Test' })]);
    const contactId = list.body.people[0].contactId;
    const mark = await agent.req('POST', `/api/canvass-sessions/${session.id}/attendance`, {
      contactId,
      status: 'attended',
    });
    expect(mark.body.people[0].status).toBe('attended');
    const stats = await agent.req('GET', `/api/campaigns/${campaign.id}/stats`);
    expect(stats.body.funnel).toEqual({ called: 1, reached: 1, booked: 1, attended: 1 });
    await agent.req('POST', `/api/canvass-sessions/${session.id}/attendance`, {
      contactId,
      status: 'no_show',
    });
    expect((await agent.req('GET', `/api/campaigns/${campaign.id}/stats`)).body.funnel.attended).toBe(0);
    const stranger = await agent.req('POST', `/api/canvass-sessions/${session.id}/attendance`, {
      contactId: 999999,
      status: 'attended',
    });
    expect(stranger.status).toBe(404);
  });
});

describe('follow-up details', () => {
  it('serves the session as a calendar file at its unguessable link, and lists seats for the picker', async () => {
    const { session } = await bookedContact();
    const { agent } = await signedInAs(server, 'organiser');
    const got = (await agent.req('GET', `/api/canvass-sessions/${session.id}`)).body.session;
    expect(got.calendarPath).toMatch(/^\/api\/calendar\/[\w-]{20,}\.ics$/);
    const ics = await fetch(server.baseUrl + got.calendarPath);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await ics.text();
    expect(text).toContain('SUMMARY:Saturday doors');
    expect(text).toContain('DTSTART:20261205T100000Z');
    expect((await fetch(`${server.baseUrl}/api/calendar/not-the-right-token-at-all.ics`)).status).toBe(404);

    const seats = await agent.req('GET', '/api/seats');
    expect(seats.body.seats).toHaveLength(650);
    expect(seats.body.seats.find((s: { code: string }) => s.code === 'E14001132')).toMatchObject({
      name: 'Bristol East',
      firstParty: expect.any(String),
      majority: expect.any(Number),
    });
  });
});
