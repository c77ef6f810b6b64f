import { AppError, notFound } from '../errors';
import type { Queryable } from '../store/db';
import { countBooked, lockSessionForBooking } from '../store/rsvps';
import type { BookableSession } from '../store/rsvps';

/**
 * Locks the session and checks it can take one more booking. Called before the call row is
 * written: that row's foreign key takes a share lock on the session, and taking the
 * session's update lock after it would let two bookings deadlock on Postgres.
 */
export async function holdPlaceInSession(
  trx: Queryable,
  sessionId: number,
  now: number,
): Promise<BookableSession> {
  const session = await lockSessionForBooking(trx, sessionId);
  if (!session) throw notFound('Canvass session');
  if (session.cancelled_at !== null)
    throw new AppError('conflict', `${session.title} has been cancelled: offer another session`);
  if (session.starts_at < now)
    throw new AppError('conflict', `${session.title} has already started: offer a later session`);
  if (session.capacity !== null && (await countBooked(trx, sessionId)) >= session.capacity) {
    throw new AppError('session_full', `${session.title} is full: offer another session`);
  }
  return session;
}
