// Calling hours against the clocks people actually live by: the UK's two changes a year, a US
// contact placed in their own zone by ZIP, and the 08:00-21:00 window the law sets.
import { ask } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { useCallingServer } from '../helpers/callingServer';
import type { CampaignRecord } from '../../server/store/campaigns';
import { callbackInHours } from '../../server/calling/hours';
import { contactZone, usZipZone } from '../../server/geo/usZipZones';
import { DEFAULT_CALLING_HOURS } from '../../protocol';

const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000' });

/** What call.next says at instant `iso`: 'handed out' (then put back), or the reason it is not. */
async function callNextAt(socket: ClientSocket, campaign: CampaignRecord, iso: string): Promise<string> {
  t.server.clock.freeze(Date.parse(iso));
  const reply = await ask(socket, 'call.next', { campaignId: campaign.id });
  expect(reply.ok).toBe(true);
  if (!reply.assignment) return reply.reason;
  await ask(socket, 'call.release', { assignmentId: reply.assignment.assignmentId });
  return 'handed out';
}

/** A UK campaign on the default hours (10:00-20:30 London) with one contact and a caller. */
async function ukEvening() {
  const campaign = await makeCampaign(t.server, { allowAnyHour: false, callingHours: undefined });
  await makeContacts(t.server.db, campaign.id, 1);
  const { socket } = await t.callerSocket(campaign);
  return { campaign, socket };
}

describe('across the UK clock changes (Europe/London, default hours 10:00-20:30)', () => {
  // Sunday 28 March 2027, 01:00 UTC: clocks go forward to BST (UTC+1).
  it('the last Sunday of March: opens and closes an hour earlier in UTC from that morning', async () => {
    const { campaign, socket } = await ukEvening();
    const cases: Array<[string, string]> = [
      ['2027-03-27T09:59:00Z', 'outside_calling_hours'], // Saturday 09:59 GMT
      ['2027-03-27T10:00:00Z', 'handed out'], // Saturday 10:00 GMT
      ['2027-03-27T20:29:00Z', 'handed out'], // Saturday 20:29 GMT
      ['2027-03-27T20:30:00Z', 'outside_calling_hours'], // Saturday 20:30 GMT
      ['2027-03-28T00:30:00Z', 'outside_calling_hours'], // the night of the change
      ['2027-03-28T08:59:00Z', 'outside_calling_hours'], // Sunday 09:59 BST
      ['2027-03-28T09:00:00Z', 'handed out'], // Sunday 10:00 BST
      ['2027-03-28T19:29:00Z', 'handed out'], // Sunday 20:29 BST
      ['2027-03-28T19:30:00Z', 'outside_calling_hours'], // Sunday 20:30 BST, still 19:30 in UTC
      ['2027-03-28T19:45:00Z', 'outside_calling_hours'], // 20:45 BST: an hour-blind clock would call
    ];
    for (const [at, expected] of cases)
      expect([at, await callNextAt(socket, campaign, at)]).toEqual([at, expected]);
  });

  // Sunday 31 October 2027, 01:00 UTC: clocks go back to GMT.
  it('the last Sunday of October: opens and closes an hour later in UTC from that morning', async () => {
    const { campaign, socket } = await ukEvening();
    const cases: Array<[string, string]> = [
      ['2027-10-30T08:59:00Z', 'outside_calling_hours'], // Saturday 09:59 BST
      ['2027-10-30T09:00:00Z', 'handed out'], // Saturday 10:00 BST
      ['2027-10-30T19:30:00Z', 'outside_calling_hours'], // Saturday 20:30 BST
      ['2027-10-31T01:30:00Z', 'outside_calling_hours'], // 01:30 GMT, just after the change
      ['2027-10-31T09:30:00Z', 'outside_calling_hours'], // Sunday 09:30 GMT: an hour-blind clock would call
      ['2027-10-31T10:00:00Z', 'handed out'], // Sunday 10:00 GMT
      ['2027-10-31T20:29:00Z', 'handed out'], // Sunday 20:29 GMT
      ['2027-10-31T20:30:00Z', 'outside_calling_hours'], // Sunday 20:30 GMT
    ];
    for (const [at, expected] of cases)
      expect([at, await callNextAt(socket, campaign, at)]).toEqual([at, expected]);
  });

  it('keeps 08:00-21:00 London on both sides of a change even when the hours say all day', async () => {
    const allDay = [{ start: '00:00', end: '23:59' }];
    const hours = {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    };
    // Hours this wide are refused without the override now; a campaign saved before that check keeps them.
    const campaign = await makeCampaign(t.server, { allowAnyHour: true, callingHours: hours });
    await t.server.db('campaigns').where({ id: campaign.id }).update({ allow_any_hour: false });
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    const cases: Array<[string, string]> = [
      ['2027-03-27T20:30:00Z', 'handed out'], // Saturday 20:30 GMT
      ['2027-03-27T21:00:00Z', 'outside_calling_hours'], // Saturday 21:00 GMT
      ['2027-03-28T07:30:00Z', 'handed out'], // Sunday 08:30 BST
      ['2027-03-28T20:30:00Z', 'outside_calling_hours'], // Sunday 21:30 BST, still 20:30 in UTC
    ];
    for (const [at, expected] of cases)
      expect([at, await callNextAt(socket, campaign, at)]).toEqual([at, expected]);
  });
});

