import type { AnyOutcome, Snapshot } from '../../protocol';
import { anyOutcome } from '../../protocol';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { findCampaign } from '../store/campaigns';
import { countCallsSince } from '../store/calls';
import { listCallers } from '../store/callers';
import { readCounterRange, readCounters } from '../store/counters';
import { countByStatus, heldInCampaign } from '../store/queue';
import { bookingsBySession } from '../store/rsvps';
import { localMidnight } from './localDay';
import { quarterRange, quarterSeries } from './quarters';
import { REACHED_OUTCOMES as REACHED } from '../../protocol';

/** The dashboard's numbers: counters kept with each outcome plus a few indexed reads. */
export async function campaignSnapshot(ctx: AppContext, campaignId: number): Promise<Snapshot> {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign) throw notFound('Campaign');
  const now = ctx.now();
  const [byStatus, counters, quarters, today, lastHour, sessions, callers, held] = await Promise.all([
    countByStatus(ctx.db, campaignId),
    readCounters(ctx.db, campaignId),
    readCounterRange(ctx.db, campaignId, ...quarterRange(now)),
    countCallsSince(ctx.db, campaignId, localMidnight(now, campaign.timezone)),
    countCallsSince(ctx.db, campaignId, now - 3600_000),
    bookingsBySession(ctx.db, campaignId),
    listCallers(ctx.db, campaignId),
    heldInCampaign(ctx.db, campaignId),
  ]);
  const outcomes: Partial<Record<AnyOutcome, number>> = {};
  for (const o of anyOutcome.options) if (counters[`outcome:${o}`]) outcomes[o] = counters[`outcome:${o}`];
  const calls = Object.values(outcomes).reduce((a, b) => a + b, 0);
  const reached = REACHED.reduce((a, o) => a + (outcomes[o] ?? 0), 0);
  return {
    queued: byStatus.queued ?? 0,
    claimed: byStatus.claimed ?? 0,
    done: byStatus.done ?? 0,
    callsToday: today,
    callsLastHour: lastHour,
    contactRate: calls ? Math.round((reached / calls) * 1000) / 1000 : 0,
    bookings: outcomes.booked ?? 0,
    bookingsBySession: sessions.map((b) => ({ ...b, startsAt: new Date(b.startsAt).toISOString() })),
    outcomes,
    callsPer15Min: quarterSeries(quarters, now),
    funnel: {
      called: counters['funnel:called'] ?? 0,
      reached: counters['funnel:reached'] ?? 0,
      booked: counters['funnel:booked'] ?? 0,
      attended: counters['funnel:attended'] ?? 0,
    },
    callers: callers.map((c) => ({
      id: c.id,
      name: c.name,
      state: c.state,
      since: new Date(c.state_since).toISOString(),
      calls: counters[`caller:${c.id}:calls`] ?? 0,
      assignmentId: held.get(c.id) ?? null,
    })),
  };
}
