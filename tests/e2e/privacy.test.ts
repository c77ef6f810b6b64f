// The organiser's privacy pages in a real browser against the real server: find a person by the
// phone number they gave, download everything held about them, take them off the never-call list
// with a reason, erase them with a reason, and see all of it in the audit log. Screenshots at 360 and
// 1280 px: privacy-people, privacy-erase and privacy-audit.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { ask, connect } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { browserAndServer, seriousA11yProblems, shoot, signedInPage } from './pages';

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the privacy pages', () => {
  const live = browserAndServer();
  const heading = (page: Page, level: number, name: string | RegExp) =>
    page.getByRole('heading', { level, name });

  it('finds a person, downloads what is held, reverses an opt-out, erases them, and logs it all', async () => {
    const { server } = live;
    const campaign = await makeCampaign(server, {
      name: 'Bristol East phonebank',
      script: {
        body: 'Hi',
        questions: [{ key: 'first_time', label: 'First time?', type: 'choice', options: ['yes', 'no'] }],
      },
    });
    const [jo] = await makeContacts(server.db, campaign.id, 1, {
      firstName: 'Jo',
      lastName: 'Bloggs',
      email: 'jo.bloggs@example.org',
      custom: { ward: 'Easton' },
    });
    await makeContacts(server.db, campaign.id, 2);
    const phone = (await server.db('contacts').where({ id: jo }).first()).phone_e164 as string;

    // A caller books Jo onto a session, with a note and an answer.
    const session = await makeSession(server, { title: 'Easton doors' });
    const caller = await joinedCaller(server, campaign, { name: 'Priya Shah' });
    const socket = await connect(caller.agent);
    const next = await ask(socket, 'call.next', { campaignId: campaign.id });
    await ask(socket, 'call.dialled', { assignmentId: next.assignment.assignmentId });
    await ask(socket, 'call.outcome', {
      assignmentId: next.assignment.assignmentId,
      outcome: 'booked',
      sessionId: session.id,
      notes: 'Keen, will bring a friend',
      answers: { first_time: 'yes' },
      idempotencyKey: randomUUID(),
    });
    socket.close();

    const { agent } = await signedInAs(server, 'organiser');
    await agent.req('POST', '/api/opt-outs', { phone, reason: 'Texted STOP to the office' });
    const page = await signedInPage(live.browser, live.problems, server.baseUrl, agent, { locale: 'en-GB' });

    // From home to the People page.
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'Find a person' }).click();
    await heading(page, 1, 'People').waitFor();

    // Search by the number as they would say it, from the keyboard.
    const national = `0${phone.slice(3, 7)} ${phone.slice(7)}`;
    await page.getByLabel('Phone, email or name').fill(national);
    await page.getByLabel('Phone, email or name').press('Enter');
    await heading(page, 2, '1 person found by phone number').waitFor();
    const result = page.getByRole('button', { name: /^Jo Bloggs/ });
    await result.focus();
    await page.keyboard.press('Enter');
    await heading(page, 2, 'Jo Bloggs').waitFor();
    await page.getByText('Keen, will bring a friend').waitFor();
    await page.getByText('first_time: yes').waitFor();
    await page.getByText(/On the list since .*: “Texted STOP to the office”/).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'privacy-people');

    // Download everything we hold: a JSON file with their record, calls and opt-out.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything we hold' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`contact-${jo}-subject-access.json`);
    const held = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(held.contact).toMatchObject({ first_name: 'Jo', last_name: 'Bloggs', phone_e164: phone });
    expect(held.calls).toEqual([expect.objectContaining({ notes: 'Keen, will bring a friend' })]);
    expect(held.optOut).toMatchObject({ reason: 'Texted STOP to the office' });

    // Reversing the opt-out needs a reason.
    await page.getByRole('button', { name: 'Reverse opt-out…' }).click();
    await page.getByRole('button', { name: 'Take off the never-call list' }).click();
    await page.getByText('Give a reason: it is kept in the audit log').waitFor();
    await page
      .getByLabel('Why they may be called again')
      .fill('Rang the office on 3 Dec: happy to be called');
    await page.getByRole('button', { name: 'Take off the never-call list' }).click();
    await page.getByText(/^Taken off the never-call list/).waitFor();
    await page.getByText('Not on the list: campaigns they are queued in may call them.').waitFor();

    // Erase, with a confirm step and a reason.
    await page.getByRole('button', { name: 'Erase this person…' }).click();
    await page.getByText('Erase Jo Bloggs?').waitFor();
    await page.getByLabel('Why they are being erased').fill('Erasure request by email, 4 Dec');
    await page.getByRole('checkbox', { name: /Keep their number on the never-call list/ }).check();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'privacy-erase', {
      fullPage: false,
      showing: page.getByRole('button', { name: 'Yes, erase Jo Bloggs' }),
    });
    await page.getByRole('button', { name: 'Yes, erase Jo Bloggs' }).click();
    await heading(page, 2, 'Erased person').waitFor();
    await page.getByText(/details, notes and answers have been erased/).waitFor();
    expect(await page.getByText('Keen, will bring a friend').count()).toBe(0);
    expect(await page.getByText('Jo Bloggs').count()).toBe(0);
    expect((await server.db('contacts').where({ id: jo }).first()).phone_e164).toBe(`erased:${jo}`);

    // The audit log shows each step, newest first, with who and why.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 1, 'Audit log').waitFor();
    const entries = page.getByRole('list', { name: 'Audit log entries, newest first' });
    await entries.getByText('Erased a person').waitFor();
    await entries.getByText('Reason: “Erasure request by email, 4 Dec”').waitFor();
    await entries.getByText('Took a number off the never-call list').waitFor();
    await entries.getByText('Downloaded everything held about a person').waitFor();
    const first = entries.getByRole('listitem').first();
    expect(await first.textContent()).toContain('Erased a person');
    await page.getByLabel('Show').selectOption({ label: 'Never-call list' });
    await entries.getByText('Put a number on the never-call list').first().waitFor();
    expect(await entries.getByText('Erased a person').count()).toBe(0);
    await page.getByLabel('Show').selectOption({ label: 'Everything' });
    await entries.getByText('Erased a person').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'privacy-audit');
  });

  it('tells a coordinator these pages are for organisers', async () => {
    const { server } = live;
    const { agent } = await signedInAs(server, 'coordinator');
    const page = await signedInPage(live.browser, live.problems, server.baseUrl, agent);
    await page.goto(`${server.baseUrl}/admin/people`);
    await heading(page, 2, /is for organisers$/).waitFor();
    await page.goto(`${server.baseUrl}/admin/audit`);
    await heading(page, 2, 'The audit log is for organisers').waitFor();
  });
});
