// Signups in and outcomes out, in a real browser against the real server: an organiser previews a messy
// signup CSV's columns, checks it (nothing written), imports it with a live progress bar, downloads the
// rows that were turned down, then exports the campaign's contacts. Screenshots: contacts-import,
// contacts-import-report and export (RINGROUND_SCREENSHOTS_DIR=docs/screenshots refreshes the README's).
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { makeCampaign, signedInAs } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import type { TestServer } from '../helpers/server';
import { browserAndServer, seriousA11yProblems, shoot, signedInPage } from './pages';

const ROWS = 3000;
const BAD_ROW_INDEX = 1500; // 0-based among the data rows: spreadsheet row 1502
const DUPLICATE_OF = 2; // the last row repeats this row's phone
const OPTED_OUT = 7;

// Ofcom's drama ranges, written the way people type them: never a real person's phone.
const DRAMA = ['07700 900', '0113 496 0', '0114 496 0'];
const typedPhone = (i: number) => `${DRAMA[Math.floor(i / 1000)]}${String(i % 1000).padStart(3, '0')}`;
const e164 = (i: number) => `+44${typedPhone(i).replace(/\s/g, '').slice(1)}`;

const FIRST = ['Amira', 'Ben', 'Chidi', 'Dylan', 'Esme', 'Farah', 'Gwen', 'Harpreet', 'Iwan', 'Jade'];
const LAST = ['Haddad', 'Carter', 'Okafor', 'Jones', 'Price', 'Begum', 'Evans', 'Kaur', 'Morgan', 'Shah'];
const WARDS = ['Easton', 'Lawrence Hill', 'Eastville', 'Frome Vale'];
const POSTCODES = ['BS5 6AW', 'BS5 0SQ', 'BS5 7PU', 'BS16 3UH'];

/** A signup form's export: its own headings, a custom Ward column, one bad phone, one repeat signup. */
function messyCsv(): string {
  const lines = ['Surname,First Name,Mobile,E-mail,Post Code,Ward'];
  for (let i = 0; i < ROWS - 1; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const phone = i === BAD_ROW_INDEX ? '12345' : typedPhone(i);
    lines.push(
      `${last},${first},${phone},${first.toLowerCase()}.${i}@example.org,${POSTCODES[i % 4]},${WARDS[i % 4]}`,
    );
  }
  // The same person signing up twice: merged into one contact.
  lines.push(`${LAST[0]},Amira,${typedPhone(DUPLICATE_OF)},amira.again@example.org,BS5 6AW,Easton`);
  return lines.join('\r\n') + '\r\n';
}

const countIn = async (server: TestServer, campaignId: number) => ({
  contacts: Number((await server.db('contacts').count({ n: '*' }).first())?.n),
  queued: Number(
    (await server.db('campaign_contacts').where({ campaign_id: campaignId }).count({ n: '*' }).first())?.n,
  ),
});

