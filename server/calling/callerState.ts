import type { CallerState } from '../../protocol';
import type { AppContext } from '../context';
import type { Publisher } from '../realtime/publish';
import { findMembership, setCallerState } from '../store/callers';
import { findUserById } from '../store/users';
import type { Queryable } from '../store/db';
import type { AfterCommit } from '../store/transaction';

// Every call changes a caller's state twice; names are only ever set at sign-up, so a
// short cache keeps the read of users off each announcement. A name seen up to a minute
// late in a live event is harmless; the state itself is never cached.
const NAME_TTL_MS = 60_000;
const NAME_CACHE_MAX = 10_000;
const names = new Map<number, { name: string; at: number }>();

async function callerName(ctx: AppContext, userId: number): Promise<string | undefined> {
  const hit = names.get(userId);
  const now = Date.now();
  if (hit && now - hit.at < NAME_TTL_MS) return hit.name;
  const u = await findUserById(ctx.db, userId);
  if (!u) return undefined;
  if (names.size >= NAME_CACHE_MAX) names.clear();
  names.set(userId, { name: u.name, at: now });
  return u.name;
}

/** Tells the campaign's watchers a caller's current state, read back after commit. */
export async function publishCallerState(
  ctx: AppContext,
  publish: Publisher,
  campaignId: number,
  userId: number,
): Promise<void> {
  const [m, name] = await Promise.all([findMembership(ctx.db, campaignId, userId), callerName(ctx, userId)]);
  if (!m || name === undefined) return;
  publish.toWatchers(campaignId, 'caller.updated', {
    campaignId,
    caller: { id: userId, name, state: m.state, since: new Date(m.state_since).toISOString() },
  });
}

/**
 * Changes a caller's state inside a transaction and announces it once committed. The
 * announcement carries what the transaction wrote rather than reading it back: one caller's
 * changes come one request at a time, and stats.updated (a few times a second) carries every
 * caller's stored state, so a watcher is never left with a stale one.
 */
export async function changeCallerState(
  ctx: AppContext,
  publish: Publisher,
  trx: Queryable,
  afterCommit: AfterCommit,
  campaignId: number,
  userId: number,
  state: CallerState,
): Promise<void> {
  const now = ctx.now();
  if (await setCallerState(trx, campaignId, userId, state, now)) {
    afterCommit(() => publish.statsChanged(campaignId));
    afterCommit(
      () =>
        void callerName(ctx, userId)
          .then((name) => {
            if (name === undefined) return;
            publish.toWatchers(campaignId, 'caller.updated', {
              campaignId,
              caller: { id: userId, name, state, since: new Date(now).toISOString() },
            });
          })
          .catch((err) => ctx.log.error({ err }, 'caller.updated failed')),
    );
  }
}
