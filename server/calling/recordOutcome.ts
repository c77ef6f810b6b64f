import type { CallOutcomePayload, User } from '../../protocol';
import { REMINDER_OUTCOMES } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import { findCampaign } from '../store/campaigns';
import { findCallByIdempotencyKey } from '../store/calls';
import { findSession } from '../store/canvassSessions';
import { isUniqueViolation } from '../store/dialect';
import { findQueueRow } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { applyOutcome } from './applyOutcome';

const notHeld = () =>
  new AppError(
    'assignment_not_held',
    'This contact is no longer yours to record: it was released, returned or recorded already',
  );

/** A retry of an outcome already stored: the same callId, nothing written. */
async function earlierCall(ctx: AppContext, key: string, user: User): Promise<{ callId: number } | null> {
  const earlier = await findCallByIdempotencyKey(ctx.db, key);
  if (!earlier) return null;
  if (earlier.caller_id !== user.id)
    throw new AppError('conflict', 'That idempotencyKey was used by another caller');
  return { callId: earlier.id };
}

/**
 * call.outcome: checks what can be checked before writing, then applies the outcome in one
 * transaction (applyOutcome.ts). A retried key returns the first callId and writes nothing.
 */
export async function recordOutcome(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  p: CallOutcomePayload,
): Promise<{ callId: number }> {
  // A retried key is not looked up first: its attempt is no longer held (notHeld below), or,
  // if the caller holds the contact again, the call row's unique key rolls the retry back.
  // Either way the first callId is found and returned, and the first outcome read saves a look-up.
  const row = await findQueueRow(ctx.db, p.assignmentId);
  // Still held, or lapsed while the caller was away and not claimed by anyone since.
  const holds = row && row.claimed_by === user.id && (row.status === 'claimed' || row.status === 'queued');
  if (!row || !holds) {
    return (await earlierCall(ctx, p.idempotencyKey, user)) ?? Promise.reject(notHeld());
  }
  const [campaign, reminderSession] = await Promise.all([
    findCampaign(ctx.db, row.campaign_id),
    row.purpose === 'reminder' && row.reminder_session_id
      ? findSession(ctx.db, row.reminder_session_id)
      : undefined,
  ]);
  if (!campaign) throw notHeld();
  if (row.purpose === 'first' && (REMINDER_OUTCOMES as readonly string[]).includes(p.outcome)) {
    throw new AppError('invalid_request', `outcome: ${p.outcome} is only for reminder calls`);
  }
  const now = ctx.now();
  const callbackAt = p.callbackAt ? Date.parse(p.callbackAt) : null;
  if (callbackAt !== null && (callbackAt < now - 60_000 || callbackAt > now + 366 * 86_400_000)) {
    throw new AppError('invalid_request', 'callbackAt: must be in the next twelve months');
  }

  try {
    return await inTransaction(ctx.db, (trx, afterCommit) =>
      applyOutcome(ctx, publish, trx, afterCommit, {
        user,
        p,
        row,
        campaign,
        reminderSession,
        now,
        callbackAt,
      }),
    );
  } catch (err) {
    // A retry, or two copies of one outcome racing: the loser finds the first one's call.
    if (isUniqueViolation(err) || (err instanceof AppError && err.id === 'assignment_not_held')) {
      const winner = await earlierCall(ctx, p.idempotencyKey, user);
      if (winner) return winner;
    }
    throw err;
  }
}
