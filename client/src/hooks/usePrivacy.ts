import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EraseContactBody } from '../../../protocol';
import {
  addToNeverCall,
  erasePerson,
  fetchAudit,
  fetchPerson,
  privacyKeys,
  reverseOptOut,
  searchPeople,
} from '../api/privacy';

/** People whose phone, email or name matches; nothing is asked until there are two characters. */
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: privacyKeys.search(q),
    queryFn: () => searchPeople(q),
    enabled: q.trim().length >= 2,
  });
}

export function usePerson(id: number | null) {
  return useQuery({
    queryKey: privacyKeys.person(id ?? 0),
    queryFn: () => fetchPerson(id!),
    enabled: id !== null,
  });
}

/** Any privacy change refreshes the person, the searches and the audit log. */
function usePrivacyChange<V, R>(change: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.root }),
  });
}

export const useErasePerson = (id: number) =>
  usePrivacyChange((body: EraseContactBody) => erasePerson(id, body));
export const useReverseOptOut = () =>
  usePrivacyChange(({ phone, reason }: { phone: string; reason: string }) => reverseOptOut(phone, reason));
export const useAddToNeverCall = () =>
  usePrivacyChange(({ phone, reason }: { phone: string; reason: string }) => addToNeverCall(phone, reason));

/** The audit log, newest first, a page at a time. */
export function useAuditLog(action: string) {
  return useInfiniteQuery({
    queryKey: privacyKeys.audit(action),
    queryFn: ({ pageParam }) => fetchAudit(action, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
