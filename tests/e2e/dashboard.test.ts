// The coordinator's live dashboard in a real browser against the real server: an evening already under
// way, a caller in another browser saving an outcome (the numbers move within a second, no reload), a
// pause reaching the caller's screen, a dropped connection resyncing, putting back a stuck caller's contact,
// and removing a caller.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { AnyOutcome } from '../../protocol';
import { ask, connect } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import {
  DEFAULT_PASSWORD,
  joinedCaller,
  makeCampaign,
  makeContacts,
  makeSession,
  makeUser,
  signedInAs,
} from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { PHONE, browserAndServer, joinByLink, openPage, seriousA11yProblems, settled, shoot } from './pages';

const MINUTE = 60_000;

// How the evening went before the coordinator looked: who called, what happened, and where people booked.
const SHAPE: AnyOutcome[] = [
  'no_answer',
  'interested',
  'booked',
  'voicemail',
  'not_interested',
  'no_answer',
  'booked',
  'call_back',
  'busy',
  'interested',
  'wrong_number',
  'booked',
];

interface Caller {
  name: string;
  socket: ClientSocket;
  userId: number;
}

/** One whole call as a caller's screen makes it: claim, dial, save. Returns the contact's id. */
async function callOnce(caller: Caller, campaignId: number, outcome: AnyOutcome, sessionId?: number) {
  const next = await ask(caller.socket, 'call.next', { campaignId });
  const { assignmentId, contact } = next.assignment;
  await ask(caller.socket, 'call.dialled', { assignmentId });
  const saved = await ask(caller.socket, 'call.outcome', {
    assignmentId,
    outcome,
    idempotencyKey: randomUUID(),
    ...(outcome === 'booked' ? { sessionId } : {}),
    ...(outcome === 'call_back' ? { callbackAt: new Date(Date.now() + 86_400_000).toISOString() } : {}),
  });
  expect(saved).toMatchObject({ ok: true });
  return contact.id as number;
}

/** The headline number under this label, as the coordinator reads it. */
const headline = (page: Page, label: string): Locator =>
  page
    .locator('.dash-stat')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('.dash-stat__value');

