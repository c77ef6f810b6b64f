// The client shell in a real browser against the real server: signing in and out, first-organiser
// setup, and the 360 px phone layout. Screenshots land in test-results/screenshots/ for a human eye.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { startTestServer } from '../helpers/server';
import { launchChromium, watchForProblems } from './pages';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const ADMIN = { email: 'dana@example.org', password: 'correct-horse-battery-staple' };
const PHONE = { width: 360, height: 760 };
const DESKTOP = { width: 1280, height: 860 };

let browser: Browser;
let stopServer: (() => Promise<void>) | null = null;
/** Script errors and CSP refusals seen by any page in the current test. */
let problems: string[] = [];

async function serve(opts: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(opts);
  stopServer = () => server.close();
  return server;
}

/** A page in a fresh browser context, watched for script errors and CSP refusals. */
async function openPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  watchForProblems(page, (problem) => problems.push(problem));
  return page;
}

async function shoot(page: Page, name: string, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true });
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('the client shell', () => {
  beforeAll(async () => {
    browser = await launchChromium(SHOTS);
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(() => {
    problems = [];
  });

  afterEach(async () => {
    await stopServer?.();
    stopServer = null;
    expect(problems).toEqual([]);
  });

  it('sends a signed-out visitor to sign in, shows a wrong password, then signs in and out', async () => {
    const server = await serve({ admin: ADMIN });
    const page = await openPage();

    await page.goto(`${server.baseUrl}/`);
    await heading(page, 'Sign in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(await page.title()).toBe('Sign in · Ringround');
    await shoot(page, 'signin', PHONE);
    await shoot(page, 'signin', DESKTOP);

    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('not-my-password-at-all');
    const refused = page.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const answer = (await (await refused).json()) as { error: string; message: string };
    expect(answer.error).toBe('invalid_credentials');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(answer.message);
    await shoot(page, 'signin-wrong-password', PHONE);

    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, /^Welcome, /).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const me = (await page.evaluate(() => fetch('/api/me').then((r) => r.json()))) as {
      user: { name: string };
    };
    await page.locator('.topbar').getByText(me.user.name, { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Campaigns' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.goto(`${server.baseUrl}/`);
    await heading(page, 'Sign in').waitFor();
  });

  it('creates the first organiser from the setup link, which then says it has been used', async () => {
    const server = await serve();
    expect(server.setupLink).toBeTruthy();
    const setupLink = server.setupLink!;
    const page = await openPage(PHONE);

    await page.goto(`${server.baseUrl}/`);
    await heading(page, 'Open your setup link').waitFor();

    await page.goto(setupLink);
    await heading(page, 'Set up Ringround').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'setup', PHONE);
    await shoot(page, 'setup', DESKTOP);

    await page.getByLabel('Your name').fill('Sam Okafor');
    await page.getByLabel('Email address').fill('sam@example.org');
    await page.getByLabel('Password', { exact: true }).fill('too short');
    await page.getByRole('button', { name: 'Create organiser account' }).click();
    await page.getByText('Password must be at least 12 characters').waitFor();
    await shoot(page, 'setup-short-password', PHONE);

    await page.getByLabel('Password', { exact: true }).fill('three unrelated words');
    await page.getByRole('button', { name: 'Create organiser account' }).click();
    await heading(page, 'Welcome, Sam').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('Sam Okafor', { exact: true }).first().waitFor();
    await shoot(page, 'organiser-home', DESKTOP);
    await shoot(page, 'organiser-home', PHONE);

    await page.goto(setupLink);
    await heading(page, 'This setup link has been used').waitFor();

    const stranger = await openPage();
    await stranger.goto(setupLink);
    await heading(stranger, 'This setup link has been used').waitFor();
    await stranger.getByRole('link', { name: 'Go to sign in' }).click();
    await heading(stranger, 'Sign in').waitFor();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const server = await serve({ admin: ADMIN });
    const page = await openPage(PHONE);

    await page.goto(`${server.baseUrl}/signin`);
    await heading(page, 'Sign in').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`${server.baseUrl}/no/such/page`);
    await heading(page, 'We can’t find that page').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${server.baseUrl}/signin`);
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, /^Welcome, /).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Every control a thumb has to hit is at least 44 px tall.
    const heights = await page.$$eval('button, a.button', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
});
