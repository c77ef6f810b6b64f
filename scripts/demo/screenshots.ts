// Pictures of a running demo's live dashboard for the README, taken in headless Chromium signed in
// as the coordinator: `npx tsx scripts/demo/screenshots.ts <base URL> <email> <password> <campaign id>`.
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.resolve(ROOT, process.env.RINGROUND_SCREENSHOTS_DIR ?? 'docs/screenshots');

async function main(): Promise<void> {
  const [base, email, password, campaignId] = process.argv.slice(2);
  if (!base || !email || !password || !campaignId) {
    throw new Error('usage: screenshots.ts <base URL> <email> <password> <campaign id>');
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  try {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 760 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${base}/signin`);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
      await page.goto(`${base}/dashboard/${campaignId}`);
      await page.getByText('Live', { exact: true }).waitFor();
      // Until a call is saved while watching, so "Just saved" shows the night moving.
      await page.locator('.dash-recent__item').first().waitFor({ timeout: 90_000 });
      const file = path.join(SHOTS, `demo-dashboard-${viewport.width}.png`);
      // The whole page on a desktop; on a phone, the first two screens (the whole is ~4,700 px tall).
      const phone = viewport.width < 600;
      await page.screenshot({
        path: file,
        fullPage: true,
        ...(phone ? { clip: { x: 0, y: 0, width: viewport.width, height: viewport.height * 2 } } : {}),
      });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
