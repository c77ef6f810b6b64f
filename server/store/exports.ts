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

/**
 * What the contacts export reads per queued contact, in the file's column order: its fields,
 * its latest call in the campaign (through the queue row's calls, indexed) and its latest live
 * booking made from this campaign (by contact, indexed). Numbers and times come as text.
 */
const CONTACT_CELLS = [
  'c.external_id',
  'c.first_name',
  'c.last_name',
  'c.phone_e164',
  'c.email',
  'c.postcode',
  'c.constituency_code',
  'cc.status',
  'CAST(cc.attempts AS TEXT)',
  'cc.last_outcome',
  'CAST(cc.last_called_at AS TEXT)',
  'u.name',
  'CAST(s.id AS TEXT)',
  's.title',
  'CAST(s.starts_at AS TEXT)',
  'k.notes',
  'k.answers',
];

/** Between a page's rows, and between a row's cells: a cell holding either makes the page split wrong, which is noticed. */
export const ROW_SEPARATOR = '\x1e';
export const CELL_SEPARATOR = '\x1f';

/** How many cells a contacts export row has. */
export const CONTACT_CELL_COUNT = CONTACT_CELLS.length;

/** A page of the contacts export as one text: rows joined by ROW_SEPARATOR, cells by CELL_SEPARATOR (null read as ''). */
export interface ContactsPageText {
  text: string;
  rows: number;
  /** The last contact id on the page: the next page starts after it. */
  last: number;
}

/**
 * A page of the campaign's contacts after contact id `after`, in contact id order, as one
 * text the database joins: node-sqlite3 builds a JS object per row with a property per
 * column (~4 µs a row for this page), most of a large export's time (docs/benchmarks.md).
 * concat_ws and string_agg … ORDER BY are in SQLite ≥ 3.44 (sqlite3 6 bundles 3.52) and Postgres.
 */
export async function contactsPageText(
  db: Queryable,
  campaignId: number,
  after: number,
  limit: number,
  f: ExportFilters,
): Promise<ContactsPageText> {
  // concat_ws skips nulls, so each cell is '' instead; `a || b || ...` is 25% slower in SQLite.
  const cells = `concat_ws('${CELL_SEPARATOR}', ${CONTACT_CELLS.map((c) => `COALESCE(${c}, '')`).join(', ')})`;
  const page = contactsQuery(db, campaignId, after, limit, f).select(
    'cc.contact_id',
    db.raw(`${cells} AS cells`),
  );
  const [row]: Array<{ text: string | null; rows: number; last: number | null }> = await db
    .from(page.as('p'))
    .select(
      db.raw(`string_agg(p.cells, '${ROW_SEPARATOR}' ORDER BY p.contact_id) AS text`),
      db.raw('count(*) AS rows'),
      db.raw('max(p.contact_id) AS last'),
    );
  return { text: row?.text ?? '', rows: Number(row?.rows ?? 0), last: Number(row?.last ?? after) };
}

/** The contacts after `after` up to `through`, each as its cells: for the rare page where a cell holds a separator. */
export async function contactsPageCells(
  db: Queryable,
  campaignId: number,
  after: number,
  through: number,
  f: ExportFilters,
): Promise<string[][]> {
  const rows: Array<Record<string, string | null>> = await contactsQuery(db, campaignId, after, null, f)
    .andWhere('cc.contact_id', '<=', through)
    .select(...CONTACT_CELLS.map((c, i) => db.raw(`${c} AS c${i}`)));
  return rows.map((r) => CONTACT_CELLS.map((_, i) => r[`c${i}`] ?? ''));
}

function contactsQuery(
  db: Queryable,
  campaignId: number,
  after: number,
  limit: number | null,
  f: ExportFilters,
) {
  const latestCall = db.raw('(SELECT max(k2.id) FROM calls k2 WHERE k2.campaign_contact_id = cc.id)');
  const latestBooking = db.raw(
    `(SELECT max(r2.id) FROM rsvps r2 JOIN calls k3 ON k3.id = r2.call_id
      WHERE r2.contact_id = cc.contact_id AND k3.campaign_id = cc.campaign_id
        AND r2.status IN ('booked', 'attended', 'no_show'))`,
  );
  const q = db('campaign_contacts as cc')
    .join('contacts as c', 'c.id', 'cc.contact_id')
    .leftJoin('calls as k', (j) => j.on('k.id', '=', latestCall))
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .leftJoin('rsvps as r', (j) => j.on('r.id', '=', latestBooking))
    .leftJoin('canvass_sessions as s', 's.id', 'r.session_id')
    .where('cc.campaign_id', campaignId)
    .andWhere('cc.contact_id', '>', after)
    // An erased person is in no export: their outcomes stay only in the campaign's counts.
    .whereNull('c.erased_at')
    .orderBy('cc.contact_id');
  if (limit !== null) q.limit(limit);
  if (f.since !== undefined) q.andWhere('cc.last_called_at', '>=', f.since);
  if (f.outcome) q.andWhere('cc.last_outcome', f.outcome);
  return q;
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
    .whereNull('c.erased_at')
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
