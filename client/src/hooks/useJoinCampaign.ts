import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JoinBody, MeResponse } from '../../../protocol';
import { fetchJoinCampaign, joinCampaign } from '../api/calling';
import { keys } from '../api/keys';

/** The campaign behind a join link (a 404 means the link was replaced or the campaign has ended). */
export function useJoinLink(token: string) {
  return useQuery({ queryKey: keys.joinLink(token), queryFn: () => fetchJoinCampaign(token) });
}

/** Joins by the link; the volunteer is signed in as a caller the moment it succeeds. */
export function useJoinCampaign(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinBody) => joinCampaign(token, body),
    onSuccess: async ({ user, csrfToken }) => {
      // Show the new session at once; the server stays the source of truth.
      client.setQueryData<MeResponse>(keys.me, { user, csrfToken, needsSetup: false });
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.me }),
        client.invalidateQueries({ queryKey: keys.callingCampaigns }),
      ]);
    },
  });
}
