// Words for the team page and the invite link, shared by both.
import type { Invite } from '../../api/team';
import { formatMoment } from '../admin/londonTime';

export type StaffRole = Invite['role'];

/** What each role can do, for the invite form and the invite page. */
export const ROLE_WHAT: Record<StaffRole, string> = {
  coordinator: 'Runs calling nights: the live dashboards, canvass sessions and importing signups.',
  organiser: 'Everything a coordinator does, plus exports of people’s data and managing the team.',
};

/** "until 12 Dec, 18:42" (UK time), or "expired" once it has passed. */
export function expiry(expiresAt: string, now = Date.now()): string {
  return Date.parse(expiresAt) <= now ? 'expired' : `until ${formatMoment(expiresAt)}`;
}
