// Calls are also counted per quarter hour (campaign_counters "calls:q:<n>", n = epoch
// quarter), so the dashboard's time series is a few indexed reads, never a scan of calls.
export const QUARTER_MS = 15 * 60_000;
const PREFIX = 'calls:q:';

export const quarterOf = (ms: number): number => Math.floor(ms / QUARTER_MS);
export const quarterKey = (ms: number): string => `${PREFIX}${quarterOf(ms)}`;

/** The counter keys bounding the last `count` quarters up to now. */
export function quarterRange(now: number, count = 48): [string, string] {
  const last = quarterOf(now);
  return [`${PREFIX}${last - count + 1}`, `${PREFIX}${last}`];
}

/** The last `count` quarters up to now, filled from the counters (missing quarters are 0). */
export function quarterSeries(
  counters: Record<string, number>,
  now: number,
  count = 48,
): Array<{ at: string; calls: number }> {
  const last = quarterOf(now);
  return Array.from({ length: count }, (_, i) => {
    const q = last - count + 1 + i;
    return { at: new Date(q * QUARTER_MS).toISOString(), calls: counters[`${PREFIX}${q}`] ?? 0 };
  });
}
