import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcceptInviteBody, MeResponse } from '../../../protocol';
import { keys } from '../api/keys';
import {
  acceptInvite,
  cancelInvite,
  createInvite,
  fetchTeam,
  lookUpInvite,
  removeMember,
  teamKeys,
} from '../api/team';

/** The organisers and coordinators, and the invites still waiting (organisers only). */
export function useTeam(enabled = true) {
  return useQuery({ queryKey: teamKeys.team, queryFn: fetchTeam, enabled });
}

/** Any change to the team refreshes the list, whatever else it returns. */
function useTeamChange<V, R>(change: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.team }),
  });
}

export const useCreateInvite = () => useTeamChange(createInvite);
export const useCancelInvite = () => useTeamChange(cancelInvite);
export const useRemoveMember = () => useTeamChange(removeMember);

/** Whom an invite link is for; a 404 means it has expired, been used or been cancelled. */
export function useInviteLookup(token: string) {
  return useQuery({
    queryKey: teamKeys.invite(token),
    queryFn: () => lookUpInvite(token),
    enabled: Boolean(token),
    staleTime: Infinity,
  });
}

/** Accepts the invite; the new session shows at once and the server confirms it. */
export function useAcceptInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInviteBody) => acceptInvite(body),
    onSuccess: async ({ user, csrfToken }) => {
      client.setQueryData<MeResponse>(keys.me, { user, csrfToken, needsSetup: false });
      await client.invalidateQueries({ queryKey: keys.me });
    },
  });
}
