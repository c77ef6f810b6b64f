import type { Queryable } from './db';
import { runStatement } from './dialect';
import type { Placement } from '../geo/place';
import { PLACE_TAKEN } from './rsvps';

export interface SessionRecord {
  id: number;
  title: string;
  startsAt: number;
  endsAt: number | null;
  venue: string | null;
  address: string | null;
  postcode: string;
  lat: number | null;
  lng: number | null;
  geoPrecision: string;
  constituencyCode: string | null;
  hostingParty: string | null;
  hostName: string | null;
  capacity: number | null;
  whatsappUrl: string | null;
  notes: string | null;
  cancelledAt: number | null;
  calendarToken: string;
  booked: number;
}

export type SessionFields = Omit<
  SessionRecord,
  'id' | 'lat' | 'lng' | 'geoPrecision' | 'constituencyCode' | 'cancelledAt' | 'booked' | 'calendarToken'
>;

interface Row {
  id: number;
  title: string;
  starts_at: number;
  ends_at: number | null;
  venue: string | null;
  address: string | null;
  postcode: string;
  lat: number | null;
  lng: number | null;
  geo_precision: string;
  constituency_code: string | null;
  hosting_party: string | null;
  host_name: string | null;
  capacity: number | null;
  whatsapp_url: string | null;
  notes: string | null;
  cancelled_at: number | null;
  calendar_token: string;
  booked: number | string | null;
}

const toRecord = (r: Row): SessionRecord => ({
  id: r.id,
  title: r.title,
  startsAt: Number(r.starts_at),
  endsAt: r.ends_at === null ? null : Number(r.ends_at),
  venue: r.venue,
  address: r.address,
  postcode: r.postcode,
  lat: r.lat,
  lng: r.lng,
  geoPrecision: r.geo_precision,
  constituencyCode: r.constituency_code,
  hostingParty: r.hosting_party,
  hostName: r.host_name,
  capacity: r.capacity,
  whatsappUrl: r.whatsapp_url,
  notes: r.notes,
  cancelledAt: r.cancelled_at === null ? null : Number(r.cancelled_at),
  calendarToken: r.calendar_token,
  booked: Number(r.booked ?? 0),
});

const toColumns = (f: Partial<SessionFields>) => {
  const c: Record<string, unknown> = {};
  if (f.title !== undefined) c.title = f.title;
  if (f.startsAt !== undefined) c.starts_at = f.startsAt;
  if (f.endsAt !== undefined) c.ends_at = f.endsAt;
  if (f.venue !== undefined) c.venue = f.venue;
  if (f.address !== undefined) c.address = f.address;
  if (f.postcode !== undefined) c.postcode = f.postcode;
  if (f.hostingParty !== undefined) c.hosting_party = f.hostingParty;
  if (f.hostName !== undefined) c.host_name = f.hostName;
  if (f.capacity !== undefined) c.capacity = f.capacity;
  if (f.whatsappUrl !== undefined) c.whatsapp_url = f.whatsappUrl;
  if (f.notes !== undefined) c.notes = f.notes;
  return c;
};

const placementColumns = (p: Placement) => ({
  lat: p.lat,
  lng: p.lng,
  geo_precision: p.precision,
  constituency_code: p.constituencyCode,
});

/** Sessions with their live booking counts. */
const withBooked = (db: Queryable) =>
  db('canvass_sessions as s').select(
    's.*',
    db('rsvps as r').count('*').whereIn('r.status', PLACE_TAKEN).whereRaw('r.session_id = s.id').as('booked'),
  );

