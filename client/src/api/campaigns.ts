// Setting up a campaign: its settings, script, join link and webhook. Answers are trusted as typed (the
// types come from protocol/): these pages are staff-only and the server is the one that validates.
import type { Campaign, CreateCampaignBody, UpdateCampaignBody, WebhookView } from '../../../protocol';
import { adminKeys } from './adminKeys';
import { request } from './http';

/** Query keys under adminKeys.campaign(id), so refreshing a campaign refreshes its webhook too. */
export const campaignKeys = {
  /** GET /api/campaigns/:id/webhook: the signing secret and the latest deliveries (organisers only). */
  webhook: (id: number) => [...adminKeys.campaign(id), 'webhook'] as const,
};

type CampaignReply = { campaign: Campaign };

export async function createCampaign(body: CreateCampaignBody): Promise<Campaign> {
  return ((await request('POST', '/api/campaigns', body)) as CampaignReply).campaign;
}

/** Sends only what changed; the answer is the whole campaign as saved. */
export async function updateCampaign(id: number, body: UpdateCampaignBody): Promise<Campaign> {
  return ((await request('PATCH', `/api/campaigns/${id}`, body)) as CampaignReply).campaign;
}

/** A new join link; the old one stops working at once. */
export async function newJoinLink(id: number): Promise<Campaign> {
  return ((await request('POST', `/api/campaigns/${id}/join-link`)) as CampaignReply).campaign;
}

export async function fetchWebhook(id: number): Promise<WebhookView> {
  return (await request('GET', `/api/campaigns/${id}/webhook`)) as WebhookView;
}

/** A new signing secret; receivers must switch to it, since the old one stops verifying at once. */
export async function newWebhookSecret(id: number): Promise<string> {
  return ((await request('POST', `/api/campaigns/${id}/webhook/secret`)) as { secret: string }).secret;
}
