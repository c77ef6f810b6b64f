import { AppError, notFound } from '../errors';
import type { Queryable } from '../store/db';
import { countBooked, lockSessionForBooking, upsertBooking } from '../store/rsvps';

/** Books a contact into a canvass session inside the outcome's transaction; capacity is checked under a lock. */
export async function bookSession(
  trx: Queryable,
  sessionId: number,
  contactId: number,
  callId: number,
  now: number,
): Promise<void> {
  const session = await lockSessionForBooking(trx, sessionId);
  if (!session) throw notFound('Canvass session');
  if (session.cancelled_at !== null)
    throw new AppError('conflict', `${session.title} has been cancelled: offer another session`);
  if (session.starts_at < now)
    throw new AppError('conflict', `${session.title} has already started: offer a later session`);
  if (session.capacity !== null && (await countBooked(trx, sessionId)) >= session.capacity) {
    throw new AppError('session_full', `${session.title} is full: offer another session`);
  }
  await upsertBooking(trx, { sessionId, contactId, callId }, now);
}
