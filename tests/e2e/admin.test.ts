// The organiser pages in a real browser against the real server: adding a session through the form,
// checking a postcode, importing a CSV with a bad row, cancelling a booked session, marking attendance,
// choosing target seats, and the public About page. Screenshots land in test-results/screenshots/admin;
// RINGROUND_SCREENSHOTS_DIR=docs/screenshots refreshes the README's copies.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { Campaign, CanvassSession } from '../../protocol';
import { londonToIso } from '../../client/src/components/admin/londonTime';
import { ask, connect } from '../helpers/agent';
import type { Agent } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { launchChromium, seriousA11yProblems, signedInPage } from './pages';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.resolve(ROOT, process.env.RINGROUND_SCREENSHOTS_DIR ?? 'test-results/screenshots/admin');
const PHONE = { width: 360, height: 760 };
const DESKTOP = { width: 1280, height: 860 };
const DAY = 86_400_000;

let browser: Browser;
let server: TestServer;
let organiser: Agent;
let page: Page;
/** Script errors and CSP refusals seen by the page in the current test. */
let problems: string[] = [];

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** A UK calendar date `days` from now, as a date input wants it (YYYY-MM-DD). */
const ukDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * DAY));

/** The UK wall-clock time of an instant, "10:00". */
const ukTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

/** Books these people into the session the way a caller does: call.next, then the booked outcome. */
async function book(session: CanvassSession, people: Array<[string, string]>): Promise<void> {
  const campaign = await makeCampaign(server);
  for (const [firstName, lastName] of people) {
    await makeContacts(server.db, campaign.id, 1, { firstName, lastName });
  }
  const { agent } = await joinedCaller(server, campaign);
  const socket = await connect(agent);
  try {
    for (let i = 0; i < people.length; i++) {
      const next = await ask(socket, 'call.next', { campaignId: campaign.id });
      const done = await ask(socket, 'call.outcome', {
        assignmentId: next.assignment.assignmentId,
        outcome: 'booked',
        sessionId: session.id,
        idempotencyKey: randomUUID(),
      });
      if (!done.ok) throw new Error(`booking failed: ${JSON.stringify(done)}`);
    }
  } finally {
    socket.close();
  }
}

/** Whole-page pictures at phone and desktop widths; fails if either scrolls sideways. */
async function shoot(name: string, on: Page = page): Promise<void> {
  const page = on;
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.mouse.move(0, 0);
    // From the top, so the sticky bar is where a person sees it; then let the layout settle.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.scrollTo(0, 0);
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true });
    if (overflow > 0) throw new Error(`${name} scrolls sideways by ${overflow} px at ${viewport.width} px`);
  }
  await page.setViewportSize(DESKTOP);
}

/** Moves a session to a UK day and times, so the pictures show times a person would choose. */
async function retime(session: CanvassSession, days: number, from: string, to: string): Promise<void> {
  const r = await organiser.req('PATCH', `/api/canvass-sessions/${session.id}`, {
    startsAt: londonToIso(ukDate(days), from),
    endsAt: londonToIso(ukDate(days), to),
  });
  if (r.status !== 200) throw new Error(`could not move the session: ${JSON.stringify(r.body)}`);
}

