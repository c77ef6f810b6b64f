import { randomUUID } from 'node:crypto';
import { ask } from '../helpers/agent';
import { makeCampaign, makeContacts } from '../helpers/factories';
import { useCallingServer } from '../helpers/callingServer';
import { startTestServer } from '../helpers/server';

// call.next: who gets which contact, when, and when nobody does.
const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000' });
const key = () => `k-${randomUUID()}`;

describe('call.next', () => {
  it('hands out one contact with the filled script and history, and the same one when asked again', async () => {
    const campaign = await makeCampaign(t.server, {
      script: {
        body: 'Hi {{first_name}} from {{ custom.Ward }}, I am {{caller_name}}. {{unknown}}',
        questions: [],
      },
    });
    await makeContacts(t.server.db, campaign.id, 2);
    const { socket } = await t.callerSocket(campaign);
    const first = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(first.ok).toBe(true);
    const a = first.assignment;
    expect(a.contact).toEqual({
      id: expect.any(Number),
      firstName: expect.stringMatching(/^Person/),
      lastName: 'Test',
      phone: expect.stringMatching(/^\+44/),
      phoneHidden: false,
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
    const empty = await makeCampaign(t.server);
    const { socket } = await t.callerSocket(empty);
    expect(await ask(socket, 'call.next', { campaignId: empty.id })).toEqual({
      ok: true,
      assignment: null,
      reason: 'queue_empty',
    });

    const paused = await makeCampaign(t.server, { status: 'paused' });
    await makeContacts(t.server.db, paused.id, 1);
    const p = await t.callerSocket(paused);
    expect(await ask(p.socket, 'call.next', { campaignId: paused.id })).toMatchObject({
      assignment: null,
      reason: 'campaign_paused',
    });

    // Default hours (10:00-20:30 London) at 22:15 London on a winter Tuesday.
    const evening = await makeCampaign(t.server, { allowAnyHour: false, callingHours: undefined });
    await makeContacts(t.server.db, evening.id, 1);
    const e = await t.callerSocket(evening);
    t.server.clock.freeze(Date.parse('2026-12-01T22:15:00Z'));
    expect(await ask(e.socket, 'call.next', { campaignId: evening.id })).toMatchObject({
      assignment: null,
      reason: 'outside_calling_hours',
    });
    t.server.clock.freeze(Date.parse('2026-12-01T19:00:00Z'));
    expect((await ask(e.socket, 'call.next', { campaignId: evening.id })).assignment).not.toBeNull();
  });

  it('keeps to 08:00-21:00 even when the campaign hours say otherwise, unless allowAnyHour', async () => {
    const allDay = { start: '00:00', end: '23:59' };
    const hours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [allDay]]),
    );
    // Hours this wide are refused without the override now; a campaign saved before that check keeps them.
    const strict = await makeCampaign(t.server, { allowAnyHour: true, callingHours: hours as never });
    await t.server.db('campaigns').where({ id: strict.id }).update({ allow_any_hour: false });
    await makeContacts(t.server.db, strict.id, 1);
    const { socket } = await t.callerSocket(strict);
    t.server.clock.freeze(Date.parse('2026-12-01T21:30:00Z'));
    expect((await ask(socket, 'call.next', { campaignId: strict.id })).reason).toBe('outside_calling_hours');
  });

  it("follows the contact's own time zone when it is known", async () => {
    const campaign = await makeCampaign(t.server, { allowAnyHour: false, callingHours: undefined });
    const [uk] = await makeContacts(t.server.db, campaign.id, 1);
    const [ny] = await makeContacts(t.server.db, campaign.id, 1, { timezone: 'America/New_York' });
    // 11:00 in London is 06:00 in New York: only the UK contact may be called.
    t.server.clock.freeze(Date.parse('2026-12-01T11:00:00Z'));
    const a = await t.callerSocket(campaign);
    const b = await t.callerSocket(campaign);
    const first = await ask(a.socket, 'call.next', { campaignId: campaign.id });
    expect(first.assignment.contact.id).toBe(uk);
    expect((await ask(b.socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');
    await ask(a.socket, 'call.outcome', {
      assignmentId: first.assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: key(),
    });
    // 16:00 London is 11:00 New York.
    t.server.clock.freeze(Date.parse('2026-12-01T16:00:00Z'));
    expect((await ask(b.socket, 'call.next', { campaignId: campaign.id })).assignment.contact.id).toBe(ny);
  });

  it('never hands out an opted-out phone, in any campaign', async () => {
    const a = await makeCampaign(t.server);
    const b = await makeCampaign(t.server);
    const [contactId] = await makeContacts(t.server.db, a.id, 1);
    await t.server.db('campaign_contacts').insert({
      campaign_id: b.id,
      contact_id: contactId,
      status: 'queued',
      attempts: 0,
      next_call_at: 0,
      priority: 0,
    });
    const inA = await t.callerSocket(a);
    const got = await ask(inA.socket, 'call.next', { campaignId: a.id });
    const r = await ask(inA.socket, 'call.outcome', {
      assignmentId: got.assignment.assignmentId,
      outcome: 'do_not_call',
      idempotencyKey: key(),
    });
    expect(r.ok).toBe(true);
    const inB = await t.callerSocket(b);
    expect(await ask(inB.socket, 'call.next', { campaignId: b.id })).toMatchObject({
      assignment: null,
      reason: 'queue_empty',
    });
    expect(
      await t.server
        .db('opt_outs')
        .where({ phone_e164: (await t.server.db('contacts').where({ id: contactId }).first()).phone_e164 }),
    ).toHaveLength(1);
    // The opt-out is in the organisers' audit log, under the caller who heard it, without the number.
    const audit = await t.server.db('audit_log').where({ action: 'opt_out.add', actor_id: inA.userId });
    expect(audit).toHaveLength(1);
    expect(audit[0].subject_id).toMatch(/^\+44•+\d{3}$/);
    expect(JSON.parse(audit[0].detail)).toMatchObject({
      reason: 'Asked not to be called again',
      callId: r.callId,
    });
  });

  it('refuses a caller of campaign A in campaign B, and coordinator events to a caller', async () => {
    const a = await makeCampaign(t.server);
    const b = await makeCampaign(t.server);
    await makeContacts(t.server.db, b.id, 1);
    const { socket } = await t.callerSocket(a);
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
      const campaign = await makeCampaign(limited);
      await makeContacts(limited.db, campaign.id, 5);
      const { socket } = await t.callerSocket(campaign, limited);
      for (let i = 0; i < 2; i++) {
        const n = await ask(socket, 'call.next', { campaignId: campaign.id });
        await ask(socket, 'call.release', { assignmentId: n.assignment.assignmentId });
      }
      expect(await ask(socket, 'call.next', { campaignId: campaign.id })).toMatchObject({
        ok: false,
        error: 'rate_limited',
      });
      expect(await limited.db('campaign_contacts').where({ status: 'claimed' })).toHaveLength(0);
    } finally {
      await limited.close();
    }
  });
});

describe('skipping', () => {
  it('puts a released contact behind everyone already waiting', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 3);
    const { socket } = await t.callerSocket(campaign);
    const first = await ask(socket, 'call.next', { campaignId: campaign.id });
    await ask(socket, 'call.release', { assignmentId: first.assignment.assignmentId });
    const next = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(next.assignment.assignmentId).not.toBe(first.assignment.assignmentId);
  });
});
