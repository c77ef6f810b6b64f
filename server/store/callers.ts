import type { CallerState } from '../../protocol';
import type { Queryable } from './db';
import { runStatement } from './dialect';

export interface MembershipRow {
  campaign_id: number;
  user_id: number;
  joined_at: number;
  removed_at: number | null;
  state: CallerState;
  state_since: number;
}

export async function findMembership(
  db: Queryable,
  campaignId: number,
  userId: number,
): Promise<MembershipRow | undefined> {
  const [row] = await runStatement<MembershipRow>(
    db,
    `select * from "campaign_callers" where "campaign_id" = ? and "user_id" = ?`,
    [campaignId, userId],
  );
  return row;
}

export async function addMembership(
  db: Queryable,
  campaignId: number,
  userId: number,
  now: number,
): Promise<void> {
  await db('campaign_callers')
    .insert({ campaign_id: campaignId, user_id: userId, joined_at: now, state: 'idle', state_since: now })
    .onConflict(['campaign_id', 'user_id'])
    .ignore();
}

export async function markRemoved(
  db: Queryable,
  campaignId: number,
  userId: number,
  now: number,
): Promise<boolean> {
  const n = await db('campaign_callers')
    .where({ campaign_id: campaignId, user_id: userId })
    .whereNull('removed_at')
    .update({ removed_at: now, state: 'away', state_since: now });
  return n === 1;
}

/** The campaigns this caller may still work on (for socket rooms). */
export async function activeCampaignIds(db: Queryable, userId: number): Promise<number[]> {
  const rows = await db('campaign_callers')
    .where({ user_id: userId })
    .whereNull('removed_at')
    .select('campaign_id');
  return rows.map((r: { campaign_id: number }) => r.campaign_id);
}

/** Sets the caller's state where it changes (and, with onlyFrom, only from that state); true when it did. */
export async function setCallerState(
  db: Queryable,
  campaignId: number,
  userId: number,
  state: CallerState,
  now: number,
  onlyFrom?: CallerState,
): Promise<boolean> {
  const rows = await runStatement(
    db,
    `update "campaign_callers" set "state" = ?, "state_since" = ? ` +
      `where "campaign_id" = ? and "user_id" = ? and "removed_at" is null and "state" <> ?` +
      (onlyFrom ? ` and "state" = ?` : '') +
      ` returning "user_id"`,
    [state, now, campaignId, userId, state, ...(onlyFrom ? [onlyFrom] : [])],
  );
  return rows.length > 0;
}

export interface CallerListRow {
  id: number;
  name: string;
  state: CallerState;
  state_since: number;
}

export async function listCallers(db: Queryable, campaignId: number): Promise<CallerListRow[]> {
  return db('campaign_callers as m')
    .join('users as u', 'u.id', 'm.user_id')
    .where('m.campaign_id', campaignId)
    .whereNull('m.removed_at')
    .orderBy('u.name')
    .select('u.id', 'u.name', 'm.state', 'm.state_since');
}
