import type { Queryable } from './db';

/** Which of these phones appear in table's phone_e164 column, asked 500 at a time (SQLite's parameter limit). */
export async function phonesIn(
  db: Queryable,
  table: 'contacts' | 'opt_outs',
  phones: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < phones.length; i += 500) {
    const rows: Array<{ phone_e164: string }> = await db(table)
      .whereIn('phone_e164', phones.slice(i, i + 500))
      .select('phone_e164');
    for (const r of rows) found.add(r.phone_e164);
  }
  return found;
}
