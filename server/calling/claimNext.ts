import type { CallNextReply, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Db } from '../store/db';
import { hitRateLimit } from '../store/rateLimits';
import { claimNext, heldBy, releaseClaim, releaseExpired, renewLease } from '../store/queue';
import type { QueueRow } from '../store/queue';
import { lockUser } from '../store/users';
import { inTransaction } from '../store/transaction';
import type { Publisher } from '../realtime/publish';
import { campaignForCaller } from './access';
import { assignmentView } from './assignmentView';
import { openZones } from './openZones';
import { nextOpening } from './hours';
import { changeCallerState } from './callerState';

const HOUR = 3600_000;

// Lapsed leases go back to the queue in the claim itself, so a contact whose caller vanished
// is callable at once; once a second per campaign is enough for that (the lease sweep does
// the rest), and keeps the look-up off most claims.
const RELEASE_EVERY_MS = 1000;
const lastRelease = new WeakMap<Db, Map<number, number>>();

function releaseDue(db: Db, campaignId: number, now: number): boolean {
  let byCampaign = lastRelease.get(db);
  if (!byCampaign) lastRelease.set(db, (byCampaign = new Map()));
  const last = byCampaign.get(campaignId);
  if (last !== undefined && now >= last && now - last < RELEASE_EVERY_MS) return false;
  byCampaign.set(campaignId, now);
  return true;
}

type Decision =
  | { row: QueueRow; claimed: boolean }
  | { reason: 'campaign_paused' | 'outside_calling_hours' | 'queue_empty' };

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
  // Before the transaction: a cache miss reads through ctx.db, which SQLite's one connection
  // could not serve while the transaction holds it.
  const zones = campaign.status === 'active' ? await openZones(ctx, campaign, now) : null;

  const endClaimTimer = ctx.metrics.claimSeconds.startTimer();
  // One transaction for the whole decision, held contact or new claim: fewer round trips
  // than looking for a held contact first, and the user lock covers both.
  const decision = await inTransaction(ctx.db, async (trx, afterCommit): Promise<Decision> => {
    await lockUser(trx, user.id);
    const held = await heldBy(trx, user.id);
    // A reconnecting caller or a double-click gets the contact already held, with a fresh lease.
    if (held?.campaign_id === campaignId && (await renewLease(trx, held.id, user.id, now + leaseMs)))
      return { row: held, claimed: false };
    if (!zones) return { reason: 'campaign_paused' };
    if (!zones.campaignZoneOpen && !zones.openZones.length) return { reason: 'outside_calling_hours' };
    if (held) await releaseClaim(trx, held.id, user.id, now); // moved on to another campaign
    if (releaseDue(ctx.db, campaignId, now)) {
      for (const r of await releaseExpired(trx, now, campaignId)) {
        afterCommit(() =>
          publish.toUser(r.claimed_by, 'assignment.revoked', { assignmentId: r.id, reason: 'lease_expired' }),
        );
      }
    }
    const row = await claimNext(trx, { campaignId, userId: user.id, now, leaseMs, ...zones });
    if (!row) return { reason: 'queue_empty' };
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
    return { row, claimed: true };
  });

  if ('row' in decision) {
    if (decision.claimed) {
      endClaimTimer({ result: 'claimed' });
      ctx.metrics.claims.inc();
    }
    return { assignment: await assignmentView(ctx, campaign, decision.row, user) };
  }
  if (decision.reason === 'queue_empty') endClaimTimer({ result: 'empty' });
  if (decision.reason === 'outside_calling_hours') {
    const opens = nextOpening(now, campaign.timezone, campaign.callingHours, campaign.allowAnyHour);
    return {
      assignment: null,
      reason: decision.reason,
      ...(opens ? { opensAt: new Date(opens).toISOString() } : {}),
    };
  }
  return { assignment: null, reason: decision.reason };
}
