import type { CallerState, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import type { Queryable } from '../store/db';
import { heldRow, markDialled, releaseClaim } from '../store/queue';
import type { QueueRow } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { changeCallerState } from './callerState';

/** Changes a claim the caller holds and sets their state to match, in one transaction. */
async function changeHeldClaim(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  change: (trx: Queryable) => Promise<QueueRow | undefined>,
  state: CallerState,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const row = await change(trx);
    if (!row) throw new AppError('assignment_not_held', 'You do not hold this contact any more');
    await changeCallerState(ctx, publish, trx, afterCommit, row.campaign_id, user.id, state);
    afterCommit(() => publish.statsChanged(row.campaign_id));
  });
}

/** call.dialled: the caller pressed call; they are now on a call. */
export const markCallDialled = (ctx: AppContext, publish: Publisher, user: User, assignmentId: number) =>
  changeHeldClaim(ctx, publish, user, (trx) => markDialled(trx, assignmentId, user.id, ctx.now()), 'on_call');

/** call.release: puts the contact back exactly as it was (no attempt counted). */
export const releaseAssignment = (ctx: AppContext, publish: Publisher, user: User, assignmentId: number) =>
  changeHeldClaim(ctx, publish, user, (trx) => releaseClaim(trx, assignmentId, user.id, ctx.now()), 'idle');

/** call.ended: the call is over and the caller is recording it (wrap_up until the outcome is saved). */
export const markCallEnded = (ctx: AppContext, publish: Publisher, user: User, assignmentId: number) =>
  changeHeldClaim(ctx, publish, user, (trx) => heldRow(trx, assignmentId, user.id), 'wrap_up');