describe('a US contact, in their own zone from their ZIP', () => {
  it('is placed in New York time by an import, and called only in New York hours across its change', async () => {
    const campaign = await makeCampaign(t.server, { allowAnyHour: false, callingHours: undefined });
    const { agent } = await signedInAs(t.server, 'organiser');
    const imported = await agent.req(
      'POST',
      `/api/campaigns/${campaign.id}/contacts`,
      'first name,phone,zip\r\nMaya,+1 212 555 0142,10001\r\n',
      { 'content-type': 'text/csv' },
    );
    expect(imported.body).toMatchObject({ imported: 1, rejected: [] });
    const contact = await t.server.db('contacts').where({ phone_e164: '+12125550142' }).first();
    expect(contact.timezone).toBe('America/New_York');

    const { socket } = await t.callerSocket(campaign);
    // New York moves to EDT on Sunday 14 March 2027, two weeks before London moves.
    const cases: Array<[string, string]> = [
      ['2027-03-13T14:59:00Z', 'queue_empty'], // Saturday 09:59 EST (London 14:59: its own zone is open)
      ['2027-03-13T15:00:00Z', 'handed out'], // Saturday 10:00 EST
      ['2027-03-14T14:30:00Z', 'handed out'], // Sunday 10:30 EDT
      ['2027-03-15T00:30:00Z', 'outside_calling_hours'], // Sunday 20:30 EDT
    ];
    for (const [at, expected] of cases)
      expect([at, await callNextAt(socket, campaign, at)]).toEqual([at, expected]);

    // She moves to Chicago: a later import with the new ZIP moves her clock; one without a ZIP keeps it.
    t.server.clock.unfreeze(); // the organiser's session would have lapsed by 2027
    for (const [row, zone] of [
      ['Maya,+1 212 555 0142,60601', 'America/Chicago'],
      ['Maya,+1 212 555 0142,', 'America/Chicago'],
    ] as const) {
      const again = await agent.req(
        'POST',
        `/api/campaigns/${campaign.id}/contacts`,
        `first name,phone,zip\r\n${row}\r\n`,
        {
          'content-type': 'text/csv',
        },
      );
      expect(again.body).toMatchObject({ updated: 1 });
      expect((await t.server.db('contacts').where({ phone_e164: '+12125550142' }).first()).timezone).toBe(
        zone,
      );
    }
  });

  it('reads ZIP codes to zones, split states included, and leaves everyone else to the campaign', () => {
    expect(usZipZone('10001')).toBe('America/New_York');
    expect(usZipZone('60601-1234')).toBe('America/Chicago');
    expect(usZipZone('32501')).toBe('America/Chicago'); // Pensacola, Florida's panhandle
    expect(usZipZone('33101')).toBe('America/New_York'); // Miami
    expect(usZipZone('37902')).toBe('America/New_York'); // Knoxville
    expect(usZipZone('37203')).toBe('America/Chicago'); // Nashville
    expect(usZipZone('79901')).toBe('America/Denver'); // El Paso
    expect(usZipZone('85001')).toBe('America/Phoenix');
    expect(usZipZone('94103')).toBe('America/Los_Angeles');
    expect(usZipZone('96813')).toBe('Pacific/Honolulu');
    expect(usZipZone('99501')).toBe('America/Anchorage');
    expect(usZipZone('09001')).toBeNull(); // military mail
    expect(usZipZone('BS5 6AA')).toBeNull();
    expect(contactZone('+447700900001', '10001')).toBeNull();
    expect(contactZone('+12125550142', null)).toBeNull();
  });
});