export async function insertSession(
  db: Queryable,
  f: SessionFields,
  place: Placement,
  calendarToken: string,
  now: number,
): Promise<number> {
  const [row] = await db('canvass_sessions')
    .insert({
      ...toColumns(f),
      ...placementColumns(place),
      calendar_token: calendarToken,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

export async function updateSession(
  db: Queryable,
  id: number,
  f: Partial<SessionFields>,
  place: Placement | null,
  now: number,
): Promise<void> {
  await db('canvass_sessions')
    .where({ id })
    .update({ ...toColumns(f), ...(place ? placementColumns(place) : {}), updated_at: now });
}

export async function cancelSession(db: Queryable, id: number, now: number): Promise<boolean> {
  return (
    (await db('canvass_sessions')
      .where({ id })
      .whereNull('cancelled_at')
      .update({ cancelled_at: now, updated_at: now })) === 1
  );
}

export async function findSession(db: Queryable, id: number): Promise<SessionRecord | undefined> {
  const row = await withBooked(db).where('s.id', id).first();
  return row ? toRecord(row as Row) : undefined;
}

/** The nearest sessions offered with every assignment: one prepared statement per count of ids. */
export async function findSessions(db: Queryable, ids: number[]): Promise<SessionRecord[]> {
  if (!ids.length) return [];
  const taken = PLACE_TAKEN.map((status) => `'${status}'`).join(', ');
  const rows = await runStatement<Row>(
    db,
    `select "s".*, (select count(*) from "rsvps" as "r" where "r"."session_id" = "s"."id" and "r"."status" in (${taken})) as "booked" ` +
      `from "canvass_sessions" as "s" where "s"."id" in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  return rows.map(toRecord);
}

/** Sessions ending after `from` (or all), soonest first. */
export async function listSessions(db: Queryable, from: number | null): Promise<SessionRecord[]> {
  const q = withBooked(db).orderBy('s.starts_at');
  if (from !== null) q.where((w) => w.where('s.starts_at', '>=', from).orWhere('s.ends_at', '>=', from));
  return ((await q) as Row[]).map(toRecord);
}

/** Upcoming, not cancelled, placed sessions: what the spatial index holds. */
export async function listIndexableSessions(
  db: Queryable,
  now: number,
): Promise<
  Array<{ id: number; lat: number; lng: number; startsAt: number; constituencyCode: string | null }>
> {
  const rows: Array<{
    id: number;
    lat: number;
    lng: number;
    starts_at: number;
    constituency_code: string | null;
  }> = await db('canvass_sessions')
    .whereNull('cancelled_at')
    .whereNotNull('lat')
    .andWhere('starts_at', '>', now)
    .select('id', 'lat', 'lng', 'starts_at', 'constituency_code');
  return rows.map((r) => ({
    id: r.id,
    lat: r.lat,
    lng: r.lng,
    startsAt: Number(r.starts_at),
    constituencyCode: r.constituency_code,
  }));
}

/** Changes whenever any session is added, edited or cancelled: tells instances to rebuild their index. */
export async function sessionsVersion(db: Queryable): Promise<string> {
  const row = await db('canvass_sessions').max({ m: 'updated_at' }).count({ n: '*' }).first();
  return `${row?.m ?? 0}:${row?.n ?? 0}`;
}

/** Who is booked into a session: the people to re-contact when it is cancelled. */
export async function bookedContacts(
  db: Queryable,
  sessionId: number,
): Promise<
  Array<{
    contactId: number;
    firstName: string;
    lastName: string | null;
    phone: string;
    bookedAt: number;
    campaignId: number | null;
  }>
> {
  const rows = await db('rsvps as r')
    .join('contacts as c', 'c.id', 'r.contact_id')
    .leftJoin('calls as k', 'k.id', 'r.call_id')
    .where({ 'r.session_id': sessionId, 'r.status': 'booked' })
    .orderBy('c.first_name')
    .select('c.id', 'c.first_name', 'c.last_name', 'c.phone_e164', 'r.created_at', 'k.campaign_id');
  return rows.map(
    (r: {
      id: number;
      first_name: string;
      last_name: string | null;
      phone_e164: string;
      created_at: number;
      campaign_id: number | null;
    }) => ({
      contactId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      phone: r.phone_e164,
      bookedAt: Number(r.created_at),
      campaignId: r.campaign_id,
    }),
  );
}

export async function findSessionByCalendarToken(
  db: Queryable,
  token: string,
): Promise<SessionRecord | undefined> {
  const row = await withBooked(db).where('s.calendar_token', token).first();
  return row ? toRecord(row as Row) : undefined;
}
