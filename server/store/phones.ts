import type { Queryable } from './db';

/** Phones per query: well inside SQLite's bound-parameter limit. */
const CHUNK = 1000;

/** Which of these phones appear in table's phone_e164 column. */
export async function phonesIn(
  db: Queryable,
  table: 'contacts' | 'opt_outs',
  phones: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < phones.length; i += CHUNK) {
    const rows: Array<{ phone_e164: string }> = await db(table)
      .whereIn('phone_e164', phones.slice(i, i + CHUNK))
      .select('phone_e164');
    for (const r of rows) found.add(r.phone_e164);
  }
  return found;
}

/** The custom fields (JSON text) of the contacts already holding these phones, by phone. */
export async function customByPhone(db: Queryable, phones: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < phones.length; i += CHUNK) {
    const rows: Array<{ phone_e164: string; custom: string }> = await db('contacts')
      .whereIn('phone_e164', phones.slice(i, i + CHUNK))
      .select('phone_e164', 'custom');
    for (const r of rows) found.set(r.phone_e164, r.custom);
  }
  return found;
}
