// Export reads: keyset pages (id > after, limit n) so any size streams in constant memory
// on both databases, with no server-side cursor.
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
    .andWhere('cc.id', '>', after)
    .orderBy('cc.id')
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

/** The latest call for each queue row, with its caller's name. */
export async function latestCalls(
  db: Queryable,
  queueIds: number[],
): Promise<Map<number, { notes: string | null; answers: string; caller: string | null }>> {
  const rows: Array<{
    campaign_contact_id: number;
    notes: string | null;
    answers: string;
    caller: string | null;
  }> = await db('calls as k')
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .whereIn('k.campaign_contact_id', queueIds)
    .orderBy('k.id')
    .select('k.campaign_contact_id', 'k.notes', 'k.answers', 'u.name as caller');
  return new Map(rows.map((r) => [r.campaign_contact_id, r]));
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

export async function callsPage(
  db: Queryable,
  campaignId: number,
  after: number,
  limit: number,
  f: ExportFilters,
): Promise<CallExportRow[]> {
  const q = db('calls as k')
    .join('contacts as c', 'c.id', 'k.contact_id')
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .where('k.campaign_id', campaignId)
    .andWhere('k.id', '>', after)
    .orderBy('k.id')
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
  if (f.since !== undefined) q.andWhere('k.ended_at', '>=', f.since);
  if (f.outcome) q.andWhere('k.outcome', f.outcome);
  return q;
}
