// The three ways to call, in a real browser against the real server: through the browser (Twilio, with the
// Voice SDK replaced by tests/fakes/voiceSdk.ts, which the test plays as the far end), simulated, and the
// volunteer's own phone. Takes the README's browser-call screenshots.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { ProviderStatus } from '../../protocol';
import type { FakeVoiceHook } from '../fakes/voiceSdk';
import { livingAt, makeCampaign, makeContacts, makeSession } from '../helpers/factories';
import { CHROMIUM_PATH, describeWith, hasChromium } from '../helpers/outside';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { PHONE, ROOT, joinByLink, launchChromium, openPage, seriousA11yProblems, shoot } from './pages';

const run = promisify(execFile);

// Made-up Twilio settings: the server signs tokens with them but nothing here reaches Twilio.
const TWILIO_ENV = {
  TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
  TWILIO_API_KEY: `SK${'2'.repeat(32)}`,
  TWILIO_API_SECRET: 'not-a-real-secret',
  TWILIO_AUTH_TOKEN: 'not-a-real-auth-token',
  TWILIO_TWIML_APP_SID: `AP${'3'.repeat(32)}`,
  TWILIO_CALLER_ID: '+441174960000',
  PUBLIC_URL: 'http://127.0.0.1',
  // The simulation answers every call, quickly.
  SIMULATED_ANSWER_RATE: '1',
  SIMULATED_RING_MS: '700',
  SIMULATED_CALL_MS: '1500',
};

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const callLine = (page: Page) => page.locator('.callline__text');
const fake = <T>(page: Page, read: (voice: FakeVoiceHook) => T) =>
  page.evaluate(`(${read.toString()})(window.__fakeVoice)`) as Promise<T>;

