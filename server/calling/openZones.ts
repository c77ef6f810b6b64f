import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import { contactZones } from '../store/contacts';
import { isCallingTime } from './hours';

// Which zones a campaign's contacts live in changes only on import; a short cache keeps
// that DISTINCT off the claim path. Staleness only delays a newly imported zone briefly.
const CACHE_MS = 60_000;
const cache = new Map<number, { zones: string[]; at: number }>();

async function zonesOf(ctx: AppContext, campaignId: number): Promise<string[]> {
  const hit = cache.get(campaignId);
  const now = Date.now();
  if (hit && now - hit.at < CACHE_MS) return hit.zones;
  const zones = await contactZones(ctx.db, campaignId);
  cache.set(campaignId, { zones, at: now });
  return zones;
}

/** Where it is calling time now: the campaign's own zone (for contacts with none) and contact zones. */
export async function openZones(
  ctx: AppContext,
  campaign: CampaignRecord,
  now: number,
): Promise<{ campaignZoneOpen: boolean; openZones: string[] }> {
  const open = (tz: string) => isCallingTime(now, tz, campaign.callingHours, campaign.allowAnyHour);
  return {
    campaignZoneOpen: open(campaign.timezone),
    openZones: (await zonesOf(ctx, campaign.id)).filter(open),
  };
}
