import { randomUUID } from 'node:crypto';
import { ask, connect, nextEvent } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import type { CampaignRecord } from '../../server/store/campaigns';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer({ env: { CLAIM_MAX_PER_HOUR: '1000' } });
});
afterEach(() => {
  sockets.splice(0).forEach((s) => s.close());
  server.clock.unfreeze();
});
afterAll(() => server.close());

async function callerSocket(campaign: CampaignRecord) {
  const { agent, userId } = await joinedCaller(server, campaign);
  const socket = await connect(agent);
  sockets.push(socket);
  return { socket, userId, agent };
}
const key = () => `k-${randomUUID()}`;
const queueRow = (id: number) => server.db('campaign_contacts').where({ id }).first();

describe('call.next', () => {
  it('hands out one contact with the filled script and history, and the same one when asked again', async () => {
    const campaign = await makeCampaign(server, {
      script: {
        body: 'Hi {{first_name}} from {{ custom.Ward }}, I am {{caller_name}}. {{unknown}}',
        questions: [],
      },
    });
    await makeContacts(server.db, campaign.id, 2);
    const { socket } = await callerSocket(campaign);
    const first = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(first.ok).toBe(true);
    const a = first.assignment;
    expect(a.contact).toEqual({
      id: expect.any(Number),
      firstName: expect.stringMatching(/^Person/),
      lastName: 'Test',
      phone: expect.stringMatching(/^\+44/),
      postcode: 'BS5 6AA',
      custom: { ward: expect.stringMatching(/^Ward \d$/) },
    });
    expect(a.contact).not.toHaveProperty('email');
    expect(a.script.body).toBe(`Hi ${a.contact.firstName} from ${a.contact.custom.ward}, I am Volunteer. `);
    expect(a.sessions).toEqual([]);
    expect(a.history).toEqual([]);
    const again = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(again.assignment.assignmentId).toBe(a.assignmentId);
  });

  it('says queue_empty, campaign_paused and outside_calling_hours', async () => {
    const empty = await makeCampaign(server);
    const { socket } = await callerSocket(empty);
    expect(await ask(socket, 'call.next', { campaignId: empty.id })).toEqual({
      ok: true,
      assignment: null,
      reason: 'queue_empty',
    });

    const paused = await makeCampaign(server, { status: 'paused' });
    await makeContacts(server.db, paused.id, 1);
    const p = await callerSocket(paused);
    expect(await ask(p.socket, 'call.next', { campaignId: paused.id })).toMatchObject({
      assignment: null,
      reason: 'campaign_paused',
    });

    // Default hours (10:00-20:30 London) at 22:15 London on a winter Tuesday.
    const evening = await makeCampaign(server, { allowAnyHour: false, callingHours: undefined });
    await makeContacts(server.db, evening.id, 1);
    const e = await callerSocket(evening);
    server.clock.freeze(Date.parse('2026-12-01T22:15:00Z'));
    expect(await ask(e.socket, 'call.next', { campaignId: evening.id })).toMatchObject({
      assignment: null,
      reason: 'outside_calling_hours',
    });
    server.clock.freeze(Date.parse('2026-12-01T19:00:00Z'));
    expect((await ask(e.socket, 'call.next', { campaignId: evening.id })).assignment).not.toBeNull();
  });

  it('keeps to 08:00-21:00 even when the campaign hours say otherwise, unless allowAnyHour', async () => {
    const allDay = { start: '00:00', end: '23:59' };
    const hours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [allDay]]),
    );
    const strict = await makeCampaign(server, { allowAnyHour: false, callingHours: hours as never });
    await makeContacts(server.db, strict.id, 1);
    const { socket } = await callerSocket(strict);
    server.clock.freeze(Date.parse('2026-12-01T21:30:00Z'));
    expect((await ask(socket, 'call.next', { campaignId: strict.id })).reason).toBe('outside_calling_hours');
  });

  it("follows the contact's own time zone when it is known", async () => {
    const campaign = await makeCampaign(server, { allowAnyHour: false, callingHours: undefined });
    const [uk] = await makeContacts(server.db, campaign.id, 1);
    const [ny] = await makeContacts(server.db, campaign.id, 1, { timezone: 'America/New_York' });
    // 11:00 in London is 06:00 in New York: only the UK contact may be called.
    server.clock.freeze(Date.parse('2026-12-01T11:00:00Z'));
    const a = await callerSocket(campaign);
    const b = await callerSocket(campaign);
    const first = await ask(a.socket, 'call.next', { campaignId: campaign.id });
    expect(first.assignment.contact.id).toBe(uk);
    expect((await ask(b.socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');
    await ask(a.socket, 'call.outcome', {
      assignmentId: first.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: key(),
    });
    // 16:00 London is 11:00 New York.
    server.clock.freeze(Date.parse('2026-12-01T16:00:00Z'));
    expect((await ask(b.socket, 'call.next', { campaignId: campaign.id })).assignment.contact.id).toBe(ny);
  });

  it('never hands out an opted-out phone, in any campaign', async () => {
    const a = await makeCampaign(server);
    const b = await makeCampaign(server);
    const [contactId] = await makeContacts(server.db, a.id, 1);
    await server.db('campaign_contacts').insert({
      campaign_id: b.id,
      contact_id: contactId,
      status: 'queued',
      attempts: 0,
      next_call_at: 0,
      priority: 0,
    });
    const inA = await callerSocket(a);
    const got = await ask(inA.socket, 'call.next', { campaignId: a.id });
    const r = await ask(inA.socket, 'call.outcome', {
      assignmentId: got.assignment.assignmentId,
      outcome: 'do_not_call',
      idempotencyKey: key(),
    });
    expect(r.ok).toBe(true);
    const inB = await callerSocket(b);
    expect(await ask(inB.socket, 'call.next', { campaignId: b.id })).toMatchObject({
      assignment: null,
      reason: 'queue_empty',
    });
    expect(
      await server
        .db('opt_outs')
        .where({ phone_e164: (await server.db('contacts').where({ id: contactId }).first()).phone_e164 }),
    ).toHaveLength(1);
  });

  it('refuses a caller of campaign A in campaign B, and coordinator events to a caller', async () => {
    const a = await makeCampaign(server);
    const b = await makeCampaign(server);
    await makeContacts(server.db, b.id, 1);
    const { socket } = await callerSocket(a);
    expect(await ask(socket, 'call.next', { campaignId: b.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await ask(socket, 'campaign.watch', { campaignId: a.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await ask(socket, 'assignment.return', { assignmentId: 1 })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await ask(socket, 'caller.remove', { campaignId: a.id, userId: 1 })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });

  it('caps how many contacts one caller can open in an hour', async () => {
    const limited = await startTestServer({ env: { CLAIM_MAX_PER_HOUR: '2' } });
    try {
      const prev = server;
      server = limited;
      const campaign = await makeCampaign(limited);
      await makeContacts(limited.db, campaign.id, 5);
      const { socket } = await callerSocket(campaign);
      for (let i = 0; i < 2; i++) {
        const n = await ask(socket, 'call.next', { campaignId: campaign.id });
        await ask(socket, 'call.release', { assignmentId: n.assignment.assignmentId });
      }
      expect(await ask(socket, 'call.next', { campaignId: campaign.id })).toMatchObject({
        ok: false,
        error: 'rate_limited',
      });
      expect(await limited.db('campaign_contacts').where({ status: 'claimed' })).toHaveLength(0);
      server = prev;
    } finally {
      sockets.splice(0).forEach((s) => s.close());
      await limited.close();
    }
  });
});

describe('call.outcome', () => {
  it('stores the call and requeues a no_answer 20 hours later, then stops after maxAttempts', async () => {
    const campaign = await makeCampaign(server, { maxAttempts: 2 });
    const [contactId] = await makeContacts(server.db, campaign.id, 1);
    const { socket, userId } = await callerSocket(campaign);
    const t0 = Date.parse('2026-12-01T12:00:00Z');
    server.clock.freeze(t0);
    const n1 = await ask(socket, 'call.next', { campaignId: campaign.id });
    await ask(socket, 'call.dialled', { assignmentId: n1.assignment.assignmentId });
    const r1 = await ask(socket, 'call.outcome', {
      assignmentId: n1.assignment.assignmentId,
      outcome: 'no_answer',
      notes: ' rang out ',
      idempotencyKey: key(),
    });
    expect(r1).toEqual({ ok: true, callId: expect.any(Number) });
    const call = await server.db('calls').where({ id: r1.callId }).first();
    expect(call).toMatchObject({
      contact_id: contactId,
      caller_id: userId,
      outcome: 'no_answer',
      notes: 'rang out',
      provider: 'phone',
    });
    expect(await queueRow(n1.assignment.assignmentId)).toMatchObject({
      status: 'queued',
      attempts: 1,
      next_call_at: t0 + 20 * 3600_000,
      claimed_by: null,
    });
    expect((await ask(socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');

    server.clock.freeze(t0 + 20 * 3600_000);
    const n2 = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(n2.assignment.history).toEqual([
      { at: new Date(t0).toISOString(), outcome: 'no_answer', caller: expect.any(String), notes: 'rang out' },
    ]);
    await ask(socket, 'call.outcome', {
      assignmentId: n2.assignment.assignmentId,
      outcome: 'no_answer',
      idempotencyKey: key(),
    });
    expect(await queueRow(n2.assignment.assignmentId)).toMatchObject({
      status: 'done',
      attempts: 2,
      last_outcome: 'no_answer',
    });
  });

  it('schedules a call_back at the asked time', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket } = await callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const at = new Date(Date.now() + 26 * 3600_000);
    at.setUTCSeconds(0, 0);
    const missing = await ask(socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'call_back',
      idempotencyKey: key(),
    });
    expect(missing).toMatchObject({
      ok: false,
      error: 'invalid_request',
      message: 'callbackAt: is required when the outcome is call_back',
    });
    const r = await ask(socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'call_back',
      callbackAt: at.toISOString(),
      idempotencyKey: key(),
    });
    expect(r.ok).toBe(true);
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({
      status: 'queued',
      next_call_at: at.getTime(),
    });
  });

  it('records the same outcome sent three times with one idempotency key once', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket } = await callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const body = { assignmentId: n.assignment.assignmentId, outcome: 'interested', idempotencyKey: key() };
    const replies = await Promise.all([
      ask(socket, 'call.outcome', body),
      ask(socket, 'call.outcome', body),
      ask(socket, 'call.outcome', body),
    ]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(new Set(replies.map((r) => r.callId)).size).toBe(1);
    expect(await server.db('calls').where({ idempotency_key: body.idempotencyKey })).toHaveLength(1);
    const counters = await server
      .db('campaign_counters')
      .where({ campaign_id: campaign.id, key: 'outcome:interested' })
      .first();
    expect(Number(counters.value)).toBe(1);
  });

  it('refuses an outcome for an assignment the caller does not hold', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const holder = await callerSocket(campaign);
    const other = await callerSocket(campaign);
    const n = await ask(holder.socket, 'call.next', { campaignId: campaign.id });
    const r = await ask(other.socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: key(),
    });
    expect(r).toMatchObject({ ok: false, error: 'assignment_not_held' });
    expect(await server.db('calls').where({ campaign_id: campaign.id })).toHaveLength(0);
  });

  it('books a session inside the outcome, and refuses a full one without writing anything', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 2);
    const sessionId = (await makeSession(server, { title: 'Saturday doors', capacity: 1, inDays: 1 })).id;
    const a = await callerSocket(campaign);
    const b = await callerSocket(campaign);
    const na = await ask(a.socket, 'call.next', { campaignId: campaign.id });
    const nb = await ask(b.socket, 'call.next', { campaignId: campaign.id });
    const noSession = await ask(a.socket, 'call.outcome', {
      assignmentId: na.assignment.assignmentId,
      outcome: 'booked',
      idempotencyKey: key(),
    });
    expect(noSession).toMatchObject({
      ok: false,
      error: 'invalid_request',
      message: 'sessionId: is required when the outcome is booked',
    });
    expect(
      (
        await ask(a.socket, 'call.outcome', {
          assignmentId: na.assignment.assignmentId,
          outcome: 'booked',
          sessionId,
          idempotencyKey: key(),
        })
      ).ok,
    ).toBe(true);
    const full = await ask(b.socket, 'call.outcome', {
      assignmentId: nb.assignment.assignmentId,
      outcome: 'booked',
      sessionId,
      idempotencyKey: key(),
    });
    expect(full).toMatchObject({ ok: false, error: 'session_full' });
    expect(await server.db('rsvps').where({ session_id: sessionId })).toHaveLength(1);
    expect(await queueRow(nb.assignment.assignmentId)).toMatchObject({ status: 'claimed', attempts: 0 });
    expect(await server.db('calls').where({ campaign_contact_id: nb.assignment.assignmentId })).toHaveLength(
      0,
    );
  });
});