describeWith(
  'chromium',
  hasChromium(),
  `no ${CHROMIUM_PATH}`,
)('calling through Ringround', () => {
  let browser: Browser;
  let server: TestServer;
  let clientDir: string;
  let problems: string[] = [];
  // A stand-in for Twilio's REST API: every Message is accepted, and kept for the test to read.
  const texts: URLSearchParams[] = [];
  const twilioApi = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      texts.push(new URLSearchParams(body));
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sid: `SM${String(texts.length).padStart(32, '0')}`, status: 'queued' }));
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => twilioApi.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(twilioApi.address() as AddressInfo).port}`;
    // The client with the fake Voice SDK, built into a directory of its own and served from there.
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-fake-voice-'));
    await run('npx', ['vite', 'build', '--config', 'client/vite.config.mts', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, RINGROUND_FAKE_VOICE_SDK: '1', RINGROUND_CLIENT_OUT: clientDir },
    });
    [browser, server] = await Promise.all([
      launchChromium(),
      startTestServer({ env: { ...TWILIO_ENV, TWILIO_API_BASE: apiBase, CLIENT_DIR: clientDir } }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    twilioApi.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    problems = [];
  });

  afterEach(() => expect(problems).toEqual([]));

  /** A campaign with these people (living at postcode) queued in order; returns it and their numbers. */
  async function campaignWith(
    telephony: 'phone' | 'twilio' | 'simulated',
    names: string[],
    withhold = false,
    postcode = 'BS5 6AA',
  ) {
    const campaign = await makeCampaign(server, {
      name: 'Bristol East phonebank',
      telephony,
      withholdNumber: withhold,
    });
    const phones: string[] = [];
    const home = await livingAt(server, postcode);
    for (const [i, firstName] of names.entries()) {
      const [id] = await makeContacts(server.db, campaign.id, 1, { firstName, lastName: 'Shah', ...home });
      await server
        .db('campaign_contacts')
        .where({ contact_id: id })
        .update({ priority: names.length - i });
      phones.push((await server.db('contacts').where({ id }).first()).phone_e164 as string);
    }
    return { campaign, phones };
  }

  async function callerOn(campaign: { joinToken: string }, name: string, first: string, phone = false) {
    const page = await openPage(browser, problems, phone ? { viewport: PHONE, hasTouch: true } : {});
    await joinByLink(page, server.baseUrl, campaign.joinToken, name);
    await page.getByRole('button', { name: 'Skip to a real call' }).click();
    await heading(page, new RegExp(first)).waitFor();
    return page;
  }

  /** The server's word on the call, as Twilio's status callbacks would bring it. */
  function pushStatus(assignmentId: number, status: ProviderStatus, durationSeconds: number | null = null) {
    for (const socket of server.app.io.sockets.sockets.values()) {
      socket.emit('telephony.status', { assignmentId, status, durationSeconds });
    }
  }

  /** The assignment id of the person a campaign's caller now holds. */
  const heldBy = async (campaignId: number, name: string) =>
    (
      await server
        .db('campaign_contacts')
        .join('contacts', 'contacts.id', 'campaign_contacts.contact_id')
        .where({
          'campaign_contacts.campaign_id': campaignId,
          'contacts.first_name': name,
          'campaign_contacts.status': 'claimed',
        })
        .first('campaign_contacts.id')
    ).id as number;

  it('calls from the browser: ringing, answered, timer, mute, keypad, hang up, and never the number', async () => {
    const { campaign, phones } = await campaignWith('twilio', ['Priya', 'Tom']);
    const page = await callerOn(campaign, 'Rosa Diaz', 'Priya');
    const [priyaPhone] = phones as [string];
    const neverShown = async () => {
      const html = await page.content();
      expect(html).not.toContain(priyaPhone);
      expect(html).not.toContain(priyaPhone.slice(3)); // the national digits, without +44 or 0
    };

    expect(await page.locator('.dial__number').textContent()).toMatch(/^•+[•\s]+\d{3}$/);
    expect(await page.getByRole('link', { name: /Call Priya/ }).count()).toBe(0);
    await neverShown();
    const assignmentId = await heldBy(campaign.id, 'Priya');

    await page.getByRole('button', { name: 'Call Priya' }).click();
    await page.waitForFunction(
      () => (window as never as { __fakeVoice: FakeVoiceHook }).__fakeVoice.connects.length === 1,
    );
    expect(await fake(page, (v) => v.connects)).toEqual([{ assignmentId: String(assignmentId) }]);
    expect(await fake(page, (v) => v.devices.map((d) => d.options))).toEqual([
      { codecPreferences: ['opus', 'pcmu'], closeProtection: true },
    ]);
    await callLine(page).filter({ hasText: 'Calling Priya…' }).waitFor();
    await fake(page, (v) => v.ring());
    await callLine(page).filter({ hasText: 'Ringing Priya…' }).waitFor();
    await fake(page, (v) => v.accept());
    await callLine(page).filter({ hasText: 'On the call with Priya' }).waitFor();
    const timer = page.getByRole('timer', { name: 'Call time' });
    expect(await timer.textContent()).toMatch(/^0:0[01]$/);
    await timer.filter({ hasText: /^0:0[2-9]$/ }).waitFor();

    await page.getByRole('button', { name: 'Mute' }).click();
    expect(await fake(page, (v) => v.muted)).toBe(true);
    await page.getByText('You’re muted: Priya can’t hear you.').waitFor();
    await page.getByRole('button', { name: 'Unmute' }).click();
    expect(await fake(page, (v) => v.muted)).toBe(false);

    await page.getByRole('button', { name: 'Keypad' }).click();
    const keypad = page.getByRole('group', { name: 'Keypad' });
    await keypad.getByRole('button', { name: '1', exact: true }).click();
    // A digit typed in the keypad is a tone, not the outcome shortcut it is elsewhere.
    await keypad.getByRole('button', { name: 'Hash' }).press('2');
    expect(await fake(page, (v) => v.digits)).toBe('12');
    expect(await page.locator('.pad__button[aria-pressed="true"]').count()).toBe(0);
    await keypad.getByText('Sent 12').waitFor();
    pushStatus(assignmentId, 'answered');
    await neverShown();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await shoot(page, 'browser-call', { fullPage: false, showing: page.locator('.voice') });

    await page.getByRole('button', { name: 'Hang up' }).click();
    expect(await fake(page, (v) => v.disconnects)).toBe(1);
    await callLine(page).filter({ hasText: 'Call ended' }).waitFor();
    await page.getByRole('button', { name: 'Call Priya again' }).waitFor();
    await page.getByRole('button', { name: 'Interested', exact: true }).click();
    await page.getByRole('button', { name: 'Save and call the next person' }).click();
    await heading(page, /Tom/).waitFor();
    expect(await fake(page, (v) => v.destroyed)).toBe(1);
    const calls = await server.db('calls').where({ campaign_id: campaign.id });
    expect(calls.map((c) => c.outcome)).toEqual(['interested']);

    // Tom's line is busy, as Twilio's status callback says: the line says so and Busy is chosen.
    const tomId = await heldBy(campaign.id, 'Tom');
    await page.getByRole('button', { name: 'Call Tom' }).click();
    await callLine(page).filter({ hasText: 'Calling Tom…' }).waitFor();
    await fake(page, (v) => v.accept());
    pushStatus(tomId, 'busy', 0);
    await fake(page, (v) => v.hangUp());
    await callLine(page).filter({ hasText: 'Tom’s line is busy' }).waitFor();
    expect(await page.getByRole('button', { name: 'Busy', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('says how to allow the microphone when it is refused, and offers the own phone instead', async () => {
    const { campaign, phones } = await campaignWith('twilio', ['Grace'], true);
    const page = await callerOn(campaign, 'Sam Okafor', 'Grace', true);
    // Before the SDK loads: the fake keeps what it finds.
    await page.evaluate(
      () => void ((window as never as { __fakeVoice: object }).__fakeVoice = { refuseMicrophone: true }),
    );
    await page.getByRole('button', { name: 'Call Grace' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'can’t use your microphone' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('choose Allow for microphone');
    expect(await page.content()).not.toContain(phones[0]!.slice(3));
    await shoot(page, 'browser-call-microphone', { fullPage: false, showing: alert });

    await alert.getByRole('button', { name: 'Call from your own phone instead' }).click();
    const dial = page.getByRole('link', { name: 'Call Grace' });
    await dial.waitFor();
    // Withheld: 141, then the number as a UK phone dials it.
    expect(await dial.getAttribute('href')).toBe(`tel:1410${phones[0]!.slice(3)}`);
    await page.getByText('shown for this call only').waitFor();
    await page.getByText('Your number is withheld').waitFor();
    const audit = await server.db('audit_log').where({ action: 'telephony.fallback' });
    expect(audit).toHaveLength(1);
  });

  it('names network and other Twilio errors by their codes, and refreshes the token before it expires', async () => {
    const { campaign } = await campaignWith('twilio', ['Owen']);
    const page = await callerOn(campaign, 'Ana Keys', 'Owen');
    await page.getByRole('button', { name: 'Call Owen' }).click();
    await callLine(page).filter({ hasText: 'Calling Owen…' }).waitFor();
    await fake(page, (v) => v.accept());
    await fake(page, (v) => v.tokenWillExpire());
    await page.waitForFunction(
      () => (window as never as { __fakeVoice: FakeVoiceHook }).__fakeVoice.updatedTokens.length === 1,
    );
    await fake(page, (v) => v.callError(31005, 'Connection error'));
    const alert = page.getByRole('alert').filter({ hasText: 'error 31005' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Check your internet connection');
    await alert.getByRole('button', { name: 'Call from your own phone instead' }).waitFor();
    await callLine(page).filter({ hasText: 'Call ended' }).waitFor();

    // Between calls, the device itself fails: a signalling error, then one with no special meaning.
    await fake(page, (v) => v.deviceError(53000, 'Signaling connection error'));
    await page.getByRole('alert').filter({ hasText: 'error 53000' }).waitFor();
    await fake(page, (v) => v.deviceError(31486, 'Busy here'));
    await page.getByRole('alert').filter({ hasText: 'Busy here (Twilio error 31486)' }).waitFor();
  });

  it('plays a simulated call out on the real server, labelled as one', async () => {
    const { campaign } = await campaignWith('simulated', ['Priya', 'Tom']);
    const page = await callerOn(campaign, 'Ben Taps', 'Priya', true);
    await page.getByText('Simulated', { exact: true }).waitFor();
    await page.getByText('no real phone rings').waitFor();
    await page.getByRole('button', { name: 'Simulate call' }).click();
    const refused = page.getByRole('alert');
    await Promise.race([callLine(page).filter({ hasText: 'Ringing Priya…' }).waitFor(), refused.waitFor()]);
    if (await refused.count()) {
      throw new Error(`the server did not play the simulated call: ${await refused.textContent()}`);
    }
    await callLine(page).filter({ hasText: 'On the call with Priya (simulated)' }).waitFor();
    await page.getByRole('timer', { name: 'Call time' }).waitFor();
    await shoot(page, 'simulated-call', { fullPage: false, showing: page.locator('.dial') });
    await callLine(page).filter({ hasText: 'Call ended (simulated)' }).waitFor();
    await page.getByRole('button', { name: 'No answer', exact: true }).click();
    await page.getByRole('button', { name: 'Save and call the next person' }).click();
    await heading(page, /Tom/).waitFor();

    // Hung up while it rings.
    await page.getByRole('button', { name: 'Simulate call' }).click();
    await callLine(page).filter({ hasText: 'Ringing Tom…' }).waitFor();
    await page.getByRole('button', { name: 'Hang up' }).click();
    await callLine(page)
      .filter({ hasText: /Hung up before they answered|Call ended/ })
      .waitFor();
    await page.getByRole('button', { name: 'Simulate again' }).waitFor();
  });

  it('dials from the volunteer’s own phone with 141 first when the number is withheld', async () => {
    const { campaign, phones } = await campaignWith('phone', ['Grace'], true);
    const page = await callerOn(campaign, 'Rosa Diaz', 'Grace', true);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const national = `0${phones[0]!.slice(3)}`;
    expect(await page.getByRole('link', { name: 'Call Grace' }).getAttribute('href')).toBe(
      `tel:141${national}`,
    );
    await page.getByText('Your number is withheld: 141 is dialled first, so Grace won’t see it.').waitFor();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Number copied.').waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\s/g, '')).toBe(national);
    await shoot(page, 'own-phone-call', { fullPage: false, showing: page.locator('.dial') });
  });

  it('sends the follow-up as a text from the campaign’s number, with its delivery status', async () => {
    const { campaign, phones } = await campaignWith('twilio', ['Priya', 'Tom'], false, 'BS5 7XY');
    await makeSession(server, { title: 'Doors in Easton', postcode: 'BS5 6AA', inDays: 3 });
    const page = await callerOn(campaign, 'Rosa Diaz', 'Priya', true);
    await page.getByRole('button', { name: /Doors in Easton/ }).click();
    await page.getByRole('button', { name: 'Save and call the next person' }).click();
    const panel = page.getByRole('region', { name: 'Send Priya the details' });
    await panel.waitFor();
    await heading(page, /Tom/).waitFor();
    // Her number stays private: no WhatsApp or own-phone text, which would need it.
    expect(await panel.getByRole('link', { name: 'Open in WhatsApp' }).count()).toBe(0);
    await panel.getByText('number stays private').waitFor();
    const message = await panel.getByLabel('Message to Priya').inputValue();
    await panel.getByRole('button', { name: 'Send as a text from the campaign’s number' }).click();
    await panel.getByText('Queued: it goes in a moment.').waitFor();
    expect(texts.at(-1)?.get('To')).toBe(phones[0]);
    expect(texts.at(-1)?.get('Body')).toBe(message);
    expect(await panel.getByRole('button', { name: 'Sent as a text' }).isDisabled()).toBe(true);

    const sms = await server.db('sms_messages').orderBy('id', 'desc').first();
    for (const socket of server.app.io.sockets.sockets.values()) {
      socket.emit('followup.sms_status', { messageId: sms.id, status: 'delivered', error: null });
    }
    await panel.getByText('Delivered to Priya’s phone.').waitFor();
    expect(await page.content()).not.toContain(phones[0]!.slice(3));
    expect(await seriousA11yProblems(page)).toEqual([]);
    await shoot(page, 'follow-up-text', { fullPage: false, showing: panel });
  });
});
