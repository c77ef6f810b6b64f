import type { ProviderStatus } from '../../protocol';
import type { AppContext } from '../context';
import { changeCallerState } from '../calling/callerState';
import type { Publisher } from '../realtime/publish';
import { heldRow } from '../store/queue';
import { isEnded, recordProviderStatus } from '../store/telephony';
import type { ProviderCallUpdate } from '../store/telephony';
import { inTransaction } from '../store/transaction';

/**
 * One status of a provider's call leg (a Twilio status callback, or the simulation): stored on
 * the provider call record, the caller's state flipped (answered → on_call, over → wrap_up) while
 * they still hold the contact, and the caller's screen told once committed.
 */
export async function applyProviderStatus(
  ctx: AppContext,
  publish: Publisher,
  u: ProviderCallUpdate,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const row = await recordProviderStatus(trx, u, ctx.now());
    // A callback after the end (they can arrive out of order) leaves the record, and the caller, alone.
    const applied = row.status === u.status;
    const state = !applied
      ? null
      : u.status === 'answered' || u.status === 'ringing'
        ? 'on_call'
        : isEnded(u.status)
          ? 'wrap_up'
          : null;
    if (state && (await heldRow(trx, u.assignmentId, u.callerId))) {
      await changeCallerState(ctx, publish, trx, afterCommit, u.campaignId, u.callerId, state);
    }
    afterCommit(() =>
      publish.toUser(u.callerId, 'telephony.status', {
        assignmentId: u.assignmentId,
        status: row.status,
        durationSeconds: row.duration_seconds,
      }),
    );
  });
}

/** Twilio's CallStatus values in our words. */
export function fromTwilioStatus(status: string): ProviderStatus | null {
  const map: Record<string, ProviderStatus> = {
    queued: 'queued',
    initiated: 'queued',
    ringing: 'ringing',
    'in-progress': 'answered',
    completed: 'completed',
    busy: 'busy',
    'no-answer': 'no_answer',
    failed: 'failed',
    canceled: 'canceled',
  };
  return map[status] ?? null;
}
