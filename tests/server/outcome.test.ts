import { randomUUID } from 'node:crypto';
import { ask, connect, nextEvent } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { useCallingServer } from '../helpers/callingServer';
import { readAllCounters } from '../../server/store/counters';

// call.outcome, call.release and the coordinator's return and remove; and what junk payloads get.
const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000' });
const key = () => `k-${randomUUID()}`;

describe('call.outcome', () => {
  it('stores the call and requeues a no_answer 20 hours later, then stops after maxAttempts', async () => {
    const campaign = await makeCampaign(t.server, { maxAttempts: 2 });
    const [contactId] = await makeContacts(t.server.db, campaign.id, 1);
    const { socket, userId } = await t.callerSocket(campaign);
    const t0 = Date.parse('2026-12-01T12:00:00Z');
    t.server.clock.freeze(t0);
    const n1 = await ask(socket, 'call.next', { campaignId: campaign.id });
    await ask(socket, 'call.dialled', { assignmentId: n1.assignment.assignmentId });
    const r1 = await ask(socket, 'call.outcome', {
      assignmentId: n1.assignment.assignmentId,
      outcome: 'no_answer',
      notes: ' rang out ',
      idempotencyKey: key(),
    });
    expect(r1).toEqual({ ok: true, callId: expect.any(Number) });
    const call = await t.server.db('calls').where({ id: r1.callId }).first();
    expect(call).toMatchObject({
      contact_id: contactId,
      caller_id: userId,
      outcome: 'no_answer',
      notes: 'rang out',
      provider: 'phone',
    });
    expect(await t.queueRow(n1.assignment.assignmentId)).toMatchObject({
      status: 'queued',
      attempts: 1,
      next_call_at: t0 + 20 * 3600_000,
      claimed_by: null,
    });
    expect((await ask(socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');

    t.server.clock.freeze(t0 + 20 * 3600_000);
    const n2 = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(n2.assignment.history).toEqual([
      { at: new Date(t0).toISOString(), outcome: 'no_answer', caller: expect.any(String), notes: 'rang out' },
    ]);
    await ask(socket, 'call.outcome', {
      assignmentId: n2.assignment.assignmentId,
      outcome: 'no_answer',
      idempotencyKey: key(),
    });
    expect(await t.queueRow(n2.assignment.assignmentId)).toMatchObject({
      status: 'done',
      attempts: 2,
      last_outcome: 'no_answer',
    });
  });

  it('schedules a call_back at the asked time', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
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
    expect(await t.queueRow(n.assignment.assignmentId)).toMatchObject({
      status: 'queued',
      next_call_at: at.getTime(),
    });
  });

  it('records the same outcome sent three times with one idempotency key once', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const body = { assignmentId: n.assignment.assignmentId, outcome: 'interested', idempotencyKey: key() };
    const replies = await Promise.all([
      ask(socket, 'call.outcome', body),
      ask(socket, 'call.outcome', body),
      ask(socket, 'call.outcome', body),
    ]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(new Set(replies.map((r) => r.callId)).size).toBe(1);
    expect(await t.server.db('calls').where({ idempotency_key: body.idempotencyKey })).toHaveLength(1);
    expect((await readAllCounters(t.server.db, campaign.id))['outcome:interested']).toBe(1);
  });

  it('refuses an outcome for an assignment the caller does not hold', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const holder = await t.callerSocket(campaign);
    const other = await t.callerSocket(campaign);
    const n = await ask(holder.socket, 'call.next', { campaignId: campaign.id });
    const r = await ask(other.socket, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: key(),
    });
    expect(r).toMatchObject({ ok: false, error: 'assignment_not_held' });
    expect(await t.server.db('calls').where({ campaign_id: campaign.id })).toHaveLength(0);
  });

  it('books a session inside the outcome, and refuses a full one without writing anything', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 2);
    const sessionId = (await makeSession(t.server, { title: 'Saturday doors', capacity: 1, inDays: 1 })).id;
    const a = await t.callerSocket(campaign);
    const b = await t.callerSocket(campaign);
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
    expect(await t.server.db('rsvps').where({ session_id: sessionId })).toHaveLength(1);
    expect(await t.queueRow(nb.assignment.assignmentId)).toMatchObject({ status: 'claimed', attempts: 0 });
    expect(
      await t.server.db('calls').where({ campaign_contact_id: nb.assignment.assignmentId }),
    ).toHaveLength(0);
  });
});

describe('release, return and removal', () => {
  it('call.release puts the contact back untouched', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(await ask(socket, 'call.release', { assignmentId: n.assignment.assignmentId })).toEqual({
      ok: true,
    });
    expect(await t.queueRow(n.assignment.assignmentId)).toMatchObject({
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
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const coord = await signedInAs(t.server, 'coordinator');
    const cs = await connect(coord.agent);
    t.track(cs);
    const revoked = nextEvent(socket, 'assignment.revoked');
    expect(await ask(cs, 'assignment.return', { assignmentId: n.assignment.assignmentId })).toEqual({
      ok: true,
    });
    expect(await revoked).toEqual({
      assignmentId: n.assignment.assignmentId,
      reason: 'returned_by_coordinator',
    });
    expect(await t.queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued' });
  });

  it('a removed caller is told, disconnected, loses the claim and cannot rejoin', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket, userId, agent } = await t.callerSocket(campaign);
    const n = await ask(socket, 'call.next', { campaignId: campaign.id });
    const coord = await signedInAs(t.server, 'coordinator');
    const cs = await connect(coord.agent);
    t.track(cs);
    const revoked = nextEvent(socket, 'assignment.revoked');
    const gone = nextEvent(socket, 'disconnect');
    expect(await ask(cs, 'caller.remove', { campaignId: campaign.id, userId })).toEqual({ ok: true });
    expect(await revoked).toMatchObject({ reason: 'removed' });
    await gone;
    expect(await t.queueRow(n.assignment.assignmentId)).toMatchObject({ status: 'queued', claimed_by: null });
    const email = (await t.server.db('users').where({ id: userId }).first()).email;
    const rejoin = await agent.req('POST', `/api/join/${campaign.joinToken}`, { name: 'Back again', email });
    expect([rejoin.status, rejoin.body.error]).toEqual([403, 'forbidden']);
    const back = await connect(agent);
    t.track(back);
    expect(await ask(back, 'call.next', { campaignId: campaign.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });
});

describe('malformed payloads', () => {
  it('answer invalid_request on every event and leave the server working', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    const coord = await signedInAs(t.server, 'organiser');
    const cs = await connect(coord.agent);
    t.track(cs);
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
