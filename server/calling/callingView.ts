import type { CallerCampaign, CallingView, User } from '../../protocol';
import type { AppContext } from '../context';
import { toCallerCampaign } from '../campaigns/campaignView';
import { listCampaigns, listCampaignsForCaller } from '../store/campaigns';
import { callerOutcomesSince } from '../store/calls';
import { localMidnight } from '../stats/localDay';
import { REACHED_OUTCOMES as REACHED } from '../../protocol';
import { campaignForCaller } from './access';

/** The campaigns this person can call for: a caller's joined ones; staff see every live one. */
export async function callableCampaigns(ctx: AppContext, user: User): Promise<CallerCampaign[]> {
  const campaigns =
    user.role === 'caller'
      ? await listCampaignsForCaller(ctx.db, user.id)
      : (await listCampaigns(ctx.db)).filter((c) => c.status !== 'archived');
  return campaigns.map((c) => toCallerCampaign(c, ctx.config));
}

/** What the calling screen loads: the campaign as a caller sees it, and their own evening so far. */
export async function callingView(ctx: AppContext, user: User, campaignId: number): Promise<CallingView> {
  const campaign = await campaignForCaller(ctx.db, campaignId, user);
  const since = localMidnight(ctx.now(), campaign.timezone);
  const outcomes = await callerOutcomesSince(ctx.db, campaignId, user.id, since);
  const total = Object.values(outcomes).reduce((a, b) => a + b, 0);
  return {
    campaign: toCallerCampaign(campaign, ctx.config),
    progress: {
      callsTonight: total,
      reachedTonight: REACHED.reduce((a, o) => a + (outcomes[o] ?? 0), 0),
      bookingsTonight: outcomes.booked ?? 0,
    },
  };
}
