import type { CallNextReply, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { hitRateLimit } from '../store/rateLimits';
import { claimNext, heldBy, releaseClaim, releaseExpired, renewLease } from '../store/queue';
import { lockUser } from '../store/users';
import { inTransaction } from '../store/transaction';
import type { Publisher } from '../realtime/publish';
import { campaignForCaller } from './access';
import { assignmentView } from './assignmentView';
import { openZones } from './openZones';
import { nextOpening } from './hours';
import { changeCallerState } from './callerState';

const HOUR = 3600_000;

/**
 * call.next: the contact this caller already holds in the campaign, or a newly claimed one,
 * or why there is none. A caller never holds two claims: the user row is locked while
 * deciding, and a unique index on held claims backs that up.
 */
export async function nextAssignment(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  campaignId: number,
): Promise<CallNextReply> {
  const campaign = await campaignForCaller(ctx.db, campaignId, user);
  const now = ctx.now();
  const leaseMs = campaign.leaseSeconds * 1000;

  const held = await heldBy(ctx.db, user.id);
  if (
    held &&
    held.campaign_id === campaignId &&
    (await renewLease(ctx.db, held.id, user.id, now + leaseMs))
  ) {
    return { assignment: await assignmentView(ctx, campaign, held, user) };
  }
  if (campaign.status !== 'active') return { assignment: null, reason: 'campaign_paused' };
  const zones = await openZones(ctx, campaign, now);
  if (!zones.campaignZoneOpen && !zones.openZones.length) {
    const opens = nextOpening(now, campaign.timezone, campaign.callingHours, campaign.allowAnyHour);
    return {
      assignment: null,
      reason: 'outside_calling_hours',
      ...(opens ? { opensAt: new Date(opens).toISOString() } : {}),
    };
  }

  const endClaimTimer = ctx.metrics.claimSeconds.startTimer();
  const claimed = await inTransaction(ctx.db, async (trx, afterCommit) => {
    await lockUser(trx, user.id);
    const stillHeld = await heldBy(trx, user.id);
    if (stillHeld?.campaign_id === campaignId) return stillHeld; // a double-click got here first
    if (stillHeld) await releaseClaim(trx, stillHeld.id, user.id, now); // moved on to another campaign
    // Lapsed leases go back first, so a contact whose caller vanished is callable at once.
    const lapsed = await releaseExpired(trx, now, campaignId);
    for (const r of lapsed) {
      afterCommit(() =>
        publish.toUser(r.claimed_by, 'assignment.revoked', { assignmentId: r.id, reason: 'lease_expired' }),
      );
    }
    const row = await claimNext(trx, { campaignId, userId: user.id, now, leaseMs, ...zones });
    if (!row) return undefined;
    // Counted only for real claims, and rolled back with them: a leaked join link cannot page through the list.
    const claims = await hitRateLimit(trx, `claims:${user.id}`, HOUR, now);
    if (claims > ctx.config.CLAIM_MAX_PER_HOUR) {
      throw new AppError(
        'rate_limited',
        `You have opened ${ctx.config.CLAIM_MAX_PER_HOUR} contacts this hour: take a break and try again soon`,
      );
    }
    await changeCallerState(ctx, publish, trx, afterCommit, campaignId, user.id, 'idle');
    afterCommit(() => publish.statsChanged(campaignId));
    return row;
  });
  endClaimTimer({ result: claimed ? 'claimed' : 'empty' });
  if (!claimed) return { assignment: null, reason: 'queue_empty' };
  ctx.metrics.claims.inc();
  return { assignment: await assignmentView(ctx, campaign, claimed, user) };
}
