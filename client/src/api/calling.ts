// The calling screen's REST side. Answers are trusted as typed rather than parsed with protocol's zod
// schemas: this module is on the calling route, which must stay small enough for a phone on 3G.
import type { CallerCampaign, CallingView, JoinBody, User } from '../../../protocol';
import { request, setCsrfToken } from './http';

/** What the join page shows before the volunteer gives their name. */
export async function fetchJoinCampaign(token: string): Promise<CallerCampaign> {
  const data = (await request('GET', `/api/join/${encodeURIComponent(token)}`)) as {
    campaign: CallerCampaign;
  };
  return data.campaign;
}

export interface Joined {
  user: User;
  campaign: CallerCampaign;
  csrfToken: string;
}

/** Signs the volunteer in as a caller of the link's campaign; the session starts with a new CSRF token. */
export async function joinCampaign(token: string, body: JoinBody): Promise<Joined> {
  const data = (await request('POST', `/api/join/${encodeURIComponent(token)}`, body)) as Joined;
  setCsrfToken(data.csrfToken);
  return data;
}

/** The campaigns the signed-in person may call for. */
export async function fetchCallingCampaigns(): Promise<CallerCampaign[]> {
  const data = (await request('GET', '/api/calling')) as { campaigns: CallerCampaign[] };
  return data.campaigns;
}

/** One campaign as its caller sees it, with their own progress tonight. */
export async function fetchCallingView(campaignId: number): Promise<CallingView> {
  return (await request('GET', `/api/calling/${campaignId}`)) as CallingView;
}
