import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { ask, connect, nextEvent } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import type { CampaignRecord } from '../../server/store/campaigns';
import type { TelephonyStatus } from '../../protocol';

// Browser calling through Twilio, the simulated provider and follow-up texts, against a real
// server; Twilio itself is played by signed requests (its own helper) and a local stand-in API.
const PUBLIC_URL = 'https://calls.example.org';
const AUTH_TOKEN = 'test-auth-token-0123456789';
const CALLER_ID = '+441174960000';
const TWILIO_ENV = {
  TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
  TWILIO_API_KEY: `SK${'b'.repeat(32)}`,
  TWILIO_API_SECRET: 'api-secret-for-tests',
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_TWIML_APP_SID: `AP${'c'.repeat(32)}`,
  TWILIO_CALLER_ID: CALLER_ID,
  PUBLIC_URL,
  SIMULATED_RING_MS: '80',
  SIMULATED_CALL_MS: '150',
};

/** Twilio's REST API as far as sending a text goes: records each POST and answers like Twilio. */
const sent: Array<{ url: string; auth: string; form: URLSearchParams }> = [];
const fakeTwilio = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    sent.push({ url: req.url!, auth: req.headers.authorization ?? '', form });
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ sid: `SM${String(sent.length).padStart(32, '0')}`, status: 'queued' }));
  });
});

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  await new Promise<void>((r) => fakeTwilio.listen(0, '127.0.0.1', r));
  const apiBase = `http://127.0.0.1:${(fakeTwilio.address() as AddressInfo).port}`;
  server = await startTestServer({
    env: { ...TWILIO_ENV, TWILIO_API_BASE: apiBase, SIMULATED_ANSWER_RATE: '1', CLAIM_MAX_PER_HOUR: '1000' },
  });
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(async () => {
  await server.close();
  await new Promise<void>((r) => fakeTwilio.close(() => r()));
});

/** POSTs a form to a Twilio webhook path signed as Twilio signs it (or with the signature given). */
async function fromTwilio(path: string, params: Record<string, string>, signature?: string | null) {
  const sig =
    signature === undefined
      ? twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL + path, params)
      : signature;
  const res = await fetch(server.baseUrl + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(sig ? { 'x-twilio-signature': sig } : {}),
    },
    body: new URLSearchParams(params),
  });
  return { status: res.status, text: await res.text() };
}

/** A caller who joined the campaign and holds its next contact. */
async function callerHolding(campaign: CampaignRecord) {
  const { agent, userId } = await joinedCaller(server, campaign);
  const socket = await connect(agent);
  sockets.push(socket);
  const next = await ask(socket, 'call.next', { campaignId: campaign.id });
  return { agent, userId, socket, assignment: next.assignment };
}

const contactPhone = async (contactId: number) =>
  (await server.db('contacts').where({ id: contactId }).first()).phone_e164 as string;

describe('Twilio voice webhook', () => {
  it('dials the contact the caller holds, from the campaign number, with status callbacks', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 1);
    const { userId, assignment } = await callerHolding(campaign);
    // The number never reaches the browser in Twilio mode.
    expect(assignment.contact.phoneHidden).toBe(true);
    expect(assignment.contact.phone).toMatch(/^•/);
    const phone = await contactPhone(assignment.contact.id);
    expect(assignment.contact.phone.slice(-3)).toBe(phone.slice(-3));

    const r = await fromTwilio('/api/telephony/twilio/voice', {
      From: `client:caller-${userId}`,
      assignmentId: String(assignment.assignmentId),
      // A number the browser might try to slip in is ignored.
      To: '+15005550006',
    });
    expect(r.status).toBe(200);
    expect(r.text).toContain(`<Dial callerId="${CALLER_ID}" timeLimit="3600" answerOnBridge="true">`);
    expect(r.text).toContain(`>${phone}</Number>`);
    expect(r.text).toContain(
      `statusCallback="${PUBLIC_URL}/api/telephony/twilio/status?assignmentId=${assignment.assignmentId}&amp;callerId=${userId}"`,
    );
    expect(r.text).not.toContain('+15005550006');
  });

  it('says so and hangs up for a caller without a claim, or naming a contact they do not hold', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 2);
    const { userId: idle } = await joinedCaller(server, campaign);
    const none = await fromTwilio('/api/telephony/twilio/voice', {
      From: `client:caller-${idle}`,
      assignmentId: '1',
    });
    expect(none.text).toMatch(/<Say[^>]*>You have no contact to call right now\..*<\/Say><Hangup\/>/);
    expect(none.text).not.toContain('<Dial');

    const { userId, assignment } = await callerHolding(campaign);
    const other = await fromTwilio('/api/telephony/twilio/voice', {
      From: `client:caller-${userId}`,
      assignmentId: String(assignment.assignmentId + 1),
    });
    expect(other.text).toContain('<Hangup/>');
    expect(other.text).not.toContain('<Dial');
  });

  it('refuses a forged, missing or tampered signature with 403', async () => {
    const params = { From: 'client:caller-1', assignmentId: '1' };
    const path = '/api/telephony/twilio/voice';
    expect((await fromTwilio(path, params, null)).status).toBe(403);
    const wrongKey = twilio.getExpectedTwilioSignature('another-token-xyz', PUBLIC_URL + path, params);
    expect((await fromTwilio(path, params, wrongKey)).status).toBe(403);
    const good = twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL + path, params);
    expect((await fromTwilio(path, { ...params, assignmentId: '2' }, good)).status).toBe(403);
    // A signature for one webhook is no good on another.
    expect((await fromTwilio('/api/telephony/twilio/status', params, good)).status).toBe(403);
    expect((await fromTwilio(path, params, good)).status).toBe(200);
  });
});

