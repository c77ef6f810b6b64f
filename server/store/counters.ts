import type { Queryable } from './db';
import { runStatement } from './dialect';

/**
 * Counters are stored in shards (campaign_counters.shard): a writer picks one, readers sum
 * them. Outcomes use the caller's shard, so two callers' outcomes never wait on each other's
 * counter rows; 16 keeps a campaign's counter rows few while making a clash rare.
 */
export const COUNTER_SHARDS = 16;

/** The shard a caller's outcomes count in. */
export const shardFor = (userId: number): number => userId % COUNTER_SHARDS;

/**
 * Adds to several campaign counters in one statement. Keys go in sorted order so two
 * transactions always lock counter rows in the same order and cannot deadlock.
 */
export async function bumpCounters(
  db: Queryable,
  campaignId: number,
  deltas: Record<string, number>,
  shard = 0,
): Promise<void> {
  const keys = Object.keys(deltas).sort();
  if (!keys.length) return;
  await runStatement(
    db,
    `insert into "campaign_counters" ("campaign_id", "key", "shard", "value") values ` +
      keys.map(() => '(?, ?, ?, ?)').join(', ') +
      ` on conflict ("campaign_id", "key", "shard") do update set "value" = "campaign_counters"."value" + "excluded"."value"`,
    keys.flatMap((key) => [campaignId, key, shard, deltas[key]]),
  );
}

type CounterRows = Array<{ key: string; value: number | string }>;
const toRecord = (rows: CounterRows) => Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));

/** The campaign's counters, without the per-quarter ones (those are read by range). */
export async function readCounters(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const rows: CounterRows = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .andWhere('key', 'not like', 'calls:q:%')
    .groupBy('key')
    .select('key')
    .sum({ value: 'value' });
  return toRecord(rows);
}

/** Counters whose keys sort between from and to (inclusive): a primary-key range read. */
export async function readCounterRange(
  db: Queryable,
  campaignId: number,
  from: string,
  to: string,
): Promise<Record<string, number>> {
  const rows: CounterRows = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .andWhere('key', '>=', from)
    .andWhere('key', '<=', to)
    .groupBy('key')
    .select('key')
    .sum({ value: 'value' });
  return toRecord(rows);
}

/** Every counter, for the repair check. */
export async function readAllCounters(db: Queryable, campaignId: number): Promise<Record<string, number>> {
  const rows: CounterRows = await db('campaign_counters')
    .where({ campaign_id: campaignId })
    .groupBy('key')
    .select('key')
    .sum({ value: 'value' });
  return toRecord(rows);
}

/** Replaces a campaign's counters wholesale (the repair command), in the caller's transaction. */
export async function replaceCounters(
  db: Queryable,
  campaignId: number,
  values: Record<string, number>,
): Promise<void> {
  await db('campaign_counters').where({ campaign_id: campaignId }).delete();
  const rows = Object.entries(values).map(([key, value]) => ({
    campaign_id: campaignId,
    key,
    shard: 0,
    value,
  }));
  for (let i = 0; i < rows.length; i += 300) await db('campaign_counters').insert(rows.slice(i, i + 300));
}
