import { useQuery } from '@tanstack/react-query';
import { fetchCallingCampaigns, fetchCallingView } from '../api/calling';
import { keys } from '../api/keys';

/** One campaign as its caller sees it, and their progress tonight; refetched after every saved call. */
export function useCallingView(campaignId: number) {
  return useQuery({
    queryKey: keys.callingView(campaignId),
    queryFn: () => fetchCallingView(campaignId),
    enabled: Number.isInteger(campaignId) && campaignId > 0,
  });
}

/** The campaigns the signed-in person may call for (only asked when someone is signed in). */
export function useCallingCampaigns(enabled = true) {
  return useQuery({ queryKey: keys.callingCampaigns, queryFn: fetchCallingCampaigns, enabled });
}