describe('Twilio status callbacks', () => {
  it('store the leg on the call record and move the caller through on_call and wrap_up', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 1);
    const { userId, socket, assignment } = await callerHolding(campaign);
    const { agent: coordinator } = await signedInAs(server, 'coordinator');
    const watcher = await connect(coordinator);
    sockets.push(watcher);
    await ask(watcher, 'campaign.watch', { campaignId: campaign.id });

    const path = `/api/telephony/twilio/status?assignmentId=${assignment.assignmentId}&callerId=${userId}`;
    const leg = 'CA' + '1'.repeat(32);
    const states: string[] = [];
    watcher.on('caller.updated', (m) => states.push(m.caller.state));
    const heard = nextEvent<TelephonyStatus>(socket, 'telephony.status');
    expect((await fromTwilio(path, { CallSid: leg, CallStatus: 'ringing' })).status).toBe(204);
    expect(await heard).toEqual({
      assignmentId: assignment.assignmentId,
      status: 'ringing',
      durationSeconds: null,
    });
    await fromTwilio(path, { CallSid: leg, CallStatus: 'in-progress' });
    const ended = nextEvent<TelephonyStatus>(socket, 'telephony.status');
    await fromTwilio(path, { CallSid: leg, CallStatus: 'completed', CallDuration: '42' });
    expect(await ended).toMatchObject({ status: 'completed', durationSeconds: 42 });
    // A late "ringing" after the end changes nothing.
    await fromTwilio(path, { CallSid: leg, CallStatus: 'ringing' });

    const record = await server.db('provider_calls').where({ provider_call_id: leg }).first();
    expect(record).toMatchObject({
      provider: 'twilio',
      status: 'completed',
      duration_seconds: 42,
      caller_id: userId,
    });
    expect(record.ringing_at).not.toBeNull();
    expect(record.answered_at).not.toBeNull();
    expect(record.ended_at).not.toBeNull();
    expect(states).toEqual(['on_call', 'wrap_up']);

    const done = await ask(socket, 'call.outcome', {
      assignmentId: assignment.assignmentId,
      outcome: 'not_interested',
      idempotencyKey: `k-${leg}`,
    });
    const call = await server.db('calls').where({ id: done.callId }).first();
    expect(call).toMatchObject({ provider: 'twilio', provider_call_id: leg });
  });
});

describe('replayed Twilio webhooks', () => {
  // Twilio's signature has no timestamp, so a captured request stays valid: replaying it must do nothing.
  it('change nothing once the call is over, and dial no one', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 1);
    const { userId, socket, assignment } = await callerHolding(campaign);
    const voice = { From: `client:caller-${userId}`, assignmentId: String(assignment.assignmentId) };
    expect((await fromTwilio('/api/telephony/twilio/voice', voice)).text).toContain('<Dial');
    const path = `/api/telephony/twilio/status?assignmentId=${assignment.assignmentId}&callerId=${userId}`;
    const leg = 'CA' + '7'.repeat(32);
    const answered = { CallSid: leg, CallStatus: 'in-progress' };
    const completed = { CallSid: leg, CallStatus: 'completed', CallDuration: '30' };
    await fromTwilio(path, answered);
    await fromTwilio(path, completed);
    const done = await ask(socket, 'call.outcome', {
      assignmentId: assignment.assignmentId,
      outcome: 'interested',
      idempotencyKey: `k-${leg}`,
    });
    expect(done.ok).toBe(true);
    const before = await server.db('provider_calls').where({ provider_call_id: leg }).first();
    const stateBefore = await server.db('campaign_callers').where({ user_id: userId }).first();

    for (const replay of [answered, completed]) expect((await fromTwilio(path, replay)).status).toBe(204);
    // A tampered copy (a longer call) carries the real body's signature: refused.
    const realSignature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL + path, completed);
    expect((await fromTwilio(path, { ...completed, CallDuration: '9999' }, realSignature)).status).toBe(403);
    expect(await server.db('provider_calls').where({ provider_call_id: leg }).first()).toEqual(before);
    expect(await server.db('campaign_callers').where({ user_id: userId }).first()).toEqual(stateBefore);
    expect(await server.db('calls').where({ provider_call_id: leg })).toHaveLength(1);

    // The voice request replayed after the outcome: the contact is no longer held, so no number.
    const again = await fromTwilio('/api/telephony/twilio/voice', voice);
    expect(again.text).toContain('<Hangup/>');
    expect(again.text).not.toContain('<Dial');
    expect(again.text).not.toContain(await contactPhone(assignment.contact.id));
  });
});

