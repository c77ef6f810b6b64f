// Browser helpers for the e2e tests: Chromium and a test server per block of tests, a watched page per
// volunteer, joining by link, screenshots for the README, and an axe-core run.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../helpers/outside';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

export const ROOT = path.resolve(__dirname, '../..');
export const PHONE = { width: 360, height: 760 };
export const DESKTOP = { width: 1280, height: 860 };
// Each run takes the pictures; the README's copies in docs/screenshots/ change only when asked for
// (RINGROUND_SCREENSHOTS_DIR=docs/screenshots), since times and dates on screen differ every run.
const SHOTS = path.resolve(ROOT, process.env.RINGROUND_SCREENSHOTS_DIR ?? 'test-results/screenshots/calling');

/** Headless Chromium for the built client; `shots` is made ready for the screenshots. */
export function launchChromium(shots = SHOTS): Promise<Browser> {
  if (!fs.existsSync(path.join(ROOT, 'dist/client/index.html'))) {
    throw new Error('The client is not built: run `npm run build` before the browser tests.');
  }
  fs.mkdirSync(shots, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page in a fresh browser context (its own cookies: one volunteer), watched for script errors and CSP refusals. */
export async function openPage(
  browser: Browser,
  problems: string[],
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  watchForProblems(page, (problem) => problems.push(problem));
  return page;
}

/** A watched page in a fresh context that carries an API agent's session cookies: signed in as that agent. */
export async function signedInPage(
  browser: Browser,
  problems: string[],
  baseUrl: string,
  agent: { cookieHeader(): string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await openPage(browser, problems, options);
  const cookies = agent
    .cookieHeader()
    .split('; ')
    .map((pair) => {
      const i = pair.indexOf('=');
      return { name: pair.slice(0, i), value: pair.slice(i + 1), url: baseUrl };
    });
  await page.context().addCookies(cookies);
  return page;
}

/** Reports the page's script errors and CSP refusals as they happen. */
export function watchForProblems(page: Page, report: (problem: string) => void): void {
  page.on('pageerror', (err) => report(`script error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) report(msg.text());
  });
}

/** What a block of browser tests shares: its Chromium and server, and the current test's problems. */
export interface BrowserAndServer {
  browser: Browser;
  server: TestServer;
  /** Script errors and CSP refusals seen by any page in the current test. */
  problems: string[];
}

/**
 * Called inside a describe block: launches Chromium and starts a test server before its tests, closes
 * both after them, and expects each test to end without script errors or CSP refusals. `afterEachTest`
 * runs before that check.
 */
export function browserAndServer(afterEachTest?: (live: BrowserAndServer) => void): BrowserAndServer {
  const live = { problems: [] as string[] } as BrowserAndServer;
  beforeAll(async () => {
    [live.browser, live.server] = await Promise.all([launchChromium(), startTestServer()]);
  });

  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });

  beforeEach(() => {
    live.problems = [];
  });

  afterEach(() => {
    afterEachTest?.(live);
    expect(live.problems).toEqual([]);
  });
  return live;
}

/** Opens the join link, gives a name and email, and lands on the calling screen. */
export async function joinByLink(page: Page, baseUrl: string, token: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/join/${token}`);
  await page.getByLabel('Your name').fill(name);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.org`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Start calling' }).click();
  await page.waitForURL(/\/call\/\d+$/);
}

/** The first name of the person on screen, or null when a state (empty queue, ...) shows instead. */
export async function contactOnScreen(page: Page): Promise<string | null> {
  const heading = page.locator('.contact__first');
  return (await heading.count()) ? heading.textContent() : null;
}

/** Waits until nothing is in flight: the next person (or a state without one) has arrived. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.workspace[aria-busy="true"]') &&
      Boolean(document.querySelector('.workspace, .callstate')),
  );
}

/**
 * Screenshots at phone and desktop widths, for the README: the whole page, or (fullPage false) the
 * screen as a person sees it, with anything fixed to its bottom edge, scrolled to `showing` if given.
 * Throws if either width scrolls sideways, which a picture would hide by being wider than the screen.
 */
export async function shoot(
  page: Page,
  name: string,
  { fullPage = true, showing }: { fullPage?: boolean; showing?: Locator } = {},
): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    // From the top, so the sticky bar is where a person sees it; then let the layout settle.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.scrollTo(0, 0);
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
    );
    // A screen-sized picture centred on what it is about, such as the button being pressed.
    if (showing) await showing.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) throw new Error(`${name} scrolls sideways by ${overflow} px at ${viewport.width} px`);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage });
  }
  if (original) await page.setViewportSize(original);
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

const axeSource = () => fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical findings on the page once its transitions end. The source is evaluated through the
 * DevTools protocol, which the page's CSP (script-src 'self') does not govern, so the real headers stay on.
 */
export async function seriousA11yProblems(page: Page): Promise<string[]> {
  // Judge the page once it has settled: midway through a 120 ms colour transition a pressed button
  // is neither its old nor its new colours, and a fast machine runs axe inside that window.
  // Endless ones (a spinner) never finish, so only the finite ones are awaited.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
