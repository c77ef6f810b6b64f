import type { User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, forbidden } from '../errors';
import { findCampaign } from '../store/campaigns';
import type { CampaignRecord } from '../store/campaigns';
import { findContact } from '../store/contacts';
import type { ContactRecord } from '../store/contacts';
import { heldBy } from '../store/queue';
import type { QueueRow } from '../store/queue';

export interface HeldCall {
  row: QueueRow;
  campaign: CampaignRecord;
  contact: ContactRecord;
}

/**
 * The contact this caller holds right now, in a campaign calling in `mode`. Everything that
 * dials (a token, TwiML, a simulation, a fallback) starts here, so nothing dials a number the
 * caller does not hold.
 */
export async function heldForTelephony(
  ctx: AppContext,
  userId: number,
  mode: CampaignRecord['telephony'],
  assignmentId?: number,
): Promise<HeldCall> {
  const row = await heldBy(ctx.db, userId);
  if (!row || (assignmentId !== undefined && row.id !== assignmentId)) {
    throw forbidden('You can only call the contact you hold right now');
  }
  const [campaign, contact] = await Promise.all([
    findCampaign(ctx.db, row.campaign_id),
    findContact(ctx.db, row.contact_id),
  ]);
  if (!campaign || !contact) throw forbidden('You can only call the contact you hold right now');
  if (campaign.telephony !== mode) {
    throw new AppError(
      'conflict',
      `This campaign calls by ${campaign.telephony === 'phone' ? 'own phone' : campaign.telephony}`,
    );
  }
  return { row, campaign, contact };
}

export const callerIdentity = (user: Pick<User, 'id'>): string => `caller-${user.id}`;
export const userIdOfIdentity = (identity: string): number | null => {
  const m = /^(?:client:)?caller-(\d+)$/.exec(identity);
  return m ? Number(m[1]) : null;
};
