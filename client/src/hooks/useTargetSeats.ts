import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminKeys } from '../api/adminKeys';
import { fetchCampaign, fetchCampaigns, fetchSeats, saveTargetSeats } from '../api/seats';

/** The 650 Westminster seats with their 2024 result; fixed while the server runs, so asked once. */
export function useSeats() {
  return useQuery({ queryKey: adminKeys.seats, queryFn: fetchSeats, staleTime: Infinity });
}

/** Every campaign, as organisers and coordinators see them. */
export function useStaffCampaigns() {
  return useQuery({ queryKey: adminKeys.campaigns, queryFn: fetchCampaigns });
}

export function useStaffCampaign(id: number) {
  return useQuery({
    queryKey: adminKeys.campaign(id),
    queryFn: () => fetchCampaign(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Saves a campaign's target seats (ONS codes), replacing the ones it had. */
export function useSaveTargetSeats(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (codes: string[]) => saveTargetSeats(id, codes),
    onSuccess: async (campaign) => {
      client.setQueryData(adminKeys.campaign(id), campaign);
      await client.invalidateQueries({ queryKey: adminKeys.campaigns });
    },
  });
}
