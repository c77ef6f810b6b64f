import type { CallOutcomePayload, User } from '../../protocol';
import { REMINDER_OUTCOMES } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import { findCampaign } from '../store/campaigns';
import type { CampaignRecord } from '../store/campaigns';
import { findCallByIdempotencyKey } from '../store/calls';
import { findSession } from '../store/canvassSessions';
import { findContact } from '../store/contacts';
import { isUniqueViolation } from '../store/dialect';
import { findQueueRow } from '../store/queue';
import type { QueueRow } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { applyOutcome } from './applyOutcome';
import { callbackInHours, wallClock } from './hours';

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
): Promise<{ callId: number; callbackMovedTo?: string }> {
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
  const asked = p.callbackAt ? Date.parse(p.callbackAt) : null;
  if (asked !== null && (asked < now - 60_000 || asked > now + 366 * 86_400_000)) {
    throw new AppError('invalid_request', 'callbackAt: must be in the next twelve months');
  }
  const callback =
    p.outcome === 'call_back' && asked !== null ? await fitCallback(ctx, campaign, row, asked) : null;

  try {
    const recorded = await inTransaction(ctx.db, (trx, afterCommit) =>
      applyOutcome(ctx, publish, trx, afterCommit, {
        user,
        p: callback?.note
          ? { ...p, notes: [p.notes?.trim(), callback.note].filter(Boolean).join('\n\n') }
          : p,
        row,
        campaign,
        reminderSession,
        now,
        callbackAt: callback?.at ?? asked,
      }),
    );
    return callback?.note ? { ...recorded, callbackMovedTo: new Date(callback.at).toISOString() } : recorded;
  } catch (err) {
    // A retry, or two copies of one outcome racing: the loser finds the first one's call.
    if (isUniqueViolation(err) || (err instanceof AppError && err.id === 'assignment_not_held')) {
      const winner = await earlierCall(ctx, p.idempotencyKey, user);
      if (winner) return winner;
    }
    throw err;
  }
}

/**
 * A call-back asked for outside calling hours (on the contact's clock) moves to the start of the
 * next window, with a note saying so on the call: a promise to ring at 22:30 is kept at 10:00.
 */
async function fitCallback(
  ctx: AppContext,
  campaign: CampaignRecord,
  row: QueueRow,
  asked: number,
): Promise<{ at: number; note: string | null }> {
  const zone = (await findContact(ctx.db, row.contact_id))?.timezone ?? campaign.timezone;
  const fitted = callbackInHours(asked, zone, campaign.callingHours, campaign.allowAnyHour);
  if (!fitted.moved) return { at: asked, note: null };
  const when = (t: number) => wallClock(t, zone);
  return {
    at: fitted.at,
    note: `Call-back asked for ${when(asked)} is outside calling hours: moved to ${when(fitted.at)} (${zone.replace(/_/g, ' ')}).`,
  };
}
