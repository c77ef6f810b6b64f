import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per app instance (tests run several in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ringround_' });
  return {
    registry,
    claims: new Counter({
      name: 'ringround_claims_total',
      help: 'Contacts handed to callers',
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
    sockets: new Gauge({
      name: 'ringround_sockets_connected',
      help: 'Open Socket.IO connections on this instance',
      registers: [registry],
    }),
    httpSeconds: new Histogram({
      name: 'ringround_http_request_seconds',
      help: 'HTTP request time by method and status',
      labelNames: ['method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
