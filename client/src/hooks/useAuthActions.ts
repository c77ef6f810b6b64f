import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { LoginResponse, MeResponse } from '../../../protocol';
import { setUp, signIn, signOut } from '../api/auth';
import { keys } from '../api/keys';

// Show the new session at once, then ask the server, which stays the source of truth.
async function startSession(client: QueryClient, session: LoginResponse): Promise<void> {
  client.setQueryData<MeResponse>(keys.me, {
    user: session.user,
    csrfToken: session.csrfToken,
    needsSetup: false,
  });
  await client.invalidateQueries({ queryKey: keys.me });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({ mutationFn: signIn, onSuccess: (session) => startSession(client, session) });
}

export function useSetUp() {
  const client = useQueryClient();
  return useMutation({ mutationFn: setUp, onSuccess: (session) => startSession(client, session) });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      // Nothing the last person loaded should stay in memory for the next one at this screen.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.me[0] });
      client.setQueryData<MeResponse>(keys.me, (me) => me && { ...me, user: null });
      await client.invalidateQueries({ queryKey: keys.me });
    },
  });
}
