import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CreateCampaignBody, UpdateCampaignBody } from '../../../protocol';
import { adminKeys } from '../api/adminKeys';
import {
  campaignKeys,
  createCampaign,
  fetchWebhook,
  newJoinLink,
  newWebhookSecret,
  updateCampaign,
} from '../api/campaigns';
import { dashboardKeys } from '../api/dashboard';

/** Keeps every cached copy of a campaign (set-up pages and live dashboard) in step with what was saved. */
function useRemember() {
  const client = useQueryClient();
  return async (campaign: Campaign) => {
    client.setQueryData(adminKeys.campaign(campaign.id), campaign);
    client.setQueryData(dashboardKeys.campaign(campaign.id), campaign);
    await Promise.all([
      client.invalidateQueries({ queryKey: adminKeys.campaigns, exact: true }),
      client.invalidateQueries({ queryKey: dashboardKeys.campaigns }),
    ]);
  };
}

/** Creates a campaign (POST needs only a name; the rest defaults). */
export function useCreateCampaign() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreateCampaignBody) => createCampaign(body),
    onSuccess: remember,
  });
}

/** Saves changes to a campaign's settings or script. */
export function useUpdateCampaign(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateCampaignBody) => updateCampaign(id, body),
    onSuccess: remember,
  });
}

/** Replaces the join link; the answer carries the new one. */
export function useNewJoinLink(id: number) {
  const remember = useRemember();
  return useMutation({ mutationFn: () => newJoinLink(id), onSuccess: remember });
}

/** The webhook's secret and latest deliveries; organisers only, so asked only when `enabled`. */
export function useCampaignWebhook(id: number, enabled: boolean) {
  return useQuery({
    queryKey: campaignKeys.webhook(id),
    queryFn: () => fetchWebhook(id),
    enabled: enabled && id > 0,
  });
}

/** Makes a new signing secret and shows it in place of the old. */
export function useNewWebhookSecret(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => newWebhookSecret(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: campaignKeys.webhook(id) });
    },
  });
}
