import type { Queryable } from './db';
import { lockRows } from './dialect';

/** RSVP states that hold a place in the session (cancelled ones do not). */
export const PLACE_TAKEN = ['booked', 'attended', 'no_show'];

export interface BookableSession {
  id: number;
  title: string;
  starts_at: number;
  capacity: number | null;
  cancelled_at: number | null;
}

/** The session, locked until commit so two bookings cannot both take its last space. */
export async function lockSessionForBooking(db: Queryable, id: number): Promise<BookableSession | undefined> {
  const q = db('canvass_sessions')
    .where({ id })
    .select('id', 'title', 'starts_at', 'capacity', 'cancelled_at');
  const [row] = await lockRows(db, q);
  return row as BookableSession | undefined;
}

export async function countBooked(db: Queryable, sessionId: number): Promise<number> {
  const row = await db('rsvps')
    .where({ session_id: sessionId })
    .whereIn('status', PLACE_TAKEN)
    .count<{ n: number | string }>({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

/** Books the contact in (or re-books a cancelled RSVP); one RSVP per contact per session. */
export async function upsertBooking(
  db: Queryable,
  b: { sessionId: number; contactId: number; callId: number | null },
  now: number,
): Promise<void> {
  await db('rsvps')
    .insert({
      session_id: b.sessionId,
      contact_id: b.contactId,
      call_id: b.callId,
      status: 'booked',
      created_at: now,
    })
    .onConflict(['session_id', 'contact_id'])
    .merge({ status: 'booked', call_id: b.callId });
}

/** Bookings made from this campaign's calls, per session. */
export async function bookingsBySession(
  db: Queryable,
  campaignId: number,
): Promise<
  Array<{ sessionId: number; title: string; startsAt: number; booked: number; capacity: number | null }>
> {
  const rows = (await db('rsvps as r')
    .join('calls as k', 'k.id', 'r.call_id')
    .join('canvass_sessions as s', 's.id', 'r.session_id')
    .where('k.campaign_id', campaignId)
    .whereIn('r.status', PLACE_TAKEN)
    .groupBy('s.id', 's.title', 's.starts_at', 's.capacity')
    .select('s.id', 's.title', 's.starts_at', 's.capacity')
    .count({ n: '*' })
    .orderBy('s.starts_at')) as Array<{
    id: number;
    title: string;
    starts_at: number;
    capacity: number | null;
    n: number | string;
  }>;
  return rows.map((r) => ({
    sessionId: r.id,
    title: r.title,
    startsAt: Number(r.starts_at),
    booked: Number(r.n),
    capacity: r.capacity,
  }));
}

/** Marks every booking for a cancelled session as cancelled too. */
export async function cancelBookingsFor(db: Queryable, sessionId: number): Promise<void> {
  await db('rsvps').where({ session_id: sessionId, status: 'booked' }).update({ status: 'cancelled' });
}

/** The contact can no longer come (or moved to another session): their booking is cancelled. */
export async function cancelBooking(db: Queryable, sessionId: number, contactId: number): Promise<void> {
  await db('rsvps')
    .where({ session_id: sessionId, contact_id: contactId, status: 'booked' })
    .update({ status: 'cancelled' });
}

export interface AttendanceRow {
  contactId: number;
  firstName: string;
  lastName: string | null;
  phone: string;
  status: 'booked' | 'attended' | 'no_show';
  campaignId: number | null;
}

/** Everyone still booked into (or marked at) a session, for the attendance list. */
export async function listAttendance(db: Queryable, sessionId: number): Promise<AttendanceRow[]> {
  const rows = await db('rsvps as r')
    .join('contacts as c', 'c.id', 'r.contact_id')
    .leftJoin('calls as k', 'k.id', 'r.call_id')
    .where('r.session_id', sessionId)
    .whereIn('r.status', ['booked', 'attended', 'no_show'])
    .orderBy(['c.first_name', 'c.last_name'])
    .select('c.id', 'c.first_name', 'c.last_name', 'c.phone_e164', 'r.status', 'k.campaign_id');
  return rows.map((r: Record<string, unknown>) => ({
    contactId: r.id as number,
    firstName: r.first_name as string,
    lastName: r.last_name as string | null,
    phone: r.phone_e164 as string,
    status: r.status as AttendanceRow['status'],
    campaignId: (r.campaign_id as number | null) ?? null,
  }));
}

/** Sets one person's attendance; returns what it was (undefined when they were not booked). */
export async function setAttendance(
  db: Queryable,
  sessionId: number,
  contactId: number,
  status: AttendanceRow['status'],
): Promise<AttendanceRow['status'] | undefined> {
  const before = await db('rsvps')
    .where({ session_id: sessionId, contact_id: contactId })
    .whereIn('status', ['booked', 'attended', 'no_show'])
    .first('status');
  if (!before) return undefined;
  await db('rsvps').where({ session_id: sessionId, contact_id: contactId }).update({ status });
  return before.status as AttendanceRow['status'];
}
