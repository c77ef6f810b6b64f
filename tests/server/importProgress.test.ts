import { connectResult } from '../helpers/agent';
import { dramaPhone, makeCampaign, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { Readable } from 'node:stream';
import type { ImportProgress } from '../../protocol';
import { runContactImport } from '../../server/transfer/runImport';
import type { Publisher } from '../../server/realtime/publish';
import { toUser } from '../../server/store/users';

// The import page's progress bar: import.progress events to the importing user's own sockets.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

let firstPhone = 0;
/** n signups on Ofcom drama numbers no other test in this file uses (contacts are shared across campaigns). */
function signups(n: number): string {
  const rows = ['First name,Surname,Mobile,Post code'];
  for (let i = 0; i < n; i++) rows.push(`Person${i},Test,${dramaPhone(firstPhone + i)},BS5 6AA`);
  firstPhone += n;
  return rows.join('\r\n');
}

describe('import progress', () => {
  it('reaches the importer as batches are written, ending with done; nobody else hears it', async () => {
    const campaign = await makeCampaign(server);
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const { agent: bystander } = await signedInAs(server, 'organiser');
    const mine = organiser.socket();
    const theirs = bystander.socket();
    expect(await connectResult(mine)).toBe(true);
    expect(await connectResult(theirs)).toBe(true);
    const seen: ImportProgress[] = [];
    const overheard: ImportProgress[] = [];
    mine.on('import.progress', (p) => seen.push(p));
    theirs.on('import.progress', (p) => overheard.push(p));

    const body = signups(5000);
    const r = await organiser.req('POST', `/api/campaigns/${campaign.id}/contacts?importId=page-1234`, body, {
      'content-type': 'text/csv',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ received: 5000, imported: 5000, rejected: [] });
    await new Promise((done) => setTimeout(done, 300));

    const last = seen.at(-1)!;
    expect(last).toEqual({
      importId: 'page-1234',
      campaignId: campaign.id,
      rowsRead: 5000,
      bytesRead: Buffer.byteLength(body),
      totalBytes: Buffer.byteLength(body),
      done: true,
    });
    expect(seen.filter((p) => p.done)).toHaveLength(1);
    const rows = seen.map((p) => p.rowsRead);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(overheard).toEqual([]);
    mine.close();
    theirs.close();
  });

  it('sends nothing without an importId, and refuses a malformed one', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'coordinator');
    const socket = agent.socket();
    expect(await connectResult(socket)).toBe(true);
    const seen: ImportProgress[] = [];
    socket.on('import.progress', (p) => seen.push(p));
    const ok = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts`, signups(10), {
      'content-type': 'text/csv',
    });
    expect(ok.status).toBe(200);
    const bad = await agent.req('POST', `/api/campaigns/${campaign.id}/contacts?importId=<x>`, signups(10), {
      'content-type': 'text/csv',
    });
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_request']);
    await new Promise((done) => setTimeout(done, 200));
    expect(seen).toEqual([]);
    socket.close();
  });
});

describe('import records', () => {
  const silent = { toUser: () => undefined } as unknown as Publisher;

  it('lists each real import with its counts; a dry run leaves no record', async () => {
    const campaign = await makeCampaign(server);
    const { agent } = await signedInAs(server, 'coordinator');
    const url = `/api/campaigns/${campaign.id}/contacts`;
    const csv = { 'content-type': 'text/csv' };
    expect((await agent.req('POST', `${url}?dryRun=1&fileName=a.csv`, signups(30), csv)).status).toBe(200);
    expect((await agent.req('POST', `${url}?fileName=signups.csv`, signups(30), csv)).status).toBe(200);
    const list = await agent.req('GET', `/api/campaigns/${campaign.id}/imports`);
    expect(list.body.imports).toEqual([
      expect.objectContaining({
        fileName: 'signups.csv',
        status: 'done',
        rowsWritten: 30,
        imported: 30,
        updated: 0,
        rejected: 0,
        finishedAt: expect.any(String),
      }),
    ]);
  });

  it('after a failure mid-file says which rows are in, and running the file again duplicates nothing', async () => {
    const campaign = await makeCampaign(server);
    const { user } = await signedInAs(server, 'organiser');
    const whole = signups(5000);
    // The upload breaks off after 4,500 rows, as when a connection drops or the server stops.
    const cut = whole.split('\r\n').slice(0, 4501).join('\r\n') + '\r\n';
    const broken = Readable.from(
      (async function* () {
        yield Buffer.from(cut);
        throw new Error('connection reset');
      })(),
    );
    const request = { dryRun: false, user: toUser(user), fileName: 'big.csv', totalBytes: null };
    await expect(runContactImport(server.ctx, silent, campaign, broken, request)).rejects.toThrow();

    const [record] = (await server.db('imports').where({ campaign_id: campaign.id })) as Array<{
      status: string;
      rows_written: number;
      imported: number;
    }>;
    const stored = await server.db('campaign_contacts').where({ campaign_id: campaign.id }).count({ n: '*' });
    // Whole batches only, and the record agrees with what is stored.
    expect(record!.status).toBe('failed');
    expect(record!.rows_written % 2000).toBe(0);
    expect(record!.imported).toBe(Number(stored[0]!.n));
    expect(record!.imported).toBe(record!.rows_written);

    const again = await runContactImport(server.ctx, silent, campaign, Readable.from([whole]), request);
    expect(again).toMatchObject({
      received: 5000,
      imported: 5000 - record!.imported,
      updated: record!.imported,
    });
    const after = await server.db('campaign_contacts').where({ campaign_id: campaign.id }).count({ n: '*' });
    expect(Number(after[0]!.n)).toBe(5000);
  });

  it('calls an import that went silent mid-file interrupted', async () => {
    const campaign = await makeCampaign(server);
    const { agent, user } = await signedInAs(server, 'organiser');
    const long = Date.now() - 3600_000;
    await server.db('imports').insert({
      campaign_id: campaign.id,
      user_id: user.id,
      file_name: 'crashed.csv',
      status: 'running',
      rows_written: 4000,
      imported: 4000,
      started_at: long,
      updated_at: long,
    });
    const list = await agent.req('GET', `/api/campaigns/${campaign.id}/imports`);
    expect(list.body.imports[0]).toMatchObject({
      fileName: 'crashed.csv',
      status: 'interrupted',
      rowsWritten: 4000,
    });
  });
});
