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

export async function isOptedOut(db: Queryable, phone: string): Promise<boolean> {
  return (await db('opt_outs').where({ phone_e164: phone }).first()) !== undefined;
}

export async function optedOutAmong(db: Queryable, phones: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < phones.length; i += 500) {
    const rows: Array<{ phone_e164: string }> = await db('opt_outs')
      .whereIn('phone_e164', phones.slice(i, i + 500))
      .select('phone_e164');
    for (const r of rows) found.add(r.phone_e164);
  }
  return found;
}
