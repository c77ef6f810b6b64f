// What Ringround holds about one person, read for the organiser and subject access, and erased.
// Erasure rewrites in place: the outcome rows and counters stay, so the campaign's numbers do not move.
import type { Queryable } from './db';
import { lockRows } from './dialect';
import { likeEscape } from './audit';
import { fromJson } from './json';

export interface PersonRow {
  id: number;
  external_id: string | null;
  first_name: string;
  last_name: string | null;
  phone_e164: string;
  email: string | null;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  geo_precision: string;
  constituency_code: string | null;
  timezone: string | null;
  custom: string;
  erased_at: number | null;
  created_at: number;
  updated_at: number;
  opted_out: number;
}

/** The name an erased contact is left with: the row stays for the counts, the person does not. */
export const ERASED_NAME = 'Erased';
/** The unique, undiallable stand-in for an erased contact's phone (phone_e164 is NOT NULL UNIQUE). */
export const erasedPhone = (id: number): string => `erased:${id}`;

const optedOut = `CASE WHEN EXISTS (SELECT 1 FROM opt_outs o WHERE o.phone_e164 = c.phone_e164) THEN 1 ELSE 0 END`;

const people = (db: Queryable) => db('contacts as c').select('c.*', db.raw(`${optedOut} AS opted_out`));

export type PersonSearch = { phone: string } | { email: string } | { name: string };

/** Up to `limit` people (never the erased) by exact phone, exact email or part of their name. */
export async function searchPeople(db: Queryable, s: PersonSearch, limit: number): Promise<PersonRow[]> {
  const q = people(db).whereNull('c.erased_at').orderBy('c.id', 'desc').limit(limit);
  if ('phone' in s) q.where('c.phone_e164', s.phone);
  else if ('email' in s) q.whereRaw('lower(c.email) = ?', [s.email.toLowerCase()]);
  else {
    q.whereRaw(`lower(c.first_name || ' ' || COALESCE(c.last_name, '')) LIKE ? ESCAPE '\\'`, [
      `%${likeEscape(s.name.toLowerCase())}%`,
    ]);
  }
  return q;
}

export async function findPerson(db: Queryable, id: number): Promise<PersonRow | undefined> {
  return people(db).where('c.id', id).first();
}

/** Holds the contact's row until commit on Postgres, so two erasures of one person take turns. */
export async function lockPerson(db: Queryable, id: number): Promise<void> {
  await lockRows(db, db('contacts').where({ id }).select('id'));
}

/** Their place in each campaign's queue, with the campaign's name. */
export async function membershipsOf(
  db: Queryable,
  contactId: number,
): Promise<Array<Record<string, unknown>>> {
  return db('campaign_contacts as cc')
    .join('campaigns as m', 'm.id', 'cc.campaign_id')
    .where('cc.contact_id', contactId)
    .orderBy('cc.id')
    .select('cc.*', 'm.name as campaign_name');
}

/** Every call to them, oldest first, with the campaign and the caller's name. */
export async function callsOf(db: Queryable, contactId: number): Promise<Array<Record<string, unknown>>> {
  return db('calls as k')
    .join('campaigns as m', 'm.id', 'k.campaign_id')
    .leftJoin('users as u', 'u.id', 'k.caller_id')
    .where('k.contact_id', contactId)
    .orderBy('k.id')
    .select('k.*', 'm.name as campaign_name', 'u.name as caller_name');
}

/** Their canvass bookings, with the session. */
export async function bookingsOf(db: Queryable, contactId: number): Promise<Array<Record<string, unknown>>> {
  return db('rsvps as r')
    .join('canvass_sessions as s', 's.id', 'r.session_id')
    .where('r.contact_id', contactId)
    .orderBy('r.id')
    .select(
      'r.*',
      's.title as session_title',
      's.starts_at as session_starts_at',
      's.venue as session_venue',
    );
}

/** Follow-up texts sent to them. */
export async function smsOf(db: Queryable, contactId: number): Promise<Array<Record<string, unknown>>> {
  return db('sms_messages').where({ contact_id: contactId }).orderBy('id');
}

