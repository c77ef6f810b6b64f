import type { User } from '../../protocol';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { auditAbout, writeAudit } from '../store/audit';
import { findOptOut } from '../store/optOuts';
import {
  bookingsOf,
  callsOf,
  findPerson,
  jsonOf,
  membershipsOf,
  providerLegsOf,
  smsOf,
  webhookDeliveriesOf,
} from '../store/privacy';
import { iso, isoOrNull, toOptOut } from './people';

type Row = Record<string, unknown>;

// Every column of every row, times as ISO 8601 and JSON columns read: the answer to a subject
// access request is "everything held", so nothing is picked out and nothing is left out.
const TIME = /(_at)$/;
const JSON_COLUMNS = new Set(['custom', 'answers']);

function readable(row: Row, drop: string[] = []): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (drop.includes(k)) continue;
    if (TIME.test(k)) out[k] = isoOrNull(v);
    else if (JSON_COLUMNS.has(k)) out[k] = jsonOf(v);
    else out[k] = v;
  }
  return out;
}

export interface SubjectAccess {
  generatedAt: string;
  generatedBy: string;
  about: string;
  contact: Row;
  optOut: Row | null;
  campaigns: Row[];
  calls: Row[];
  bookings: Row[];
  smsMessages: Row[];
  providerCallLegs: Row[];
  /** Where outcomes about them were sent (campaign webhooks): the recipients of their data. */
  disclosures: Row[];
  /** What organisers did with their record here (exports, erasure). */
  history: Row[];
}

/** Everything Ringround holds about one person, as one JSON document; the request is audited. */
export async function subjectAccess(ctx: AppContext, id: number, actor: User): Promise<SubjectAccess> {
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('Contact');
  const [campaigns, calls, bookings, sms, legs, deliveries, optOut] = await Promise.all([
    membershipsOf(ctx.db, id),
    callsOf(ctx.db, id),
    bookingsOf(ctx.db, id),
    smsOf(ctx.db, id),
    providerLegsOf(ctx.db, id),
    webhookDeliveriesOf(ctx.db, id),
    row.erased_at === null ? findOptOut(ctx.db, row.phone_e164) : Promise.resolve(undefined),
  ]);
  await writeAudit(
    ctx.db,
    { actorId: actor.id, action: 'contact.subject_access', subjectType: 'contact', subjectId: id },
    ctx.now(),
  );
  const history = await auditAbout(ctx.db, 'contact', String(id));
  return {
    generatedAt: iso(ctx.now()),
    generatedBy: actor.name,
    about:
      'Everything this Ringround holds about one person: their contact record, each campaign they are in, every call with its notes and answers, canvass bookings, follow-up texts, phone legs, where call outcomes were sent, and whether they are on the never-call list.',
    contact: readable({ ...row }, ['opted_out']),
    optOut: optOut ? toOptOut(optOut) : null,
    campaigns: campaigns.map((r) => readable(r)),
    calls: calls.map((r) => readable(r)),
    bookings: bookings.map((r) => readable(r)),
    smsMessages: sms.map((r) => readable(r)),
    providerCallLegs: legs.map((r) => readable(r)),
    disclosures: deliveries.map((r) => readable(r)),
    history: history.map((h) => ({
      at: iso(h.createdAt),
      action: h.action,
      by: h.actorName,
      detail: h.detail,
    })),
  };
}
