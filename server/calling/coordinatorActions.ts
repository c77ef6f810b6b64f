import type { User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import type { Publisher } from '../realtime/publish';
import { writeAudit } from '../store/audit';
import { markRemoved } from '../store/callers';
import { findQueueRow, heldBy, releaseClaim } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { changeCallerState } from './callerState';

/** assignment.return: a coordinator puts a stuck contact back in the queue; its holder is told. */
export async function returnAssignment(
  ctx: AppContext,
  publish: Publisher,
  actor: User,
  assignmentId: number,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const before = await findQueueRow(trx, assignmentId);
    if (!before) throw notFound('Assignment');
    const row = await releaseClaim(trx, assignmentId, null, ctx.now());
    if (!row || before.claimed_by === null) throw new AppError('conflict', 'Nobody holds this contact now');
    const holder = before.claimed_by;
    await writeAudit(
      trx,
      { actorId: actor.id, action: 'assignment.return', subjectType: 'assignment', subjectId: assignmentId },
      ctx.now(),
    );
    await changeCallerState(ctx, publish, trx, afterCommit, row.campaign_id, holder, 'idle');
    afterCommit(() => publish.statsChanged(row.campaign_id));
    afterCommit(() =>
      publish.toUser(holder, 'assignment.revoked', { assignmentId, reason: 'returned_by_coordinator' }),
    );
  });
}

/** caller.remove: ends a caller's access to a campaign; their claim goes back and their sockets are closed. */
export async function removeCaller(
  ctx: AppContext,
  publish: Publisher,
  actor: User,
  campaignId: number,
  userId: number,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    if (!(await markRemoved(trx, campaignId, userId, ctx.now()))) throw notFound('Caller in this campaign');
    const held = await heldBy(trx, userId);
    if (held?.campaign_id === campaignId) {
      await releaseClaim(trx, held.id, userId, ctx.now());
      afterCommit(() =>
        publish.toUser(userId, 'assignment.revoked', { assignmentId: held.id, reason: 'removed' }),
      );
    }
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'caller.remove',
        subjectType: 'user',
        subjectId: userId,
        detail: { campaignId },
      },
      ctx.now(),
    );
    afterCommit(() => publish.disconnectUser(userId));
    afterCommit(() => publish.statsChanged(campaignId));
  });
}
