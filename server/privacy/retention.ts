import type { AppContext } from '../context';
import { campaignsWithRetention } from '../store/campaigns';
import { clearOldCallContent } from '../store/privacy';

const DAY_MS = 86_400_000;

/**
 * Clears call notes and survey answers older than each campaign's retention setting. Plain
 * guarded UPDATEs: several instances running it at once clear the same rows, harmlessly.
 * Returns how many calls were cleared, per campaign that had any.
 */
export async function purgeExpiredCallContent(ctx: AppContext): Promise<Record<number, number>> {
  const now = ctx.now();
  const cleared: Record<number, number> = {};
  for (const c of await campaignsWithRetention(ctx.db)) {
    const n = await clearOldCallContent(ctx.db, c.id, now - c.retentionDays * DAY_MS);
    if (n) cleared[c.id] = n;
  }
  return cleared;
}
