import type { WebhookPayload } from '../../protocol';
import type { AppContext } from '../context';
import { findCampaign } from '../store/campaigns';
import { dueDeliveryIds, lockDelivery, markAttemptFailed, markDelivered } from '../store/webhooks';
import type { DeliveryRow } from '../store/webhooks';
import type { StoredPayload } from './queueWebhook';
import { signBody } from './signature';

/** Wait before attempt n+1 after n failures; after the last, the delivery is marked failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000];
const TIMEOUT_MS = 10_000;
/** Longer than one attempt can take, so a row is never sent twice at once; a crashed sender's lock lapses. */
const LOCK_MS = 3 * TIMEOUT_MS;
const MAX_IN_FLIGHT = 20;

type Attempt = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

async function post(url: string, body: string, headers: Record<string, string>): Promise<Attempt> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'user-agent': 'Ringround-Webhook/1', ...headers },
      // A redirect could carry the signed outcome somewhere the organiser did not choose.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const why =
      e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.message);
    return { ok: false, statusCode: null, error: why };
  }
}

async function sendOne(ctx: AppContext, row: DeliveryRow): Promise<void> {
  const campaign = await findCampaign(ctx.db, row.campaign_id);
  const stored = JSON.parse(row.payload) as StoredPayload;
  const payload: WebhookPayload = {
    ...stored,
    deliveryId: row.id,
    sentAt: new Date(ctx.now()).toISOString(),
  };
  const body = JSON.stringify(payload);
  const secret = campaign?.webhookSecret ?? '';
  const result = await post(row.url, body, {
    'x-ringround-signature': signBody(secret, body),
    'x-ringround-delivery': String(row.id),
    'x-ringround-event': payload.event,
  });
  const now = ctx.now();
  if (result.ok) {
    await markDelivered(ctx.db, row.id, result.statusCode, now);
    ctx.metrics.webhooks.inc({ result: 'delivered' });
    return;
  }
  const delay = RETRY_DELAYS_MS[row.attempts];
  await markAttemptFailed(ctx.db, row.id, result, delay === undefined ? null : now + delay);
  ctx.metrics.webhooks.inc({ result: delay === undefined ? 'failed' : 'retry' });
  ctx.log.warn(
    { deliveryId: row.id, campaignId: row.campaign_id, attempt: row.attempts + 1, error: result.error },
    'webhook delivery failed',
  );
}

/** Locks up to `limit` due deliveries for this instance; each row goes to exactly one instance. */
async function takeDue(ctx: AppContext, limit: number): Promise<DeliveryRow[]> {
  const now = ctx.now();
  const ids = await dueDeliveryIds(ctx.db, now, limit);
  const rows = await Promise.all(ids.map((id) => lockDelivery(ctx.db, id, now, now + LOCK_MS)));
  return rows.filter((r): r is DeliveryRow => r !== undefined);
}

/** Sends every delivery that is due now and waits for the answers. Returns how many were tried. */
export async function deliverDueWebhooks(ctx: AppContext): Promise<number> {
  const mine = await takeDue(ctx, MAX_IN_FLIGHT);
  await Promise.all(mine.map((row) => sendOne(ctx, row)));
  return mine.length;
}

/**
 * Polls for due deliveries and sends them without waiting for earlier ones to be answered, so a
 * slow receiver holds up only its own rows; at most MAX_IN_FLIGHT POSTs are open at once.
 */
export function startWebhookDelivery(ctx: AppContext): () => Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let polling: Promise<void> | null = null;
  let stopped = false;
  const poll = async () => {
    try {
      const room = MAX_IN_FLIGHT - inFlight.size;
      for (const row of room > 0 ? await takeDue(ctx, room) : []) {
        const sending: Promise<void> = sendOne(ctx, row)
          .catch((err) => ctx.log.error({ err, deliveryId: row.id }, 'webhook delivery failed to record'))
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
    } catch (err) {
      ctx.log.error({ err }, 'webhook delivery poll failed');
    }
  };
  const tick = () => {
    if (polling || stopped) return;
    polling = poll().finally(() => (polling = null));
  };
  const timer = setInterval(tick, ctx.config.WEBHOOK_POLL_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    // A poll already running finishes first (it may start sends); then the open POSTs (each
    // bounded by TIMEOUT_MS) finish so their results are recorded, before the database closes.
    await polling;
    await Promise.all(inFlight);
  };
}
