import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ask } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { makeCampaign, makeContacts, signedInAs } from '../helpers/factories';
import { useCallingServer } from '../helpers/callingServer';
import { deliverDueWebhooks, RETRY_DELAYS_MS } from '../../server/webhooks/webhookDelivery';
import type { CampaignRecord } from '../../server/store/campaigns';

// Outbound webhooks: each committed outcome POSTed, signed, retried with backoff, logged; never in the caller's way.
const t = useCallingServer({ CLAIM_MAX_PER_HOUR: '1000', WEBHOOK_POLL_MS: '100' });

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The organiser's server: records each POST and answers with the next status in `answers` (then 200). */
async function receiver(answers: Array<number | 'hang'> = []) {
  const received: Received[] = [];
  const waiting: Array<() => void> = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      waiting.splice(0).forEach((w) => w());
      const answer = answers.shift() ?? 200;
      if (answer === 'hang') return; // never answers: the sender's timeout must cope
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/hooks/ringround`,
    received,
    async next(count: number, ms = 8000): Promise<Received[]> {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} webhook POSTs, got ${received.length}`);
        await new Promise<void>((r) => {
          waiting.push(r);
          setTimeout(r, 200);
        });
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((r) => {
        srv.close(() => r());
        srv.closeAllConnections();
      }),
  };
}

async function withWebhook(url: string) {
  const campaign = await makeCampaign(t.server);
  const { agent: organiser } = await signedInAs(t.server, 'organiser');
  const set = await organiser.req('PATCH', `/api/campaigns/${campaign.id}`, { webhookUrl: url });
  expect(set.status).toBe(200);
  expect(set.body.campaign.webhookUrl).toBe(url);
  const view = await organiser.req('GET', `/api/campaigns/${campaign.id}/webhook`);
  return { campaign, organiser, secret: view.body.secret as string };
}

async function recordOne(campaign: CampaignRecord, socket: ClientSocket, outcome = 'not_interested') {
  const next = await ask(socket, 'call.next', { campaignId: campaign.id });
  return ask(socket, 'call.outcome', {
    assignmentId: next.assignment.assignmentId,
    outcome,
    notes: 'Spoke to them',
    answers: { issue: 'housing' },
    idempotencyKey: `k-${randomUUID()}`,
  });
}

const deliveries = (campaignId: number) =>
  t.server.db('webhook_deliveries').where({ campaign_id: campaignId }).orderBy('id');

