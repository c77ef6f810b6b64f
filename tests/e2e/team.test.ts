// The team page and invite links in a real browser against the real server: an organiser invites a
// coordinator, who opens the one-time link in their own browser, picks a name and password and lands
// signed in; the organiser then removes them and their next request is refused. Screenshots: team and
// invite (RINGROUND_SCREENSHOTS_DIR=docs/screenshots refreshes the README's).
import type { Page } from 'playwright-core';
import { signedInAs } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { browserAndServer, openPage, seriousA11yProblems, shoot, signedInPage } from './pages';

/** The status and body of a GET made by the page itself, with its cookies. */
const fetchFrom = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    return { status: res.status, body: (await res.json()) as { user?: { role: string } | null } };
  }, path);

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the team page and invite links', () => {
  const live = browserAndServer();

  it('invites a coordinator by link, who signs up and is later removed', async () => {
    const { server } = live;
    const { agent } = await signedInAs(server, 'organiser');
    const page = await signedInPage(live.browser, live.problems, server.baseUrl, agent, { locale: 'en-GB' });
    await page.goto(`${server.baseUrl}/admin/team`);
    await page.getByRole('heading', { level: 1, name: 'Organisers and coordinators' }).waitFor();
    await page.getByText('(you)').waitFor();
    await page.getByText('No invites waiting').waitFor();

    // An invite made by mistake is cancelled: its link stops working and it leaves the list.
    await page.getByLabel('Their email address').fill('wrong.person@example.org');
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    await page.getByRole('button', { name: 'Invite someone else' }).click();
    await page.getByRole('button', { name: 'Cancel invite for wrong.person@example.org' }).click();
    await page.getByText('No invites waiting').waitFor();

    await page.getByLabel('Their email address').fill('Sam.Patel@example.org');
    await page.getByRole('radio', { name: /^Coordinator/ }).check();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    await page.getByText('Invite made for sam.patel@example.org (coordinator)').waitFor();
    const url = await page.getByLabel('Their invite link').inputValue();
    expect(url).toMatch(new RegExp(`^${server.baseUrl.replace(/\./g, '\\.')}/invite#[\\w-]{20,}$`));
    await page.getByText('This link is shown only once').waitFor();
    await page
      .getByRole('list', { name: 'Invites waiting to be accepted' })
      .getByText('sam.patel@example.org')
      .waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'team');

    // Sam opens the link in their own browser, and is signed in as a coordinator.
    const sam = await openPage(live.browser, live.problems, { locale: 'en-GB' });
    await sam.goto(url);
    await sam.getByRole('heading', { level: 1, name: 'Join Ringround as coordinator' }).waitFor();
    await sam.getByText('sam.patel@example.org').waitFor();
    expect(await seriousA11yProblems(sam)).toEqual([]);
    await shoot(sam, 'invite');
    await sam.getByLabel('Your name').fill('Sam Patel');
    await sam.getByLabel('Password', { exact: true }).fill('short');
    await sam.getByRole('button', { name: 'Create my account' }).click();
    await sam.getByText('Password must be at least 12 characters').waitFor();
    await sam.getByLabel('Password', { exact: true }).fill('kettle orchard lantern pebble');
    await sam.getByRole('button', { name: 'Create my account' }).click();
    await sam.waitForURL(`${server.baseUrl}/`);
    const me = await fetchFrom(sam, '/api/me');
    expect(me.body.user?.role).toBe('coordinator');

    // The team page is for organisers: a coordinator is told so, politely.
    await sam.goto(`${server.baseUrl}/admin/team`);
    await sam.getByRole('heading', { name: 'Only organisers manage the team' }).waitFor();

    // The link worked once.
    const again = await openPage(live.browser, live.problems);
    await again.goto(url);
    await again.getByRole('heading', { level: 1, name: 'This invite link no longer works' }).waitFor();

    // The organiser removes Sam: they are signed out at once.
    await page.reload();
    const people = page.getByRole('list', { name: 'Organisers and coordinators' });
    await people.getByText('Sam Patel').waitFor();
    await page.getByText('No invites waiting').waitFor();
    await page.getByRole('button', { name: 'Remove Sam Patel' }).click();
    await page.getByRole('button', { name: 'Yes, remove Sam Patel' }).click();
    await people.getByText('Sam Patel', { exact: true }).waitFor({ state: 'detached' });
    expect(await people.getByRole('listitem').count()).toBe(1);

    const refused = await fetchFrom(sam, '/api/campaigns');
    expect(refused.status).toBe(401);
  });
});
