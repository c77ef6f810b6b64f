import type { Queryable } from './db';

/** Adds a phone to the global never-call list; a second opt-out for the same phone changes nothing. */
export async function addOptOut(
  db: Queryable,
  phone: string,
  reason: string,
  recordedBy: number | null,
  now: number,
): Promise<void> {
  await db('opt_outs')
    .insert({ phone_e164: phone, reason, recorded_by: recordedBy, created_at: now })
    .onConflict('phone_e164')
    .ignore();
}
