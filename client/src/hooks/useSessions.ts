import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceBody, CanvassSession } from '../../../protocol';
import { adminKeys } from '../api/adminKeys';
import {
  cancelSession,
  createSession,
  fetchAttendance,
  fetchNearest,
  fetchSession,
  fetchSessions,
  markAttendance,
  updateSession,
} from '../api/canvass';
import type { NewSessionBody, RecontactPerson, SessionChanges } from '../api/canvass';

/** Upcoming canvass sessions, soonest first; with `past`, every session. */
export function useSessions(past = false) {
  return useQuery({ queryKey: adminKeys.sessions(past), queryFn: () => fetchSessions(past) });
}

export function useSession(id: number) {
  return useQuery({
    queryKey: adminKeys.session(id),
    queryFn: () => fetchSession(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Adds a session, or saves changes to one when an id is given. */
export function useSaveSession(id: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSessionBody | SessionChanges): Promise<CanvassSession> =>
      id === null ? createSession(body as NewSessionBody) : updateSession(id, body),
    onSuccess: async (session) => {
      client.setQueryData(adminKeys.session(session.id), session);
      await client.invalidateQueries({ queryKey: adminKeys.canvass });
    },
  });
}

/** Cancels a session and keeps the answer's re-contact list, which the server gives only this once. */
export function useCancelSession(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => cancelSession(id),
    onSuccess: async (reply) => {
      client.setQueryData(adminKeys.recontact(id), reply.recontact);
      client.setQueryData(adminKeys.session(id), reply.session);
      await client.invalidateQueries({ queryKey: adminKeys.canvass });
    },
  });
}

/**
 * The people to ring about a cancelled session, if it was cancelled from this page since it was opened;
 * null otherwise. Kept until sign-out, so going back to the session still shows it.
 */
export function useRecontactList(id: number) {
  return useQuery({
    queryKey: adminKeys.recontact(id),
    queryFn: (): RecontactPerson[] | null => null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Who is booked into a session and whether they came. */
export function useAttendance(id: number) {
  return useQuery({
    queryKey: adminKeys.attendance(id),
    queryFn: () => fetchAttendance(id),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Marks one person as came, didn't come, or back to booked; the answer is the whole list again. */
export function useMarkAttendance(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendanceBody) => markAttendance(id, body),
    onSuccess: (list) => client.setQueryData(adminKeys.attendance(id), list),
  });
}

/** The three sessions nearest a postcode, asked on demand (the "Check a postcode" tool). */
export function useNearestCheck() {
  return useMutation({ mutationFn: (postcode: string) => fetchNearest(postcode, 3) });
}
