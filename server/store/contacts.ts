import type { Queryable } from './db';
import { runStatement } from './dialect';
import { fromJson, toJson } from './json';

export interface ContactRecord {
  id: number;
  externalId: string | null;
  firstName: string;
  lastName: string | null;
  phone: string;
  email: string | null;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  constituencyCode: string | null;
  timezone: string | null;
  custom: Record<string, string>;
  /** Set once their personal data is erased (privacy/eraseContact.ts): nothing may reach them. */
  erasedAt: number | null;
}

export type NewContact = Omit<
  ContactRecord,
  'id' | 'custom' | 'lat' | 'lng' | 'constituencyCode' | 'timezone' | 'erasedAt'
> &
  Partial<Pick<ContactRecord, 'custom' | 'lat' | 'lng' | 'constituencyCode' | 'timezone'>> & {
    /** How the postcode was placed (geo/place.ts); 'none' when it was not. */
    geoPrecision?: string;
  };

interface ContactRow {
  id: number;
  external_id: string | null;
  first_name: string;
  last_name: string | null;
  phone_e164: string;
  email: string | null;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  constituency_code: string | null;
  timezone: string | null;
  custom: string;
  erased_at: number | string | null;
}

const toRecord = (r: ContactRow): ContactRecord => ({
  id: r.id,
  externalId: r.external_id,
  firstName: r.first_name,
  lastName: r.last_name,
  phone: r.phone_e164,
  email: r.email,
  postcode: r.postcode,
  lat: r.lat,
  lng: r.lng,
  constituencyCode: r.constituency_code,
  timezone: r.timezone,
  custom: fromJson(r.custom, {}),
  erasedAt: r.erased_at === null ? null : Number(r.erased_at),
});

export async function findContact(db: Queryable, id: number): Promise<ContactRecord | undefined> {
  const [row] = await runStatement<ContactRow>(db, `select * from "contacts" where "id" = ?`, [id]);
  return row ? toRecord(row) : undefined;
}

const COLUMNS = [
  'external_id',
  'first_name',
  'last_name',
  'phone_e164',
  'email',
  'postcode',
  'lat',
  'lng',
  'geo_precision',
  'constituency_code',
  'timezone',
  'custom',
  'created_at',
  'updated_at',
];

// What a second signup for a known phone does: a field it leaves blank keeps the stored value
// (as a repeated row within one file does), and a new postcode brings its own placement.
const keepWhenBlank = (c: string) => `${c} = COALESCE(excluded.${c}, contacts.${c})`;
const followPostcode = (c: string) =>
  `${c} = CASE WHEN excluded.postcode IS NULL THEN contacts.${c} ELSE excluded.${c} END`;
const MERGE = [
  ...['external_id', 'last_name', 'email', 'postcode'].map(keepWhenBlank),
  ...['lat', 'lng', 'geo_precision', 'constituency_code', 'timezone'].map(followPostcode),
  ...['first_name', 'custom', 'updated_at'].map((c) => `${c} = excluded.${c}`),
].join(', ');

/**
 * Rows per statement: 1,000 × 12 bound values stays inside SQLite's 32,766 and Postgres's
 * 65,535. One multi-row VALUES statement (knex writes a compound SELECT, capped at 500
 * terms on SQLite and slower to run) is most of a large import's speed (docs/benchmarks.md).
 */
const ROWS_PER_STATEMENT = 1000;

/**
 * Inserts contacts, merging by phone: a known phone is updated, not duplicated, and what a
 * contact leaves blank keeps its stored value. Phones must be distinct within one call.
 */
export async function mergeContacts(db: Queryable, contacts: NewContact[], now: number): Promise<void> {
  if (!Number.isSafeInteger(now)) throw new Error(`mergeContacts: now must be whole ms, got ${now}`);
  // The timestamps are the same for every row: written into the statement, not bound per row.
  const row = `(${COLUMNS.map((c) => (c.endsWith('_at') ? String(now) : '?')).join(', ')})`;
  for (let i = 0; i < contacts.length; i += ROWS_PER_STATEMENT) {
    const part = contacts.slice(i, i + ROWS_PER_STATEMENT);
    const values: Array<string | number | null> = [];
    for (const c of part) {
      values.push(
        c.externalId,
        c.firstName,
        c.lastName,
        c.phone,
        c.email,
        c.postcode,
        c.lat ?? null,
        c.lng ?? null,
        c.geoPrecision ?? 'none',
        c.constituencyCode ?? null,
        c.timezone ?? null,
        toJson(c.custom ?? {}),
      );
    }
    await db.raw(
      `INSERT INTO contacts (${COLUMNS.join(', ')}) VALUES ${part.map(() => row).join(', ')}
       ON CONFLICT (phone_e164) DO UPDATE SET ${MERGE}`,
      values,
    );
  }
}

/** The ids of the contacts holding these phones, by phone. */
export async function contactIdsByPhone(db: Queryable, phones: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < phones.length; i += ROWS_PER_STATEMENT) {
    const rows: Array<{ id: number; phone_e164: string }> = await db('contacts')
      .whereIn('phone_e164', phones.slice(i, i + ROWS_PER_STATEMENT))
      .select('id', 'phone_e164');
    for (const r of rows) ids.set(r.phone_e164, r.id);
  }
  return ids;
}

/** mergeContacts, returning the contacts' ids in order. */
export async function upsertContacts(db: Queryable, contacts: NewContact[], now: number): Promise<number[]> {
  await mergeContacts(db, contacts, now);
  const ids = await contactIdsByPhone(
    db,
    contacts.map((c) => c.phone),
  );
  return contacts.map((c) => ids.get(c.phone)!);
}

/**
 * Queues the contacts holding these phones in a campaign, due at `now`, except phones on the
 * opt-out list; contacts already in its queue are left alone. One statement per 1,000 phones.
 */
export async function queueContactsByPhone(
  db: Queryable,
  campaignId: number,
  phones: string[],
  now: number,
): Promise<void> {
  for (let i = 0; i < phones.length; i += ROWS_PER_STATEMENT) {
    const part = phones.slice(i, i + ROWS_PER_STATEMENT);
    await db.raw(
      `INSERT INTO campaign_contacts (campaign_id, contact_id, status, attempts, next_call_at, priority)
       SELECT CAST(? AS INTEGER), c.id, 'queued', 0, CAST(? AS BIGINT), 0 FROM contacts c
       WHERE c.phone_e164 IN (${part.map(() => '?').join(', ')})
         AND NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.phone_e164 = c.phone_e164)
       ON CONFLICT (campaign_id, contact_id) DO NOTHING`,
      [campaignId, now, ...part],
    );
  }
}

/** The distinct contact time zones in a campaign's queue (most are null: the campaign's own zone). */
export async function contactZones(db: Queryable, campaignId: number): Promise<string[]> {
  const rows = await db('campaign_contacts as cc')
    .join('contacts as c', 'c.id', 'cc.contact_id')
    .where('cc.campaign_id', campaignId)
    .whereNotNull('c.timezone')
    .distinct('c.timezone');
  return rows.map((r: { timezone: string }) => r.timezone);
}
