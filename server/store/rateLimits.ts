import type { Queryable } from './db';
import { runStatement } from './dialect';

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
  const [row] = await runStatement<{ count: number | string }>(
    db,
    `insert into "rate_limits" ("key", "window_start", "count") values (?, ?, 1) on conflict ("key") do update set ` +
      // A hit in a new window starts the count again.
      `"count" = CASE WHEN "rate_limits"."window_start" = ? THEN "rate_limits"."count" + 1 ELSE 1 END, "window_start" = ? ` +
      `returning "count"`,
    [key, windowStart, windowStart, windowStart],
  );
  return Number(row!.count);
}

export async function deleteStaleRateLimits(db: Queryable, before: number): Promise<void> {
  await db('rate_limits').where('window_start', '<', before).delete();
}
