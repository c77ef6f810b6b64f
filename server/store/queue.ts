// The queue (campaign_contacts): claim, hold, release, finish. Every change is one guarded
// statement, so two callers can never hold the same contact.
import type { AnyOutcome } from '../../protocol';
import type { Queryable } from './db';
import { runStatement, skipLockedClause } from './dialect';

export interface QueueRow {
  id: number;
  campaign_id: number;
  contact_id: number;
  status: 'queued' | 'claimed' | 'done';
  attempts: number;
  next_call_at: number;
  priority: number;
  claimed_by: number | null;
  claimed_at: number | null;
  lease_expires_at: number | null;
  dialled_at: number | null;
  last_outcome: AnyOutcome | null;
  last_called_at: number | null;
  purpose: 'first' | 'reminder';
  reminder_session_id: number | null;
  reached_at: number | null;
  booked_at: number | null;
}

/** Adds contacts to a campaign's queue, due now; contacts already queued there are left alone. */
export async function enqueue(
  db: Queryable,
  campaignId: number,
  contactIds: number[],
  now: number,
): Promise<number> {
  let added = 0;
  for (let i = 0; i < contactIds.length; i += 500) {
    const rows = contactIds.slice(i, i + 500).map((contactId) => ({
      campaign_id: campaignId,
      contact_id: contactId,
      status: 'queued',
      attempts: 0,
      next_call_at: now,
      priority: 0,
    }));
    const inserted = await db('campaign_contacts')
      .insert(rows)
      .onConflict(['campaign_id', 'contact_id'])
      .ignore()
      .returning('id');
    added += inserted.length;
  }
  return added;
}

/** The claim this caller holds, in any campaign. */
export async function heldBy(db: Queryable, userId: number): Promise<QueueRow | undefined> {
  // 'claimed' written out, not bound: only then can SQLite use the partial one-claim index.
  const [row] = await runStatement<QueueRow>(
    db,
    `select * from "campaign_contacts" where "claimed_by" = ? and "status" = 'claimed' limit 1`,
    [userId],
  );
  return row;
}

export interface ClaimFilter {
  campaignId: number;
  userId: number;
  now: number;
  leaseMs: number;
  /** Contacts with no zone of their own are callable when the campaign's zone is open. */
  campaignZoneOpen: boolean;
  /** Contact time zones where it is calling hours now. */
  openZones: string[];
}

/**
 * One statement: pick the best due, queued contact (not opted out, inside calling hours)
 * and claim it. Postgres skips rows other transactions hold; SQLite's
 * single writer makes the statement atomic on its own.
 */
export async function claimNext(db: Queryable, f: ClaimFilter): Promise<QueueRow | undefined> {
  const zones: string[] = [];
  if (f.campaignZoneOpen) zones.push('"c"."timezone" is null');
  if (f.openZones.length) zones.push(`"c"."timezone" in (${f.openZones.map(() => '?').join(', ')})`);
  const [row] = await runStatement<QueueRow>(
    db,
    `update "campaign_contacts" set "status" = 'claimed', "claimed_by" = ?, "claimed_at" = ?, "lease_expires_at" = ?, "dialled_at" = null ` +
      `where "id" = (select "cc"."id" from "campaign_contacts" as "cc" inner join "contacts" as "c" on "c"."id" = "cc"."contact_id" ` +
      `where "cc"."campaign_id" = ? and "cc"."status" = 'queued' and "cc"."next_call_at" <= ? ` +
      `and not exists (select 1 from "opt_outs" as "o" where "o"."phone_e164" = "c"."phone_e164") ` +
      `and (${zones.length ? zones.join(' or ') : '1 = 0'}) ` +
      `order by "cc"."priority" desc, "cc"."next_call_at" asc, "cc"."id" asc limit 1${skipLockedClause(db, 'cc')}) ` +
      `and "status" = 'queued' returning *`,
    [f.userId, f.now, f.now + f.leaseMs, f.campaignId, f.now, ...f.openZones],
  );
  return row;
}

