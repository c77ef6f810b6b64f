import type { CancelSessionReply, CanvassSession, User } from '../../protocol';
import type { createCanvassSessionBody, updateCanvassSessionBody } from '../../protocol';
import type { z } from 'zod';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import type { Publisher } from '../realtime/publish';
import { writeAudit } from '../store/audit';
import {
  bookedContacts,
  cancelSession,
  findSession,
  insertSession,
  updateSession,
} from '../store/canvassSessions';
import type { SessionFields } from '../store/canvassSessions';
import { cancelBookingsFor } from '../store/rsvps';
import { requeueRemindersFor } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { newToken } from '../auth/tokens';
import { sessionsChanged } from './sessionIndex';
import { toCanvassSession } from './sessionView';

type CreateBody = z.infer<typeof createCanvassSessionBody>;
type UpdateBody = z.infer<typeof updateCanvassSessionBody>;

const ms = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : Date.parse(iso);

function toFields(b: UpdateBody): Partial<SessionFields> {
  const f: Partial<SessionFields> = { ...b, startsAt: ms(b.startsAt) ?? undefined, endsAt: ms(b.endsAt) };
  for (const k of Object.keys(f) as Array<keyof SessionFields>) if (f[k] === undefined) delete f[k];
  return f;
}

function checkTimes(startsAt: number, endsAt: number | null | undefined): void {
  if (endsAt !== null && endsAt !== undefined && endsAt <= startsAt) {
    throw new AppError('invalid_request', 'endsAt: must be after startsAt');
  }
}

export async function createSession(ctx: AppContext, body: CreateBody): Promise<CanvassSession> {
  const fields = toFields(body) as SessionFields;
  checkTimes(fields.startsAt, fields.endsAt);
  const place = await ctx.geo.place(body.postcode);
  const id = await insertSession(
    ctx.db,
    { ...fields, postcode: place.postcode ?? body.postcode.trim() },
    place,
    newToken(18),
    ctx.now(),
  );
  sessionsChanged(ctx);
  return toCanvassSession((await findSession(ctx.db, id))!, ctx.geo);
}

export async function editSession(ctx: AppContext, id: number, body: UpdateBody): Promise<CanvassSession> {
  const before = await findSession(ctx.db, id);
  if (!before) throw notFound('Canvass session');
  const fields = toFields(body);
  checkTimes(fields.startsAt ?? before.startsAt, fields.endsAt === undefined ? before.endsAt : fields.endsAt);
  if (fields.capacity !== undefined && fields.capacity !== null && fields.capacity < before.booked) {
    throw new AppError('conflict', `capacity: ${before.booked} people are already booked`);
  }
  const place = body.postcode !== undefined ? await ctx.geo.place(body.postcode) : null;
  if (place?.postcode) fields.postcode = place.postcode;
  await updateSession(ctx.db, id, fields, place, ctx.now());
  sessionsChanged(ctx);
  return toCanvassSession((await findSession(ctx.db, id))!, ctx.geo);
}

/**
 * Cancels a session: its bookings are cancelled in the same transaction, the answer lists
 * the people to re-contact, and the dashboards of the campaigns they were booked from hear of it.
 */
export async function cancelCanvassSession(
  ctx: AppContext,
  publish: Publisher,
  id: number,
  actor: User,
): Promise<CancelSessionReply> {
  const recontact = await inTransaction(ctx.db, async (trx, afterCommit) => {
    const session = await findSession(trx, id);
    if (!session) throw notFound('Canvass session');
    if (!(await cancelSession(trx, id, ctx.now())))
      throw new AppError('conflict', 'This session is already cancelled');
    const people = await bookedContacts(trx, id);
    await cancelBookingsFor(trx, id);
    await requeueRemindersFor(trx, id, ctx.now());
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'session.cancel',
        subjectType: 'canvass_session',
        subjectId: id,
        detail: { booked: people.length },
      },
      ctx.now(),
    );
    const perCampaign = new Map<number, number>();
    for (const p of people)
      if (p.campaignId !== null) perCampaign.set(p.campaignId, (perCampaign.get(p.campaignId) ?? 0) + 1);
    for (const [campaignId, n] of perCampaign) {
      afterCommit(() =>
        publish.toWatchers(campaignId, 'session.cancelled', {
          campaignId,
          sessionId: id,
          title: session.title,
          recontact: n,
        }),
      );
    }
    return people;
  });
  sessionsChanged(ctx);
  return {
    session: toCanvassSession((await findSession(ctx.db, id))!, ctx.geo),
    recontact: recontact.map(({ campaignId: _c, bookedAt, ...p }) => ({
      ...p,
      bookedAt: new Date(bookedAt).toISOString(),
    })),
  };
}
