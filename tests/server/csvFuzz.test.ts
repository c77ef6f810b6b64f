// Property tests for the signup import: whatever file arrives, the answer is a report whose
// counts add up or a 4xx with a stable error id (never a 500), and the database stays whole.
//   FUZZ_RUNS=10000 npx jest tests/server/csvFuzz.test.ts   (default: 200 runs; see docs/fuzzing.md)
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { CONTACT_ALIASES } from '../../protocol/contactColumns';
import { makeCampaign, signedInAs } from '../helpers/factories';
import type { Agent } from '../helpers/agent';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { addOptOut } from '../../server/store/optOuts';
import type { CampaignRecord } from '../../server/store/campaigns';
import { normalisePhone } from '../../server/transfer/contactColumns';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
jest.setTimeout(Math.max(60_000, RUNS * 200));

let server: TestServer;
let agent: Agent;
let campaign: CampaignRecord;
const OPTED_OUT = [0, 1, 2].map((n) => `+44770090000${n}`);
beforeAll(async () => {
  // 1 MB: big enough for the generated files, small enough that some huge ones meet 413.
  server = await startTestServer({ env: { IMPORT_MAX_MB: '1' } });
  campaign = await makeCampaign(server);
  ({ agent } = await signedInAs(server, 'organiser'));
  for (const p of OPTED_OUT) await addOptOut(server.db, p, 'asked', null, Date.now());
});
afterAll(() => server.close());

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
/** Phones as people type them: a small pool (so repeats happen), some opted out, some junk. */
const phone = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('0', '+44 ', '0044 ', '(0', '+44'))
    .map(([n, p]) => {
      const rest = `7700 900${String(n).padStart(3, '0')}`;
      return p === '(0' ? `(0${rest.slice(0, 4)}) ${rest.slice(5)}` : `${p}${rest}`;
    }),
  digits(10).map((d) => `+1 ${d}`),
  fc.string({ maxLength: 14 }),
  fc.constant(''),
);
const ALIASES = Object.entries(CONTACT_ALIASES).flatMap(([f, names]) => [f, ...names]);
const header = fc.oneof(fc.constantFrom(...ALIASES, 'Mobile', 'Surname', 'Post Code', 'E-mail'), fc.string());
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.string() },
  { weight: 3, arbitrary: phone },
  { weight: 2, arbitrary: fc.emailAddress() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '\r\n', '\n', '\uFEFF', '=1+1', ' ') },
  { weight: 1, arbitrary: fc.string({ minLength: 5000, maxLength: 20_000 }) },
);
const quote = (c: string, sep: string, how: number) =>
  how === 0 || (how === 1 && (c.includes(sep) || /["\r\n]/.test(c))) ? `"${c.replace(/"/g, '""')}"` : c;

/** A CSV file as text: random headers, ragged rows, quoting right or wrong, blank lines. */
const csvText = fc
  .record({
    bom: fc.boolean(),
    sep: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n'),
    headers: fc.array(header, { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }),
    quoting: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ bom, sep, eol, headers, rows, quoting }) => {
    const lines = [headers, ...rows].map((r, i) =>
      r.map((c, j) => quote(c, sep, quoting[(i + j) % quoting.length]!)).join(sep),
    );
    return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
  });
/** Sometimes not text at all. */
const body = fc.oneof(
  { weight: 9, arbitrary: csvText.map((t) => Buffer.from(t)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.from(b)) },
);

async function databaseIsWhole() {
  const db = server.db;
  expect(await db('contacts').whereNull('phone_e164').orWhere('phone_e164', '').count({ n: '*' })).toEqual([
    { n: 0 },
  ]);
  const phones: string[] = await db('contacts').pluck('phone_e164');
  for (const p of phones) expect(p).toMatch(/^\+[1-9]\d{5,14}$/);
  expect(new Set(phones).size).toBe(phones.length);
  const queuedOptOuts = await db('campaign_contacts as cc')
    .join('contacts as c', 'c.id', 'cc.contact_id')
    .join('opt_outs as o', 'o.phone_e164', 'c.phone_e164')
    .count({ n: '*' });
  expect(Number(queuedOptOuts[0]!.n)).toBe(0);
  const names: string[] = await db('contacts').pluck('first_name');
  for (const n of names) expect(n.length).toBeGreaterThan(0);
}

const outcomes = new Map<number, number>();
it('answers every generated file with a report that adds up, or a stable 4xx; never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(body, fc.boolean(), async (file, dryRun) => {
      const contactsBefore = Number((await server.db('contacts').count({ n: '*' }))[0]!.n);
      const http = await fetch(
        `${server.baseUrl}/api/campaigns/${campaign.id}/contacts${dryRun ? '?dryRun=1' : ''}`,
        {
          method: 'POST',
          headers: {
            cookie: agent.cookieHeader(),
            'x-csrf-token': agent.csrf!,
            origin: server.baseUrl,
            'content-type': 'text/csv',
          },
          body: file,
        },
      );
      const res = { status: http.status, body: await http.json() };
      outcomes.set(res.status, (outcomes.get(res.status) ?? 0) + 1);
      if (res.status !== 200) {
        expect([400, 413]).toContain(res.status);
        expect(['invalid_request', 'too_large']).toContain(res.body.error);
        expect(typeof res.body.message).toBe('string');
        return;
      }
      const r = res.body;
      expect(r.received).toBe(r.imported + r.updated + r.duplicates + r.rejected.length);
      expect(r.optedOut).toBeLessThanOrEqual(r.imported + r.updated);
      const lines = r.rejected.map((x: { line: number }) => x.line);
      expect([...lines].sort((a, b) => a - b)).toEqual(lines);
      for (const x of r.rejected) {
        expect(x.line).toBeGreaterThanOrEqual(2);
        expect(x.reason).toMatch(/^(phone|email|first_name|last_name|external_id|postcode): /);
      }
      const contactsAfter = Number((await server.db('contacts').count({ n: '*' }))[0]!.n);
      expect(contactsAfter - contactsBefore).toBe(dryRun ? 0 : r.imported);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  process.stderr.write(`csv fuzz: ${RUNS} files, answers by status: ${JSON.stringify([...outcomes])}\n`);
  await databaseIsWhole();
});

it('reads UK mobiles the quick way exactly as libphonenumber does', () => {
  const slow = (raw: string) => {
    const p = parsePhoneNumberFromString(raw, 'GB');
    return p?.isPossible() ? p.number : null;
  };
  const typed = fc
    .tuple(
      fc.constantFrom('', '+', '(', '0', '00', '+44', '0044', '44', '+440', '(0'),
      fc.array(fc.constantFrom('0', '4', '7', '1', '9', ' ', '(', ')', '-', '.', '+', '\t'), {
        maxLength: 16,
      }),
      digits(9),
    )
    .map(([start, middle, end]) => start + middle.join('') + end);
  fc.assert(
    fc.property(
      fc.oneof(
        typed,
        digits(9).map((d) => `07${d}`),
      ),
      (raw) => {
        expect(normalisePhone(raw, 'GB')).toBe(slow(raw));
      },
    ),
    { numRuns: RUNS * 20, seed: SEED },
  );
});