/** The text of the report's count with this label. */
const countShown = (page: Page, label: string) =>
  page.locator('.import-counts__item', { has: page.locator('dt', { hasText: label }) }).locator('dd');

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('importing signups and exporting results', () => {
  const live = browserAndServer();

  it('previews, checks and imports a messy CSV, then exports the contacts', async () => {
    const { server } = live;
    const { agent } = await signedInAs(server, 'organiser');
    const campaign = await makeCampaign(server, { name: 'Bristol East autumn phonebank' });
    await server.db('opt_outs').insert({
      phone_e164: e164(OPTED_OUT),
      reason: 'Asked not to be called',
      recorded_by: null,
      created_at: Date.now(),
    });
    const before = await countIn(server, campaign.id);

    const page = await signedInPage(live.browser, live.problems, server.baseUrl, agent, {
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const progressEvents: string[] = [];
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        if (String(payload).includes('import.progress')) progressEvents.push(String(payload));
      }),
    );
    await page.goto(`${server.baseUrl}/admin/campaigns/${campaign.id}/import`);
    await page.getByRole('heading', { level: 1, name: 'Import signups' }).waitFor();
    await page.getByText('Bristol East autumn phonebank').first().waitFor();

    await page
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'messy-signups.csv', mimeType: 'text/csv', buffer: Buffer.from(messyCsv()) });

    // The mapping the server will use, column by column, and the first rows under it.
    const mapping = page.getByRole('list', { name: 'How each column will be read' });
    await mapping.waitFor();
    const readAs = await mapping
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map(
          (li) =>
            `${li.querySelector('.mapping__header')?.textContent} → ${li.querySelector('.mapping__field')?.textContent}`,
        ),
      );
    expect(readAs).toEqual([
      'Surname → Last name',
      'First Name → First name',
      'Mobile → Phone',
      'E-mail → Email',
      'Post Code → Postcode',
      'Ward → Custom field',
    ]);
    await mapping.getByText('{{custom.Ward}}').waitFor();
    const preview = page.getByRole('table', { name: 'The first 5 rows of the file' });
    expect(await preview.locator('tbody tr').count()).toBe(5);
    expect(await preview.locator('tbody tr').first().textContent()).toContain('07700 900000');
    expect(await page.getByText('We can’t find a phone column').count()).toBe(0);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'contacts-import');

    // A check reports what would happen and writes nothing.
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('heading', { name: 'What importing this file would do' }).waitFor();
    expect(await countShown(page, 'Rows read').textContent()).toBe('3,000');
    expect(await countShown(page, 'New people to add').textContent()).toBe('2,998');
    expect(await countIn(server, campaign.id)).toEqual(before);

    // The import itself: the bar fills, then the report gives exact counts and the row turned down.
    await page.getByRole('button', { name: 'Import 2,998 people' }).click();
    const bar = page.getByRole('progressbar', { name: 'Importing the file' });
    await page.getByRole('heading', { name: 'What the import did' }).waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await bar.getAttribute('aria-valuetext')).toBe('100%, 3,000 rows read');
    expect(await page.locator('.import-progress__phase').textContent()).toBe('Import finished');
    expect(await countShown(page, 'Rows read').textContent()).toBe('3,000');
    expect(await countShown(page, 'New people added').textContent()).toBe('2,998');
    expect(await countShown(page, 'Already here, updated').textContent()).toBe('0');
    expect(await countShown(page, 'Duplicate rows merged').textContent()).toBe('1Same phone number');
    expect(await countShown(page, 'Opted out').textContent()).toBe('1Imported, but never called');
    expect(await countShown(page, 'Rejected').textContent()).toBe('1');
    const rejected = page.getByRole('table', { name: 'Rejected rows' });
    expect(await rejected.locator('tbody tr').allTextContents()).toEqual([
      `${BAD_ROW_INDEX + 2}Phone: "12345" is not a phone number in GB or international form`,
    ]);
    expect(progressEvents.length).toBeGreaterThan(0);
    const earlier = page.getByRole('region', { name: 'Earlier imports' }).locator('.past-import');
    await earlier.filter({ hasText: 'messy-signups.csv' }).waitFor();
    expect(await earlier.count()).toBe(1); // the check is not an import
    expect(await earlier.textContent()).toContain('Finished 2,998 new · 1 opted out · 1 rejected');

    const after = await countIn(server, campaign.id);
    expect(after.contacts - before.contacts).toBe(2998);
    expect(after.queued - before.queued).toBe(2997); // the opted-out number is kept, never queued
    const merged = await server
      .db('contacts')
      .where({ phone_e164: e164(DUPLICATE_OF) })
      .first();
    expect(merged.email).toBe('amira.again@example.org');
    expect(JSON.parse(merged.custom)).toEqual({ Ward: 'Easton' });
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'contacts-import-report', {
      fullPage: false,
      showing: page.getByRole('heading', { name: 'What the import did' }),
    });

    // The rejected row, as it was in the file, after its row number and the problem.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the rejected rows as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('messy-signups-rejected-rows.csv');
    const lines = fs
      .readFileSync((await file.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Row,Problem,Surname,First Name,Mobile,E-mail,Post Code,Ward');
    const first = FIRST[BAD_ROW_INDEX % FIRST.length]!;
    expect(lines[1]).toBe(
      `${BAD_ROW_INDEX + 2},"Phone: ""12345"" is not a phone number in GB or international form",` +
        `${LAST[(BAD_ROW_INDEX * 7) % LAST.length]},${first},12345,${first.toLowerCase()}.${BAD_ROW_INDEX}@example.org,` +
        `${POSTCODES[BAD_ROW_INDEX % 4]},${WARDS[BAD_ROW_INDEX % 4]}`,
    );
    expect(lines.filter(Boolean)).toHaveLength(2);

    // Outcomes out: the contacts export, as Excel wants it (with a byte-order mark).
    await page.goto(`${server.baseUrl}/admin/campaigns/${campaign.id}/export`);
    await page.getByRole('heading', { level: 1, name: 'Export results' }).waitFor();
    await page.getByText('Every export is written to the audit log', { exact: false }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'export');
    const exported = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download contacts CSV' }).click();
    const csv = fs.readFileSync((await (await exported).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(rows[0]).toBe(
      'external_id,first_name,last_name,phone,email,postcode,constituency,status,attempts,last_outcome,' +
        'last_called_at,last_caller,booked_session_id,booked_session_title,booked_session_starts_at,notes',
    );
    const amira = rows.find((r) => r.includes(e164(0)));
    expect(amira).toMatch(
      new RegExp(`^,Amira,Haddad,\\${e164(0)},amira\\.0@example\\.org,BS5 6AW,[A-Z][^,]+,queued,0,,,,,,,$`),
    );
    expect(rows.filter(Boolean)).toHaveLength(1 + 2997); // the opted-out contact is in no queue
  });
});
