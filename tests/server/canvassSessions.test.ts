import { randomUUID } from 'node:crypto';
import { ask, connect, nextEvent } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import {
  joinedCaller,
  livingAt,
  makeCampaign,
  makeContacts,
  makeSession,
  signedInAs,
} from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer({ env: { JOIN_MAX_PER_15_MIN: '500' } });
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(() => server.close());

const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3600_000).toISOString();

describe('canvass sessions over REST', () => {
  it('creates a session placed by its postcode, with its seat, then edits and lists it', async () => {
    const { agent } = await signedInAs(server, 'coordinator');
    const r = await agent.req('POST', '/api/canvass-sessions', {
      title: 'Easton doors',
      startsAt: inDays(3),
      endsAt: inDays(3, 3),
      venue: 'Café',
      postcode: 'bs5 6aa',
      capacity: 12,
      whatsappUrl: 'https://chat.whatsapp.com/abc',
    });
    expect(r.status).toBe(201);
    expect(r.body.session).toMatchObject({
      title: 'Easton doors',
      postcode: 'BS5 6AA',
      constituency: 'Bristol North East',
      constituencyCode: 'E14001133',
      geoPrecision: 'sector',
      booked: 0,
      cancelledAt: null,
    });
    const id = r.body.session.id;
    const edit = await agent.req('PATCH', `/api/canvass-sessions/${id}`, {
      capacity: 30,
      postcode: 'OX1 2JD',
    });
    expect(edit.body.session).toMatchObject({
      capacity: 30,
      postcode: 'OX1 2JD',
      constituencyCode: expect.stringMatching(/^E14/),
    });
    const list = await agent.req('GET', '/api/canvass-sessions');
    expect(list.body.sessions.map((s: { id: number }) => s.id)).toContain(id);
  });

  it('refuses bad sessions with the field named', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const noTitle = await agent.req('POST', '/api/canvass-sessions', {
      startsAt: inDays(1),
      postcode: 'BS5 6AA',
    });
    expect([noTitle.status, noTitle.body.message]).toEqual([400, expect.stringMatching(/^title: /)]);
    const backwards = await agent.req('POST', '/api/canvass-sessions', {
      title: 'x',
      startsAt: inDays(2),
      endsAt: inDays(1),
      postcode: 'BS5 6AA',
    });
    expect(backwards.body.message).toBe('endsAt: must be after startsAt');
  });

  it('refuses callers and anonymous visitors', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await joinedCaller(server, campaign);
    expect((await agent.req('GET', '/api/canvass-sessions')).status).toBe(403);
    expect(
      (
        await agent.req('POST', '/api/canvass-sessions', {
          title: 'x',
          startsAt: inDays(1),
          postcode: 'BS5 6AA',
        })
      ).status,
    ).toBe(403);
    const anon = await fetch(`${server.baseUrl}/api/canvass-sessions/nearest?postcode=BS5`);
    expect(anon.status).toBe(401);
  });
});

describe('nearest sessions', () => {
  it('offers a Bristol East signup the Bristol session before the Oxford one, and takes an outward code alone', async () => {
    const bristol = await makeSession(server, {
      title: 'Bristol East doors',
      postcode: 'BS5 6AA',
      inDays: 5,
    });
    const oxford = await makeSession(server, { title: 'Oxford doors', postcode: 'OX1 2JD', inDays: 1 });
    const { agent } = await signedInAs(server, 'organiser');
    const near = await agent.req(
      'GET',
      `/api/canvass-sessions/nearest?postcode=${encodeURIComponent('BS5 7XY')}&limit=3`,
    );
    expect(near.status).toBe(200);
    const ids = near.body.map((n: { session: { id: number } }) => n.session.id);
    expect(ids[0]).toBe(bristol.id);
    expect(ids).not.toContain(oxford.id); // over 80 km: no nudge at all
    expect(near.body[0].distanceKm).toBeLessThan(3);
    const outcode = await agent.req('GET', '/api/canvass-sessions/nearest?postcode=OX2');
    expect(outcode.body[0].session.id).toBe(oxford.id);
  });

  it('says why an unknown postcode gets no sessions', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const r = await agent.req('GET', '/api/canvass-sessions/nearest?postcode=ZZ9%209ZZ');
    expect([r.status, r.body.message]).toEqual([
      400,
      'postcode: ZZ9 9ZZ could not be placed on the map, so no distances can be worked out',
    ]);
  });

  it('puts the nearest sessions (with spaces) into call.next and the script', async () => {
    const campaign = await makeCampaign(server, {
      script: { body: 'Come to {{session.title}}, {{session.distance}} away', questions: [] },
    });
    const home = await livingAt(server, 'BS16 3QQ');
    await makeContacts(server.db, campaign.id, 1, home);
    const full = await makeSession(server, {
      title: 'Full one',
      postcode: 'BS16 3QQ',
      capacity: 1,
      inDays: 1,
    });
    await server.db('rsvps').insert({
      session_id: full.id,
      contact_id: (await makeContacts(server.db, campaign.id, 1))[0],
      status: 'booked',
      created_at: Date.now(),
    });
    const open = await makeSession(server, { title: 'Fishponds doors', postcode: 'BS16 3QQ', inDays: 4 });
    const { agent } = await joinedCaller(server, campaign);
    const s = await connect(agent);
    sockets.push(s);
    let n = await ask(s, 'call.next', { campaignId: campaign.id });
    if (n.assignment.contact.postcode !== 'BS16 3QQ') {
      await ask(s, 'call.outcome', {
        assignmentId: n.assignment.assignmentId,
        outcome: 'not_interested',
        idempotencyKey: randomUUID(),
      });
      n = await ask(s, 'call.next', { campaignId: campaign.id });
    }
    const offered = n.assignment.sessions.map((x: { id: number }) => x.id);
    expect(offered[0]).toBe(open.id);
    expect(offered).not.toContain(full.id);
    expect(n.assignment.sessions[0]).toMatchObject({
      title: 'Fishponds doors',
      spacesLeft: 20,
      constituency: expect.any(String),
    });
    expect(n.assignment.script.body).toBe(
      `Come to Fishponds doors, ${n.assignment.sessions[0].distanceKm.toFixed(1)} km away`,
    );
  });
});

