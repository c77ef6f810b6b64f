import type { CallOutcomePayload, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import { findCampaign } from '../store/campaigns';
import { findCallByIdempotencyKey, insertCall } from '../store/calls';
import { findContact } from '../store/contacts';
import { bumpCounters } from '../store/counters';
import { isUniqueViolation } from '../store/dialect';
import { addOptOut } from '../store/optOuts';
import { finishClaim, findQueueRow } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { holdPlaceInSession } from './bookSession';
import { upsertBooking } from '../store/rsvps';
import { changeCallerState } from './callerState';
import { nextStep } from './retry';

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
 * call.outcome: in one transaction, the call row, the queue row (done or queued for a
 * retry), the booking, the opt-out and the counters. Events go out after commit.
 */
export async function recordOutcome(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  p: CallOutcomePayload,
): Promise<{ callId: number }> {
  const retried = await earlierCall(ctx, p.idempotencyKey, user);
  if (retried) return retried;

  const row = await findQueueRow(ctx.db, p.assignmentId);
  if (!row || row.status !== 'claimed' || row.claimed_by !== user.id) {
    return (await earlierCall(ctx, p.idempotencyKey, user)) ?? Promise.reject(notHeld());
  }
  const [campaign, contact] = await Promise.all([
    findCampaign(ctx.db, row.campaign_id),
    findContact(ctx.db, row.contact_id),
  ]);
  if (!campaign || !contact) throw notHeld();
  const now = ctx.now();
  const callbackAt = p.callbackAt ? Date.parse(p.callbackAt) : null;
  if (callbackAt !== null && (callbackAt < now - 60_000 || callbackAt > now + 366 * 86_400_000)) {
    throw new AppError('invalid_request', 'callbackAt: must be in the next twelve months');
  }

  try {
    return await inTransaction(ctx.db, async (trx, afterCommit) => {
      const step = nextStep(
        p.outcome,
        row.attempts,
        campaign.maxAttempts,
        campaign.retryRules,
        now,
        callbackAt,
      );
      const finished = await finishClaim(trx, row.id, user.id, { ...step, outcome: p.outcome, now });
      if (!finished) throw notHeld();
      if (p.outcome === 'booked') await holdPlaceInSession(trx, p.sessionId!, now);
      const callId = await insertCall(trx, {
        campaignContactId: row.id,
        campaignId: campaign.id,
        contactId: contact.id,
        callerId: user.id,
        startedAt: row.dialled_at ?? row.claimed_at ?? now,
        endedAt: now,
        outcome: p.outcome,
        notes: p.notes?.trim() || null,
        answers: p.answers ?? {},
        sessionId: p.outcome === 'booked' ? (p.sessionId ?? null) : null,
        callbackAt,
        provider: campaign.telephony,
        idempotencyKey: p.idempotencyKey,
      });
      if (p.outcome === 'booked')
        await upsertBooking(trx, { sessionId: p.sessionId!, contactId: contact.id, callId }, now);
      if (p.outcome === 'do_not_call')
        await addOptOut(trx, contact.phone, 'Asked not to be called again', user.id, now);
      await bumpCounters(trx, campaign.id, {
        calls: 1,
        [`outcome:${p.outcome}`]: 1,
        ...(p.outcome === 'booked' ? { bookings: 1 } : {}),
      });
      await changeCallerState(ctx, publish, trx, afterCommit, campaign.id, user.id, 'idle');
      afterCommit(() => ctx.metrics.outcomes.inc({ outcome: p.outcome }));
      afterCommit(() =>
        publish.toWatchers(campaign.id, 'call.recorded', {
          campaignId: campaign.id,
          callId,
          outcome: p.outcome,
          callerId: user.id,
          at: new Date(now).toISOString(),
        }),
      );
      return { callId };
    });
  } catch (err) {
    // Two copies of one outcome raced: the loser finds the winner's call.
    if (isUniqueViolation(err) || (err instanceof AppError && err.id === 'assignment_not_held')) {
      const winner = await earlierCall(ctx, p.idempotencyKey, user);
      if (winner) return winner;
    }
    throw err;
  }
}
