import type { User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import { markDialled, releaseClaim } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { changeCallerState } from './callerState';

const notHeld = () => new AppError('assignment_not_held', 'You do not hold this contact any more');

/** call.dialled: the caller pressed call; they are now on a call. */
export async function markCallDialled(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  assignmentId: number,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const row = await markDialled(trx, assignmentId, user.id, ctx.now());
    if (!row) throw notHeld();
    await changeCallerState(ctx, publish, trx, afterCommit, row.campaign_id, user.id, 'on_call');
  });
}

/** call.release: puts the contact back exactly as it was (no attempt counted). */
export async function releaseAssignment(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  assignmentId: number,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const row = await releaseClaim(trx, assignmentId, user.id);
    if (!row) throw notHeld();
    await changeCallerState(ctx, publish, trx, afterCommit, row.campaign_id, user.id, 'idle');
  });
}