/** Renews the lease on a claim the caller holds; false when they no longer hold it. */
export async function renewLease(db: Queryable, id: number, userId: number, until: number): Promise<boolean> {
  const rows = await runStatement(
    db,
    `update "campaign_contacts" set "lease_expires_at" = ? where "id" = ? and "claimed_by" = ? and "status" = 'claimed' returning "id"`,
    [until, id, userId],
  );
  return rows.length === 1;
}

/** Renews every claim held by these callers, each by its campaign's lease length. */
export async function renewLeasesFor(db: Queryable, userIds: number[], now: number): Promise<void> {
  if (!userIds.length) return;
  await db('campaign_contacts')
    .where('status', 'claimed')
    .whereIn('claimed_by', userIds)
    .update({
      lease_expires_at: db.raw(
        'CAST(? AS BIGINT) + 1000 * (select lease_seconds from campaigns where campaigns.id = campaign_contacts.campaign_id)',
        [now],
      ),
    });
}

/** Shortens a disconnected caller's claim to the grace period (never lengthens it). */
export async function startGrace(db: Queryable, userId: number, until: number): Promise<void> {
  await db('campaign_contacts')
    .where({ claimed_by: userId, status: 'claimed' })
    .andWhere('lease_expires_at', '>', until)
    .update({ lease_expires_at: until });
}

/**
 * Shortens to `until` every claim whose holder is not among `connected` (never lengthens):
 * the sweep's catch for a claim made or renewed just as its caller's last socket went.
 */
export async function startGraceExcept(db: Queryable, connected: number[], until: number): Promise<number> {
  const q = db('campaign_contacts').where('status', 'claimed').andWhere('lease_expires_at', '>', until);
  if (connected.length) q.whereNotIn('claimed_by', connected);
  return q.update({ lease_expires_at: until });
}

export async function markDialled(
  db: Queryable,
  id: number,
  userId: number,
  now: number,
): Promise<QueueRow | undefined> {
  const [row] = await runStatement<QueueRow>(
    db,
    `update "campaign_contacts" set "dialled_at" = ? where "id" = ? and "claimed_by" = ? and "status" in ('claimed', 'queued') returning *`,
    [now, id, userId],
  );
  return row;
}

const unclaimed = {
  status: 'queued',
  claimed_by: null,
  claimed_at: null,
  lease_expires_at: null,
  dialled_at: null,
};

/** Puts a claim back untouched. With userId, only if that caller holds it. */
export async function releaseClaim(
  db: Queryable,
  id: number,
  userId: number | null,
  now: number,
): Promise<QueueRow | undefined> {
  const [row] = await db('campaign_contacts')
    .where({ id, status: 'claimed' })
    .modify((q) => {
      if (userId !== null) q.where({ claimed_by: userId });
    })
    // Due from now: behind everyone already waiting, so a skipped contact does not come straight back.
    .update({
      ...unclaimed,
      next_call_at: db.raw('CASE WHEN next_call_at < ? THEN ? ELSE next_call_at END', [now, now]),
    })
    .returning('*');
  return row as QueueRow | undefined;
}

/** Returns lapsed claims (of one campaign, or all) to the queue; safe to run on several instances at once. */
export async function releaseExpired(
  db: Queryable,
  now: number,
  campaignId?: number,
): Promise<Array<{ id: number; claimed_by: number }>> {
  const expired: Array<{ id: number; claimed_by: number }> = await db('campaign_contacts')
    .where('status', 'claimed')
    .andWhere('lease_expires_at', '<', now)
    .modify((q) => {
      if (campaignId !== undefined) q.where({ campaign_id: campaignId });
    })
    .select('id', 'claimed_by')
    .limit(1000);
  const released: Array<{ id: number; claimed_by: number }> = [];
  for (const e of expired) {
    // The guard re-checks: another instance (or the caller, by recording) may have got there first.
    const n = await db('campaign_contacts')
      .where({ id: e.id, status: 'claimed', claimed_by: e.claimed_by })
      .andWhere('lease_expires_at', '<', now)
      // claimed_by stays as the last holder: if nobody claims it meanwhile, their outcome
      // (re-sent after a long disconnection) is still accepted.
      .update({ ...unclaimed, claimed_by: e.claimed_by });
    if (n === 1) released.push(e);
  }
  return released;
}

