import { useQuery } from '@tanstack/react-query';
import type { MeResponse } from '../../../protocol';
import { fetchMe } from '../api/me';
import { keys } from '../api/keys';

/** Who is signed in (or nobody), the CSRF token, and whether Ringround still needs its first organiser. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: fetchMe,
    // Refetched on window focus, so signing out in another tab shows here too.
    staleTime: 30_000,
  });
}

/** useMe for scenes under <MeGate>, which renders nothing until /api/me has answered. */
export function useLoadedMe(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useLoadedMe is only for scenes rendered inside <MeGate>');
  return data;
}
