// Westminster seats and campaign target seats, for the target-seat picker.
import type { Campaign, Seat } from '../../../protocol';

export type { Seat };
import { request } from './http';

export async function fetchSeats(): Promise<Seat[]> {
  return ((await request('GET', '/api/seats')) as { seats: Seat[] }).seats;
}

export async function fetchCampaigns(): Promise<Campaign[]> {
  return ((await request('GET', '/api/campaigns')) as { campaigns: Campaign[] }).campaigns;
}

export async function fetchCampaign(id: number): Promise<Campaign> {
  return ((await request('GET', `/api/campaigns/${id}`)) as { campaign: Campaign }).campaign;
}

/** Replaces the campaign's target seats with these ONS codes. */
export async function saveTargetSeats(id: number, targetSeats: string[]): Promise<Campaign> {
  return ((await request('PATCH', `/api/campaigns/${id}`, { targetSeats })) as { campaign: Campaign })
    .campaign;
}
