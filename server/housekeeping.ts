import type { AppContext } from './context';
import { deleteStaleRateLimits } from './store/rateLimits';
import { deleteExpiredSessions } from './store/sessions';

const EVERY_MS = 10 * 60_000;
/** Rate-limit windows are at most an hour; anything older counts nothing. */
const RATE_LIMIT_KEEP_MS = 2 * 3600_000;

/**
 * Clears expired sessions (every visit to /api/me makes an anonymous one) and spent
 * rate-limit windows. Plain deletes by time, so several instances may run it at once.
 */
export async function sweepOnce(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const sessions = await deleteExpiredSessions(ctx.db, now);
  await deleteStaleRateLimits(ctx.db, now - RATE_LIMIT_KEEP_MS);
  if (sessions) ctx.log.debug({ sessions }, 'expired sessions removed');
}

export function startHousekeeping(ctx: AppContext): () => void {
  const timer = setInterval(() => {
    sweepOnce(ctx).catch((err) => ctx.log.error({ err }, 'housekeeping failed'));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
