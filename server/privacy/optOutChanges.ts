import type { AddOptOutBody, OptOutLookup, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../store/audit';
import { addOptOut, findOptOut, removeOptOut } from '../store/optOuts';
import { inTransaction } from '../store/transaction';
import { normalisePhone } from '../transfer/contactColumns';
import { maskPhone } from './maskPhone';
import { toOptOut } from './people';

const COUNTRY = 'GB';

/** A phone as typed, in E.164; 400 when it cannot be one. */
export function phoneOf(raw: string): string {
  const phone = normalisePhone(raw.trim(), COUNTRY);
  if (!phone) throw new AppError('invalid_request', 'phone: is not a phone number we can read');
  return phone;
}

/** Whether this number is on the never-call list, and why. */
export async function lookUpOptOut(ctx: AppContext, raw: string): Promise<OptOutLookup> {
  const phone = phoneOf(raw);
  const row = await findOptOut(ctx.db, phone);
  return { phone, optOut: row ? toOptOut(row) : null };
}

/** An organiser puts a number on the never-call list (someone asked by email, say); logged with the reason. */
export async function addOptOutFor(ctx: AppContext, body: AddOptOutBody, actor: User): Promise<OptOutLookup> {
  const phone = phoneOf(body.phone);
  await inTransaction(ctx.db, async (trx) => {
    if (!(await addOptOut(trx, phone, body.reason, actor.id, ctx.now()))) {
      throw new AppError('conflict', 'That number is already on the never-call list');
    }
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'opt_out.add',
        subjectType: 'phone',
        subjectId: maskPhone(phone),
        detail: { reason: body.reason },
      },
      ctx.now(),
    );
  });
  return lookUpOptOut(ctx, phone);
}

/**
 * Takes a number off the never-call list, which only an organiser may do, with a reason that is
 * logged. Their queue rows still waiting in a campaign become callable at once (the claim checks
 * the list live); campaigns that had finished with them stay finished.
 */
export async function reverseOptOut(
  ctx: AppContext,
  raw: string,
  reason: string,
  actor: User,
): Promise<OptOutLookup> {
  const phone = phoneOf(raw);
  await inTransaction(ctx.db, async (trx) => {
    const before = await findOptOut(trx, phone);
    if (!before || !(await removeOptOut(trx, phone))) throw notFound('Opt-out for that number');
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'opt_out.remove',
        subjectType: 'phone',
        subjectId: maskPhone(phone),
        detail: { reason, optedOutAt: new Date(before.created_at).toISOString() },
      },
      ctx.now(),
    );
  });
  return { phone, optOut: null };
}
