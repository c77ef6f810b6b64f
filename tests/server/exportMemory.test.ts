// Exports at size: every call comes out, and a 100,000-contact export streams in flat memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { makeCampaign, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { mergeContacts, queueContactsByPhone } from '../../server/store/contacts';
import type { NewContact } from '../../server/store/contacts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** n queued contacts with UK mobiles from +447500000000 + offset, seeded in bulk (not through the route). */
async function seed(campaignId: number, n: number, offset: number) {
  for (let i = 0; i < n; i += 5000) {
    const part: NewContact[] = Array.from({ length: Math.min(5000, n - i) }, (_, j) => ({
      externalId: `x${offset + i + j}`,
      firstName: i + j === 0 ? '=HYPERLINK("http://x","y")' : `Person${i + j}`,
      lastName: 'Test',
      phone: `+4475${String(offset + i + j).padStart(8, '0')}`,
      email: `p${offset + i + j}@example.org`,
      postcode: 'BS5 6AA',
      custom: {},
    }));
    await server.db.transaction(async (trx) => {
      await mergeContacts(trx, part, Date.now());
      await queueContactsByPhone(
        trx,
        campaignId,
        part.map((c) => c.phone),
        Date.now(),
      );
    });
  }
}

async function fetchCsv(path: string, cookie: string, onChunk: (bytes: number) => void = () => {}) {
  const res = await fetch(server.baseUrl + path, { headers: { cookie } });
  expect(res.status).toBe(200);
  let bytes = 0;
  const tail: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    onChunk(bytes);
    if (tail.length < 4) tail.push(decoder.decode(chunk, { stream: true }));
  }
  return { bytes, head: tail.join('') };
}

it('exports every call of the campaign, across pages, and none of another', async () => {
  const campaign = await makeCampaign(server, {
    script: {
      body: 'Hi',
      questions: [
        { key: 'first_time', label: 'First time?', type: 'choice', options: ['yes', 'no'] },
        { key: 'why', label: 'Why?', type: 'text' },
      ],
    },
  });
  const other = await makeCampaign(server);
  await seed(campaign.id, 2500, 0);
  await seed(other.id, 10, 90_000_000);
  const queue = await server.db('campaign_contacts').whereIn('campaign_id', [campaign.id, other.id]);
  const calls = queue.map((q, i) => ({
    campaign_contact_id: q.id,
    campaign_id: q.campaign_id,
    contact_id: q.contact_id,
    caller_id: null,
    started_at: 1_790_000_000_000 + i,
    ended_at: 1_790_000_060_000 + i,
    outcome: 'interested',
    answers: JSON.stringify({ first_time: 'yes', why: `=cmd|${i}` }),
    provider: 'phone',
    idempotency_key: `export-${campaign.id}-${i}`,
  }));
  for (let i = 0; i < calls.length; i += 500) await server.db('calls').insert(calls.slice(i, i + 500));
  const mine = await server.db('calls').where({ campaign_id: campaign.id }).orderBy('id').pluck('id');
  expect(mine).toHaveLength(2500);

  const { agent } = await signedInAs(server, 'organiser');
  const res = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=calls`);
  const lines = res.body.trim().split('\r\n');
  expect(lines[0]).toBe(
    'call_id,external_id,phone,caller,started_at,ended_at,outcome,session_id,notes,answers',
  );
  expect(lines.slice(1).map((l: string) => Number(l.split(',')[0]))).toEqual(mine);

  const contacts = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=contacts`);
  const rows = contacts.body.trim().split('\r\n');
  expect(rows[0]).toBe(
    'external_id,first_name,last_name,phone,email,postcode,constituency,status,attempts,last_outcome,last_called_at,last_caller,booked_session_id,booked_session_title,booked_session_starts_at,notes,q_first_time,q_why',
  );
  expect(rows).toHaveLength(2501);
  expect(rows[1]).toMatch(/^x0,"'=HYPERLINK\(""http:\/\/x"",""y""\)",Test,\+447500000000,/);
  // The answers land in their own columns, and a formula in an answer is neutralised too.
  expect(rows[1]).toMatch(/,yes,'=cmd\|0$/);
});

it('exports a page whose cells hold the separators the database joins them with', async () => {
  const campaign = await makeCampaign(server);
  await seed(campaign.id, 3, 2_000_000);
  await server
    .db('contacts')
    .where({ phone_e164: '+447502000001' })
    .update({ first_name: '\x1fUnit\x1eRecord, "sep"' });
  const { agent } = await signedInAs(server, 'organiser');
  const res = await agent.req('GET', `/api/campaigns/${campaign.id}/export.csv?kind=contacts`);
  const rows = res.body.trim().split('\r\n');
  expect(rows).toHaveLength(4);
  expect(rows[1]).toMatch(/^x2000000,"'=HYPERLINK/);
  expect(rows[2]).toMatch(/^x2000001,"/);
  expect(rows[2]).toContain(`,"\x1fUnit\x1eRecord, ""sep""",Test,+447502000001,`);
  expect(rows[3]).toMatch(/^x2000002,Person2,/);
});

it('streams a 100,000-contact export in flat memory', async () => {
  const N = 100_000;
  const campaign = await makeCampaign(server);
  await seed(campaign.id, N, 1_000_000);
  const { agent } = await signedInAs(server, 'organiser');

  // Live heap, measured after a full collection, sampled as the response streams through.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = live();
  let peak = before;
  let next = 0;
  const { bytes, head } = await fetchCsv(
    `/api/campaigns/${campaign.id}/export.csv?kind=contacts`,
    agent.cookieHeader(),
    (b) => {
      if (b < next) return;
      next = b + 1_000_000; // a sample per megabyte sent
      peak = Math.max(peak, live());
    },
  );
  const growth = peak - before;
  expect(head.startsWith('external_id,first_name')).toBe(true);
  expect(bytes).toBeGreaterThan(N * 80);
  // Holding the rows (or the CSV text) would grow the heap by at least the CSV's size; streaming
  // holds a page of 2,000 rows, the next one read ahead, and the socket's buffers.
  process.stderr.write(
    `export of ${N} contacts: ${(bytes / 1e6).toFixed(1)} MB of CSV, live heap growth ${(growth / 1e6).toFixed(1)} MB\n`,
  );
  expect(growth).toBeLessThan(bytes / 4);
});
