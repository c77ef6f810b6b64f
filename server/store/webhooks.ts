import type { Queryable } from './db';

export interface DeliveryRow {
  id: number;
  campaign_id: number;
  call_id: number;
  url: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: number;
  next_attempt_at: number | null;
  locked_until: number | null;
  delivered_at: number | null;
}

/** Written in the outcome's own transaction: the outbox row commits or rolls back with the call. */
export async function insertDelivery(
  db: Queryable,
  d: { campaignId: number; callId: number; url: string; payload: string },
  now: number,
): Promise<void> {
  await db('webhook_deliveries').insert({
    campaign_id: d.campaignId,
    call_id: d.callId,
    url: d.url,
    payload: d.payload,
    status: 'pending',
    attempts: 0,
    created_at: now,
    next_attempt_at: now,
  });
}

/** Ids of deliveries due now and not being sent by anyone, oldest first. */
export async function dueDeliveryIds(db: Queryable, now: number, limit: number): Promise<number[]> {
  const rows = await db('webhook_deliveries')
    .where({ status: 'pending' })
    .andWhere('next_attempt_at', '<=', now)
    .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<', now))
    .orderBy('next_attempt_at')
    .limit(limit)
    .select<Array<{ id: number }>>('id');
  return rows.map((r) => r.id);
}

/**
 * Takes one delivery for this instance until lockedUntil; a guarded UPDATE, so when several
 * instances race for a row exactly one wins. Returns the row only to the winner.
 */
export async function lockDelivery(
  db: Queryable,
  id: number,
  now: number,
  lockedUntil: number,
): Promise<DeliveryRow | undefined> {
  const n = await db('webhook_deliveries')
    .where({ id, status: 'pending' })
    .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<', now))
    .update({ locked_until: lockedUntil });
  if (!n) return undefined;
  return db<DeliveryRow>('webhook_deliveries').where({ id }).first();
}

export async function markDelivered(
  db: Queryable,
  id: number,
  statusCode: number,
  now: number,
): Promise<void> {
  await db('webhook_deliveries')
    .where({ id })
    .update({
      status: 'delivered',
      attempts: db.raw('attempts + 1'),
      last_status_code: statusCode,
      last_error: null,
      delivered_at: now,
      next_attempt_at: null,
      locked_until: null,
    });
}

/** A failed attempt: tried again at nextAttemptAt, or given up on (failed) when that is null. */
export async function markAttemptFailed(
  db: Queryable,
  id: number,
  failure: { statusCode: number | null; error: string },
  nextAttemptAt: number | null,
): Promise<void> {
  await db('webhook_deliveries')
    .where({ id })
    .update({
      status: nextAttemptAt === null ? 'failed' : 'pending',
      attempts: db.raw('attempts + 1'),
      last_status_code: failure.statusCode,
      last_error: failure.error.slice(0, 500),
      next_attempt_at: nextAttemptAt,
      locked_until: null,
    });
}

/** The newest deliveries of a campaign, for its delivery log. */
export async function recentDeliveries(
  db: Queryable,
  campaignId: number,
  limit = 50,
): Promise<DeliveryRow[]> {
  return db<DeliveryRow>('webhook_deliveries')
    .where({ campaign_id: campaignId })
    .orderBy('id', 'desc')
    .limit(limit);
}

/** Delivered and failed rows past keeping; pending ones stay until they settle. */
export async function deleteSettledDeliveries(db: Queryable, before: number): Promise<number> {
  return db('webhook_deliveries')
    .whereIn('status', ['delivered', 'failed'])
    .andWhere('created_at', '<', before)
    .delete();
}
