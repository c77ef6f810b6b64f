import type { Queryable } from './db';

export interface OptOutRow {
  phone_e164: string;
  reason: string;
  recorded_by: number | null;
  recorded_by_name: string | null;
  created_at: number;
}

/** Adds a phone to the global never-call list; a second opt-out for the same phone changes nothing. True when added. */
export async function addOptOut(
  db: Queryable,
  phone: string,
  reason: string,
  recordedBy: number | null,
  now: number,
): Promise<boolean> {
  const added = await db('opt_outs')
    .insert({ phone_e164: phone, reason, recorded_by: recordedBy, created_at: now })
    .onConflict('phone_e164')
    .ignore()
    .returning('phone_e164');
  return added.length > 0;
}

/** The opt-out for this phone, with the name of whoever recorded it. */
export async function findOptOut(db: Queryable, phone: string): Promise<OptOutRow | undefined> {
  return db('opt_outs as o')
    .leftJoin('users as u', 'u.id', 'o.recorded_by')
    .where('o.phone_e164', phone)
    .first('o.phone_e164', 'o.reason', 'o.recorded_by', 'u.name as recorded_by_name', 'o.created_at');
}

/** Takes a phone off the never-call list; false when it was not on it. */
export async function removeOptOut(db: Queryable, phone: string): Promise<boolean> {
  return (await db('opt_outs').where({ phone_e164: phone }).delete()) > 0;
}
