import type { JoinBody, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, forbidden } from '../errors';
import { findCampaignByJoinToken } from '../store/campaigns';
import type { CampaignRecord } from '../store/campaigns';
import { addMembership, findMembership } from '../store/callers';
import { findUserByEmail, insertUser, toUser } from '../store/users';
import type { Queryable } from '../store/db';

/**
 * Signs a volunteer in by a campaign's join link with name and email alone. The same
 * email comes back as the same caller; a removed caller stays out.
 */
export async function joinByLink(
  ctx: AppContext,
  db: Queryable,
  token: string,
  body: JoinBody,
): Promise<{ user: User; campaign: CampaignRecord }> {
  const campaign = await findCampaignByJoinToken(db, token);
  if (!campaign || campaign.status === 'archived') {
    throw new AppError(
      'not_found',
      'This join link is not valid any more: ask your coordinator for a new one',
    );
  }
  const now = ctx.now();
  let row = await findUserByEmail(db, body.email);
  if (row && row.role !== 'caller') {
    // A link must never sign anyone in as staff: that would make the link a master key.
    throw new AppError(
      'conflict',
      'That email belongs to an organiser or coordinator account: sign in with your password',
    );
  }
  if (row?.blocked_at) throw forbidden('This account has been blocked');
  if (row) {
    const membership = await findMembership(db, campaign.id, row.id);
    if (membership?.removed_at) throw forbidden('You have been removed from this campaign');
  } else {
    row = await insertUser(
      db,
      { name: body.name, email: body.email, phone: body.phone ?? null, role: 'caller' },
      now,
    );
  }
  await addMembership(db, campaign.id, row.id, now);
  return { user: toUser(row), campaign };
}
