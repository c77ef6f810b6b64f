import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignStatus } from '../../../protocol';
import {
  dashboardKeys,
  fetchCampaign,
  fetchStaffCampaigns,
  rotateJoinLink,
  setCampaignStatus,
} from '../api/dashboard';
import type { DashboardSocket } from '../api/dashboard';

/** Every campaign, for the home pages' list of dashboards. */
export function useDashboardCampaigns() {
  return useQuery({ queryKey: dashboardKeys.campaigns, queryFn: fetchStaffCampaigns });
}

/** One campaign's name, status and join link; its status follows campaign.updated from any coordinator. */
export function useDashboardCampaign(id: number, socket: DashboardSocket | null) {
  const client = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const updated = ({ campaignId, status }: { campaignId: number; status: CampaignStatus }) => {
      if (campaignId !== id) return;
      client.setQueryData<Campaign>(dashboardKeys.campaign(id), (c) => c && { ...c, status });
    };
    socket.on('campaign.updated', updated);
    return () => void socket.off('campaign.updated', updated);
  }, [socket, id, client]);
  return useQuery({
    queryKey: dashboardKeys.campaign(id),
    queryFn: () => fetchCampaign(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Pause or resume calling. */
export function useSetCampaignStatus(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: 'active' | 'paused') => setCampaignStatus(id, status),
    onSuccess: (campaign) => {
      client.setQueryData(dashboardKeys.campaign(id), campaign);
      void client.invalidateQueries({ queryKey: dashboardKeys.campaigns });
    },
  });
}

/** Makes a new join link; the answer carries it. */
export function useRotateJoinLink(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => rotateJoinLink(id),
    onSuccess: (campaign) => client.setQueryData(dashboardKeys.campaign(id), campaign),
  });
}
