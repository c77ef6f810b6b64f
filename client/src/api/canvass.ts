// Canvass sessions for organisers and coordinators. Answers are trusted as typed (the types come from
// protocol/): these pages are staff-only and the server is the one that validates.
import type { z } from 'zod';
import type {
  AttendanceBody,
  AttendanceList,
  CancelSessionReply,
  CanvassSession,
  NearestSession,
  SessionImportReport,
  createCanvassSessionBody,
  updateCanvassSessionBody,
} from '../../../protocol';
import { ApiError, request } from './http';
import { fetchMe } from './me';

export type NewSessionBody = z.infer<typeof createCanvassSessionBody>;
export type SessionChanges = z.infer<typeof updateCanvassSessionBody>;
export type RecontactPerson = CancelSessionReply['recontact'][number];
export type AttendancePerson = AttendanceList['people'][number];

/** Upcoming sessions soonest first (from a day ago); with `past`, every session ever added. */
export async function fetchSessions(past = false): Promise<CanvassSession[]> {
  const data = (await request('GET', `/api/canvass-sessions?past=${past ? 1 : 0}`)) as {
    sessions: CanvassSession[];
  };
  return data.sessions;
}

export async function fetchSession(id: number): Promise<CanvassSession> {
  return ((await request('GET', `/api/canvass-sessions/${id}`)) as { session: CanvassSession }).session;
}

export async function createSession(body: NewSessionBody): Promise<CanvassSession> {
  return ((await request('POST', '/api/canvass-sessions', body)) as { session: CanvassSession }).session;
}

export async function updateSession(id: number, body: SessionChanges): Promise<CanvassSession> {
  return ((await request('PATCH', `/api/canvass-sessions/${id}`, body)) as { session: CanvassSession })
    .session;
}

/** Cancels (sessions are never deleted); the answer lists whom to ring, and is the only time it does. */
export async function cancelSession(id: number): Promise<CancelSessionReply> {
  return (await request('DELETE', `/api/canvass-sessions/${id}`)) as CancelSessionReply;
}

export async function fetchAttendance(id: number): Promise<AttendanceList> {
  return (await request('GET', `/api/canvass-sessions/${id}/attendance`)) as AttendanceList;
}

export async function markAttendance(id: number, body: AttendanceBody): Promise<AttendanceList> {
  return (await request('POST', `/api/canvass-sessions/${id}/attendance`, body)) as AttendanceList;
}

/** The sessions nearest a postcode; a 400 names the postcode when it cannot be placed. */
export async function fetchNearest(postcode: string, limit = 3): Promise<NearestSession[]> {
  const query = new URLSearchParams({ postcode, limit: String(limit) });
  return (await request('GET', `/api/canvass-sessions/nearest?${query}`)) as NearestSession[];
}

/**
 * Sends a CSV file of sessions; with dryRun the server checks every row and writes nothing. The body is
 * the file's text, not JSON, so this is the one request made without http.ts's JSON helper; the CSRF
 * token is fetched fresh first (an import is rare, and a page left open may hold a stale one).
 */
export async function importSessions(csv: string, dryRun: boolean): Promise<SessionImportReport> {
  const { csrfToken } = await fetchMe();
  let res: Response;
  try {
    res = await fetch(`/api/canvass-sessions/import?dryRun=${dryRun ? 1 : 0}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'text/csv', 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body: csv,
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach Ringround. Check your connection and try again.');
  }
  const data = (await res.json().catch(() => null)) as
    (SessionImportReport & { ok?: undefined }) | { ok: false; error: string; message: string } | null;
  if (data?.ok === false) throw new ApiError(res.status, data.error, data.message);
  if (!res.ok || !data) {
    throw new ApiError(res.status, 'bad_response', `Something went wrong (HTTP ${res.status}). Try again.`);
  }
  return data;
}
