import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Role } from '../protocol';
import type { Db } from './store/db';
import { queueDepthByCampaign } from './store/queueDepth';

/**
 * One registry per app instance (tests run several in one process). The default metrics carry the
 * prefix too, so event-loop lag is ringround_nodejs_eventloop_lag_seconds.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ringround_' });
  const sockets = new Gauge({
    name: 'ringround_sockets_connected',
    help: 'Open Socket.IO connections on this instance',
    registers: [registry],
  });
  const callers = new Gauge({
    name: 'ringround_callers_connected',
    help: 'Signed-in callers with at least one open socket on this instance',
    registers: [registry],
  });
  // Sockets per caller, so a volunteer with two tabs open counts once.
  const callerSockets = new Map<number, number>();

  return {
    registry,
    claims: new Counter({
      name: 'ringround_claims_total',
      help: 'Contacts handed to callers',
      registers: [registry],
    }),
    claimSeconds: new Histogram({
      name: 'ringround_claim_seconds',
      help: 'Time to claim the next contact (the claiming transaction), by result: claimed or empty',
      labelNames: ['result'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    outcomes: new Counter({
      name: 'ringround_outcomes_total',
      help: 'Call outcomes recorded',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    webhooks: new Counter({
      name: 'ringround_webhook_attempts_total',
      help: 'Webhook POSTs by result: delivered, retry (will try again) or failed (gave up)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    sockets,
    callers,
    queueContacts: new Gauge({
      name: 'ringround_queue_contacts',
      help: 'Contacts in each active campaign by state: queued (waiting), due (queued and callable now) or claimed (with a caller); read at scrape time',
      labelNames: ['campaign_id', 'state'] as const,
      registers: [registry],
    }),
    httpSeconds: new Histogram({
      name: 'ringround_http_request_seconds',
      help: 'HTTP request time by method and status',
      labelNames: ['method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    /** A socket signed in as this user opened on this instance. */
    socketOpened(user: { id: number; role: Role }): void {
      sockets.inc();
      if (user.role !== 'caller') return;
      callerSockets.set(user.id, (callerSockets.get(user.id) ?? 0) + 1);
      callers.set(callerSockets.size);
    },
    /** One of this user's sockets closed. */
    socketClosed(user: { id: number; role: Role }): void {
      sockets.dec();
      if (user.role !== 'caller') return;
      const left = (callerSockets.get(user.id) ?? 1) - 1;
      if (left > 0) callerSockets.set(user.id, left);
      else callerSockets.delete(user.id);
      callers.set(callerSockets.size);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * Reads queue depth per active campaign into the gauge, just before a scrape. Only active campaigns
 * are labelled, so the label set stays as small as the campaigns being called; one that stops is dropped.
 */
export async function refreshQueueDepth(metrics: Metrics, db: Db, now: number): Promise<void> {
  const depths = await queueDepthByCampaign(db, now);
  metrics.queueContacts.reset();
  for (const d of depths) {
    const campaign_id = String(d.campaignId);
    metrics.queueContacts.set({ campaign_id, state: 'queued' }, d.queued);
    metrics.queueContacts.set({ campaign_id, state: 'due' }, d.due);
    metrics.queueContacts.set({ campaign_id, state: 'claimed' }, d.claimed);
  }
}
