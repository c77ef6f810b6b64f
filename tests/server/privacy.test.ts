// Privacy: finding a person, subject access, erasure that keeps the numbers right, retention,
// and the never-call list. Real HTTP and sockets against a real database, organisers only.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Agent, ask } from '../helpers/agent';
import { useCallingServer } from '../helpers/callingServer';
import { dramaPhone, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { sweepOnce } from '../../server/housekeeping';
import { createLogger } from '../../server/log';
import { recountCampaign } from '../../server/store/recount';
import { readAllCounters } from '../../server/store/counters';
import type { CampaignRecord } from '../../server/store/campaigns';

const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000' });
const key = () => `k-${randomUUID()}`;
const QUESTIONS = [
  { key: 'first_time', label: 'First time?', type: 'choice' as const, options: ['yes', 'no'] },
];

let organiser: Agent;
beforeAll(async () => {
  organiser = (await signedInAs(t.server, 'organiser')).agent;
});

/** A campaign with a survey question and `n` queued people; the first is Jo Bloggs with an email. */
async function campaignWithPeople(n = 3, overrides: Partial<Parameters<typeof makeCampaign>[1]> = {}) {
  const campaign = await makeCampaign(t.server, {
    script: { body: 'Hi', questions: QUESTIONS },
    ...overrides,
  });
  const [jo] = await makeContacts(t.server.db, campaign.id, 1, {
    firstName: 'Jo',
    lastName: 'Bloggs',
    email: 'Jo.Bloggs@example.org',
    custom: { ward: 'Easton', pronouns: 'she/her' },
  });
  const others = await makeContacts(t.server.db, campaign.id, n - 1);
  return { campaign, jo: jo!, others };
}

/** A caller takes the next person and records this outcome; returns the call id. */
async function callNext(campaign: CampaignRecord, outcome: Record<string, unknown>) {
  const { socket } = await t.callerSocket(campaign);
  const next = await ask(socket, 'call.next', { campaignId: campaign.id });
  const assignmentId = next.assignment.assignmentId;
  await ask(socket, 'call.dialled', { assignmentId });
  const r = await ask(socket, 'call.outcome', { assignmentId, idempotencyKey: key(), ...outcome });
  expect(r).toMatchObject({ ok: true });
  return { callId: r.callId as number, contactId: next.assignment.contact.id as number };
}

const phoneOf = async (contactId: number) =>
  (await t.server.db('contacts').where({ id: contactId }).first()).phone_e164 as string;

async function exports(campaign: CampaignRecord) {
  const contacts = await organiser.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=contacts`);
  const calls = await organiser.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=calls`);
  return `${contacts.body}\n${calls.body}`;
}

/** What the dashboard shows and what the counters hold, for comparing before and after. */
async function numbers(campaign: CampaignRecord) {
  const stats = (await organiser.req('GET', `/api/campaigns/${campaign.id}/stats`)).body;
  return {
    outcomes: stats.outcomes,
    funnel: stats.funnel,
    bookings: stats.bookings,
    bookingsBySession: stats.bookingsBySession,
    contactRate: stats.contactRate,
    people: stats.queued + stats.claimed + stats.done,
    counters: await readAllCounters(t.server.db, campaign.id),
  };
}

const auditRows = (action: string) => t.server.db('audit_log').where({ action }).orderBy('id');