describe('booking the last place', () => {
  it('never overbooks when 20 callers book the last place at once', async () => {
    const campaign = await makeCampaign(server);
    const session = await makeSession(server, { capacity: 1 });
    await makeContacts(server.db, campaign.id, 20);
    const callers = await Promise.all(Array.from({ length: 20 }, () => joinedCaller(server, campaign)));
    const socks = await Promise.all(callers.map((c) => connect(c.agent)));
    sockets.push(...socks);
    const held = await Promise.all(socks.map((s) => ask(s, 'call.next', { campaignId: campaign.id })));
    const replies = await Promise.all(
      socks.map((s, i) =>
        ask(s, 'call.outcome', {
          assignmentId: held[i].assignment.assignmentId,
          outcome: 'booked',
          sessionId: session.id,
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok).every((r) => r.error === 'session_full')).toBe(true);
    expect(await server.db('rsvps').where({ session_id: session.id, status: 'booked' })).toHaveLength(1);
  });
});

describe('cancelling a session', () => {
  it('cancels its bookings, lists who to re-contact, and tells the campaign’s watchers', async () => {
    const campaign = await makeCampaign(server);
    const session = await makeSession(server, { title: 'Rained off' });
    await makeContacts(server.db, campaign.id, 1);
    const caller = await joinedCaller(server, campaign);
    const cs = await connect(caller.agent);
    sockets.push(cs);
    const n = await ask(cs, 'call.next', { campaignId: campaign.id });
    await ask(cs, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'booked',
      sessionId: session.id,
      idempotencyKey: randomUUID(),
    });

    const coord = await signedInAs(server, 'coordinator');
    const ws = await connect(coord.agent);
    sockets.push(ws);
    await ask(ws, 'campaign.watch', { campaignId: campaign.id });
    const told = nextEvent(ws, 'session.cancelled');
    const r = await coord.agent.req('DELETE', `/api/canvass-sessions/${session.id}`);
    expect(r.status).toBe(200);
    expect(r.body.session.cancelledAt).toEqual(expect.any(String));
    expect(r.body.recontact).toEqual([
      {
        contactId: n.assignment.contact.id,
        firstName: n.assignment.contact.firstName,
        lastName: 'Test',
        phone: n.assignment.contact.phone,
        bookedAt: expect.any(String),
      },
    ]);
    expect(await told).toEqual({
      campaignId: campaign.id,
      sessionId: session.id,
      title: 'Rained off',
      recontact: 1,
    });
    expect(await server.db('rsvps').where({ session_id: session.id }).first()).toMatchObject({
      status: 'cancelled',
    });
    expect((await coord.agent.req('DELETE', `/api/canvass-sessions/${session.id}`)).status).toBe(409);
  });
});

describe('importing sessions from CSV', () => {
  it('imports good rows and reports bad ones by spreadsheet row; dryRun writes nothing', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const csv = [
      '\uFEFFTitle;Date;Finish;Meeting point;Post Code;Places;Host',
      'Saturday doors;2031-05-03 10:00;2031-05-03 13:00;Café;BS5 6AA;15;Amira',
      ';2031-05-04 10:00;;Park;BS5 6AA;;',
      'Sunday doors;next sunday;;Park;BS5 6AA;;',
      '"Evening, with a comma";04/05/2031 18:30;;"Hall\nside door";OX4 1AB;many;',
      'Late doors;2031-05-05 18:00;;Hall;OX4 1AB;10;Sam',
    ].join('\r\n');
    const dry = await agent.req('POST', '/api/canvass-sessions/import?dryRun=1', csv, {
      'content-type': 'text/csv',
    });
    expect(dry.body).toEqual({
      received: 5,
      imported: 2,
      rejected: [
        { line: 3, reason: expect.stringMatching(/^title: /) },
        { line: 4, reason: 'startsAt: "next sunday" is not a date and time such as 2026-12-05 10:00' },
        { line: 5, reason: 'capacity: "many" is not a whole number of places' },
      ],
    });
    const before = (await agent.req('GET', '/api/canvass-sessions?past=1')).body.sessions.length;
    const real = await agent.req('POST', '/api/canvass-sessions/import', csv, { 'content-type': 'text/csv' });
    expect(real.body.imported).toBe(2);
    const after = (await agent.req('GET', '/api/canvass-sessions?past=1')).body.sessions;
    expect(after).toHaveLength(before + 2);
    expect(after.find((s: { title: string }) => s.title === 'Saturday doors')).toMatchObject({
      startsAt: '2031-05-03T09:00:00.000Z',
      capacity: 15,
      hostName: 'Amira',
      venue: 'Café',
    });
    const wrongType = await agent.req('POST', '/api/canvass-sessions/import', '{}', {
      'content-type': 'application/json',
    });
    expect(wrongType.status).toBe(400);
  });
});