const numberIn = async (locator: Locator) => Number((await locator.textContent())?.replace(/\D/g, ''));

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the coordinator dashboard', () => {
  const live = browserAndServer(({ server }) => server.clock.unfreeze());

  it('follows the evening live, pauses callers, resyncs after a dropped connection and removes a caller', async () => {
    // An hour's lease, so the claim Rosa made 22 minutes ago (on the server's clock) is still hers.
    const campaign = await makeCampaign(live.server, {
      name: 'Bristol East phonebank',
      telephony: 'simulated',
      leaseSeconds: 3600,
    });
    await makeContacts(live.server.db, campaign.id, 60);
    // Imported this afternoon, before the evening's first call.
    const now = Date.now();
    await live.server
      .db('campaign_contacts')
      .where({ campaign_id: campaign.id })
      .update({ next_call_at: now - 5 * 60 * MINUTE });
    const easton = await makeSession(live.server, { title: 'Doors in Easton', capacity: 12 });
    const werburghs = await makeSession(live.server, { title: 'St Werburghs afternoon', capacity: 6 });
    const stall = await makeSession(live.server, {
      title: 'Gloucester Road stall',
      capacity: null,
      inDays: 3,
    });
    const places = [easton, werburghs, easton, stall, werburghs];

    const callers: Caller[] = [];
    for (const name of ['Sam Okafor', 'Priya Shah', 'Tom Ellis', 'Rosa Diaz']) {
      const { agent, userId } = await joinedCaller(live.server, campaign, { name });
      callers.push({ name, userId, socket: await connect(agent) });
    }
    const [sam, priya, tom, rosa] = callers as [Caller, Caller, Caller, Caller];

    // Three and a half hours of calling, busier as the evening goes on, on the server's own clock.
    const booked: number[] = [];
    const times = Array.from({ length: 34 }, (_, i) => now - 225 * MINUTE * (1 - (i + 1) / 35) ** 1.3);
    for (const [i, at] of times.entries()) {
      live.server.clock.freeze(at);
      const outcome = SHAPE[i % SHAPE.length]!;
      const sessionId = places[booked.length % places.length]!.id;
      const contactId = await callOnce(callers[i % 3]!, campaign.id, outcome, sessionId);
      if (outcome === 'booked') booked.push(contactId);
    }
    // Rosa dialled 22 minutes ago and has not saved since: the dashboard should flag her.
    live.server.clock.freeze(now - 22 * MINUTE);
    const held = await ask(rosa.socket, 'call.next', { campaignId: campaign.id });
    await ask(rosa.socket, 'call.dialled', { assignmentId: held.assignment.assignmentId });
    live.server.clock.unfreeze();
    tom.socket.close();

    const { agent: organiser } = await signedInAs(live.server, 'organiser');
    for (const contactId of booked.slice(0, 2)) {
      const sessionId = (await live.server.db('rsvps').where({ contact_id: contactId }).first()).session_id;
      const marked = await organiser.req('POST', `/api/canvass-sessions/${sessionId}/attendance`, {
        contactId,
        status: 'attended',
      });
      expect(marked.status).toBe(200);
    }

    // The coordinator signs in and opens the dashboard from their home page.
    const coordinatorUser = await makeUser(live.server.db, { role: 'coordinator', name: 'Jo Marsh' });
    const page = await openPage(live.browser, live.problems);
    await page.goto(`${live.server.baseUrl}/signin`);
    await page.getByLabel('Email address').fill(coordinatorUser.email);
    await page.getByLabel('Password', { exact: true }).fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Open the live dashboard for Bristol East phonebank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bristol East phonebank' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    expect(await page.title()).toBe('Bristol East phonebank: live · Ringround');

    expect(await numberIn(headline(page, 'Callers on now'))).toBe(3);
    expect(await numberIn(headline(page, 'Bookings'))).toBe(booked.length);
    const rosaRow = page.getByRole('row', { name: /^Rosa Diaz/ });
    expect(await rosaRow.locator('.dash-pill').textContent()).toBe('On a call');
    expect(await rosaRow.locator('.dash-caller__time').innerText()).toMatch(/^22 min\s*Possibly stuck$/);
    expect(await page.getByRole('row', { name: /^Tom Ellis/ }).textContent()).toContain('Away');
    await page
      .locator('.dash-funnel__step')
      .filter({ hasText: 'Came along' })
      .filter({ hasText: '2' })
      .waitFor();
    await page
      .locator('.dash-session')
      .filter({ hasText: 'Doors in Easton' })
      .filter({ hasText: 'of 12' })
      .waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    const heights = await page.$$eval('.dash button, .dash a.button', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

    // A volunteer joins in another browser: they show up at once, and their saved call moves the numbers.
    const ben = await openPage(live.browser, live.problems, { viewport: PHONE, hasTouch: true });
    await joinByLink(ben, live.server.baseUrl, campaign.joinToken, 'Ben Taps');
    await ben.getByRole('button', { name: 'Skip to a real call' }).click();
    await settled(ben);
    await page.getByRole('row', { name: /^Ben Taps/ }).waitFor();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const before = {
      tonight: await numberIn(headline(page, 'Calls tonight')),
      lastHour: await numberIn(headline(page, 'Calls last hour')),
    };
    await ben.getByRole('button', { name: 'Simulate call' }).click();
    await ben.getByRole('button', { name: 'Interested', exact: true }).click();
    const savedAt = Date.now();
    await ben.getByRole('button', { name: 'Save and call the next person' }).click();
    await page
      .locator('.dash-recent__item')
      .filter({ hasText: 'Interested · Ben Taps' })
      .waitFor({ timeout: 1000 });
    await headline(page, 'Calls tonight')
      .filter({ hasText: String(before.tonight + 1) })
      .waitFor({ timeout: 1000 });
    const tookMs = Date.now() - savedAt;
    expect(tookMs).toBeLessThan(1000);
    expect(await numberIn(headline(page, 'Calls last hour'))).toBe(before.lastHour + 1);
    expect(
      await page
        .getByRole('row', { name: /^Ben Taps/ })
        .locator('.dash-caller__calls')
        .textContent(),
    ).toBe('Calls: 1');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await settled(ben);
    // Rosa's contact and Ben's next one are both held now.
    await page.locator('.dash-queue__more').filter({ hasText: '2 people with a caller now' }).waitFor();
    await shoot(page, 'dashboard');

    // Pause: Ben's screen says so at once, and the dashboard offers the way back.
    await page.getByRole('button', { name: 'Pause calling' }).click();
    await ben.getByRole('status').filter({ hasText: 'Calling has been paused' }).waitFor();
    await page.getByRole('button', { name: 'Resume calling' }).waitFor();
    expect(await page.locator('.dash-status').textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Resume calling' }).click();
    await page.getByRole('button', { name: 'Pause calling' }).waitFor();

    // The coordinator's connection drops; a call saved meanwhile is there once it is back.
    const coordinatorSockets = [...live.server.app.io.of('/').sockets.values()].filter(
      (s) => s.data.user.id === coordinatorUser.id,
    );
    expect(coordinatorSockets).toHaveLength(1);
    const tonight = await numberIn(headline(page, 'Calls tonight'));
    await page.context().setOffline(true);
    for (const s of coordinatorSockets) s.conn.close();
    await page.getByRole('alert').filter({ hasText: 'Live updates paused — reconnecting' }).waitFor();
    await callOnce(sam, campaign.id, 'no_answer');
    await page.context().setOffline(false);
    await headline(page, 'Calls tonight')
      .filter({ hasText: String(tonight + 1) })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // Rosa is still holding the contact she dialled 22 minutes ago: the coordinator puts it back, with a
    // confirm, and her row stops offering it once the next snapshot shows she holds nothing.
    const rosaContact = held.assignment.assignmentId as number;
    expect(await live.server.db('campaign_contacts').where({ id: rosaContact }).first()).toMatchObject({
      status: 'claimed',
      claimed_by: rosa.userId,
    });
    const returnRosa = page.getByRole('button', { name: "Return Rosa's contact to the queue" });
    expect(await returnRosa.getAttribute('class')).toContain('button--primary');
    expect(await page.getByRole('button', { name: /^Return Ben's contact/ }).getAttribute('class')).toContain(
      'button--secondary',
    );
    await returnRosa.click();
    await page.getByText('Put their contact back in the queue?').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Leave it with Rosa' }).click();
    expect(await returnRosa.evaluate((el) => el === document.activeElement)).toBe(true);
    const heldNow = async () =>
      Number(
        (await page.locator('.dash-queue__more').textContent())?.match(/^(\d+) (?:person|people) with/)?.[1],
      );
    const heldBefore = await heldNow();
    await returnRosa.click();
    await page.getByRole('button', { name: "Yes, return Rosa's contact" }).click();
    await returnRosa.waitFor({ state: 'detached' });
    expect(await live.server.db('campaign_contacts').where({ id: rosaContact }).first()).toMatchObject({
      status: 'queued',
      claimed_by: null,
    });
    await rosaRow.locator('.dash-pill').filter({ hasText: 'Waiting' }).waitFor();
    // The server's next snapshot: one fewer contact held, and still no Return for Rosa.
    await page
      .locator('.dash-queue__more')
      .filter({ hasText: new RegExp(`^${heldBefore - 1} (person|people) with a caller now`) })
      .waitFor();
    expect(await returnRosa.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Removing a caller takes a confirm, then they leave the table.
    await page.getByRole('button', { name: 'Remove Tom Ellis' }).click();
    await page.getByRole('button', { name: 'Keep Tom' }).click();
    await page.getByRole('button', { name: 'Remove Tom Ellis' }).click();
    await page.getByRole('button', { name: 'Yes, remove Tom Ellis' }).click();
    await page.locator('tr.dash-caller').filter({ hasText: 'Tom Ellis' }).waitFor({ state: 'detached' });
    expect(await live.server.db('campaign_callers').where({ user_id: tom.userId }).first()).toMatchObject({
      removed_at: expect.anything(),
    });

    for (const c of [sam, priya, rosa]) c.socket.close();
  });

  it('lets a coordinator copy and replace the join link', async () => {
    const campaign = await makeCampaign(live.server, { name: 'Easton weekend canvass' });
    const { user } = await signedInAs(live.server, 'coordinator');
    const page = await openPage(live.browser, live.problems, {
      viewport: PHONE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${live.server.baseUrl}/signin`);
    await page.getByLabel('Email address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.goto(`${live.server.baseUrl}/dashboard/${campaign.id}`);
    const link = page.getByLabel('Join link for Easton weekend canvass');
    expect(await link.inputValue()).toBe(`${live.server.baseUrl}/join/${campaign.joinToken}`);
    await page.getByText('Nobody has joined yet').waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
    await page.getByRole('button', { name: 'New join link' }).click();
    await page.getByRole('button', { name: 'Make a new link' }).click();
    await page.getByText('New link made').waitFor();
    const rotated = await link.inputValue();
    expect(rotated).not.toContain(campaign.joinToken);
    const stored = await live.server.db('campaigns').where({ id: campaign.id }).first();
    expect(rotated).toBe(`${live.server.baseUrl}/join/${stored.join_token}`);
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});