describe('finding a person', () => {
  it('by phone in any usual format, by email and by part of a name; never the erased', async () => {
    const { jo } = await campaignWithPeople(2);
    const phone = await phoneOf(jo);
    const national = `0${phone.slice(3, 7)} ${phone.slice(7)}`;
    for (const q of [phone, national, 'jo.bloggs@EXAMPLE.org', 'jo blog']) {
      const r = await organiser.req('GET', `/api/contacts?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(r.body.contacts.map((c: { id: number }) => c.id)).toContain(jo);
    }
    const byPhone = await organiser.req('GET', `/api/contacts?q=${encodeURIComponent(national)}`);
    expect(byPhone.body).toMatchObject({
      matchedBy: 'phone',
      contacts: [{ id: jo, phone, optedOut: false }],
    });
    const tooShort = await organiser.req('GET', '/api/contacts?q=j');
    expect([tooShort.status, tooShort.body.error]).toEqual([400, 'invalid_request']);
    const wild = await organiser.req('GET', `/api/contacts?q=${encodeURIComponent('%_%')}`);
    expect(wild.body.contacts).toEqual([]);
  });

  it('shows one person with their campaigns, calls, bookings and opt-out', async () => {
    const { campaign, jo } = await campaignWithPeople(1);
    const session = await makeSession(t.server, { title: 'Easton doors' });
    await callNext(campaign, {
      outcome: 'booked',
      sessionId: session.id,
      notes: 'keen, has a car',
      answers: { first_time: 'yes' },
    });
    const r = await organiser.req('GET', `/api/contacts/${jo}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      contact: { id: jo, firstName: 'Jo', lastName: 'Bloggs', custom: { ward: 'Easton' }, erasedAt: null },
      campaigns: [{ campaignId: campaign.id, campaignName: campaign.name, lastOutcome: 'booked' }],
      calls: [{ outcome: 'booked', notes: 'keen, has a car', answers: { first_time: 'yes' } }],
      bookings: [{ sessionId: session.id, title: 'Easton doors', status: 'booked' }],
      optOut: null,
    });
    expect((await organiser.req('GET', '/api/contacts/999999')).status).toBe(404);
  });
});

