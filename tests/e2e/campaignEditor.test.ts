// The organiser's campaign pages in a real browser against the real server: creating a campaign and
// setting its calling hours and retry rules (kept after a reload, and in the database), Twilio refused
// with the server's reason, the script editor's live preview and survey builder (and what a caller is
// then sent), the join link's QR code and copy, the webhook panel, and what a coordinator may not do.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Campaign } from '../../protocol';
import { DEFAULT_CALLING_HOURS } from '../../protocol';
import { ask, connect } from '../helpers/agent';
import { DEFAULT_PASSWORD, joinedCaller, makeCampaign, makeContacts, makeUser } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { PHONE, browserAndServer, openPage, seriousA11yProblems, shoot } from './pages';

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the campaign pages', () => {
  const live = browserAndServer();

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  /** A new user with this role, signed in through the sign-in page of a fresh browser context. */
  async function signedInPage(role: 'organiser' | 'coordinator', name: string, options = {}) {
    const user = await makeUser(live.server.db, { role, name });
    const page = await openPage(live.browser, live.problems, { locale: 'en-GB', ...options });
    await page.goto(`${live.server.baseUrl}/signin`);
    await page.getByLabel('Email address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, /^Welcome/).waitFor();
    return page;
  }

  /** The campaign as the API gives it, read in the page's own session. */
  const campaignVia = (page: Page, id: number) =>
    page.evaluate(
      async (cid) =>
        ((await (await fetch(`/api/campaigns/${cid}`)).json()) as { campaign: Campaign }).campaign,
      id,
    );

  const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

  it('creates a campaign, sets its hours and retry rules, and keeps them', async () => {
    const page = await signedInPage('organiser', 'Nadia Rahman');

    // One tap from home to a new campaign.
    await page.getByRole('link', { name: 'New campaign' }).click();
    await heading(page, 'New campaign').waitFor();
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByText('Enter a name for the campaign').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await page.getByLabel('Name', { exact: true }).fill('Bristol East phonebank');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.waitForURL(/\/admin\/campaigns\/\d+$/);
    await heading(page, 'Bristol East phonebank').waitFor();
    await page.getByText('Campaign created.').waitFor();
    const id = Number(new URL(page.url()).pathname.split('/').pop());

    // Weekday evenings end at 19:00 on Monday; Saturday has two spans; no calls on Sunday.
    await day(page, 'Monday').getByLabel('To', { exact: true }).fill('19:00');
    const saturday = day(page, 'Saturday');
    await saturday.getByLabel('From', { exact: true }).fill('11:00');
    await saturday.getByLabel('To', { exact: true }).fill('13:00');
    await saturday.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await saturday.getByLabel('From (hours 2)').fill('14:00');
    await saturday.getByLabel('To (hours 2)').fill('17:30');
    await page.getByRole('switch', { name: 'Calls on Sunday' }).uncheck();
    await day(page, 'Sunday').getByText('No calls').waitFor();

    await page.getByLabel('No answer', { exact: true }).selectOption('4');
    await page.getByLabel('Voicemail', { exact: true }).selectOption('never');
    await page.getByLabel('Most attempts').fill('5');
    await page.getByRole('radio', { name: /^Active/ }).check();
    await page.getByLabel('Webhook address').fill('https://crm.example.org/hooks/ringround');
    await page.getByText('You have changes that are not saved yet.').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'campaign-settings', { fullPage: false });
    await shoot(page, 'campaign-settings-hours', { fullPage: false, showing: day(page, 'Friday') });

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Callers get the new settings from their next call.').waitFor();

    const saved = await campaignVia(page, id);
    expect(saved).toMatchObject({
      status: 'active',
      maxAttempts: 5,
      webhookUrl: 'https://crm.example.org/hooks/ringround',
      retryRules: { no_answer: { afterHours: 4 }, busy: { afterHours: 20 }, voicemail: null },
    });
    expect(saved.callingHours.mon).toEqual([{ start: '10:00', end: '19:00' }]);
    expect(saved.callingHours.sat).toEqual([
      { start: '11:00', end: '13:00' },
      { start: '14:00', end: '17:30' },
    ]);
    expect(saved.callingHours.sun).toEqual([]);
    const row = await live.server.db('campaigns').where({ id }).first();
    expect(row.max_attempts).toBe(5);
    expect(JSON.parse(row.calling_hours).sun).toEqual([]);

    // After a reload the form shows what was kept.
    await page.reload();
    await heading(page, 'Bristol East phonebank').waitFor();
    expect(await day(page, 'Monday').getByLabel('To', { exact: true }).inputValue()).toBe('19:00');
    expect(await saturday.getByLabel('To (hours 2)').inputValue()).toBe('17:30');
    expect(await page.getByRole('switch', { name: 'Calls on Sunday' }).isChecked()).toBe(false);
    expect(await page.getByLabel('No answer', { exact: true }).inputValue()).toBe('4');
    expect(await page.getByLabel('Voicemail', { exact: true }).inputValue()).toBe('never');
    expect(await page.getByLabel('Most attempts').inputValue()).toBe('5');

    // Twilio is refused on a server without its settings, and the form says which are missing.
    await page.getByRole('radio', { name: /^Twilio/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('.choice-cards.field--invalid', { hasText: 'TWILIO_ACCOUNT_SID' }).waitFor();
    await page.getByRole('radio', { name: /^Callers’ own phones/ }).check();
    expect((await campaignVia(page, id)).telephony).toBe('phone');

    // Leaving with unsaved changes asks first; staying keeps them.
    await page.getByLabel('Most attempts').fill('6');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'All campaigns' }).click();
    expect(new URL(page.url()).pathname).toBe(`/admin/campaigns/${id}`);
    expect(await page.getByLabel('Most attempts').inputValue()).toBe('6');
    await page.getByLabel('Most attempts').fill('5');

    // The list shows it with its status and a way to each page.
    await page.getByRole('link', { name: 'All campaigns' }).click();
    await heading(page, /target seats/i).waitFor();
    const card = page.locator('.campaign-card', { hasText: 'Bristol East phonebank' });
    await card.getByText('Active', { exact: true }).waitFor();
    for (const name of ['Settings', 'Script', 'Import contacts', 'Export']) {
      await card.getByRole('link', { name: `${name} for Bristol East phonebank` }).waitFor();
    }
    await card.getByRole('link', { name: 'Choose target seats for Bristol East phonebank' }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'campaign-list');
  });

  it('previews the script with a sample contact and saves a survey question callers then get', async () => {
    const campaign = await makeCampaign(live.server, { name: 'Easton calling night' });
    await makeContacts(live.server.db, campaign.id, 1, {
      firstName: 'Grace',
      custom: { Ward: 'Lawrence Hill' },
    });
    const page = await signedInPage('organiser', 'Sam Okafor');
    // From home, one tap to this campaign's script.
    await shoot(page, 'campaign-home', { fullPage: false, showing: page.locator('.shortcuts') });
    await page.getByRole('link', { name: 'Script for Easton calling night' }).click();
    await heading(page, 'Call script and questions').waitFor();

    const body = page.getByLabel('What callers say', { exact: true });
    await body.fill('Hi ');
    await page.getByRole('button', { name: 'First name' }).first().click();
    await body.press('End');
    await body.pressSequentially(', this is ');
    await page.getByRole('button', { name: 'Caller’s name' }).first().click();
    await body.press('End');
    await body.pressSequentially('. How are things in ');
    await page.getByLabel('Custom column').fill('Ward');
    await page.getByLabel('Their Ward').fill('Easton');
    await page.getByRole('button', { name: 'Ward (custom column)' }).first().click();
    await body.press('End');
    await body.pressSequentially('?\n\nThere is **a canvass** near you on ');
    await page.getByRole('button', { name: 'Nearest session Date' }).first().click();
    expect(await body.inputValue()).toBe(
      'Hi {{first_name}}, this is {{caller_name}}. How are things in {{custom.Ward}}?\n\nThere is **a canvass** near you on {{session.date}}',
    );

    // The preview fills the fields from the sample contact, and follows edits to it.
    const preview = page.locator('.script-preview__screen');
    await preview.getByText('Hi Amira, this is Sam. How are things in Easton?').waitFor();
    await preview.locator('strong', { hasText: 'a canvass' }).waitFor();
    await page.getByLabel('First name', { exact: true }).fill('Priya');
    await preview.getByText('Hi Priya, this is Sam.', { exact: false }).waitFor();

    // A survey question: its key follows the label until typed.
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('What to ask').fill('Could you knock doors this month?');
    expect(await page.getByLabel('Key', { exact: true }).inputValue()).toBe(
      'could_you_knock_doors_this_month',
    );
    await page.getByLabel('Key', { exact: true }).fill('can_canvass');
    await page.getByRole('button', { name: 'Add an answer to question 1' }).click();
    await page.getByLabel('Answer 3 to question 1').fill('Maybe');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('What to ask').nth(1).fill('Anything we should know?');
    await page.getByRole('radio', { name: 'Written answer' }).nth(1).check();
    await page.getByRole('button', { name: 'Move question 2 up' }).click();
    await preview.getByRole('button', { name: 'Maybe' }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'campaign-script', {
      fullPage: false,
      showing: page.getByLabel('What callers say', { exact: true }),
    });
    await shoot(page, 'campaign-script-preview', { fullPage: false, showing: preview });

    await page.getByRole('button', { name: 'Save script' }).click();
    await page.getByText('Saved. Callers see the new script from their next call.').waitFor();
    const saved = await campaignVia(page, campaign.id);
    expect(saved.script.questions).toEqual([
      { key: 'anything_we_should_know', label: 'Anything we should know?', type: 'text' },
      {
        key: 'can_canvass',
        label: 'Could you knock doors this month?',
        type: 'choice',
        options: ['Yes', 'No', 'Maybe'],
      },
    ]);
    expect(saved.script.reminderBody ?? null).toBeNull();

    // What a caller is sent: the same script, filled for the real contact, with the questions.
    const caller = await joinedCaller(live.server, campaign, { name: 'Jo Marsh' });
    const socket = await connect(caller.agent);
    try {
      const next = await ask(socket, 'call.next', { campaignId: campaign.id });
      expect(next.assignment.script.body).toMatch(
        /^Hi Grace, this is Jo\. How are things in Lawrence Hill\?/,
      );
      expect(next.assignment.script.questions.map((q: { key: string }) => q.key)).toEqual([
        'anything_we_should_know',
        'can_canvass',
      ]);
      await ask(socket, 'call.release', { assignmentId: next.assignment.assignmentId });
    } finally {
      socket.close();
    }
  });

  it('shows the join link as a QR code, copies it, and keeps the webhook log', async () => {
    const campaign = await makeCampaign(live.server, { name: 'Kingswood phonebank' });
    await makeContacts(live.server.db, campaign.id, 1);
    const page = await signedInPage('organiser', 'Ruth Evans', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const setWebhook = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/campaigns/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ webhookUrl: 'http://127.0.0.1:9/ringround' }),
      });
      return res.status;
    }, campaign.id);
    expect(setWebhook).toBe(200);

    // One outcome recorded, so the delivery log has a row.
    const caller = await joinedCaller(live.server, campaign, { name: 'Lee Caller' });
    const socket = await connect(caller.agent);
    let callId: number;
    try {
      const next = await ask(socket, 'call.next', { campaignId: campaign.id });
      const done = await ask(socket, 'call.outcome', {
        assignmentId: next.assignment.assignmentId,
        outcome: 'interested',
        idempotencyKey: randomUUID(),
      });
      callId = done.callId;
    } finally {
      socket.close();
    }

    await page.goto(`${live.server.baseUrl}/admin/campaigns/${campaign.id}`);
    await heading(page, 'Kingswood phonebank').waitFor();
    const link = page.getByLabel('Join link for Kingswood phonebank');
    expect(await link.inputValue()).toBe(`${live.server.baseUrl}/join/${campaign.joinToken}`);
    const qr = page.getByRole('img', { name: 'QR code for the join link of Kingswood phonebank' });
    expect(await qr.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
    expect(await qr.locator('rect').count()).toBeGreaterThan(50);
    await page.locator('.join-panel').getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
    const download = page.getByRole('link', { name: 'Download QR (SVG)' });
    expect(await download.getAttribute('href')).toMatch(/^blob:/);
    expect(await download.getAttribute('download')).toBe('join-kingswood-phonebank.svg');

    // The webhook: secret hidden until shown, the signing header explained, the delivery listed.
    const webhook = page.locator('section.webhook');
    await webhook.getByText('x-ringround-signature: sha256=<hex>').waitFor();
    const secret = (await page.evaluate(
      async (id) =>
        ((await (await fetch(`/api/campaigns/${id}/webhook`)).json()) as { secret: string }).secret,
      campaign.id,
    )) as string;
    expect(await webhook.innerText()).not.toContain(secret);
    await webhook.getByRole('button', { name: 'Show' }).click();
    await webhook.getByText(secret).waitFor();
    const delivery = webhook.locator('tbody tr', { hasText: `#${callId!}` });
    await delivery.waitFor();
    await webhook.getByRole('button', { name: 'New secret' }).click();
    await webhook.getByRole('button', { name: 'Yes, make a new secret' }).click();
    await webhook.getByText('New secret made.').waitFor();
    expect(await webhook.innerText()).not.toContain(secret);
    expect(await seriousA11yProblems(page)).toEqual([]);

    // A new join link after a confirm; the old one stops working.
    await page.getByRole('button', { name: 'Make a new link' }).click();
    await page.getByRole('button', { name: 'Yes, make a new link' }).click();
    await page.getByText('New link made.').waitFor();
    const fresh = await link.inputValue();
    expect(fresh).not.toBe(`${live.server.baseUrl}/join/${campaign.joinToken}`);
    const old = await page.evaluate(
      async (token) => (await fetch(`/api/join/${token}`)).status,
      campaign.joinToken,
    );
    expect(old).toBe(404);
    await shoot(page, 'campaign-join-link', { fullPage: false, showing: page.locator('.join-panel') });
    await shoot(page, 'campaign-webhook', { fullPage: false, showing: webhook.locator('table') });
  });

  it('keeps the webhook and any-hour override from a coordinator', async () => {
    const campaign = await makeCampaign(live.server, {
      name: 'Redfield evenings',
      allowAnyHour: false,
      callingHours: DEFAULT_CALLING_HOURS,
    });
    const page = await signedInPage('coordinator', 'Chris Doyle', { viewport: PHONE });
    // Import and script are one tap from a coordinator's home; export and the team are not there.
    await page.getByRole('link', { name: 'Import contacts for Redfield evenings' }).waitFor();
    expect(await page.getByRole('link', { name: 'Export for Redfield evenings' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Manage the team' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Settings for Redfield evenings' }).click();
    await heading(page, 'Redfield evenings').waitFor();

    await page.getByRole('heading', { name: 'Join link' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Webhook' }).count()).toBe(0);
    expect(await page.getByLabel('Webhook address').count()).toBe(0);
    const anyHour = page.getByLabel('Allow calls at any hour');
    expect(await anyHour.isDisabled()).toBe(true);
    await page.getByText('Only an organiser can allow calls outside 08:00–21:00').waitFor();

    // The rest saves, without re-sending the organiser-only settings.
    await day(page, 'Friday').getByLabel('To', { exact: true }).fill('20:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Callers get the new settings from their next call.').waitFor();
    expect((await campaignVia(page, campaign.id)).callingHours.fri).toEqual([
      { start: '10:00', end: '20:00' },
    ]);

    // And the server refuses the override from a coordinator whatever the page shows.
    const refused = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/campaigns/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ allowAnyHour: true }),
      });
      return res.status;
    }, campaign.id);
    expect(refused).toBe(403);
    expect((await campaignVia(page, campaign.id)).allowAnyHour).toBe(false);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'campaign-settings-coordinator', { fullPage: false, showing: anyHour });
  });
});
