// Export reads: keyset pages (key > after, limit n) so any size streams in constant memory
// on both databases, with no server-side cursor. Each page walks an index in its own order
// (contacts by the queue's (campaign, contact) key, calls by (campaign, ended_at)), so a page
// costs the same at row 1,000,000 as at row 1: keyed by the queue id, SQLite sorted every
// campaign row for every page (docs/benchmarks.md).
import type { Queryable } from './db';

export interface ExportFilters {
  since?: number;
  outcome?: string;
}

export interface ContactExportRow {
  id: number;
  contact_id: number;
  external_id: string | null;
  first_name: string;
  last_name: string | null;
  phone_e164: string;
  email: string | null;
  postcode: string | null;
  constituency_code: string | null;
  status: string;
  attempts: number;
  last_outcome: string | null;
  last_called_at: number | null;
}

/** A page of the campaign's contacts after contact id `after`, in contact id order. */
export async function contactsPage(
  db: Queryable,
  campaignId: number,
  after: number,
  limit: number,
  f: ExportFilters,
): Promise<ContactExportRow[]> {
  const q = db('campaign_contacts as cc')
    .join('contacts as c', 'c.id', 'cc.contact_id')
    .where('cc.campaign_id', campaignId)
    .andWhere('cc.contact_id', '>', after)
    .orderBy('cc.contact_id')
    .limit(limit)
    .select(
      'cc.id',
      'cc.contact_id',
      'c.external_id',
      'c.first_name',
      'c.last_name',
      'c.phone_e164',
      'c.email',
      'c.postcode',
      'c.constituency_code',
      'cc.status',
      'cc.attempts',
      'cc.last_outcome',
      'cc.last_called_at',
    );
  if (f.since !== undefined) q.andWhere('cc.last_called_at', '>=', f.since);
  if (f.outcome) q.andWhere('cc.last_outcome', f.outcome);
  return q;
}

/**
 * The latest call in this campaign for each of these contacts, with its caller's name. Found
 * by contact (indexed) and filtered to the campaign here: asked with the campaign in the
 * query, SQLite walks the campaign's every call instead.
 */
export async function latestCalls(
  db: Queryable,
  campaignId: number,
  contactIds: number[],
): Promise<Map<number, { notes: string | null; answers: string; caller: string | null }>> {
  const rows: Array<{
    contact_id: number;
    campaign_id: number;
    notes: string | null;
    answers: string;
    caller: string | null;
  }> = await db('calls as k')
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .whereIn('k.contact_id', contactIds)
    .orderBy('k.id')
    .select('k.contact_id', 'k.campaign_id', 'k.notes', 'k.answers', 'u.name as caller');
  return new Map(rows.filter((r) => r.campaign_id === campaignId).map((r) => [r.contact_id, r]));
}

/** Each contact's latest live booking made from this campaign. */
export async function campaignBookings(
  db: Queryable,
  campaignId: number,
  contactIds: number[],
): Promise<Map<number, { id: number; title: string; starts_at: number }>> {
  const rows: Array<{ contact_id: number; id: number; title: string; starts_at: number }> = await db(
    'rsvps as r',
  )
    .join('calls as k', 'k.id', 'r.call_id')
    .join('canvass_sessions as s', 's.id', 'r.session_id')
    .where('k.campaign_id', campaignId)
    .whereIn('r.contact_id', contactIds)
    .whereIn('r.status', ['booked', 'attended', 'no_show'])
    .orderBy('r.id')
    .select('r.contact_id', 's.id', 's.title', 's.starts_at');
  return new Map(rows.map((r) => [r.contact_id, r]));
}

export interface CallExportRow {
  id: number;
  external_id: string | null;
  phone_e164: string;
  caller: string | null;
  started_at: number;
  ended_at: number;
  outcome: string;
  session_id: number | null;
  notes: string | null;
  answers: string;
}

/** Where a calls page ends: the next page starts after this (ended_at, id). */
export interface CallsCursor {
  endedAt: number;
  id: number;
}

/** A page of the campaign's calls after `after`, in (ended_at, id) order. */
export async function callsPage(
  db: Queryable,
  campaignId: number,
  after: CallsCursor | null,
  limit: number,
  f: ExportFilters,
): Promise<CallExportRow[]> {
  const q = db('calls as k')
    .join('contacts as c', 'c.id', 'k.contact_id')
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .where('k.campaign_id', campaignId)
    .orderBy([
      { column: 'k.ended_at', order: 'asc' },
      { column: 'k.id', order: 'asc' },
    ])
    .limit(limit)
    .select(
      'k.id',
      'c.external_id',
      'c.phone_e164',
      'u.name as caller',
      'k.started_at',
      'k.ended_at',
      'k.outcome',
      'k.session_id',
      'k.notes',
      'k.answers',
    );
  // A row value: both databases read it as one range on the (campaign_id, ended_at) index.
  if (after) q.andWhereRaw('(k.ended_at, k.id) > (?, ?)', [after.endedAt, after.id]);
  if (f.since !== undefined) q.andWhere('k.ended_at', '>=', f.since);
  if (f.outcome) q.andWhere('k.outcome', f.outcome);
  return q;
}
