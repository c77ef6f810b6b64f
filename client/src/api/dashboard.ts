// The coordinator dashboard's REST calls, query keys and socket. Answers are trusted as typed rather than
// parsed with protocol's zod schemas, which would add zod to this page's download for no gain.
import type { Campaign, Failure, UpdateCampaignBody } from '../../../protocol';
import { request } from './http';
import { askWithTimeout, openSocket } from './socketClient';
import type { AppSocket, EventPayload, EventReply } from './socketClient';

/** The dashboard's TanStack Query keys, kept apart from other features' so no two cache different shapes. */
export const dashboardKeys = {
  /** GET /api/campaigns, for the list of dashboards on the home pages. */
  campaigns: ['dashboard', 'campaigns'] as const,
  /** GET /api/campaigns/:id: name, status and join link; status is also pushed by campaign.updated. */
  campaign: (id: number) => ['dashboard', 'campaign', id] as const,
};

export async function fetchStaffCampaigns(): Promise<Campaign[]> {
  return ((await request('GET', '/api/campaigns')) as { campaigns: Campaign[] }).campaigns;
}

export async function fetchCampaign(id: number): Promise<Campaign> {
  return ((await request('GET', `/api/campaigns/${id}`)) as { campaign: Campaign }).campaign;
}

/** Pauses or resumes calling; the server tells every caller at once. */
export async function setCampaignStatus(id: number, status: 'active' | 'paused'): Promise<Campaign> {
  const body: UpdateCampaignBody = { status };
  return ((await request('PATCH', `/api/campaigns/${id}`, body)) as { campaign: Campaign }).campaign;
}

/** Replaces the join link: the old one stops working for anyone who has not joined yet. */
export async function rotateJoinLink(id: number): Promise<Campaign> {
  return ((await request('POST', `/api/campaigns/${id}/join-link`)) as { campaign: Campaign }).campaign;
}

export type DashboardSocket = AppSocket;
type WatcherEvent = 'campaign.watch' | 'caller.remove' | 'assignment.return';
export type WatcherReply<E extends WatcherEvent> = EventReply<E>;

const TIMED_OUT: Failure = {
  ok: false,
  error: 'timeout',
  message: 'Ringround did not answer in time. Check your connection and try again.',
};

/** A socket for one dashboard, reconnecting by itself; websocket only, as the calling screen's. */
export function openDashboardSocket(): DashboardSocket {
  return openSocket();
}

/** Sends one coordinator event and resolves with its ack, or a timeout failure. */
export function askWatcher<E extends WatcherEvent>(
  socket: DashboardSocket,
  event: E,
  payload: EventPayload<E>,
): Promise<WatcherReply<E>> {
  return askWithTimeout(socket, event, payload, TIMED_OUT);
}