describe('release, return and removal', () => {
  it('call.release puts the contact back untouched', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket } = await callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(await ask(socket, 'call.release', { assignmentId: n.assignment.assignmentId })).toEqual({
      ok: true,
    });
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({
      status: 'queued',
      attempts: 0,
      claimed_by: null,
    });
    expect(await ask(socket, 'call.release', { assignmentId: n.assignment.assignmentId })).toMatchObject({
      ok: false,
      error: 'assignment_not_held',
    });
  });

  it('a coordinator returns a stuck contact; its holder is told', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket } = await callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const coord = await signedInAs(server, 'coordinator');
    const cs = await connect(coord.agent);
    sockets.push(cs);
    const revoked = nextEvent(socket, 'assignment.revoked');
    expect(await ask(cs, 'assignment.return', { assignmentId: n.assignment.assignmentId })).toEqual({
      ok: true,
    });
    expect(await revoked).toEqual({
      assignmentId: n.assignment.assignmentId,
      reason: 'returned_by_coordinator',
    });
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued' });
  });

  it('a removed caller is told, disconnected, loses the claim and cannot rejoin', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket, userId, agent } = await callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const coord = await signedInAs(server, 'coordinator');
    const cs = await connect(coord.agent);
    sockets.push(cs);
    const revoked = nextEvent(socket, 'assignment.revoked');
    const gone = nextEvent(socket, 'disconnect');
    expect(await ask(cs, 'caller.remove', { campaignId: campaign.id, userId })).toEqual({ ok: true });
    expect(await revoked).toMatchObject({ reason: 'removed' });
    await gone;
    expect(await queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued', claimed_by: null });
    const email = (await server.db('users').where({ id: userId }).first()).email;
    const rejoin = await agent.req('POST', `/api/join/${campaign.joinToken}`, { name: 'Back again', email });
    expect([rejoin.status, rejoin.body.error]).toEqual([403, 'forbidden']);
    const back = await connect(agent);
    sockets.push(back);
    expect(await ask(back, 'call.next', { campaignId: campaign.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });
});

