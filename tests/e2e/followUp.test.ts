// After a booking, the calling screen offers to send the person the session's details: a prepared message
// to open in WhatsApp or the phone's messages app, copy, or add to a calendar. Run in a real browser
// against the real server; takes the README's sessions-panel and follow-up screenshots.
import type { Page } from 'playwright-core';
import { editSession } from '../../server/canvass/manageSessions';
import { livingAt, makeCampaign, makeContacts, makeSession } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { PHONE, browserAndServer, joinByLink, openPage, seriousA11yProblems, shoot } from './pages';

const LONDON = 'Europe/London';
const WHATSAPP_GROUP = 'https://chat.whatsapp.com/EastonDoorsSaturday';

/** hour:00 on the London clock, `days` from now. */
function londonAt(days: number, hour: number): number {
  const day = new Date(Date.now() + days * 86_400_000);
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: 'numeric', hourCycle: 'h23' });
  return guess - (Number(shown.format(guess)) - hour) * 3600_000;
}

/** "Saturday 5 December" (and a year, if the session is in the next one). */
const londonDay = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, weekday: 'long', day: 'numeric', month: 'long' })
    .format(ms)
    .replace(',', '');

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the follow-up after a booking', () => {
  const live = browserAndServer();

  it('books a contact into the nearest session and prepares the message to send them', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Bristol East phonebank',
      telephony: 'phone',
      timezone: LONDON,
    });
    const home = await livingAt(live.server, 'BS5 7XY');
    const [priya] = await makeContacts(live.server.db, campaign.id, 1, {
      firstName: 'Priya',
      lastName: 'Shah',
      ...home,
    });
    await makeContacts(live.server.db, campaign.id, 1, { firstName: 'Tom', lastName: 'Ellis', ...home });
    await live.server.db('campaign_contacts').where({ contact_id: priya }).update({ priority: 1 });
    const phone = (await live.server.db('contacts').where({ id: priya }).first()).phone_e164 as string;
    expect(phone).toMatch(/^\+447700900\d{3}$/);

    // Easton is the nearer and the sooner: it heads the sessions panel.
    const made = await makeSession(live.server, { title: 'Doors in Easton', postcode: 'BS5 6AA', inDays: 3 });
    const later = await makeSession(live.server, {
      title: 'Afternoon in St Werburghs',
      postcode: 'BS2 9TX',
      inDays: 6,
    });
    await editSession(live.server.ctx, later.id, {
      startsAt: new Date(londonAt(6, 14)).toISOString(),
      endsAt: new Date(londonAt(6, 17)).toISOString(),
    });
    const startsAt = londonAt(3, 10);
    const easton = await editSession(live.server.ctx, made.id, {
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 3 * 3600_000).toISOString(),
      venue: 'Easton Community Centre',
      address: 'Chelsea Road, Bristol',
      whatsappUrl: WHATSAPP_GROUP,
    });
    const calendar = `${live.server.baseUrl}${easton.calendarPath}`;

    const page = await openPage(live.browser, live.problems);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: live.server.baseUrl });
    await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Rosa Diaz');
    await page.getByRole('button', { name: 'Skip to a real call' }).click();
    await heading(page, /Priya/).waitFor();

    const sessions = page.getByRole('region', { name: 'Sessions near Priya' });
    const nearest = sessions.getByRole('button').first();
    expect(await nearest.textContent()).toContain('Doors in Easton');
    await nearest.click();
    expect(await page.getByRole('button', { name: 'Booked' }).getAttribute('aria-pressed')).toBe('true');
    await shoot(page, 'sessions-panel', { fullPage: false, showing: sessions });
    await page.getByRole('button', { name: 'Save and call the next person' }).click();

    // The follow-up takes the caller's place and keeps it while the next person arrives underneath.
    const panel = page.getByRole('region', { name: 'Send Priya the details' });
    await panel.waitFor();
    await heading(page, /Tom/).waitFor();
    expect(await focusedId(page)).toBe('followup-title');
    const booked = await live.server.db('calls').where({ contact_id: priya }).first();
    expect([booked.outcome, booked.session_id]).toEqual(['booked', easton.id]);

    const message = await panel.getByLabel('Message to Priya').inputValue();
    expect(message).toMatch(/^Hi Priya, it’s Rosa\./);
    expect(message).toMatch(new RegExp(`${londonDay(startsAt)}( \\d{4})?, 10:00–13:00`));
    for (const detail of [
      'Doors in Easton',
      'Easton Community Centre',
      'Chelsea Road, Bristol, BS5 6AA',
      WHATSAPP_GROUP,
      calendar,
    ]) {
      expect(message).toContain(detail);
    }
    expect(message).toMatch(/\nRosa$/);

    const whatsapp = panel.getByRole('link', { name: 'Open in WhatsApp' });
    const waHref = (await whatsapp.getAttribute('href'))!;
    expect(waHref).toMatch(/^https:\/\/wa\.me\/447700900\d{3}\?text=/);
    expect(waHref).toBe(`https://wa.me/${phone.slice(1)}?text=${encodeURIComponent(message)}`);
    const sent = new URL(waHref).searchParams.get('text')!;
    expect(sent).toContain('Doors in Easton');
    expect(sent).toContain(calendar);
    expect(await whatsapp.getAttribute('target')).toBe('_blank');
    const sms = panel.getByRole('link', { name: 'Send as text message' });
    expect(await sms.getAttribute('href')).toBe(`sms:${phone}?&body=${encodeURIComponent(message)}`);

    await panel.getByRole('button', { name: 'Copy message' }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

    const calendarLink = panel.getByRole('link', { name: 'Add to calendar' });
    expect(await calendarLink.getAttribute('href')).toBe(calendar);
    const ics = await fetch(calendar);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain('SUMMARY:Doors in Easton');

    expect(await seriousA11yProblems(page)).toEqual([]);
    const heights = await panel
      .locator('button, a')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.mouse.move(0, 0); // no hover shading in the picture
    await shoot(page, 'follow-up', { fullPage: false });

    // What the caller changes is what gets sent; Ctrl+Enter in the message does not save Tom's call.
    const box = panel.getByLabel('Message to Priya');
    await box.fill(`${message}\nPS: bring a water bottle.`);
    expect(await whatsapp.getAttribute('href')).toContain(encodeURIComponent('PS: bring a water bottle.'));
    await box.press('Control+Enter');
    expect(await page.getByText('Choose what happened first').count()).toBe(0);

    // Done: back to the person on screen.
    await panel.getByRole('button', { name: 'Done' }).click();
    expect(await panel.count()).toBe(0);
    expect(await focusedId(page)).toBe('contact-name');
    expect(await page.locator('#contact-name').textContent()).toContain('Tom');
  });

  it('shows the same follow-up after a practice booking, with nothing able to send', async () => {
    const campaign = await makeCampaign(live.server, { name: 'Bristol East phonebank', timezone: LONDON });
    const page = await openPage(live.browser, live.problems, {
      viewport: PHONE,
      hasTouch: true,
      timezoneId: LONDON,
    });
    await joinByLink(page, live.server.baseUrl, campaign.joinToken, 'Sam Okafor');
    await page.getByRole('link', { name: 'Try a practice call' }).click();
    await heading(page, /Alex/).waitFor();
    await page.getByRole('button', { name: /Saturday morning door-knocking/ }).click();
    await page.getByRole('button', { name: 'Save the practice call' }).click();

    const panel = page.getByRole('region', { name: 'Send Alex the details' });
    await panel.waitFor();
    await panel.getByText('Practice booking').waitFor();
    expect(await focusedId(page)).toBe('followup-title');
    const message = await panel.getByLabel('Message to Alex').inputValue();
    expect(message).toMatch(/^Hi Alex, it’s Sam\./);
    expect(message).toContain('Saturday morning door-knocking');
    expect(message).toMatch(/, 10:00–13:00\n/);
    // No way to message the made-up person: no links at all, and the buttons are off.
    expect(await panel.getByRole('link').count()).toBe(0);
    for (const name of ['Open in WhatsApp', 'Send as text message', 'Add to calendar']) {
      expect(await panel.getByRole('button', { name }).isDisabled()).toBe(true);
    }
    expect(await seriousA11yProblems(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Done' }).click();
    expect(await focusedId(page)).toBe('state-title');
    await heading(page, 'Nice work: that’s a whole call').waitFor();
  });
});
