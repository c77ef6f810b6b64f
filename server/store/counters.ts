import type { Queryable } from './db';

/**
 * Adds to several campaign counters in one statement. Keys go in sorted order so two
 * transactions always lock counter rows in the same order and cannot deadlock.
 */
export async function bumpCounters(
  db: Queryable,
  campaignId: number,
  deltas: Record<string, number>,
): Promise<void> {
  const keys = Object.keys(deltas).sort();
  if (!keys.length) return;
  await db('campaign_counters')
    .insert(keys.map((key) => ({ campaign_id: campaignId, key, value: deltas[key] })))
    .onConflict(['campaign_id', 'key'])
    .merge({ value: db.raw('campaign_counters.value + excluded.value') });
}

/** The campaign's counters, without the per-quarter ones (those are read by range). */
export async function readCounters(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const rows: Array<{ key: string; value: number }> = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .andWhere('key', 'not like', 'calls:q:%')
    .select('key', 'value');
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}

/** Counters whose keys sort between from and to (inclusive): a primary-key range read. */
export async function readCounterRange(
  db: Queryable,
  campaignId: number,
  from: string,
  to: string,
): Promise<Record<string, number>> {
  const rows: Array<{ key: string; value: number }> = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .andWhere('key', '>=', from)
    .andWhere('key', '<=', to)
    .select('key', 'value');
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}

/** Every counter, for the repair check. */
export async function readAllCounters(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const rows: Array<{ key: string; value: number }> = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .select('key', 'value');
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}

/** Replaces a campaign's counters wholesale (the repair command), in the caller's transaction. */
export async function replaceCounters(
  db: Queryable,
  campaignId: number,
  values: Record<string, number>,
): Promise<void> {
  await db('campaign_counters').where({ campaign_id: campaignId }).delete();
  const rows = Object.entries(values).map(([key, value]) => ({ campaign_id: campaignId, key, value }));
  for (let i = 0; i < rows.length; i += 300) await db('campaign_counters').insert(rows.slice(i, i + 300));
}