/** Phone legs placed to them through a provider (Twilio or the simulation). */
export async function providerLegsOf(
  db: Queryable,
  contactId: number,
): Promise<Array<Record<string, unknown>>> {
  return db('provider_calls as p')
    .join('campaign_contacts as cc', 'cc.id', 'p.campaign_contact_id')
    .where('cc.contact_id', contactId)
    .orderBy('p.id')
    .select('p.*');
}

/** Where their outcomes were sent (campaign webhooks): the recipients a subject access answer names. */
export async function webhookDeliveriesOf(
  db: Queryable,
  contactId: number,
): Promise<Array<Record<string, unknown>>> {
  return db('webhook_deliveries as w')
    .join('calls as k', 'k.id', 'w.call_id')
    .where('k.contact_id', contactId)
    .orderBy('w.id')
    .select('w.id', 'w.call_id', 'w.url', 'w.status', 'w.created_at', 'w.delivered_at');
}

/**
 * Strips the contact row of everything personal. Returns false when it was already erased
 * (or does not exist), so a second erasure writes nothing.
 */
export async function eraseContactRow(db: Queryable, id: number, now: number): Promise<boolean> {
  const n = await db('contacts')
    .where({ id })
    .whereNull('erased_at')
    .update({
      first_name: ERASED_NAME,
      last_name: null,
      phone_e164: erasedPhone(id),
      email: null,
      postcode: null,
      lat: null,
      lng: null,
      geo_precision: 'none',
      constituency_code: null,
      timezone: null,
      custom: '{}',
      external_id: null,
      erased_at: now,
      updated_at: now,
    });
  return n === 1;
}

/** Clears what callers wrote and heard on every call to them; the outcome rows stay. Returns the call count. */
export async function clearCallContentOf(db: Queryable, contactId: number): Promise<number> {
  return db('calls').where({ contact_id: contactId }).update({ notes: null, answers: '{}' });
}

/** Removes the text of follow-up messages sent to them. */
export async function clearSmsOf(db: Queryable, contactId: number): Promise<void> {
  await db('sms_messages').where({ contact_id: contactId }).update({ body: '', error: null });
}

/** Webhook bodies carry their name and phone: emptied, and any not yet sent are never sent. */
export async function clearWebhookPayloadsOf(db: Queryable, contactId: number): Promise<void> {
  const theirCalls = db('calls').where({ contact_id: contactId }).select('id');
  await db('webhook_deliveries')
    .whereIn('call_id', theirCalls)
    .where({ status: 'pending' })
    .update({ status: 'failed', last_error: 'contact erased', next_attempt_at: null, locked_until: null });
  await db('webhook_deliveries').whereIn('call_id', theirCalls).update({ payload: '{}' });
}

/**
 * Takes them out of every queue for good: each row is done, unheld and no longer due for a
 * reminder. Attempts, outcomes and funnel stamps stay, so queued + claimed + done is unchanged.
 * Returns the callers who were holding them at that moment.
 */
export async function retireQueueRowsOf(
  db: Queryable,
  contactId: number,
): Promise<Array<{ id: number; campaignId: number; heldBy: number | null }>> {
  const rows: Array<{ id: number; campaign_id: number; status: string; claimed_by: number | null }> =
    await db('campaign_contacts')
      .where({ contact_id: contactId })
      .select('id', 'campaign_id', 'status', 'claimed_by');
  await db('campaign_contacts').where({ contact_id: contactId }).update({
    status: 'done',
    claimed_by: null,
    claimed_at: null,
    lease_expires_at: null,
    dialled_at: null,
    purpose: 'first',
    reminder_session_id: null,
    priority: 0,
  });
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaign_id,
    heldBy: r.status === 'claimed' ? r.claimed_by : null,
  }));
}

/**
 * Retention: clears notes and answers of a campaign's calls that ended before `before`.
 * A plain guarded UPDATE, so several instances running it at once do the same harmless work.
 */
export async function clearOldCallContent(
  db: Queryable,
  campaignId: number,
  before: number,
): Promise<number> {
  return db('calls')
    .where({ campaign_id: campaignId })
    .andWhere('ended_at', '<', before)
    .andWhere((w) => w.whereNotNull('notes').orWhereNot('answers', '{}'))
    .update({ notes: null, answers: '{}' });
}

/** A TEXT column of JSON, read. */
export const jsonOf = (text: unknown): Record<string, unknown> => fromJson(text as string, {});
