// Volunteers calling in a real browser against the real server: joining by link and practising, two
// people sharing one queue, a connection cut in the middle of a save, accessibility, and the README's
// screenshots (docs/screenshots/).
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Socket as ServerSocket } from 'socket.io';
import type { CreateCampaignBody } from '../../protocol';
import { ask, connect } from '../helpers/agent';
import {
  joinedCaller,
  livingAt,
  makeCampaign,
  makeContacts,
  makeSession,
  signedInAs,
} from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import type { TestServer } from '../helpers/server';
import {
  PHONE,
  browserAndServer,
  contactOnScreen,
  joinByLink,
  openPage,
  seriousA11yProblems,
  settled,
  shoot,
} from './pages';

const SCRIPT: CreateCampaignBody['script'] = {
  body: [
    'Hi {{first_name}}, it’s {{caller_name}}, a volunteer with Bristol East for Change. You signed up on our website last week: **thank you!**',
    'We’re knocking on doors near {{postcode}} this Saturday morning. It’s friendly, you go out in pairs, and no experience is needed.',
    '**Could you come along for an hour or two?**',
  ].join('\n\n'),
  questions: [
    {
      key: 'canvassed',
      label: 'Have you been door-knocking before?',
      type: 'choice',
      options: ['Yes', 'No'],
    },
    { key: 'free_when', label: 'When are you usually free?', type: 'text' },
  ],
};

const PEOPLE = [
  ['Priya', 'Shah', 'BS5 6AA'],
  ['Tom', 'Ellis', 'BS5 0SQ'],
  ['Grace', 'Okoro', 'BS2 9TX'],
  ['Owen', 'Price', 'BS5 7PU'],
] as const;

