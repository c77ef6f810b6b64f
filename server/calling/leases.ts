import type { AppContext } from '../context';
import type { RealtimeServer } from '../realtime/io';
import type { Publisher } from '../realtime/publish';
import { userRoom } from '../realtime/publish';
import { releaseExpired, renewLeasesFor, startGrace, startGraceExcept } from '../store/queue';
import { activeCampaignIds, setCallerState } from '../store/callers';
import { publishCallerState } from './callerState';

/**
 * Keeps claims alive while their holder's socket is connected, and returns lapsed ones
 * to the queue. Each instance renews for its own sockets; the sweep is a guarded update,
 * so running it on several instances at once is safe.
 */
export function startLeaseKeeper(
  ctx: AppContext,
  io: RealtimeServer,
  publish: Publisher,
): () => Promise<void> {
  const tick = async () => {
    const now = ctx.now();
    const sockets = await io.local.fetchSockets();
    await renewLeasesFor(ctx.db, [...new Set(sockets.map((s) => s.data.user.id))], now);
    await graceForTheGone(ctx, io, now);
    for (const r of await releaseExpired(ctx.db, now)) {
      publish.toUser(r.claimed_by, 'assignment.revoked', { assignmentId: r.id, reason: 'lease_expired' });
    }
  };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch((err) => ctx.log.error({ err }, 'lease keeper failed'))
      .finally(() => (running = null));
  }, ctx.config.LEASE_SWEEP_SECONDS * 1000);
  timer.unref();
  // Stopping waits for a sweep already running: it must not reach a database being closed.
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/**
 * A claim whose holder has no socket on any instance gets at most the grace period. The
 * disconnect handler does this as a socket goes, but a call.next still running then, or a
 * renewal that read the socket list a moment before, can hand the claim a full lease after
 * it; the sweep catches those. Needs every instance's sockets: skipped while Redis is down.
 */
async function graceForTheGone(ctx: AppContext, io: RealtimeServer, now: number): Promise<void> {
  let everywhere: number[];
  try {
    everywhere = [...new Set((await io.fetchSockets()).map((s) => s.data.user.id))];
  } catch (err) {
    ctx.log.warn({ err }, 'could not list sockets on every instance; grace check skipped');
    return;
  }
  const shortened = await startGraceExcept(ctx.db, everywhere, now + ctx.config.LEASE_GRACE_SECONDS * 1000);
  if (shortened) ctx.log.info({ shortened }, 'claims of callers with no socket put on grace');
}

/** A socket came back: keep its claim for the full lease again, and say the caller is here. */
export async function callerConnected(ctx: AppContext, publish: Publisher, userId: number): Promise<void> {
  const now = ctx.now();
  await renewLeasesFor(ctx.db, [userId], now);
  await markPresence(ctx, publish, userId, 'idle', 'away');
}

/** The caller's last socket went: their claim waits out the grace period, then goes back to the queue. */
export async function callerDisconnected(
  ctx: AppContext,
  io: RealtimeServer,
  publish: Publisher,
  userId: number,
): Promise<void> {
  const remaining = await io.in(userRoom(userId)).fetchSockets();
  if (remaining.length) return;
  await startGrace(ctx.db, userId, ctx.now() + ctx.config.LEASE_GRACE_SECONDS * 1000);
  await markPresence(ctx, publish, userId, 'away');
}

/** Sets away (or back from away) in each campaign the caller works. */
async function markPresence(
  ctx: AppContext,
  publish: Publisher,
  userId: number,
  state: 'idle' | 'away',
  onlyFrom?: 'away',
): Promise<void> {
  for (const campaignId of await activeCampaignIds(ctx.db, userId)) {
    if (await setCallerState(ctx.db, campaignId, userId, state, ctx.now(), onlyFrom)) {
      await publishCallerState(ctx, publish, campaignId, userId);
    }
  }
}
