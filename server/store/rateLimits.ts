import type { Queryable } from './db';

/**
 * Counts one hit against key in a fixed window and returns the count so far. One upsert,
 * so concurrent hits from several instances are all counted.
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  windowMs: number,
  now: number,
): Promise<number> {
  const windowStart = now - (now % windowMs);
  const [row] = await db('rate_limits')
    .insert({ key, window_start: windowStart, count: 1 })
    .onConflict('key')
    .merge({
      // A hit in a new window starts the count again.
      count: db.raw('CASE WHEN rate_limits.window_start = ? THEN rate_limits.count + 1 ELSE 1 END', [
        windowStart,
      ]),
      window_start: windowStart,
    })
    .returning('count');
  return Number((row as { count: number }).count);
}

export async function deleteStaleRateLimits(db: Queryable, before: number): Promise<void> {
  await db('rate_limits').where('window_start', '<', before).delete();
}