describe('voice access token', () => {
  it('is refused to a caller with no claim and given, short-lived, to one holding a contact', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 1);
    const { agent: idle } = await joinedCaller(server, campaign);
    const refused = await idle.req('POST', '/api/telephony/token', {});
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);

    const { agent, userId } = await callerHolding(campaign);
    const r = await agent.req('POST', '/api/telephony/token', {});
    expect(r.status).toBe(200);
    expect(r.body.identity).toBe(`caller-${userId}`);
    const claims = JSON.parse(Buffer.from(r.body.token.split('.')[1], 'base64url').toString());
    expect(claims.iss).toBe(TWILIO_ENV.TWILIO_API_KEY);
    expect(claims.sub).toBe(TWILIO_ENV.TWILIO_ACCOUNT_SID);
    expect(claims.grants.identity).toBe(`caller-${userId}`);
    expect(claims.grants.voice.outgoing.application_sid).toBe(TWILIO_ENV.TWILIO_TWIML_APP_SID);
    expect(claims.grants.voice.incoming).toBeUndefined();
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(600);
  });
});

describe('own-phone fallback', () => {
  it('reveals the held number, with 141 when the campaign withholds, and audits it', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio', withholdNumber: true });
    await makeContacts(server.db, campaign.id, 1);
    const { agent, userId, assignment } = await callerHolding(campaign);
    const r = await agent.req('POST', '/api/telephony/fallback', { assignmentId: assignment.assignmentId });
    expect(r.status).toBe(200);
    const phone = await contactPhone(assignment.contact.id);
    expect(r.body.phone.replace(/\s/g, '')).toBe(`0${phone.slice(3)}`);
    expect(r.body.withholdPrefix).toBe('141');
    const audit = await server.db('audit_log').where({ action: 'telephony.fallback', actor_id: userId });
    expect(audit).toHaveLength(1);
    const other = await agent.req('POST', '/api/telephony/fallback', {
      assignmentId: assignment.assignmentId + 99,
    });
    expect(other.status).toBe(403);
  });
});

describe('simulated provider', () => {
  it('rings, answers and completes, flipping the caller state like Twilio does', async () => {
    const campaign = await makeCampaign(server, { telephony: 'simulated' });
    await makeContacts(server.db, campaign.id, 1);
    const { socket, assignment } = await callerHolding(campaign);
    const seen: TelephonyStatus[] = [];
    socket.on('telephony.status', (s) => seen.push(s));
    expect(await ask(socket, 'telephony.simulate', { assignmentId: assignment.assignmentId })).toEqual({
      ok: true,
    });
    await until(() => seen.some((s) => s.status === 'completed'));
    expect(seen.map((s) => s.status)).toEqual(['ringing', 'answered', 'completed']);
    const leg = await server
      .db('provider_calls')
      .where({ campaign_contact_id: assignment.assignmentId })
      .first();
    expect(leg).toMatchObject({ provider: 'simulated', status: 'completed' });
    const member = await server.db('campaign_callers').where({ campaign_id: campaign.id }).first();
    expect(member.state).toBe('wrap_up');
  });

  it('is cancelled by hanging up while it rings, and refused for a contact not held', async () => {
    const slow = await startTestServer({ env: { SIMULATED_RING_MS: '5000', SIMULATED_ANSWER_RATE: '0' } });
    try {
      const campaign = await makeCampaign(slow, { telephony: 'simulated' });
      await makeContacts(slow.db, campaign.id, 1);
      const { agent } = await joinedCaller(slow, campaign);
      const socket = await connect(agent);
      sockets.push(socket);
      const { assignment } = await ask(socket, 'call.next', { campaignId: campaign.id });
      const refused = await ask(socket, 'telephony.simulate', { assignmentId: assignment.assignmentId + 1 });
      expect(refused.error).toBe('forbidden');
      const seen: string[] = [];
      socket.on('telephony.status', (s) => seen.push(s.status));
      await ask(socket, 'telephony.simulate', { assignmentId: assignment.assignmentId });
      await ask(socket, 'telephony.hangup', { assignmentId: assignment.assignmentId });
      await until(() => seen.includes('canceled'));
      expect(seen).toEqual(['ringing', 'canceled']);
    } finally {
      await slow.close();
    }
  });
});

