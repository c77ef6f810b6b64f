import type { Queryable } from './db';
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
}

export type NewContact = Omit<
  ContactRecord,
  'id' | 'custom' | 'lat' | 'lng' | 'constituencyCode' | 'timezone'
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
});

export async function findContact(db: Queryable, id: number): Promise<ContactRecord | undefined> {
  const row = await db<ContactRow>('contacts').where({ id }).first();
  return row ? toRecord(row) : undefined;
}

/** Inserts contacts, merging by phone (a known phone is updated, not duplicated); returns their ids in order. */
export async function upsertContacts(db: Queryable, contacts: NewContact[], now: number): Promise<number[]> {
  if (!contacts.length) return [];
  const rows = contacts.map((c) => ({
    external_id: c.externalId,
    first_name: c.firstName,
    last_name: c.lastName,
    phone_e164: c.phone,
    email: c.email,
    postcode: c.postcode,
    lat: c.lat ?? null,
    lng: c.lng ?? null,
    geo_precision: c.geoPrecision ?? 'none',
    constituency_code: c.constituencyCode ?? null,
    timezone: c.timezone ?? null,
    custom: toJson(c.custom ?? {}),
    created_at: now,
    updated_at: now,
  }));
  const ids: number[] = [];
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db('contacts')
      .insert(rows.slice(i, i + 500))
      .onConflict('phone_e164')
      .merge([
        'external_id',
        'first_name',
        'last_name',
        'email',
        'postcode',
        'lat',
        'lng',
        'geo_precision',
        'constituency_code',
        'custom',
        'updated_at',
      ])
      .returning('id');
    ids.push(...inserted.map((r: { id: number }) => r.id));
  }
  return ids;
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
