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

export async function readCounters(
  db: Queryable,
  campaignId: number,
  prefix = '',
): Promise<Record<string, number>> {
  const rows: Array<{ key: string; value: number }> = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .andWhere('key', 'like', `${prefix}%`)
    .select('key', 'value');
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}