/** Named people in the queue, in order, placed by their postcodes; returns their contact ids. */
async function queuePeople(
  server: TestServer,
  campaignId: number,
  people: readonly (readonly [string, string, string])[],
) {
  const ids: number[] = [];
  for (const [firstName, lastName, postcode] of people) {
    const home = await livingAt(server, postcode);
    ids.push(...(await makeContacts(server.db, campaignId, 1, { firstName, lastName, ...home })));
  }
  return ids;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const EMPTY = 'Everyone’s been called — thank you';

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the calling screen', () => {
  const live = browserAndServer();

  it('takes a volunteer from the join link through a practice call to a real one', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Bristol East phonebank',
      telephony: 'phone',
      withholdNumber: true,
      script: SCRIPT,
      retryRules: { no_answer: { afterHours: 0 } },
    });
    const [priya] = await queuePeople(live.server, campaign.id, PEOPLE);
    const easton = await makeSession(live.server, { title: 'Doors in Easton', postcode: 'BS5 0SQ' });
    await makeSession(live.server, { title: 'Afternoon in St Werburghs', postcode: 'BS2 9TX', inDays: 3 });
    // Priya was rung once before by Sam, so her card has history; she is next in line.
    const sam = await joinedCaller(live.server, campaign, { name: 'Sam Okafor' });
    const samSocket = await connect(sam.agent);
    const claimed = await ask(samSocket, 'call.next', { campaignId: campaign.id });
    expect(claimed.assignment.contact.firstName).toBe('Priya');
    const id = claimed.assignment.assignmentId;
    const earlier = { assignmentId: id, outcome: 'no_answer', idempotencyKey: randomUUID() };
    expect(await ask(samSocket, 'call.outcome', earlier)).toMatchObject({ ok: true });
    samSocket.close();
    await live.server.db('campaign_contacts').where({ contact_id: priya }).update({ priority: 1 });

    const page = await openPage(live.browser, live.problems);
    await page.goto(`${live.server.baseUrl}/join/${campaign.joinToken}`);
    await heading(page, 'Bristol East phonebank').waitFor();
    await page.getByText('invite them to a canvass session near them').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'join');

    await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Rosa Diaz');
    await heading(page, 'Ready for your first call?').waitFor();
    let sockets = 0;
    page.on('websocket', () => (sockets += 1));
    await page.getByRole('link', { name: 'Try a practice call' }).click();
    await heading(page, /Alex/).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Saturday morning door-knocking' }).click();
    await page.getByRole('button', { name: 'Pretend to call Alex' }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByLabel('When are you usually free?').fill('Weekends');
    await shoot(page, 'practice');
    expect(await page.getByRole('button', { name: 'Booked' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Save the practice call' }).click();
    await heading(page, 'Nice work: that’s a whole call').waitFor();
    // Practice sends nothing: no socket was opened and nothing was stored.
    expect(sockets).toBe(0);
    expect(await live.server.db('calls').where({ campaign_id: campaign.id }).count({ n: '*' })).toEqual([
      { n: 1 },
    ]);

    await page.getByRole('button', { name: 'Start real calls' }).click();
    await heading(page, /Priya/).waitFor();
    await page.getByText('Last call: No answer').waitFor();
    await page.getByText('by Sam Okafor').waitFor();
    await page.getByText('Hi Priya, it’s Rosa, a volunteer').waitFor();
    // Withheld: 141 and then the national number, which is what a UK phone dials.
    const dial = page.getByRole('link', { name: 'Call Priya' });
    expect(await dial.getAttribute('href')).toMatch(/^tel:14107700900\d{3}$/);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    // Choosing a session near her is saying yes to it: the call becomes Booked.
    await page.getByRole('button', { name: /Doors in Easton/ }).click();
    expect(await page.getByRole('button', { name: 'Booked' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel(/Notes/).fill('Bringing a friend.');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'calling');
    const heights = await page.$$eval('.workspace button, .workspace a.button', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.getByRole('button', { name: 'Save and call the next person' }).click();
    await heading(page, /Tom/).waitFor();
    const rosas = await live.server
      .db('calls')
      .where({ campaign_id: campaign.id, contact_id: priya })
      .orderBy('id');
    expect(rosas.map((c) => [c.outcome, c.session_id, c.notes, JSON.parse(c.answers)])).toEqual([
      ['no_answer', null, null, {}],
      ['booked', easton.id, 'Bringing a friend.', { canvassed: 'Yes' }],
    ]);
    await page.locator('.tally__item--bookings').filter({ hasText: '1 booking' }).waitFor();

    // Their home lists the campaign, one tap from calling again.
    await page.getByRole('link', { name: 'Ringround home' }).click();
    await page.getByRole('link', { name: 'Start calling for Bristol East phonebank' }).click();
    await heading(page, /Tom/).waitFor();
  });

  it('lets two volunteers share one queue, by keyboard and by tap, until everyone has been called once', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Easton weekend canvass',
      telephony: 'simulated',
      script: SCRIPT,
    });
    await makeContacts(live.server.db, campaign.id, 10);
    const ana = await openPage(live.browser, live.problems);
    const ben = await openPage(live.browser, live.problems, { viewport: PHONE, hasTouch: true });
    await Promise.all([
      joinByLink(ana, live.server.baseUrl, campaign.joinToken, 'Ana Keys'),
      joinByLink(ben, live.server.baseUrl, campaign.joinToken, 'Ben Taps'),
    ]);
    await Promise.all(
      [ana, ben].map((page) => page.getByRole('button', { name: 'Skip to a real call' }).click()),
    );

    /** What each volunteer entered, by the first name on screen. */
    const entered = new Map<string, { outcome: string; caller: string; notes?: string; answers?: object }>();

    // Ana works from the keyboard: a number picks the outcome, Ctrl+Enter saves.
    const anaKeys = [
      ['2', 'interested'],
      ['5', 'no_answer'],
      ['3', 'not_interested'],
      ['6', 'voicemail'],
      ['8', 'wrong_number'],
    ] as const;
    const workByKeyboard = async () => {
      for (let i = 0; ; i += 1) {
        await settled(ana);
        const name = await contactOnScreen(ana);
        if (!name) break;
        const [key, outcome] = anaKeys[i % anaKeys.length]!;
        if (i === 0) {
          // Digits typed into an answer are the answer, not shortcuts.
          await ana.getByLabel('When are you usually free?').fill('');
          await ana.getByLabel('When are you usually free?').pressSequentially('After 5 on weekdays');
          await ana.getByLabel('When are you usually free?').blur();
        }
        await ana.keyboard.press(key);
        await ana.locator(`.pad__button[aria-keyshortcuts="${key}"][aria-pressed="true"]`).waitFor();
        entered.set(name, {
          outcome,
          caller: 'Ana Keys',
          ...(i === 0 ? { answers: { free_when: 'After 5 on weekdays' } } : {}),
        });
        await ana.keyboard.press('Control+Enter');
      }
    };

    // Ben taps: the first person asks to be called back, then a round of other outcomes.
    const benTaps = [
      ['Call back later', 'call_back'],
      ['Interested', 'interested'],
      ['No answer', 'no_answer'],
      ['Busy', 'busy'],
    ] as const;
    const workByTapping = async () => {
      for (let i = 0; ; i += 1) {
        await settled(ben);
        const name = await contactOnScreen(ben);
        if (!name) break;
        const [label, outcome] = benTaps[i % benTaps.length]!;
        await ben.getByRole('button', { name: 'Simulate call' }).click();
        await ben.getByRole('button', { name: label, exact: true }).click();
        const notes = i === 0 ? 'Asked for tomorrow evening' : undefined;
        if (notes) await ben.getByLabel(/Notes/).fill(notes);
        if (outcome === 'call_back') {
          expect(await ben.getByLabel(`When should we call ${name} back?`).inputValue()).toMatch(/T18:30$/);
        }
        entered.set(name, { outcome, caller: 'Ben Taps', notes });
        await ben.getByRole('button', { name: 'Save and call the next person' }).click();
      }
    };

    await Promise.all([workByKeyboard(), workByTapping()]);
    await Promise.all([heading(ana, EMPTY).waitFor(), heading(ben, EMPTY).waitFor()]);
    await shoot(ana, 'queue-empty');

    // Every contact called exactly once, with what was entered for them.
    const calls = await live.server
      .db('calls')
      .join('contacts', 'contacts.id', 'calls.contact_id')
      .join('users', 'users.id', 'calls.caller_id')
      .where('calls.campaign_id', campaign.id)
      .select('calls.*', 'contacts.first_name', { caller: 'users.name' });
    expect(calls).toHaveLength(10);
    expect(new Set(calls.map((c) => c.campaign_contact_id)).size).toBe(10);
    expect(entered.size).toBe(10);
    for (const call of calls) {
      const want = entered.get(call.first_name)!;
      expect({ name: call.first_name, outcome: call.outcome, caller: call.caller }).toEqual({
        name: call.first_name,
        outcome: want.outcome,
        caller: want.caller,
      });
      if (want.notes) expect(call.notes).toBe(want.notes);
      if (want.answers) expect(JSON.parse(call.answers)).toEqual(want.answers);
    }
    expect(new Set(calls.map((c) => c.caller))).toEqual(new Set(['Ana Keys', 'Ben Taps']));

    // The call-back is due tomorrow at 18:30 on the campaign's clock.
    const callBack = calls.find((c) => c.outcome === 'call_back')!;
    const london = (ms: number, opts: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...opts }).format(ms);
    expect(london(Number(callBack.callback_at), { hour: '2-digit', minute: '2-digit' })).toBe('18:30');
    expect(london(Number(callBack.callback_at), { dateStyle: 'short' })).toBe(
      london(Date.now() + 86_400_000, { dateStyle: 'short' }),
    );

    // Each tally counts that volunteer's own calls.
    for (const [page, who] of [
      [ana, 'Ana Keys'],
      [ben, 'Ben Taps'],
    ] as const) {
      const mine = calls.filter((c) => c.caller === who).length;
      await page
        .locator('.tally__item')
        .first()
        .filter({ hasText: `${mine} call` })
        .waitFor();
    }
  });

  it('moves a call-back asked for after hours to when calling opens, and says so', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Evening callers',
      allowAnyHour: false,
      callingHours: undefined, // 10:00-20:30 London
    });
    const [nadia] = await queuePeople(live.server, campaign.id, [['Nadia', 'Rahman', 'BS5 6AA']]);
    // The server's day: tomorrow at noon in London, whatever the hour this test runs.
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
        Date.now() + offset * 86_400_000,
      );
    const noon = Date.parse(`${day(1)}T12:00:00Z`);
    live.server.clock.freeze(noon);
    try {
      const page = await openPage(live.browser, live.problems, { viewport: PHONE });
      await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Kit Evans');
      await page.getByRole('button', { name: 'Skip to a real call' }).click();
      await heading(page, /Nadia/).waitFor();
      await page.getByRole('button', { name: 'Call back later', exact: true }).click();
      await page.getByLabel('When should we call Nadia back?').fill(`${day(1)}T22:30`);
      await page.getByRole('button', { name: 'Save and call the next person' }).click();
      const notice = page.getByText(/That time is outside calling hours, so Nadia’s call-back is at/);
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/10:00/);
      await heading(page, EMPTY).waitFor();
      await shoot(page, 'callback-moved');

      const call = await live.server.db('calls').where({ contact_id: nadia }).first();
      expect(call.notes).toMatch(
        /^Call-back asked for .* 22:30 is outside calling hours: moved to .* 10:00 \(Europe\/London\)\.$/,
      );
      const london = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        dateStyle: 'short',
        timeStyle: 'short',
      });
      expect(london.format(Number(call.callback_at))).toBe(
        `${london.format(Date.parse(`${day(2)}T12:00:00Z`)).split(',')[0]}, 10:00`,
      );
    } finally {
      live.server.clock.unfreeze();
    }
  });

  it('keeps an outcome whose answer was lost with the connection, and stores it once', async () => {
    const campaign = await makeCampaign(live.server, { name: 'Bristol East phonebank', script: SCRIPT });
    await queuePeople(live.server, campaign.id, PEOPLE.slice(1));
    const received: { key: string; at: number }[] = [];
    let recorded: (socket: ServerSocket) => void = () => undefined;
    const whenRecorded = new Promise<ServerSocket>((resolve) => (recorded = resolve));
    // The first outcome is stored, but its answer never leaves the server: the connection drops first.
    const dropFirstAnswer = (socket: ServerSocket) =>
      socket.use((packet, next) => {
        if (packet[0] === 'call.outcome') {
          received.push({ key: (packet[1] as { idempotencyKey: string }).idempotencyKey, at: Date.now() });
          if (received.length === 1) {
            packet[2] = () => recorded(socket);
          }
        }
        next();
      });
    live.server.app.io.on('connection', dropFirstAnswer);

    try {
      const page = await openPage(live.browser, live.problems);
      await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Rosa Diaz');
      await page.getByRole('button', { name: 'Skip to a real call' }).click();
      await heading(page, /Tom/).waitFor();
      await page.getByRole('button', { name: 'Not interested' }).click();
      await page.getByLabel(/Notes/).fill('Moving away next month.');
      await page.getByRole('button', { name: 'Save and call the next person' }).click();

      const socket = await whenRecorded;
      await page.context().setOffline(true);
      socket.conn.close();
      await page.getByRole('alert').filter({ hasText: 'Connection lost' }).waitFor();
      // Nothing can be pressed while offline, and the unanswered outcome waits in the tab's storage.
      expect(await page.getByRole('button', { name: 'Skip for now' }).isDisabled()).toBe(true);
      const waiting = await page.evaluate(() => sessionStorage.getItem('ringround.pendingOutcome'));
      expect(JSON.parse(waiting ?? '{}').payload).toMatchObject({
        outcome: 'not_interested',
        idempotencyKey: received[0]!.key,
      });
      await shoot(page, 'connection-lost', {
        fullPage: false,
        showing: page.getByRole('button', { name: 'Saving…' }),
      });

      const onlineAt = Date.now();
      await page.context().setOffline(false);
      await heading(page, /Grace/).waitFor();
      // Offline really kept the socket down: the copy that got through left after the way back.
      expect(received[received.length - 1]!.at).toBeGreaterThanOrEqual(onlineAt);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('ringround.pendingOutcome'))).toBeNull();
    } finally {
      live.server.app.io.off('connection', dropFirstAnswer);
    }

    // Sent again after the reconnect with the same key, and stored once.
    expect(received.length).toBeGreaterThanOrEqual(2);
    expect(new Set(received.map((r) => r.key)).size).toBe(1);
    const calls = await live.server.db('calls').where({ campaign_id: campaign.id });
    expect(calls.map((c) => [c.outcome, c.notes])).toEqual([['not_interested', 'Moving away next month.']]);
  });

  it('follows the coordinator live: a pause, the restart, and removal', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Bristol East phonebank',
      telephony: 'simulated',
    });
    await queuePeople(live.server, campaign.id, PEOPLE);
    const { agent: coordinator } = await signedInAs(live.server, 'coordinator');
    const setStatus = async (status: string) =>
      expect((await coordinator.req('PATCH', `/api/campaigns/${campaign.id}`, { status })).status).toBe(200);

    const page = await openPage(live.browser, live.problems, { viewport: PHONE });
    await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Rosa Diaz');
    await page.getByRole('button', { name: 'Skip to a real call' }).click();
    await settled(page);
    // Skipping puts the person back without recording a call.
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await settled(page);
    const first = await contactOnScreen(page);

    // Paused mid-call: this call can still be saved, then the screen waits for the restart.
    await setStatus('paused');
    await page.getByRole('status').filter({ hasText: 'Calling has been paused' }).waitFor();
    await page.getByRole('button', { name: 'Interested', exact: true }).click();
    await page.getByRole('button', { name: 'Save and call the next person' }).click();
    await heading(page, 'Calling is paused').waitFor();
    await setStatus('active');
    await page.locator('.contact__first').filter({ hasNotText: first! }).waitFor();
    const calls = await live.server.db('calls').where({ campaign_id: campaign.id });
    expect(calls.map((c) => c.outcome)).toEqual(['interested']);

    const me = (await page.evaluate(() => fetch('/api/me').then((r) => r.json()))) as {
      user: { id: number };
    };
    const watcher = await connect(coordinator);
    try {
      const removed = await ask(watcher, 'caller.remove', { campaignId: campaign.id, userId: me.user.id });
      expect(removed).toEqual({ ok: true });
    } finally {
      watcher.close();
    }
    await heading(page, 'You’re no longer calling for this campaign').waitFor();
    await page.getByText('A coordinator has ended your calling for this campaign.').waitFor();
  });
});