describe('a callback asked for outside the hours', () => {
  it("is moved to the next window on the contact's clock, with a note on the call and in the ack", async () => {
    const { campaign, socket } = await ukEvening();
    t.server.clock.freeze(Date.parse('2027-03-27T20:00:00Z')); // Saturday 20:00 GMT
    const { assignment } = await ask(socket, 'call.next', { campaignId: campaign.id });
    const reply = await ask(socket, 'call.outcome', {
      assignmentId: assignment.assignmentId,
      outcome: 'call_back',
      notes: 'Ring after the football',
      callbackAt: '2027-03-27T22:30:00Z', // 22:30 GMT: too late
      idempotencyKey: `k-${assignment.assignmentId}-late`,
    });
    // Sunday 10:00 BST, the clocks having gone forward overnight.
    expect(reply).toEqual({
      ok: true,
      callId: expect.any(Number),
      callbackMovedTo: '2027-03-28T09:00:00.000Z',
    });
    const call = await t.server.db('calls').where({ id: reply.callId }).first();
    expect(call.notes).toBe(
      'Ring after the football\n\nCall-back asked for Sat 27 Mar, 22:30 is outside calling hours: moved to Sun 28 Mar, 10:00 (Europe/London).',
    );
    expect(Number(call.callback_at)).toBe(Date.parse('2027-03-28T09:00:00Z'));
    expect(Number((await t.queueRow(assignment.assignmentId)).next_call_at)).toBe(
      Date.parse('2027-03-28T09:00:00Z'),
    );
  });

  it('stays where it was asked for inside the hours, with no note', async () => {
    const { campaign, socket } = await ukEvening();
    t.server.clock.freeze(Date.parse('2027-03-27T12:00:00Z'));
    const { assignment } = await ask(socket, 'call.next', { campaignId: campaign.id });
    const reply = await ask(socket, 'call.outcome', {
      assignmentId: assignment.assignmentId,
      outcome: 'call_back',
      callbackAt: '2027-03-27T18:15:00Z',
      idempotencyKey: `k-${assignment.assignmentId}-fine`,
    });
    expect(reply).toEqual({ ok: true, callId: expect.any(Number) });
    const call = await t.server.db('calls').where({ id: reply.callId }).first();
    expect(call.notes).toBeNull();
    expect(Number(call.callback_at)).toBe(Date.parse('2027-03-27T18:15:00Z'));
  });

  const London = 'Europe/London';
  it('moves to the start of the next window, across a clock change too', () => {
    // Saturday 27 March 2027 22:30 GMT → Sunday 10:00 BST (09:00 UTC).
    expect(callbackInHours(Date.parse('2027-03-27T22:30:00Z'), London, DEFAULT_CALLING_HOURS, false)).toEqual(
      {
        at: Date.parse('2027-03-28T09:00:00Z'),
        moved: true,
      },
    );
    // Inside the window it stays where it was asked for.
    const fine = Date.parse('2027-03-28T12:15:00Z');
    expect(callbackInHours(fine, London, DEFAULT_CALLING_HOURS, false)).toEqual({ at: fine, moved: false });
  });
});