describe('malformed payloads', () => {
  it('answer invalid_request on every event and leave the server working', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 1);
    const { socket } = await callerSocket(campaign);
    const coord = await signedInAs(server, 'organiser');
    const cs = await connect(coord.agent);
    sockets.push(cs);
    const junk: unknown[] = [
      undefined,
      null,
      42,
      'text',
      [],
      {},
      { campaignId: 'x' },
      { assignmentId: -1 },
      { campaignId: 1, extra: true },
    ];
    const events: Array<[ClientSocket, string]> = [
      [socket, 'call.next'],
      [socket, 'call.dialled'],
      [socket, 'call.ended'],
      [socket, 'call.outcome'],
      [socket, 'call.release'],
      [cs, 'campaign.watch'],
      [cs, 'assignment.return'],
      [cs, 'caller.remove'],
    ];
    for (const [s, event] of events) {
      for (const payload of junk) {
        const r = await ask(s, event, payload);
        expect([event, payload, r.ok, r.error]).toEqual([event, payload, false, 'invalid_request']);
      }
    }
    // An event with no ack at all must not hurt either.
    (socket as unknown as { emit: (e: string, p: unknown) => void }).emit('call.next', {
      campaignId: 'nope',
    });
    expect((await ask(socket, 'call.next', { campaignId: campaign.id })).assignment).not.toBeNull();
  });
});

describe('skipping', () => {
  it('puts a released contact behind everyone already waiting', async () => {
    const campaign = await makeCampaign(server);
    await makeContacts(server.db, campaign.id, 3);
    const { socket } = await callerSocket(campaign);
    const first = await ask(socket, 'call.next', { campaignId: campaign.id });
    await ask(socket, 'call.release', { assignmentId: first.assignment.assignmentId });
    const next = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(next.assignment.assignmentId).not.toBe(first.assignment.assignmentId);
  });
});
