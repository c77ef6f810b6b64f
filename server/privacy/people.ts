import type { ContactSearchResult, ContactSummary, OptOutRecord, PersonDetail } from '../../protocol';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { findOptOut } from '../store/optOuts';
import type { OptOutRow } from '../store/optOuts';
import { bookingsOf, callsOf, findPerson, jsonOf, membershipsOf, searchPeople } from '../store/privacy';
import type { PersonRow, PersonSearch } from '../store/privacy';
import { normalisePhone } from '../transfer/contactColumns';

const SEARCH_LIMIT = 20;
/** Phones are typed without a country code in the UK; an international one carries its own. */
const SEARCH_COUNTRY = 'GB';

export const iso = (ms: unknown): string => new Date(Number(ms)).toISOString();
export const isoOrNull = (ms: unknown): string | null => (ms === null || ms === undefined ? null : iso(ms));

/** How a search box's text is read: an email, a phone (to E.164), or else part of a name. */
export function readSearch(q: string): PersonSearch {
  if (q.includes('@')) return { email: q };
  const digits = q.replace(/\D/g, '');
  if (/^[+\d][\d ().-]*$/.test(q) && digits.length >= 6) {
    const phone = normalisePhone(q, SEARCH_COUNTRY);
    if (phone) return { phone };
  }
  return { name: q };
}

export const toSummary = (r: PersonRow): ContactSummary => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  phone: r.erased_at === null ? r.phone_e164 : null,
  email: r.email,
  postcode: r.postcode,
  optedOut: Number(r.opted_out) === 1,
  erasedAt: isoOrNull(r.erased_at),
});

export const toOptOut = (o: OptOutRow): OptOutRecord => ({
  phone: o.phone_e164,
  reason: o.reason,
  recordedBy: o.recorded_by_name,
  at: iso(o.created_at),
});

/** Finds people by phone, email or name: a short list, newest first. */
export async function findPeople(ctx: AppContext, q: string): Promise<ContactSearchResult> {
  const search = readSearch(q);
  const rows = await searchPeople(ctx.db, search, SEARCH_LIMIT);
  const matchedBy = 'phone' in search ? 'phone' : 'email' in search ? 'email' : 'name';
  return { matchedBy, contacts: rows.map(toSummary) };
}

/** One person as an organiser sees them: their campaigns, calls, bookings and opt-out. */
export async function personDetail(ctx: AppContext, id: number): Promise<PersonDetail> {
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('Contact');
  const [memberships, calls, bookings, optOut] = await Promise.all([
    membershipsOf(ctx.db, id),
    callsOf(ctx.db, id),
    bookingsOf(ctx.db, id),
    row.erased_at === null ? findOptOut(ctx.db, row.phone_e164) : Promise.resolve(undefined),
  ]);
  return {
    contact: {
      ...toSummary(row),
      externalId: row.external_id,
      constituencyCode: row.constituency_code,
      custom: jsonOf(row.custom) as Record<string, string>,
      createdAt: iso(row.created_at),
    },
    campaigns: memberships.map((m) => ({
      campaignId: Number(m.campaign_id),
      campaignName: String(m.campaign_name),
      status: String(m.status),
      attempts: Number(m.attempts),
      lastOutcome: (m.last_outcome as string | null) ?? null,
      lastCalledAt: isoOrNull(m.last_called_at),
    })),
    calls: calls
      .map((k) => ({
        id: Number(k.id),
        campaignId: Number(k.campaign_id),
        campaignName: String(k.campaign_name),
        at: iso(k.ended_at),
        outcome: String(k.outcome),
        caller: (k.caller_name as string | null) ?? null,
        notes: (k.notes as string | null) ?? null,
        answers: jsonOf(k.answers) as Record<string, string>,
      }))
      .reverse(),
    bookings: bookings.map((b) => ({
      sessionId: Number(b.session_id),
      title: String(b.session_title),
      startsAt: iso(b.session_starts_at),
      status: String(b.status),
    })),
    optOut: optOut ? toOptOut(optOut) : null,
  };
}