describe('outbound webhook', () => {
  it('POSTs each committed outcome as JSON signed with the campaign secret, and logs the delivery', async () => {
    const hook = await receiver();
    try {
      const { campaign, organiser, secret } = await withWebhook(hook.url);
      expect(secret).toMatch(/^whsec_/);
      const [contactId] = await makeContacts(t.server.db, campaign.id, 1, { externalId: 'crm-77' });
      const { socket } = await t.callerSocket(campaign);
      const r = await recordOne(campaign, socket);
      expect(r.ok).toBe(true);

      const [got] = await hook.next(1);
      const expected = `sha256=${createHmac('sha256', secret).update(got!.body).digest('hex')}`;
      expect(got!.headers['x-ringround-signature']).toBe(expected);
      expect(got!.headers['content-type']).toBe('application/json');
      const payload = JSON.parse(got!.body);
      expect(payload).toMatchObject({
        event: 'call.recorded',
        deliveryId: Number(got!.headers['x-ringround-delivery']),
        campaign: { id: campaign.id, name: campaign.name },
        call: {
          id: r.callId,
          outcome: 'not_interested',
          notes: 'Spoke to them',
          answers: { issue: 'housing' },
        },
        contact: { id: contactId, externalId: 'crm-77' },
      });
      expect(Date.parse(payload.sentAt)).not.toBeNaN();

      // A signature over a changed body does not match: the receiver can tell a forgery.
      const forged = got!.body.replace('not_interested', 'booked');
      expect(`sha256=${createHmac('sha256', secret).update(forged).digest('hex')}`).not.toBe(expected);

      await waitFor(async () => (await deliveries(campaign.id))[0]?.status === 'delivered');
      const log = await organiser.req('GET', `/api/campaigns/${campaign.id}/webhook`);
      expect(log.body.deliveries).toEqual([
        expect.objectContaining({ callId: r.callId, status: 'delivered', attempts: 1, lastStatusCode: 200 }),
      ]);
    } finally {
      await hook.close();
    }
  });

  it('retries a failing receiver with backoff and gives up after the last retry', async () => {
    const hook = await receiver([500, 503, 500, 500, 500, 500]);
    try {
      const { campaign } = await withWebhook(hook.url);
      await makeContacts(t.server.db, campaign.id, 1);
      const { socket } = await t.callerSocket(campaign);
      const t0 = Date.parse('2026-12-01T18:00:00Z');
      t.server.clock.freeze(t0);
      await recordOne(campaign, socket);
      await hook.next(1);
      await waitFor(async () => (await deliveries(campaign.id))[0]?.attempts === 1);
      expect((await deliveries(campaign.id))[0]).toMatchObject({
        status: 'pending',
        last_status_code: 500,
        next_attempt_at: t0 + RETRY_DELAYS_MS[0]!,
      });

      // Not due yet: nothing is sent.
      t.server.clock.advance(RETRY_DELAYS_MS[0]! - 1000);
      expect(await deliverDueWebhooks(t.server.ctx)).toBe(0);
      let at = t0;
      for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
        at += delay;
        t.server.clock.freeze(at);
        await waitFor(async () => (await deliveries(campaign.id))[0]?.attempts === i + 2);
      }
      expect(hook.received).toHaveLength(RETRY_DELAYS_MS.length + 1);
      expect((await deliveries(campaign.id))[0]).toMatchObject({ status: 'failed', next_attempt_at: null });
      // Each retry is signed afresh over its own body (its sentAt differs).
      expect(new Set(hook.received.map((r) => r.headers['x-ringround-signature'])).size).toBe(
        hook.received.length,
      );
    } finally {
      await hook.close();
    }
  });

  it('delivers after a failure once the receiver recovers', async () => {
    const hook = await receiver([502]);
    try {
      const { campaign } = await withWebhook(hook.url);
      await makeContacts(t.server.db, campaign.id, 1);
      const { socket } = await t.callerSocket(campaign);
      const t0 = Date.parse('2026-12-02T18:00:00Z');
      t.server.clock.freeze(t0);
      await recordOne(campaign, socket);
      await waitFor(async () => (await deliveries(campaign.id))[0]?.attempts === 1);
      t.server.clock.advance(RETRY_DELAYS_MS[0]!);
      await waitFor(async () => (await deliveries(campaign.id))[0]?.status === 'delivered');
      expect(hook.received).toHaveLength(2);
      expect(JSON.parse(hook.received[0]!.body).deliveryId).toBe(
        JSON.parse(hook.received[1]!.body).deliveryId,
      );
    } finally {
      await hook.close();
    }
  });

  it('never keeps the caller waiting on a receiver that does not answer', async () => {
    const hook = await receiver(['hang', 'hang', 'hang']);
    try {
      const { campaign } = await withWebhook(hook.url);
      await makeContacts(t.server.db, campaign.id, 3);
      const { socket } = await t.callerSocket(campaign);
      const started = Date.now();
      for (let i = 0; i < 3; i++) expect((await recordOne(campaign, socket)).ok).toBe(true);
      await hook.next(3);
      // Three outcomes recorded while the receiver sat on every request (its timeout is 10 s).
      expect(Date.now() - started).toBeLessThan(8000);
      expect((await deliveries(campaign.id)).every((d) => d.status === 'pending')).toBe(true);
    } finally {
      await hook.close();
    }
  });

  it('signs with a rotated secret at once; only organisers may set the URL or see the secret', async () => {
    const hook = await receiver();
    try {
      const { campaign, organiser, secret } = await withWebhook(hook.url);
      const rotated = await organiser.req('POST', `/api/campaigns/${campaign.id}/webhook/secret`, {});
      expect(rotated.body.secret).not.toBe(secret);
      await makeContacts(t.server.db, campaign.id, 1);
      const { socket } = await t.callerSocket(campaign);
      await recordOne(campaign, socket);
      const [got] = await hook.next(1);
      expect(got!.headers['x-ringround-signature']).toBe(
        `sha256=${createHmac('sha256', rotated.body.secret).update(got!.body).digest('hex')}`,
      );

      const { agent: coordinator } = await signedInAs(t.server, 'coordinator');
      const refused = await coordinator.req('PATCH', `/api/campaigns/${campaign.id}`, {
        webhookUrl: 'https://example.org/elsewhere',
      });
      expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
      expect((await coordinator.req('GET', `/api/campaigns/${campaign.id}/webhook`)).status).toBe(403);
      const bad = await organiser.req('PATCH', `/api/campaigns/${campaign.id}`, {
        webhookUrl: 'ftp://x.org/a',
      });
      expect([bad.status, bad.body.error]).toEqual([400, 'invalid_request']);
    } finally {
      await hook.close();
    }
  });

  it('queues nothing for a campaign without a webhook', async () => {
    const campaign = await makeCampaign(t.server);
    await makeContacts(t.server.db, campaign.id, 1);
    const { socket } = await t.callerSocket(campaign);
    await recordOne(campaign, socket);
    expect(await deliveries(campaign.id)).toEqual([]);
  });
});

async function waitFor(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