/** Finishes the attempt the caller holds: done, or back in the queue for a retry. */
export async function finishClaim(
  db: Queryable,
  id: number,
  userId: number,
  next: { done: boolean; nextCallAt: number; outcome: AnyOutcome; now: number; reachedAt?: number },
): Promise<QueueRow | undefined> {
  // Held now, or lapsed while its holder was away and claimed by nobody since (claimed_by keeps the last holder).
  const [row] = await runStatement<QueueRow>(
    db,
    `update "campaign_contacts" set "status" = ?, "claimed_by" = null, "claimed_at" = null, "lease_expires_at" = null, ` +
      `"dialled_at" = null, "attempts" = "attempts" + 1, "next_call_at" = ?, "last_outcome" = ?, "last_called_at" = ?, ` +
      // The funnel's first reach, stamped here rather than by a statement of its own.
      `"reached_at" = coalesce(?, "reached_at") ` +
      `where "id" = ? and "claimed_by" = ? and "status" in ('claimed', 'queued') returning *`,
    [
      next.done ? 'done' : 'queued',
      next.nextCallAt,
      next.outcome,
      next.now,
      next.reachedAt ?? null,
      id,
      userId,
    ],
  );
  return row;
}

export async function findQueueRow(db: Queryable, id: number): Promise<QueueRow | undefined> {
  const [row] = await runStatement<QueueRow>(db, `select * from "campaign_contacts" where "id" = ?`, [id]);
  return row;
}

export async function countByStatus(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const rows: Array<{ status: string; n: number | string }> = await db('campaign_contacts')
    .where({ campaign_id: campaignId })
    .groupBy('status')
    .select('status')
    .count({ n: '*' });
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Puts a booked contact back in the queue for the reminder call the evening before their session. */
export async function scheduleReminder(
  db: Queryable,
  id: number,
  sessionId: number,
  at: number,
): Promise<void> {
  await db('campaign_contacts').where({ id }).update({
    status: 'queued',
    purpose: 'reminder',
    reminder_session_id: sessionId,
    next_call_at: at,
    attempts: 0,
    priority: 10,
  });
}

/** Stamps the first time a contact was reached or booked (each is counted once in the funnel). */
export async function stampFunnel(
  db: Queryable,
  id: number,
  stamps: { reached_at?: number; booked_at?: number },
): Promise<void> {
  if (Object.keys(stamps).length) await db('campaign_contacts').where({ id }).update(stamps);
}

/** Reminder calls for a cancelled session become first calls again, due now, so callers can offer another session. */
export async function requeueRemindersFor(db: Queryable, sessionId: number, now: number): Promise<void> {
  await db('campaign_contacts')
    .where({ reminder_session_id: sessionId, status: 'queued' })
    .update({ purpose: 'first', reminder_session_id: null, next_call_at: now, priority: 5, attempts: 0 });
}

/** Who holds which contact in a campaign right now: caller id → queue row id. */
export async function heldInCampaign(db: Queryable, campaignId: number): Promise<Map<number, number>> {
  const rows: Array<{ id: number; claimed_by: number }> = await db('campaign_contacts')
    .where({ campaign_id: campaignId, status: 'claimed' })
    .select('id', 'claimed_by');
  return new Map(rows.map((r) => [r.claimed_by, r.id]));
}

/** The queue row if this caller holds it now. */
export async function heldRow(db: Queryable, id: number, userId: number): Promise<QueueRow | undefined> {
  return db<QueueRow>('campaign_contacts').where({ id, claimed_by: userId, status: 'claimed' }).first();
}
