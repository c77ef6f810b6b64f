import { randomUUID } from 'node:crypto';
import { ask, connect } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeUser, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { Readable } from 'node:stream';
import { addOptOut } from '../../server/store/optOuts';
import { upsertContacts } from '../../server/store/contacts';
import { importContacts } from '../../server/transfer/importContacts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { IMPORT_MAX_MB: '1' } });
});
afterAll(() => server.close());

const csv = (lines: string[], eol = '\r\n') => lines.join(eol) + eol;

describe('importing signups', () => {
  it('matches headers by alias, keeps unknown columns, normalises phones and reports bad rows by row number', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'organiser');
    const body = csv([
      '\uFEFFFirst Name;SURNAME;Mobile;post code;E-mail;Ward;Signed up',
      'Asha;Khan;07700 900001;bs5 6aa;asha@example.org;Easton;2026-11-01',
      'Ben;;+44 117 496 0002;OX2;;Jericho;',
      'Cat;Lee;12345;BS5 6AA;;Easton;',
      'Dev;Rao;07700 900004;BS5 6AA;not-an-email;Easton;',
      ';NoFirst;07700 900005;;;;',
      'Eve;"Multi\r\nLine";07700 900006;ZZ9 9ZZ;;"Ward with ""quotes""";',
      'Asha;Khan-Smith;07700900001;BS5 6AA;;Easton;',
    ]);
    const dry = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts?dryRun=1`, body, {
      'content-type': 'text/csv',
    });
    expect(dry.body).toEqual({
      received: 7,
      imported: 3,
      updated: 0,
      duplicates: 1,
      optedOut: 0,
      rejected: [
        { line: 4, reason: 'phone: "12345" is not a phone number in GB or international form' },
        { line: 5, reason: 'email: "not-an-email" is not an email address' },
        { line: 6, reason: 'first_name: missing' },
      ],
    });
    expect(await server.db('campaign_contacts').where({ campaign_id: campaign.id })).toHaveLength(0);

    const real = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, body, {
      'content-type': 'text/csv',
    });
    expect(real.body).toMatchObject({ received: 7, imported: 3, duplicates: 1 });
    const asha = await server.db('contacts').where({ phone_e164: '+447700900001' }).first();
    expect(asha).toMatchObject({
      first_name: 'Asha',
      last_name: 'Khan-Smith',
      postcode: 'BS5 6AA',
      geo_precision: 'sector',
      constituency_code: 'E14001133',
    });
    expect(JSON.parse(asha.custom)).toEqual({ Ward: 'Easton', 'Signed up': '2026-11-01' });
    const eve = await server.db('contacts').where({ phone_e164: '+447700900006' }).first();
    expect(eve).toMatchObject({ last_name: 'Multi\r\nLine', geo_precision: 'none', lat: null });
    expect(JSON.parse(eve.custom).Ward).toBe('Ward with "quotes"');
    expect(await server.db('campaign_contacts').where({ campaign_id: campaign.id })).toHaveLength(3);

    // A rerun merges by phone: nothing new, nothing queued twice.
    const again = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, body, {
      'content-type': 'text/csv',
    });
    expect(again.body).toMatchObject({ imported: 0, updated: 3 });
    expect(await server.db('campaign_contacts').where({ campaign_id: campaign.id })).toHaveLength(3);
  });

  // Found by the CSV fuzz on Postgres, which refuses a value wider than its column and so failed
  // the whole batch with a 500; SQLite stored it. Now both reject just that row, with the reason.
  it('rejects a value wider than its column by row, keeping the rest of the batch', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'organiser');
    const body = csv([
      'first name,last name,phone,postcode,id',
      'Ann,Long,07700 900201,+1 0000000000,',
      `${'N'.repeat(201)},,07700 900202,,`,
      `Bo,${'é'.repeat(201)},07700 900203,,`,
      `Cy,,07700 900204,,${'9'.repeat(201)}`,
      `Di,${'é'.repeat(200)},07700 900205,BS5 6AA,${'9'.repeat(200)}`,
    ]);
    const res = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, body, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      received: 5,
      imported: 1,
      rejected: [
        { line: 2, reason: 'postcode: longer than 12 characters' },
        { line: 3, reason: 'first_name: longer than 200 characters' },
        { line: 4, reason: 'last_name: longer than 200 characters' },
        { line: 5, reason: 'external_id: longer than 200 characters' },
      ],
    });
    const di = await server.db('contacts').where({ phone_e164: '+447700900205' }).first();
    expect(di.last_name).toBe('é'.repeat(200));
  });

  it('imports an opted-out phone but never queues it, and reads tabs and multipart uploads', async () => {
    const campaign = await makeCampaign(server);
    await addOptOut(server.db, '+447700900101', 'asked', null, Date.now());
    const { agent } = await signedInAs(server, 'coordinator');
    const tsv = csv(['firstname\tphone', 'Opted\t07700 900101', 'Fine\t07700 900102'], '\n');
    const form = new FormData();
    form.append('file', new Blob([tsv], { type: 'text/csv' }), 'signups.tsv');
    const res = await fetch(`${server.baseUrl}/api/campaigns/${campaign.id}/contacts`, {
      method: 'POST',
      headers: { cookie: agent.cookieHeader(), 'x-csrf-token': agent.csrf!, origin: server.baseUrl },
      body: form,
    });
    expect(await res.json()).toMatchObject({ received: 2, imported: 2, optedOut: 1, rejected: [] });
    const queued = await server
      .db('campaign_contacts as cc')
      .join('contacts as c', 'c.id', 'cc.contact_id')
      .where('cc.campaign_id', campaign.id)
      .pluck('c.phone_e164');
    expect(queued).toEqual(['+447700900102']);
  });

  it('refuses a file over the size limit with 413 too_large, and callers with 403', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'organiser');
    const big = 'first name,phone\r\n' + 'A,07700 900123\r\n'.repeat(80_000);
    const r = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, big, {
      'content-type': 'text/csv',
    });
    expect([r.status, r.body.error]).toEqual([413, 'too_large']);
    const { agent: caller } = await joinedCaller(server, campaign);
    const c = await caller.req(
      'POST',
      `/api/campaigns/${campaign.id}/contacts`,
      'first name,phone\r\nA,07700900123\r\n',
      { 'content-type': 'text/csv' },
    );
    expect(c.status).toBe(403);
  });
});

/** One CSV line: cells quoted only when they hold the separator, a quote or a line break. */
const line = (cells: string[], sep: string) =>
  cells.map((c) => (c.includes(sep) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep);

/** A signup file as real ones arrive: five ways of typing a UK mobile, blanks, repeats, junk. */
function messySignups(block: number, sep: string): string {
  const p = (n: number) => String(block + n); // the last 6 digits of 07700 9xxxxx
  const rows = [
    ['First Name', 'Surname', 'Mobile', 'Post Code', 'E-mail', 'Member ID', 'Ward'], // row 1
    ['Asha', 'Khan', `07700 ${p(23)}`, 'bs5 6aa', 'Asha@Example.org', 'M1', 'Easton'],
    ['Ben', 'Jones', `07700${p(24)}`, 'OX2 6AA', '', 'M2', ''],
    ['Cat', 'Lee', `+44 7700 ${p(25)}`, '', 'cat@example.org', '', ''],
    ['Dev', 'Rao', `0044 7700 ${p(26)}`, '', '', '', ''],
    ['Eve', 'Ng', `(07700) ${p(27).slice(0, 3)}-${p(27).slice(3)}`, '', '', '', ''],
    ['Fay', 'Smith', `+1 212 555 0${(block / 100) % 10}00`, '10001', '', '', ''], // row 7: US
    [], // row 8: an empty line
    ['Asha', 'Khan-Smith', `+447700${p(23)}`, '', '', '', ''], // row 9: Asha again
    ['Oona', '', `07700 ${p(50)}`, '', '', '', 'Lawrence Hill'], // row 10: already a contact
    ['Opted', 'Out', `07700 ${p(60)}`, '', '', '', ''], // row 11: on the opt-out list
    ['=HYPERLINK("http://x","y")', 'Formula', `07700 ${p(61)}`, '', '', '', ''],
    ['Gil', 'Multi\r\nLine', `07700 ${p(62)}`, '', '', '', 'Ward "quoted", here'],
    ['Hal', 'Bad', `07700 ${p(63)}`, '', 'not-an-email', '', ''], // row 14
    ['Ian', 'Bad', '12345', '', '', '', ''], // row 15
    ['', 'NoName', `07700 ${p(64)}`, '', '', '', ''], // row 16
    ['Jo', 'NoPhone', '', '', '', '', ''], // row 17
    ['', '', '', '', '', '', ''], // row 18: a spreadsheet's trailing empty row
    ['Kim', 'Again', `07700${p(24)}`, '', '', '', ''], // row 19: Ben's phone
  ];
  return '\uFEFF' + rows.map((r) => line(r, sep)).join('\r\n') + '\r\n';
}

describe('a messy signup file', () => {
  it.each([
    ['commas', ',', 1],
    ['semicolons', ';', 2],
    ['tabs', '\t', 3],
  ])(
    'with %s: exact counts, each bad row by number, merges by phone, never queues an opt-out',
    async (_, sep, k) => {
      const block = 900000 + k * 100; // 07700 9001xx, 9002xx, 9003xx: each variant its own phones
      const e164 = (n: number) => `+447700${block + n}`;
      const campaign = await makeCampaign(server);
      const { agent } = await signedInAs(server, 'organiser');
      await upsertContacts(
        server.db,
        [
          {
            externalId: null,
            firstName: 'Old',
            lastName: 'Person',
            phone: e164(50),
            email: 'keep@example.org',
            postcode: null,
            custom: { Branch: 'North' },
          },
        ],
        Date.now(),
      );
      await addOptOut(server.db, e164(60), 'asked', null, Date.now());
      const contactsBefore = (await server.db('contacts').count({ n: '*' }))[0]!.n;
      const body = messySignups(block, sep);
      const expected = {
        received: 16,
        imported: 9,
        updated: 1,
        duplicates: 2,
        optedOut: 1,
        rejected: [
          { line: 14, reason: 'email: "not-an-email" is not an email address' },
          { line: 15, reason: 'phone: "12345" is not a phone number in GB or international form' },
          { line: 16, reason: 'first_name: missing' },
          { line: 17, reason: 'phone: missing' },
        ],
      };
      const post = (query = '') =>
        agent.req('POST', `/api/campaigns/${campaign.id}/contacts${query}`, body, {
          'content-type': 'text/csv',
        });

      const dry = await post('?dryRun=1');
      expect([dry.status, dry.body]).toEqual([200, expected]);
      expect((await server.db('contacts').count({ n: '*' }))[0]!.n).toEqual(contactsBefore);
      expect(await server.db('campaign_contacts').where({ campaign_id: campaign.id })).toHaveLength(0);

      const real = await post();
      expect([real.status, real.body]).toEqual([200, expected]);
      const contact = (phone: string) => server.db('contacts').where({ phone_e164: phone }).first();
      expect(await contact(e164(23))).toMatchObject({
        first_name: 'Asha',
        last_name: 'Khan-Smith', // the later row wins...
        email: 'asha@example.org', // ...and what it leaves blank, the earlier row keeps
        postcode: 'BS5 6AA',
        external_id: 'M1',
      });
      for (const n of [24, 25, 26, 27]) expect(await contact(e164(n))).toBeDefined();
      expect(await contact(`+12125550${k}00`)).toMatchObject({ first_name: 'Fay' });
      const oona = await contact(e164(50));
      expect(oona).toMatchObject({ first_name: 'Oona', last_name: 'Person', email: 'keep@example.org' });
      expect(JSON.parse(oona.custom)).toEqual({ Branch: 'North', Ward: 'Lawrence Hill' });
      expect(await contact(e164(61))).toMatchObject({ first_name: '=HYPERLINK("http://x","y")' });
      const gil = await contact(e164(62));
      expect(gil.last_name).toBe('Multi\r\nLine');
      expect(JSON.parse(gil.custom)).toEqual({ Ward: 'Ward "quoted", here' });
      expect(await contact(e164(63))).toBeUndefined();
      expect(await contact(e164(64))).toBeUndefined();

      const queued = await server
        .db('campaign_contacts as cc')
        .join('contacts as c', 'c.id', 'cc.contact_id')
        .where('cc.campaign_id', campaign.id)
        .pluck('c.phone_e164');
      expect(queued).toHaveLength(9);
      expect(queued).toContain(e164(50));
      expect(queued).not.toContain(e164(60));
      expect(await contact(e164(60))).toMatchObject({ first_name: 'Opted' });

      // The same file again: every phone is known now, nothing is queued twice.
      const again = await post();
      expect(again.body).toEqual({ ...expected, imported: 0, updated: 10 });
      expect(await server.db('campaign_contacts').where({ campaign_id: campaign.id })).toHaveLength(9);
    },
  );

  it('reports progress after each batch and at the end, with the bytes read', async () => {
    const campaign = await makeCampaign(server);
    const { user } = await signedInAs(server, 'organiser');
    const rows = Array.from({ length: 4500 }, (_, i) => `P${i},+4474${String(10_000_000 + i)}`);
    const text = ['name,phone', ...rows].join('\n') + '\n';
    const seen: Array<{ rowsRead: number; bytesRead: number }> = [];
    const chunks = text.match(/[\s\S]{1,4096}/g)!.map((c) => Buffer.from(c));
    const report = await importContacts(server.ctx, campaign, Readable.from(chunks), {
      dryRun: false,
      actorId: user.id,
      onProgress: (p) => seen.push(p),
    });
    expect(report).toMatchObject({ received: 4500, imported: 4500, rejected: [] });
    expect(seen.length).toBeGreaterThanOrEqual(3); // batches of 2,000, then the end
    expect(seen.at(-1)).toEqual({ rowsRead: 4500, bytesRead: Buffer.byteLength(text) });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
      expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
    }
    expect(seen[0]!.rowsRead).toBeGreaterThanOrEqual(2000);
  });
});

describe('importing a file over 1 MB (checked on a worker thread)', () => {
  const NOTE = 'n'.repeat(80);
  /** 15,000 signups (1.6 MB): every 1,000th phone junk, every 1,000th email bad, some phones repeated. */
  function bigFile() {
    const rows = ['name,phone,email,notes'];
    for (let i = 0; i < 15_000; i++) {
      const phone = i % 1000 === 999 ? '12345' : `+4474${String(20_000_000 + (i % 500 === 7 ? i - 1 : i))}`;
      const email = i % 1000 === 998 ? 'nope' : i % 500 === 7 ? '' : `p${i}@example.org`;
      rows.push(`P${i} Person,${phone},${email},${i % 500 === 7 ? '' : NOTE}`);
    }
    rows.push('Again,+447420000000,again@example.org,'); // the first row's phone, in a later batch
    return rows.join('\n') + '\n';
  }

  it('reports, merges and writes exactly as a small file does', async () => {
    const campaign = await makeCampaign(server);
    const user = await makeUser(server.db, { role: 'organiser' }); // no sign-in: logins are rate limited
    const text = bigFile();
    expect(Buffer.byteLength(text)).toBeGreaterThan(1.5 * 1024 * 1024);
    const seen: Array<{ rowsRead: number; bytesRead: number }> = [];
    const chunks = text.match(/[\s\S]{1,16384}/g)!.map((c) => Buffer.from(c));
    const report = await importContacts(server.ctx, campaign, Readable.from(chunks), {
      dryRun: false,
      actorId: user.id,
      onProgress: (p) => seen.push(p),
    });
    const junk = Array.from({ length: 15 }, (_, k) => 1000 * k + 999);
    const badEmail = Array.from({ length: 15 }, (_, k) => 1000 * k + 998);
    expect(report.rejected).toEqual(
      [...junk, ...badEmail]
        .sort((a, b) => a - b)
        .map((i) => ({
          line: i + 2,
          reason:
            i % 1000 === 999
              ? 'phone: "12345" is not a phone number in GB or international form'
              : 'email: "nope" is not an email address',
        })),
    );
    // Rows 7, 507, 1007, ... repeat the phone before them; the last row repeats the first.
    expect(report).toMatchObject({
      received: 15_001,
      duplicates: 31,
      updated: 0,
      imported: 15_001 - 30 - 31,
    });
    expect(seen.at(-1)).toEqual({ rowsRead: 15_001, bytesRead: Buffer.byteLength(text) });
    const first = await server.db('contacts').where({ phone_e164: '+447420000000' }).first();
    // The later row wins where it has a value; its blank notes keep the earlier row's.
    expect(first).toMatchObject({ first_name: 'Again', email: 'again@example.org' });
    expect(JSON.parse(first.custom)).toEqual({ notes: NOTE });
    const merged = await server.db('contacts').where({ phone_e164: '+447420000006' }).first();
    expect(merged).toMatchObject({ first_name: 'P7', email: 'p6@example.org' });
    const queued = await server.db('campaign_contacts').where({ campaign_id: campaign.id }).count({ n: '*' });
    expect(Number(queued[0]!.n)).toBe(report.imported);
  });

  it('fails, without hanging, when the upload breaks off or the CSV is malformed past the first megabyte', async () => {
    const campaign = await makeCampaign(server);
    const user = await makeUser(server.db, { role: 'organiser' }); // no sign-in: logins are rate limited
    const opts = { dryRun: true, actorId: user.id };
    const broken = Readable.from(
      (async function* () {
        yield Buffer.from(bigFile());
        throw new Error('connection reset');
      })(),
    );
    await expect(importContacts(server.ctx, campaign, broken, opts)).rejects.toThrow('connection reset');
    const malformed = Readable.from([bigFile(), 'Zed,+447700900123,"unclosed\n']);
    const err: unknown = await importContacts(server.ctx, campaign, malformed, opts).catch((e: unknown) => e);
    expect(err).toMatchObject({
      id: 'invalid_request',
      message: expect.stringMatching(/^file: this is not a CSV we can read \(Quote Not Closed/),
    });
  });
});

describe('exporting outcomes', () => {
  it('streams contacts and calls with the contract columns, survey answers, and formulas neutralised', async () => {
    const campaign = await makeCampaign(server, {
      script: {
        body: 'Hi',
        questions: [{ key: 'first_time', label: 'First time?', type: 'choice', options: ['yes', 'no'] }],
      },
    });
    const { agent } = await signedInAs(server, 'organiser');
    await agent.req(
      'POST',
      `/api/campaigns/${campaign.id}/contacts`,
      csv(['first name,phone,ward', '=HYPERLINK("x"),07700 900201,Easton', 'Bo,07700 900202,Easton']),
      { 'content-type': 'text/csv' },
    );
    const { agent: callerAgent } = await joinedCaller(server, campaign, { name: 'Cal Caller' });
    const s = await connect(callerAgent);
    const n = await ask(s, 'call.next', { campaignId: campaign.id });
    await ask(s, 'call.outcome', {
      assignmentId: n.assignment.assignmentId,
      outcome: 'interested',
      notes: '@mention me',
      answers: { first_time: 'yes' },
      idempotencyKey: randomUUID(),
    });
    s.close();

    const contacts = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=contacts&bom=1`);
    expect(contacts.headers.get('content-type')).toMatch(/^text\/csv/);
    const raw = await fetch(`${server.baseUrl}/api/campaigns/${campaign.id}/export.csv?kind=contacts&bom=1`, {
      headers: { cookie: agent.cookieHeader() },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = contacts.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'external_id,first_name,last_name,phone,email,postcode,constituency,status,attempts,last_outcome,last_called_at,last_caller,booked_session_id,booked_session_title,booked_session_starts_at,notes,q_first_time',
    );
    expect(lines).toHaveLength(3);
    expect(contacts.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(contacts.body).toContain('+447700900201');
    expect(contacts.body).toMatch(/,interested,[^,]+,Cal Caller,,,,'@mention me,yes/);

    const calls = await agent.req(
      'GET',
      `/api/campaigns/${campaign.id}/export.csv?kind=calls&outcome=interested`,
    );
    const callLines = calls.body.trim().split('\r\n');
    expect(callLines[0]).toBe(
      'call_id,external_id,phone,caller,started_at,ended_at,outcome,session_id,notes,answers',
    );
    expect(callLines).toHaveLength(2);
    expect(callLines[1]).toContain('"{""first_time"":""yes""}"');
    const none = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=calls&outcome=booked`);
    expect(none.body.trim().split('\r\n')).toHaveLength(1);

    expect(
      await server.db('audit_log').where({ action: 'export.contacts', subject_id: String(campaign.id) }),
    ).toHaveLength(2);
    const coord = await signedInAs(server, 'coordinator');
    expect((await coord.agent.req('GET', `/api/campaigns/${campaign.id}/export.csv`)).status).toBe(403);
  });
});
