import type { AppContext } from './context';
import { deleteStaleRateLimits } from './store/rateLimits';
import { deleteExpiredSessions } from './store/sessions';
import { deleteSettledDeliveries } from './store/webhooks';
import { purgeExpiredCallContent } from './privacy/retention';

const EVERY_MS = 10 * 60_000;
/** Rate-limit windows are at most an hour; anything older counts nothing. */
const RATE_LIMIT_KEEP_MS = 2 * 3600_000;
/** The delivery log shows the last few weeks; the outcomes themselves are in the calls table. */
const WEBHOOK_LOG_KEEP_MS = 30 * 86_400_000;

/**
 * Clears expired sessions (every visit to /api/me makes an anonymous one), spent
 * rate-limit windows, old webhook log rows, and call notes and answers past their campaign's
 * retention. Plain deletes and updates by time, so several instances may run it at once.
 */
export async function sweepOnce(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const sessions = await deleteExpiredSessions(ctx.db, now);
  await deleteStaleRateLimits(ctx.db, now - RATE_LIMIT_KEEP_MS);
  await deleteSettledDeliveries(ctx.db, now - WEBHOOK_LOG_KEEP_MS);
  const retention = await purgeExpiredCallContent(ctx);
  if (sessions) ctx.log.debug({ sessions }, 'expired sessions removed');
  const cleared = Object.values(retention).reduce((a, b) => a + b, 0);
  if (cleared)
    ctx.log.info({ cleared, byCampaign: retention }, 'call notes and answers past retention cleared');
}

export function startHousekeeping(ctx: AppContext): () => void {
  const timer = setInterval(() => {
    sweepOnce(ctx).catch((err) => ctx.log.error({ err }, 'housekeeping failed'));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
