// Queue depth for /metrics: waiting and held contacts per active campaign, counted at scrape time.
import type { Queryable } from './db';

export interface QueueDepth {
  campaignId: number;
  /** Waiting in the queue, whether due now or later (a retry, a call-back). */
  queued: number;
  /** Waiting and due now (calling hours aside). */
  due: number;
  /** Held by a caller. */
  claimed: number;
}

/** One row per active campaign, zeros included; served by the (campaign_id, status, next_call_at) index. */
export async function queueDepthByCampaign(db: Queryable, now: number): Promise<QueueDepth[]> {
  const rows: Array<{ id: number; queued: unknown; due: unknown; claimed: unknown }> = await db(
    'campaigns as c',
  )
    .leftJoin('campaign_contacts as cc', function joinOpen() {
      this.on('cc.campaign_id', '=', 'c.id').andOnIn('cc.status', ['queued', 'claimed']);
    })
    .where('c.status', 'active')
    .groupBy('c.id')
    .orderBy('c.id')
    .select(
      'c.id',
      db.raw(`sum(case when cc.status = 'queued' then 1 else 0 end) as queued`),
      db.raw(`sum(case when cc.status = 'queued' and cc.next_call_at <= ? then 1 else 0 end) as due`, [now]),
      db.raw(`sum(case when cc.status = 'claimed' then 1 else 0 end) as claimed`),
    );
  return rows.map((r) => ({
    campaignId: Number(r.id),
    queued: Number(r.queued ?? 0),
    due: Number(r.due ?? 0),
    claimed: Number(r.claimed ?? 0),
  }));
}
