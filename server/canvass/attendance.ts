import type { AttendanceBody, AttendanceList, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../store/audit';
import { findSession } from '../store/canvassSessions';
import { bumpCounters } from '../store/counters';
import { listAttendance, setAttendance } from '../store/rsvps';
import { inTransaction } from '../store/transaction';
import { toCanvassSession } from './sessionView';
import type { Publisher } from '../realtime/publish';

export async function attendanceFor(ctx: AppContext, sessionId: number): Promise<AttendanceList> {
  const session = await findSession(ctx.db, sessionId);
  if (!session) throw notFound('Canvass session');
  const people = await listAttendance(ctx.db, sessionId);
  return {
    session: toCanvassSession(session, ctx.geo),
    people: people.map(({ campaignId: _c, ...p }) => p),
  };
}

/**
 * Marks whether a booked person came. The campaign that booked them keeps its
 * attended count (the funnel's last step) in the same transaction.
 */
export async function markAttendance(
  ctx: AppContext,
  publish: Publisher,
  sessionId: number,
  body: AttendanceBody,
  actor: User,
): Promise<void> {
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const session = await findSession(trx, sessionId);
    if (!session) throw notFound('Canvass session');
    const people = await listAttendance(trx, sessionId);
    const person = people.find((p) => p.contactId === body.contactId);
    const before = await setAttendance(trx, sessionId, body.contactId, body.status);
    if (!before || !person) throw new AppError('not_found', 'That person is not booked into this session');
    const delta = Number(body.status === 'attended') - Number(before === 'attended');
    const campaignId = person.campaignId;
    if (delta && campaignId !== null) await bumpCounters(trx, campaignId, { 'funnel:attended': delta });
    if (campaignId !== null) afterCommit(() => publish.statsChanged(campaignId));
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'rsvp.attendance',
        subjectType: 'canvass_session',
        subjectId: sessionId,
        detail: { contactId: body.contactId, status: body.status },
      },
      ctx.now(),
    );
  });
}
