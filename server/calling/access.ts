import type { User } from '../../protocol';
import { forbidden, notFound } from '../errors';
import { findCampaign } from '../store/campaigns';
import type { CampaignRecord } from '../store/campaigns';
import { findMembership } from '../store/callers';
import type { Queryable } from '../store/db';

/**
 * The campaign, if this user may call for it: a caller who joined it and was not removed,
 * or any organiser or coordinator.
 */
export async function campaignForCaller(
  db: Queryable,
  campaignId: number,
  user: User,
): Promise<CampaignRecord> {
  const campaign = await findCampaign(db, campaignId);
  if (!campaign) throw notFound('Campaign');
  if (user.role === 'caller') {
    const membership = await findMembership(db, campaignId, user.id);
    if (!membership) throw forbidden('You have not joined this campaign: open its join link first');
    if (membership.removed_at) throw forbidden('You have been removed from this campaign');
  }
  return campaign;
}
