import type { CallOutcomePayload, User } from '../../protocol';
import { REACHED_OUTCOMES } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Publisher } from '../realtime/publish';
import type { CampaignRecord } from '../store/campaigns';
import { insertCall } from '../store/calls';
import type { SessionRecord } from '../store/canvassSessions';
import { findContact } from '../store/contacts';
import { bumpCounters, shardFor } from '../store/counters';
import type { Queryable } from '../store/db';
import { addOptOut } from '../store/optOuts';
import { writeAudit } from '../store/audit';
import { maskPhone } from '../privacy/maskPhone';
import { finishClaim, scheduleReminder, stampFunnel } from '../store/queue';
import type { QueueRow } from '../store/queue';
import { cancelBooking, upsertBooking } from '../store/rsvps';
import type { AfterCommit } from '../store/transaction';
import { holdPlaceInSession } from './bookSession';
import { changeCallerState } from './callerState';
import { reminderStep, reminderTime } from './reminders';
import { nextStep } from './retry';
import { quarterKey } from '../stats/quarters';
import { queueWebhook } from '../webhooks/queueWebhook';
import { latestUnlinkedCall, linkProviderCall } from '../store/telephony';
import { providerFor } from '../telephony/providers';

const DO_NOT_CALL = 'Asked not to be called again';

export interface OutcomeInput {
  user: User;
  p: CallOutcomePayload;
  row: QueueRow;
  campaign: CampaignRecord;
  /** For a reminder call: the session it is about. */
  reminderSession: SessionRecord | undefined;
  now: number;
  callbackAt: number | null;
}

/**
 * Everything one outcome changes, inside the caller's transaction: the queue row (done,
 * a retry, or a reminder the evening before a booked session), the call row, the booking,
 * the opt-out, the counters and the funnel stamps. Events wait for the commit.
 */
export async function applyOutcome(
  ctx: AppContext,
  publish: Publisher,
  trx: Queryable,
  afterCommit: AfterCommit,
  { user, p, row, campaign, reminderSession, now, callbackAt }: OutcomeInput,
): Promise<{ callId: number }> {
  const reached = REACHED_OUTCOMES.includes(p.outcome);
  const firstReach = reached && row.reached_at === null;
  const step =
    row.purpose === 'reminder' && reminderSession
      ? reminderStep(p.outcome, row.attempts, campaign.maxAttempts, reminderSession.startsAt, now)
      : nextStep(p.outcome, row.attempts, campaign.maxAttempts, campaign.retryRules, now, callbackAt);
  const finished = await finishClaim(trx, row.id, user.id, {
    ...step,
    outcome: p.outcome,
    now,
    ...(firstReach ? { reachedAt: now } : {}),
  });
  if (!finished) throw new AppError('assignment_not_held', 'This contact is no longer yours to record');
  // The session is locked before the call row (whose foreign key share-locks it) is written.
  const booking = p.outcome === 'booked' ? await holdPlaceInSession(trx, p.sessionId!, now) : null;

  const callId = await insertCall(trx, {
    campaignContactId: row.id,
    campaignId: campaign.id,
    contactId: row.contact_id,
    callerId: user.id,
    startedAt: row.dialled_at ?? row.claimed_at ?? now,
    endedAt: now,
    outcome: p.outcome,
    notes: p.notes?.trim() || null,
    answers: p.answers ?? {},
    sessionId: booking?.id ?? null,
    callbackAt,
    provider: campaign.telephony,
    idempotencyKey: p.idempotencyKey,
  });

  // The phone leg Twilio or the simulation placed for this contact, if any, joins the call record.
  // Own-phone calls have none, so the hot path skips the look-up.
  const leg =
    providerFor(campaign).dialledBy === 'volunteer'
      ? undefined
      : await latestUnlinkedCall(trx, row.id, user.id);
  if (leg) await linkProviderCall(trx, leg, callId);

  const oldBooking = row.purpose === 'reminder' ? row.reminder_session_id : null;
  if (oldBooking !== null && (p.outcome === 'cannot_make_it' || (booking && booking.id !== oldBooking))) {
    await cancelBooking(trx, oldBooking, row.contact_id);
  }
  if (booking) {
    await upsertBooking(trx, { sessionId: booking.id, contactId: row.contact_id, callId }, now);
    const at = reminderTime(booking.starts_at, campaign.timezone, now);
    if (at !== null) await scheduleReminder(trx, row.id, booking.id, at);
  }
  // The contact row is read only when the outcome needs more than its id (most need none).
  const contact =
    p.outcome === 'do_not_call' || campaign.webhookUrl ? await findContact(trx, row.contact_id) : null;
  if (contact === undefined)
    throw new Error(`queue row ${row.id} points at missing contact ${row.contact_id}`);
  if (
    p.outcome === 'do_not_call' &&
    contact &&
    (await addOptOut(trx, contact.phone, DO_NOT_CALL, user.id, now))
  ) {
    // Opt-out changes are audited whoever makes them; the log keeps only a masked number.
    await writeAudit(
      trx,
      {
        actorId: user.id,
        action: 'opt_out.add',
        subjectType: 'phone',
        subjectId: maskPhone(contact.phone),
        detail: { reason: DO_NOT_CALL, campaignId: campaign.id, callId },
      },
      now,
    );
  }

  const firstBooking = booking !== null && row.booked_at === null;
  if (firstBooking) await stampFunnel(trx, row.id, { booked_at: now });

  if (contact)
    await queueWebhook(trx, campaign, contact, user, {
      callId,
      outcome: p.outcome,
      at: now,
      notes: p.notes?.trim() || null,
      answers: p.answers ?? {},
      sessionId: booking?.id ?? null,
    });

  await changeCallerState(ctx, publish, trx, afterCommit, campaign.id, user.id, 'idle');
  // Last before COMMIT, in the caller's shard: a counter row's lock is held until commit, and
  // only callers of the same shard (one in 16) add to these rows (counters.ts).
  await bumpCounters(
    trx,
    campaign.id,
    {
      calls: 1,
      [`outcome:${p.outcome}`]: 1,
      [quarterKey(now)]: 1,
      [`caller:${user.id}:calls`]: 1,
      ...(booking ? { bookings: 1 } : {}),
      ...(row.attempts === 0 && row.purpose === 'first' ? { 'funnel:called': 1 } : {}),
      ...(firstReach ? { 'funnel:reached': 1 } : {}),
      ...(firstBooking ? { 'funnel:booked': 1 } : {}),
    },
    shardFor(user.id),
  );
  afterCommit(() => ctx.metrics.outcomes.inc({ outcome: p.outcome }));
  afterCommit(() => publish.statsChanged(campaign.id));
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
}