describe('follow-up text', () => {
  it('goes through Twilio Messaging from the campaign number, and its delivery status comes back', async () => {
    const campaign = await makeCampaign(server, { telephony: 'twilio' });
    await makeContacts(server.db, campaign.id, 1);
    const { socket, assignment } = await callerHolding(campaign);
    const { callId } = await ask(socket, 'call.outcome', {
      assignmentId: assignment.assignmentId,
      outcome: 'not_interested',
      idempotencyKey: `k-sms-${assignment.assignmentId}`,
    });
    const before = sent.length;
    const reply = await ask(socket, 'followup.sms', { callId, body: 'Thanks for your time tonight!' });
    expect(reply).toEqual({ ok: true, messageId: expect.any(Number) });
    const req = sent[before]!;
    expect(req.url).toBe(`/2010-04-01/Accounts/${TWILIO_ENV.TWILIO_ACCOUNT_SID}/Messages.json`);
    expect(req.auth).toBe(
      `Basic ${Buffer.from(`${TWILIO_ENV.TWILIO_API_KEY}:${TWILIO_ENV.TWILIO_API_SECRET}`).toString('base64')}`,
    );
    expect(req.form.get('To')).toBe(await contactPhone(assignment.contact.id));
    expect(req.form.get('From')).toBe(CALLER_ID);
    expect(req.form.get('StatusCallback')).toBe(`${PUBLIC_URL}/api/telephony/twilio/sms-status`);

    const sid = (await server.db('sms_messages').where({ id: reply.messageId }).first()).provider_message_id;
    const delivered = nextEvent<{ messageId: number; status: string }>(socket, 'followup.sms_status');
    await fromTwilio('/api/telephony/twilio/sms-status', { MessageSid: sid, MessageStatus: 'delivered' });
    expect(await delivered).toMatchObject({ messageId: reply.messageId, status: 'delivered' });
    expect((await server.db('sms_messages').where({ id: reply.messageId }).first()).status).toBe('delivered');

    // Someone else's call, or an opted-out person, gets no text.
    const { agent: otherAgent } = await joinedCaller(server, campaign);
    const other = await connect(otherAgent);
    sockets.push(other);
    expect((await ask(other, 'followup.sms', { callId, body: 'Hello' })).error).toBe('forbidden');
    await server.db('opt_outs').insert({
      phone_e164: await contactPhone(assignment.contact.id),
      reason: 'test',
      created_at: Date.now(),
    });
    expect((await ask(socket, 'followup.sms', { callId, body: 'Hello again' })).error).toBe('conflict');
    // Nor does someone whose details were erased: no "erased:" placeholder ever reaches Twilio.
    await server
      .db('opt_outs')
      .where({ phone_e164: await contactPhone(assignment.contact.id) })
      .delete();
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const erased = await organiser.req('POST', `/api/contacts/${assignment.contact.id}/erase`, {
      reason: 'Asked by email',
    });
    expect(erased.status).toBe(200);
    const textsSoFar = sent.length;
    const refused = await ask(socket, 'followup.sms', { callId, body: 'Hello once more' });
    expect(refused).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/erased/) });
    expect(sent.length).toBe(textsSoFar);
  });
});

describe('settings', () => {
  it('a campaign cannot switch to Twilio while settings are missing, and the message names them', async () => {
    const bare = await startTestServer({ env: { TWILIO_ACCOUNT_SID: TWILIO_ENV.TWILIO_ACCOUNT_SID } });
    try {
      const { agent } = await signedInAs(bare, 'organiser');
      const r = await agent.req('POST', '/api/campaigns', { name: 'Browser calls', telephony: 'twilio' });
      expect(r.status).toBe(400);
      expect(r.body.message).toBe(
        'telephony: Twilio is not set up on this server: TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_AUTH_TOKEN, TWILIO_TWIML_APP_SID, TWILIO_CALLER_ID, PUBLIC_URL are missing',
      );
      const csp = (await fetch(bare.baseUrl + '/healthz')).headers.get('content-security-policy')!;
      expect(csp).not.toContain('twilio');
    } finally {
      await bare.close();
    }
    const csp = (await fetch(server.baseUrl + '/healthz')).headers.get('content-security-policy')!;
    expect(csp).toContain("connect-src 'self' wss://voice-js.roaming.twilio.com https://eventgw.twilio.com");
    expect(csp).toContain("media-src 'self' https://sdk.twilio.com");
  });
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
