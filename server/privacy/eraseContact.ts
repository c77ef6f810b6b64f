import type { EraseContactBody, ErasureResult, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import type { Publisher } from '../realtime/publish';
import { writeAudit } from '../store/audit';
import { addOptOut, findOptOut } from '../store/optOuts';
import {
  clearCallContentOf,
  clearSmsOf,
  clearWebhookPayloadsOf,
  eraseContactRow,
  findPerson,
  lockPerson,
  retireQueueRowsOf,
} from '../store/privacy';
import { inTransaction } from '../store/transaction';
import { maskPhone } from './maskPhone';
import { iso } from './people';

/** The opt-out reason kept for a number whose person was erased: says why it is still held, names nobody. */
export const KEPT_AFTER_ERASURE = 'Erased at their request; number kept so they are never called again';

/**
 * Erases a person in one transaction: their contact row loses every personal field, call notes
 * and answers and text bodies are cleared, webhook bodies emptied, and they leave every queue for
 * good. Call outcomes, bookings and counters stay, so each campaign's numbers are unchanged.
 * A number already on the never-call list stays there (see docs/privacy.md).
 */
export async function eraseContact(
  ctx: AppContext,
  publish: Publisher,
  id: number,
  body: EraseContactBody,
  actor: User,
): Promise<ErasureResult> {
  const now = ctx.now();
  return inTransaction(ctx.db, async (trx, afterCommit) => {
    await lockPerson(trx, id);
    const person = await findPerson(trx, id);
    if (!person) throw notFound('Contact');
    if (person.erased_at !== null) throw new AppError('conflict', 'This person has already been erased');
    const optedOut = Boolean(await findOptOut(trx, person.phone_e164));
    const suppress = !optedOut && body.keepOnNeverCallList === true;
    if (suppress) {
      await addOptOut(trx, person.phone_e164, KEPT_AFTER_ERASURE, actor.id, now);
      await writeAudit(
        trx,
        {
          actorId: actor.id,
          action: 'opt_out.add',
          subjectType: 'phone',
          subjectId: maskPhone(person.phone_e164),
          detail: { reason: KEPT_AFTER_ERASURE, erasedContact: id },
        },
        now,
      );
    }
    const queueRows = await retireQueueRowsOf(trx, id);
    const calls = await clearCallContentOf(trx, id);
    await clearSmsOf(trx, id);
    await clearWebhookPayloadsOf(trx, id);
    await eraseContactRow(trx, id, now);
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'contact.erase',
        subjectType: 'contact',
        subjectId: id,
        detail: {
          reason: body.reason,
          campaigns: queueRows.length,
          calls,
          neverCall: optedOut || suppress,
        },
      },
      now,
    );
    for (const row of queueRows) {
      // A caller holding them right now loses them: their screen must not keep showing the person.
      if (row.heldBy !== null) {
        const userId = row.heldBy;
        afterCommit(() =>
          publish.toUser(userId, 'assignment.revoked', { assignmentId: row.id, reason: 'contact_erased' }),
        );
      }
      afterCommit(() => publish.statsChanged(row.campaignId));
    }
    return {
      contactId: id,
      erasedAt: iso(now),
      campaigns: queueRows.length,
      calls,
      neverCall: optedOut || suppress,
    };
  });
}