describe('subject access', () => {
  it('downloads everything held as JSON, and is audited', async () => {
    const { campaign, jo } = await campaignWithPeople(1);
    const session = await makeSession(t.server);
    const first = await callNext(campaign, { outcome: 'no_answer', notes: 'rang out' });
    expect(first.contactId).toBe(jo);
    // Skip the retry wait: the same person is due again now.
    await t.server.db('campaign_contacts').where({ contact_id: jo }).update({ next_call_at: 0 });
    const booked = await callNext(campaign, {
      outcome: 'booked',
      sessionId: session.id,
      notes: 'bringing a friend',
      answers: { first_time: 'no' },
    });
    const [caller] = await t.server.db('calls').where({ id: booked.callId }).pluck('caller_id');
    await t.server.db('sms_messages').insert({
      call_id: booked.callId,
      contact_id: jo,
      caller_id: caller,
      body: 'See you Saturday at the café',
      status: 'delivered',
      created_at: Date.now(),
      updated_at: Date.now(),
    });
    const [row] = await t.server.db('campaign_contacts').where({ contact_id: jo }).pluck('id');
    await t.server.db('provider_calls').insert({
      provider: 'simulated',
      provider_call_id: `SIM-${randomUUID()}`,
      campaign_contact_id: row,
      campaign_id: campaign.id,
      caller_id: caller,
      call_id: booked.callId,
      status: 'completed',
      created_at: Date.now(),
      updated_at: Date.now(),
    });
    await organiser.req('POST', '/api/opt-outs', { phone: await phoneOf(jo), reason: 'Emailed to say stop' });

    const r = await organiser.req('GET', `/api/contacts/${jo}/subject-access`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="contact-${jo}-subject-access.json"`,
    );
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const sar = r.body;
    expect(sar.contact).toMatchObject({
      id: jo,
      first_name: 'Jo',
      last_name: 'Bloggs',
      phone_e164: await phoneOf(jo),
      email: 'Jo.Bloggs@example.org',
      postcode: 'BS5 6AA',
      custom: { ward: 'Easton', pronouns: 'she/her' },
      external_id: expect.any(String),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(sar.campaigns).toEqual([
      expect.objectContaining({
        campaign_id: campaign.id,
        campaign_name: campaign.name,
        last_outcome: 'booked',
      }),
    ]);
    expect(sar.calls).toEqual([
      expect.objectContaining({ outcome: 'no_answer', notes: 'rang out', answers: {} }),
      expect.objectContaining({
        outcome: 'booked',
        notes: 'bringing a friend',
        answers: { first_time: 'no' },
      }),
    ]);
    expect(sar.bookings).toEqual([expect.objectContaining({ session_id: session.id, status: 'booked' })]);
    expect(sar.smsMessages).toEqual([expect.objectContaining({ body: 'See you Saturday at the café' })]);
    expect(sar.providerCallLegs).toEqual([
      expect.objectContaining({ status: 'completed', call_id: booked.callId }),
    ]);
    expect(sar.optOut).toMatchObject({ phone: await phoneOf(jo), reason: 'Emailed to say stop' });
    expect(sar.history).toEqual([expect.objectContaining({ action: 'contact.subject_access' })]);
    expect(await auditRows('contact.subject_access')).toEqual([
      expect.objectContaining({ subject_type: 'contact', subject_id: String(jo) }),
    ]);
  });
});

describe('erasure', () => {
  it('removes the personal data, leaves both exports, and keeps every number the same', async () => {
    const { campaign, jo, others } = await campaignWithPeople(3);
    const session = await makeSession(t.server);
    const joPhone = await phoneOf(jo);
    const booked = await callNext(campaign, {
      outcome: 'booked',
      sessionId: session.id,
      notes: 'Jo says her flat is 4B',
      answers: { first_time: 'yes' },
    });
    expect(booked.contactId).toBe(jo);
    await callNext(campaign, { outcome: 'no_answer', notes: 'rang out' });
    const [caller] = await t.server.db('calls').where({ id: booked.callId }).pluck('caller_id');
    await t.server.db('sms_messages').insert({
      call_id: booked.callId,
      contact_id: jo,
      caller_id: caller,
      body: 'Hi Jo, see you Saturday',
      status: 'delivered',
      created_at: Date.now(),
      updated_at: Date.now(),
    });
    expect(await exports(campaign)).toContain(joPhone);
    const before = await numbers(campaign);

    const noReason = await organiser.req('POST', `/api/contacts/${jo}/erase`, {});
    expect([noReason.status, noReason.body.error]).toEqual([400, 'invalid_request']);
    const r = await organiser.req('POST', `/api/contacts/${jo}/erase`, {
      reason: 'SAR email 12 Dec: erase me',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ contactId: jo, campaigns: 1, calls: 1, neverCall: false });

    const contact = await t.server.db('contacts').where({ id: jo }).first();
    expect(contact).toMatchObject({
      first_name: 'Erased',
      last_name: null,
      phone_e164: `erased:${jo}`,
      email: null,
      postcode: null,
      lat: null,
      lng: null,
      constituency_code: null,
      external_id: null,
      custom: '{}',
      erased_at: expect.anything(),
    });
    const calls = await t.server.db('calls').where({ contact_id: jo });
    expect(calls).toEqual([expect.objectContaining({ outcome: 'booked', notes: null, answers: '{}' })]);
    expect(await t.server.db('sms_messages').where({ contact_id: jo }).pluck('body')).toEqual(['']);
    expect(await t.server.db('campaign_contacts').where({ contact_id: jo }).pluck('status')).toEqual([
      'done',
    ]);

    const after = await exports(campaign);
    for (const gone of [joPhone, 'Bloggs', 'Jo.Bloggs', '4B', `erased:${jo}`, 'Erased']) {
      expect(after).not.toContain(gone);
    }
    expect(after).toContain(await phoneOf(others[0]!)); // everyone else is still there

    // The stats still add up: the same outcomes, funnel and bookings, the counters untouched,
    // and a recount from the records agrees with them.
    expect(await numbers(campaign)).toEqual(before);
    expect(await recountCampaign(t.server.db, campaign.id)).toEqual(before.counters);

    const [audit] = await auditRows('contact.erase');
    expect(audit).toMatchObject({ subject_type: 'contact', subject_id: String(jo) });
    expect(JSON.parse(audit.detail)).toEqual({
      reason: 'SAR email 12 Dec: erase me',
      campaigns: 1,
      calls: 1,
      neverCall: false,
    });
    expect(audit.detail).not.toContain(joPhone);

    const again = await organiser.req('POST', `/api/contacts/${jo}/erase`, { reason: 'twice' });
    expect([again.status, again.body.error]).toEqual([409, 'conflict']);
    expect(
      (await organiser.req('GET', `/api/contacts?q=${encodeURIComponent(joPhone)}`)).body.contacts,
    ).toEqual([]);
    expect((await organiser.req('GET', `/api/contacts/${jo}`)).body.contact).toMatchObject({
      phone: null,
      firstName: 'Erased',
      erasedAt: expect.any(String),
    });
  });

  it('takes a waiting person out of the queue for good, and a later import makes a fresh contact', async () => {
    const { campaign, jo, others } = await campaignWithPeople(2);
    const joPhone = await phoneOf(jo);
    await organiser.req('POST', `/api/contacts/${jo}/erase`, { reason: 'Asked on the phone' });
    // The only one a caller can now get is the other person.
    const { socket } = await t.callerSocket(campaign);
    const next = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(next.assignment.contact.id).toBe(others[0]);
    await ask(socket, 'call.release', { assignmentId: next.assignment.assignmentId });

    const csv = `first name,last name,phone\nJo,Bloggs,${joPhone}\n`;
    const imported = await organiser.req('POST', `/api/campaigns/${campaign.id}/contacts`, csv, {
      'content-type': 'text/csv',
    });
    expect(imported.body).toMatchObject({ imported: 1, updated: 0 });
    const fresh = await t.server.db('contacts').where({ phone_e164: joPhone }).first();
    expect(fresh.id).not.toBe(jo);
    expect(fresh.erased_at).toBeNull();
    expect(await t.server.db('campaign_contacts').where({ contact_id: fresh.id }).pluck('status')).toEqual([
      'queued',
    ]);
    expect(await t.server.db('contacts').where({ id: jo }).first()).toMatchObject({ first_name: 'Erased' });
  });

  it('can keep the number on the never-call list, so a re-import is never called', async () => {
    const { campaign, jo } = await campaignWithPeople(1);
    const joPhone = await phoneOf(jo);
    const r = await organiser.req('POST', `/api/contacts/${jo}/erase`, {
      reason: 'Wants no more calls, ever',
      keepOnNeverCallList: true,
    });
    expect(r.body.neverCall).toBe(true);
    const lookup = await organiser.req('GET', `/api/opt-outs?phone=${encodeURIComponent(joPhone)}`);
    expect(lookup.body.optOut).toMatchObject({ phone: joPhone });
    expect(lookup.body.optOut.reason).not.toMatch(/Jo|Bloggs/);
    const csv = `first name,phone\nJo,${joPhone}\n`;
    await organiser.req('POST', `/api/campaigns/${campaign.id}/contacts`, csv, {
      'content-type': 'text/csv',
    });
    const fresh = await t.server.db('contacts').where({ phone_e164: joPhone }).first();
    expect(await t.server.db('campaign_contacts').where({ contact_id: fresh.id })).toEqual([]);
  });
});

describe('retention', () => {
  it('clears notes and answers older than the campaign keeps them, idempotently, with a frozen clock', async () => {
    const { campaign } = await campaignWithPeople(3);
    const { campaign: keepsAll } = await campaignWithPeople(1);
    const coordinator = (await signedInAs(t.server, 'coordinator')).agent;
    const refused = await coordinator.req('PATCH', `/api/campaigns/${campaign.id}`, { retentionDays: 30 });
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    for (const bad of [0, 3651, 1.5]) {
      const r = await organiser.req('PATCH', `/api/campaigns/${campaign.id}`, { retentionDays: bad });
      expect([r.status, r.body.error]).toEqual([400, 'invalid_request']);
    }
    const set = await organiser.req('PATCH', `/api/campaigns/${campaign.id}`, { retentionDays: 30 });
    expect(set.body.campaign.retentionDays).toBe(30);
    expect(await auditRows('campaign.retention_days')).toEqual([
      expect.objectContaining({ subject_id: String(campaign.id), detail: '{"retentionDays":30}' }),
    ]);

    const t0 = Date.now() + 86_400_000;
    t.server.clock.freeze(t0);
    const old = await callNext(campaign, {
      outcome: 'interested',
      notes: 'old note',
      answers: { first_time: 'yes' },
    });
    const kept = await callNext(keepsAll, { outcome: 'interested', notes: 'kept note' });
    t.server.clock.freeze(t0 + 20 * 86_400_000);
    const recent = await callNext(campaign, { outcome: 'interested', notes: 'recent note' });

    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const ctx = { ...t.server.ctx, log };
    t.server.clock.freeze(t0 + 31 * 86_400_000);
    // Two instances sweeping at once clear the same rows once between them.
    await Promise.all([sweepOnce(ctx), sweepOnce(ctx)]);
    await sweepOnce(ctx);
    const call = (id: number) => t.server.db('calls').where({ id }).first();
    expect(await call(old.callId)).toMatchObject({ notes: null, answers: '{}', outcome: 'interested' });
    expect(await call(recent.callId)).toMatchObject({ notes: 'recent note' });
    expect(await call(kept.callId)).toMatchObject({ notes: 'kept note' });
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg?.includes('past retention'));
    expect(logged.reduce((n, l) => n + l.cleared, 0)).toBe(1);
    // The sweep ended every session as of a month from now: the organiser signs in again.
    t.server.clock.unfreeze();
    organiser = (await signedInAs(t.server, 'organiser')).agent;
  });
});

describe('the never-call list', () => {
  it('is added to and reversed only with a reason, logged, and the person is callable again', async () => {
    const { campaign, jo } = await campaignWithPeople(1);
    const joPhone = await phoneOf(jo);
    const typed = `0${joPhone.slice(3)}`;
    const added = await organiser.req('POST', '/api/opt-outs', { phone: typed, reason: 'Texted STOP' });
    expect(added.status).toBe(201);
    expect(added.body.optOut).toMatchObject({ phone: joPhone, reason: 'Texted STOP' });
    const dup = await organiser.req('POST', '/api/opt-outs', { phone: joPhone, reason: 'Texted STOP' });
    expect([dup.status, dup.body.error]).toEqual([409, 'conflict']);
    const { socket } = await t.callerSocket(campaign);
    expect((await ask(socket, 'call.next', { campaignId: campaign.id })).reason).toBe('queue_empty');
    expect((await organiser.req('GET', `/api/contacts/${jo}`)).body.optOut).toMatchObject({
      reason: 'Texted STOP',
    });

    const path = `/api/opt-outs/${encodeURIComponent(joPhone)}`;
    for (const body of [undefined, {}, { reason: 'no' }, { reason: 'x'.repeat(501) }]) {
      const r = await organiser.req('DELETE', path, body);
      expect([r.status, r.body.error]).toEqual([400, 'invalid_request']);
    }
    const coordinator = (await signedInAs(t.server, 'coordinator')).agent;
    expect((await coordinator.req('DELETE', path, { reason: 'Changed her mind' })).status).toBe(403);
    const reversed = await organiser.req('DELETE', path, { reason: 'Rang the office: happy to be called' });
    expect(reversed.status).toBe(200);
    expect(reversed.body).toEqual({ phone: joPhone, optOut: null });
    expect((await organiser.req('DELETE', path, { reason: 'again please' })).status).toBe(404);

    const next = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(next.assignment.contact.id).toBe(jo);
    await ask(socket, 'call.release', { assignmentId: next.assignment.assignmentId });

    const add = (await auditRows('opt_out.add')).at(-1);
    const remove = (await auditRows('opt_out.remove')).at(-1);
    expect(JSON.parse(add.detail)).toEqual({ reason: 'Texted STOP' });
    expect(JSON.parse(remove.detail)).toMatchObject({ reason: 'Rang the office: happy to be called' });
    // The log outlives an erasure, so it keeps only the end of the number.
    expect(remove.subject_id).toMatch(/^\+44•+\d{3}$/);
    expect(remove.subject_id).not.toContain(joPhone);
  });
});

describe('the audit log', () => {
  it('pages newest first with the actor’s name, filtered by action', async () => {
    const { jo } = await campaignWithPeople(1);
    await organiser.req('GET', `/api/contacts/${jo}/subject-access`);
    await organiser.req('POST', '/api/opt-outs', { phone: dramaPhone(15_999), reason: 'By email' });
    const all = await organiser.req('GET', '/api/audit?limit=1');
    expect(all.body.entries).toEqual([
      expect.objectContaining({
        action: 'opt_out.add',
        actor: { id: expect.any(Number), name: expect.any(String) },
      }),
    ]);
    const older = await organiser.req('GET', `/api/audit?limit=1&before=${all.body.nextBefore}`);
    expect(older.body.entries[0].id).toBeLessThan(all.body.entries[0].id);
    const sar = await organiser.req('GET', '/api/audit?action=contact.subject');
    expect(sar.body.entries.length).toBeGreaterThan(0);
    expect(sar.body.entries.every((e: { action: string }) => e.action === 'contact.subject_access')).toBe(
      true,
    );
    const bad = await organiser.req('GET', '/api/audit?action=%25');
    expect(bad.status).toBe(400);
  });
});

describe('who may', () => {
  it('refuses coordinators and callers (403) and strangers (401) on every privacy route', async () => {
    const { campaign, jo } = await campaignWithPeople(1);
    const coordinator = (await signedInAs(t.server, 'coordinator')).agent;
    const { agent: caller } = await t.callerSocket(campaign);
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/api/contacts?q=jo'],
      ['GET', `/api/contacts/${jo}`],
      ['GET', `/api/contacts/${jo}/subject-access`],
      ['POST', `/api/contacts/${jo}/erase`, { reason: 'not allowed' }],
      ['GET', '/api/opt-outs?phone=07700900001'],
      ['POST', '/api/opt-outs', { phone: '07700900001', reason: 'not allowed' }],
      ['DELETE', '/api/opt-outs/07700900001', { reason: 'not allowed' }],
      ['GET', '/api/audit'],
    ];
    const stranger = new Agent(t.server.baseUrl);
    await stranger.refreshCsrf();
    for (const [method, path, body] of routes) {
      expect([path, (await coordinator.req(method, path, body)).status]).toEqual([path, 403]);
      expect([path, (await caller.req(method, path, body)).status]).toEqual([path, 403]);
      expect([path, (await stranger.req(method, path, body)).status]).toEqual([path, 401]);
    }
    expect(await t.server.db('contacts').where({ id: jo }).first()).toMatchObject({ first_name: 'Jo' });
  });
});

describe('logs', () => {
  it('redact phones, emails and secrets wherever they sit', () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    log.info(
      {
        contact: {
          phone: '+447700900123',
          deep: { deeper: { phone_e164: '+447700900124', email: 'a@b.org' } },
        },
        campaign: {
          webhookSecret: 'whsec_abcdef',
          twilio: { authToken: 'f00dfeedf00dfeedf00dfeedf00dfeed' },
        },
        invite: { token: 'AbCdEf0123456789AbCdEf0123456789AbCdEf01' },
        err: { message: 'Twilio could not dial 07700 900125 for jo@example.org' },
        req: { url: '/api/opt-outs/%2B447700900126?q=jo%40example.org', headers: { cookie: 'rr=1' } },
      },
      'sent to +44 7700 900127 via https://x.test/invite#AbCdEf0123456789AbCdEf0123456789',
    );
    const line = lines.join('');
    for (const secret of [
      '7700900123',
      '7700900124',
      'a@b.org',
      'whsec_',
      'f00dfeed',
      'AbCdEf0123',
      '900125',
      'jo@example.org',
      '900126',
      'jo%40example.org',
      'rr=1',
      '900127',
    ]) {
      expect([secret, line.includes(secret)]).toEqual([secret, false]);
    }
    expect(line).toContain('[redacted]');
    expect(JSON.parse(line).contact.deep.deeper).toEqual({ phone_e164: '[redacted]', email: '[redacted]' });
  });
});