async function sessionsNow(): Promise<CanvassSession[]> {
  return (await organiser.req('GET', '/api/canvass-sessions?past=1')).body.sessions;
}

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the organiser pages', () => {
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(SHOTS), startTestServer()]);
    organiser = (await signedInAs(server, 'organiser')).agent;

    // A list worth looking at: sessions in two cities, one full, and one that has just happened.
    const full = await makeSession(server, {
      title: 'Redfield evening doors',
      postcode: 'BS5 9NQ',
      capacity: 2,
    });
    const cowley = await makeSession(server, {
      title: 'Cowley Road canvass',
      postcode: 'OX4 1AW',
      capacity: 15,
    });
    const stall = await makeSession(server, {
      title: 'Kingswood high street stall',
      postcode: 'BS15 9TP',
      capacity: null,
    });
    const earlier = await makeSession(server, { title: 'Fishponds Saturday doors', postcode: 'BS16 3UH' });
    await book(full, [
      ['Amira', 'Haddad'],
      ['Ben', 'Carter'],
    ]);
    await book(earlier, [
      ['Priya', 'Shah'],
      ['Tom', 'Ellis'],
      ['Grace', 'Okoro'],
    ]);
    await retime(full, 3, '18:00', '20:00');
    await retime(cowley, 6, '10:30', '13:00');
    await retime(stall, 9, '11:00', '14:00');
    // Started five hours ago (on the hour), so it is over and waits for its attendance.
    const start = Math.floor((Date.now() - 5 * 3600_000) / 3600_000) * 3600_000;
    const moved = await organiser.req('PATCH', `/api/canvass-sessions/${earlier.id}`, {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3600_000).toISOString(),
    });
    expect(moved.status).toBe(200);

    page = await signedInPage(browser, problems, server.baseUrl, organiser, {
      locale: 'en-GB',
      acceptDownloads: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(() => {
    problems = [];
  });

  afterEach(() => {
    expect(problems).toEqual([]);
  });

  it('adds a session through the form, then lists it with its seat', async () => {
    await page.goto(`${server.baseUrl}/admin/sessions/new`);
    await heading('Add a session').waitFor();

    // Nothing filled in: each required field says what it needs, and the first one has the keyboard.
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.getByText('Enter a title for the session').waitFor();
    await page.getByText('Enter the postcode of the meeting point').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');

    const date = ukDate(8);
    await page.getByLabel('Title', { exact: true }).fill('Saturday doors in Easton');
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByLabel('Starts', { exact: true }).fill('10:00');
    await page.getByLabel('Ends', { exact: true }).fill('13:00');
    await page.getByLabel('Meeting point', { exact: true }).fill('Easton Community Centre, front steps');
    await page.getByLabel('Postcode', { exact: true }).fill('bs5 6aa');
    await page.getByLabel('Hosting party or group', { exact: true }).fill('Bristol East Labour');
    await page.getByLabel('Host', { exact: true }).fill('Sam Patel');
    await page.getByLabel('Places', { exact: true }).fill('0');
    await page.getByLabel('Notes for people who come', { exact: true }).fill('Bring a water bottle.');
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.getByText('Places must be a whole number, 1 or more').waitFor();
    await page.getByLabel('Places', { exact: true }).fill('20');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-session-form');

    await page.getByRole('button', { name: 'Add session' }).click();
    await page.waitForURL(/\/admin\/sessions$/);
    await page.getByText('Added “Saturday doors in Easton”').waitFor();
    const card = page.locator('.session-card', { hasText: 'Saturday doors in Easton' });
    await card.getByText('0 of 20 booked').waitFor();

    // Typed in UK time, stored as the right instant, and placed in its seat.
    const saved = (await sessionsNow()).find((s) => s.title === 'Saturday doors in Easton')!;
    expect(saved).toMatchObject({ postcode: 'BS5 6AA', capacity: 20, geoPrecision: 'sector' });
    expect(saved.constituency).toMatch(/^Bristol /);
    await card.locator('.tag--seat', { hasText: saved.constituency! }).waitFor();
    expect([ukTime(saved.startsAt), ukTime(saved.endsAt!)]).toEqual(['10:00', '13:00']);
    expect(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(saved.startsAt)),
    ).toBe(date);

    // Yesterday's session waits for its attendance; the full one says so.
    await page.getByRole('heading', { name: 'Just happened: mark who came' }).waitFor();
    await page.locator('.session-card', { hasText: 'Redfield evening doors' }).getByText('Full').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-sessions');

    // The home page's card lists it too.
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.session-card', { hasText: 'Saturday doors in Easton' }).waitFor();
    await shoot('admin-home');
  });

  it('checks which sessions a postcode would be offered, and says when it cannot place one', async () => {
    await page.goto(`${server.baseUrl}/admin/sessions`);
    const tool = page.getByRole('region', { name: 'Check a postcode' });
    await tool.getByLabel('Postcode', { exact: true }).fill('BS5 0SQ');
    await tool.getByRole('button', { name: 'Find nearest sessions' }).click();
    const nearest = tool.getByRole('list', { name: 'Nearest sessions to BS5 0SQ' });
    await nearest.waitFor();
    const titles = await nearest.locator('.nearest__title').allTextContents();
    expect(titles[0]).toBe('Saturday doors in Easton');
    expect(titles).not.toContain('Redfield evening doors'); // full

    await tool.getByLabel('Postcode', { exact: true }).fill('ZZ99 9ZZ');
    await tool.getByRole('button', { name: 'Find nearest sessions' }).click();
    await tool.locator('.field__error', { hasText: 'ZZ99 9ZZ' }).waitFor();
  });

  it('imports a CSV, reporting the bad row by its spreadsheet row number', async () => {
    const csv = [
      'Title,Date,End,Meeting point,Post code,Places',
      `Doors in St George,${ukDate(10)} 10:00,${ukDate(10)} 13:00,St George Park gates,BS5 7PU,15`,
      'Doors in Eastville,next Saturday,,Eastville Park,BS5 6XY,10',
      `Phonebank social,${ukDate(11)} 18:30,,The Plough,BS5 0SQ,`,
    ].join('\n');
    await page.goto(`${server.baseUrl}/admin/sessions/import`);
    await heading('Import from a spreadsheet').waitFor();
    await page
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'autumn-sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const rejects = page.getByRole('region', { name: 'This row needs fixing' });
    await rejects.waitFor();
    const row = rejects.locator('.rejects__item');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/^Row 3Doors in Eastville: Start: "next Saturday" is not a date/);
    await page.getByRole('button', { name: 'Import 2 sessions' }).waitFor();
    expect((await sessionsNow()).some((s) => s.title === 'Doors in St George')).toBe(false); // a dry run
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-import');

    const download = page.waitForEvent('download');
    await rejects.getByRole('button', { name: 'Download the rows to fix (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('autumn-sessions-rows-to-fix.csv');
    const fixes = fs
      .readFileSync((await file.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(fixes[0]).toBe('Row,Problem,Title,Date,End,Meeting point,Post code,Places');
    expect(fixes[1]).toMatch(/^3,"?Start: .*,Doors in Eastville,next Saturday,,Eastville Park,BS5 6XY,10$/);

    await page.getByRole('button', { name: 'Import 2 sessions' }).click();
    await page.waitForURL(/\/admin\/sessions$/);
    await page.getByText('Imported 2 sessions.').waitFor();
    await page
      .locator('.session-card', { hasText: 'Doors in St George' })
      .getByText('Bristol East')
      .waitFor();
    await page.locator('.session-card', { hasText: 'Phonebank social' }).waitFor();
  });

  it('cancels a session that has bookings and lists whom to ring', async () => {
    const session = await makeSession(server, {
      title: 'Lawrence Hill doors',
      postcode: 'BS5 0EE',
      inDays: 4,
    });
    await book(session, [
      ['Nadia', 'Rahman'],
      ['Owen', 'Price'],
    ]);
    await retime(session, 4, '10:00', '12:30');
    await page.goto(`${server.baseUrl}/admin/sessions/${session.id}`);
    await heading('Lawrence Hill doors').waitFor();
    await page.getByRole('region', { name: 'Booked' }).getByText('Nadia Rahman').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-session');

    await page.getByRole('button', { name: 'Cancel this session' }).click();
    await page.getByText('2 people booked will have their booking cancelled').waitFor();
    await page.getByRole('button', { name: 'Yes, cancel the session' }).click();

    const panel = page.getByRole('region', { name: 'Ring these 2 people to tell them' });
    await panel.waitFor();
    const people = (await organiser.req('GET', '/api/canvass-sessions?past=1')).body
      .sessions as CanvassSession[];
    expect(people.find((s) => s.id === session.id)?.cancelledAt).not.toBeNull();
    for (const name of ['Nadia Rahman', 'Owen Price']) {
      const call = panel.getByRole('link', { name: new RegExp(`^Call ${name} on 0\\d{4} \\d{6}$`) });
      expect(await call.getAttribute('href')).toMatch(/^tel:\+44\d{10}$/);
    }
    await panel.getByText('This list is shown only now.').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-cancelled');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download the list (CSV)' }).click();
    const list = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(list).toContain('Nadia,Rahman,+44');
  });

  it('marks who came after a session; refuses fewer places than bookings', async () => {
    const session = (await sessionsNow()).find((s) => s.title === 'Fishponds Saturday doors')!;
    await page.goto(`${server.baseUrl}/admin/sessions`);
    await page.getByRole('link', { name: 'Fishponds Saturday doors' }).click();
    await page.getByRole('link', { name: 'Mark attendance' }).click();
    await heading('Fishponds Saturday doors').waitFor();

    const came = (name: string) =>
      page.getByRole('group', { name: `Did ${name} come?` }).getByRole('button', { name: 'Came' });
    const missed = (name: string) =>
      page.getByRole('group', { name: `Did ${name} come?` }).getByRole('button', { name: 'Didn’t come' });
    await came('Priya Shah').click();
    await page.locator('.tally__item--came dd', { hasText: '1' }).waitFor();
    await missed('Tom Ellis').click();
    await page.locator('.tally__item--missed dd', { hasText: '1' }).waitFor();
    expect(await came('Priya Shah').getAttribute('aria-pressed')).toBe('true');

    const list = (await organiser.req('GET', `/api/canvass-sessions/${session.id}/attendance`)).body;
    const statuses = Object.fromEntries(
      (list.people as Array<{ firstName: string; status: string }>).map((p) => [p.firstName, p.status]),
    );
    expect(statuses).toEqual({ Priya: 'attended', Tom: 'no_show', Grace: 'booked' });
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-attendance');

    // Two are booked into the full session, so one place is refused, with the server's reason under the field.
    const full = (await sessionsNow()).find((s) => s.title === 'Redfield evening doors')!;
    await page.goto(`${server.baseUrl}/admin/sessions/${full.id}/edit`);
    await page.getByLabel('Places', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .locator('.field--invalid', {
        hasText: '2 people are already booked, so there must be at least 2 places',
      })
      .waitFor();
  });

  it('chooses two target seats for a campaign', async () => {
    const campaign = await makeCampaign(server, { name: 'Bristol East for Change' });
    await page.goto(`${server.baseUrl}/admin/campaigns`);
    await heading('Target seats').waitFor();
    await page.getByRole('link', { name: 'Choose target seats for Bristol East for Change' }).click();
    await heading('Bristol East for Change').waitFor();

    await page.getByLabel('Find a seat').fill('Bristol');
    await page.getByText('5 seats match “Bristol”').waitFor();
    await page.getByRole('checkbox', { name: 'Bristol East', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Bristol North West', exact: true }).check();
    await page.getByRole('button', { name: 'Save target seats' }).click();
    await page.getByText('Saved. Callers are offered sessions in these seats first.').waitFor();

    const seats = (await organiser.req('GET', '/api/seats')).body.seats as Array<{
      code: string;
      name: string;
    }>;
    const code = (name: string) => seats.find((s) => s.name === name)!.code;
    const saved = (await organiser.req('GET', `/api/campaigns/${campaign.id}`)).body.campaign as Campaign;
    expect([...saved.targetSeats].sort()).toEqual([code('Bristol East'), code('Bristol North West')].sort());
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot('admin-seats');
  });

  it('shows the About page and its data attribution to anyone', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const visitor = await context.newPage();
    try {
      await visitor.goto(`${server.baseUrl}/signin`);
      await visitor.getByRole('link', { name: 'About Ringround and its data' }).click();
      await visitor.getByRole('heading', { level: 1, name: 'About Ringround' }).waitFor();
      const text = await visitor.locator('main').innerText();
      for (const line of [
        'Contains OS data © Crown copyright and database right 2025',
        'Contains Royal Mail data © Royal Mail copyright and database right 2025',
        'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
        'Constituency boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0; Contains OS data © Crown copyright and database right 2024',
        'Election results: Contains Parliamentary information licensed under the Open Parliament Licence v3.0 (House of Commons Library, General election 2024 results, CBP-10009)',
        'Northern Ireland (BT) postcode locations are Land & Property Services data under their own terms and are not covered by the statement above.',
      ]) {
        expect(text).toContain(line);
      }
      await shoot('admin-about', visitor);
    } finally {
      await context.close();
    }
    // Signed in, every page's footer leads there.
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'About Ringround and its data' }).click();
    await heading('About Ringround').waitFor();
  });
});
