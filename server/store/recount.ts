// The campaign's counters recomputed from the records themselves (the repair command's truth).
import type { Queryable } from './db';

const n = (v: unknown) => Number(v ?? 0);

export async function recountCampaign(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const [byOutcome, byQuarter, byCaller, called, funnel, attended] = await Promise.all([
    db('calls').where({ campaign_id: campaignId }).groupBy('outcome').select('outcome').count({ c: '*' }),
    db('calls')
      .where({ campaign_id: campaignId })
      .groupByRaw('ended_at / 900000')
      .select(db.raw('ended_at / 900000 as q'))
      .count({ c: '*' }),
    db('calls')
      .where({ campaign_id: campaignId })
      .whereNotNull('caller_id')
      .groupBy('caller_id')
      .select('caller_id')
      .count({ c: '*' }),
    db('calls').where({ campaign_id: campaignId }).countDistinct({ c: 'campaign_contact_id' }).first(),
    db('campaign_contacts')
      .where({ campaign_id: campaignId })
      .count({ reached: 'reached_at', booked: 'booked_at' })
      .first(),
    db('rsvps as r')
      .join('calls as k', 'k.id', 'r.call_id')
      .where({ 'k.campaign_id': campaignId, 'r.status': 'attended' })
      .count({ c: '*' })
      .first(),
  ]);
  const out: Record<string, number> = {};
  const put = (key: string, value: number) => {
    if (value) out[key] = value;
  };
  let calls = 0;
  for (const r of byOutcome as Array<{ outcome: string; c: unknown }>) {
    put(`outcome:${r.outcome}`, n(r.c));
    calls += n(r.c);
  }
  put('calls', calls);
  put('bookings', out['outcome:booked'] ?? 0);
  for (const r of byQuarter as Array<{ q: unknown; c: unknown }>) put(`calls:q:${n(r.q)}`, n(r.c));
  for (const r of byCaller as Array<{ caller_id: number; c: unknown }>)
    put(`caller:${r.caller_id}:calls`, n(r.c));
  put('funnel:called', n((called as { c?: unknown })?.c));
  put('funnel:reached', n((funnel as { reached?: unknown })?.reached));
  put('funnel:booked', n((funnel as { booked?: unknown })?.booked));
  put('funnel:attended', n((attended as { c?: unknown })?.c));
  return out;
}

export async function campaignIds(db: Queryable): Promise<number[]> {
  return (await db('campaigns').pluck('id')) as number[];
}
