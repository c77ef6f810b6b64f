import type { CallerState } from '../../protocol';
import type { AppContext } from '../context';
import type { Publisher } from '../realtime/publish';
import { findMembership, setCallerState } from '../store/callers';
import { findUserById } from '../store/users';
import type { Queryable } from '../store/db';
import type { AfterCommit } from '../store/transaction';

/** Tells the campaign's watchers a caller's current state, read back after commit. */
export async function publishCallerState(
  ctx: AppContext,
  publish: Publisher,
  campaignId: number,
  userId: number,
): Promise<void> {
  const [m, u] = await Promise.all([
    findMembership(ctx.db, campaignId, userId),
    findUserById(ctx.db, userId),
  ]);
  if (!m || !u) return;
  publish.toWatchers(campaignId, 'caller.updated', {
    campaignId,
    caller: { id: u.id, name: u.name, state: m.state, since: new Date(m.state_since).toISOString() },
  });
}

/** Changes a caller's state inside a transaction and announces it once committed. */
export async function changeCallerState(
  ctx: AppContext,
  publish: Publisher,
  trx: Queryable,
  afterCommit: AfterCommit,
  campaignId: number,
  userId: number,
  state: CallerState,
): Promise<void> {
  if (await setCallerState(trx, campaignId, userId, state, ctx.now())) {
    afterCommit(() => publish.statsChanged(campaignId));
    afterCommit(
      () =>
        void publishCallerState(ctx, publish, campaignId, userId).catch((err) =>
          ctx.log.error({ err }, 'caller.updated failed'),
        ),
    );
  }
}
