// Privacy: finding a person, what is held about them (subject access), erasure, the global
// opt-out list and the audit log. Organisers only, every one of them.
import { z } from 'zod';

/** Why an organiser erased someone or changed an opt-out: kept in the audit log, so no personal data. */
export const privacyReason = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(500, 'must be at most 500 characters');

/** GET /api/contacts?q= : a phone (any usual format), an email address or part of a name. */
export const contactSearchQuery = z.object({
  q: z.string().trim().min(2, 'must be at least 2 characters').max(200),
});

export const contactSummary = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  /** Null once erased. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postcode: z.string().nullable(),
  optedOut: z.boolean(),
  erasedAt: z.string().nullable(),
});
export type ContactSummary = z.infer<typeof contactSummary>;

export const contactSearchResult = z.object({
  /** How the search was read: a phone (normalised to E.164), an email or a name. */
  matchedBy: z.enum(['phone', 'email', 'name']),
  contacts: z.array(contactSummary),
});
export type ContactSearchResult = z.infer<typeof contactSearchResult>;

export const optOutRecord = z.object({
  phone: z.string(),
  reason: z.string(),
  recordedBy: z.string().nullable(),
  at: z.string(),
});
export type OptOutRecord = z.infer<typeof optOutRecord>;

export const personMembership = z.object({
  campaignId: z.number().int(),
  campaignName: z.string(),
  /** queued | claimed | done */
  status: z.string(),
  attempts: z.number().int(),
  lastOutcome: z.string().nullable(),
  lastCalledAt: z.string().nullable(),
});

export const personCall = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  campaignName: z.string(),
  at: z.string(),
  outcome: z.string(),
  caller: z.string().nullable(),
  notes: z.string().nullable(),
  answers: z.record(z.string(), z.string()),
});

export const personBooking = z.object({
  sessionId: z.number().int(),
  title: z.string(),
  startsAt: z.string(),
  status: z.string(),
});

/** GET /api/contacts/:id */
export const personDetail = z.object({
  contact: contactSummary.extend({
    externalId: z.string().nullable(),
    constituencyCode: z.string().nullable(),
    custom: z.record(z.string(), z.string()),
    createdAt: z.string(),
  }),
  campaigns: z.array(personMembership),
  calls: z.array(personCall),
  bookings: z.array(personBooking),
  optOut: optOutRecord.nullable(),
});
export type PersonDetail = z.infer<typeof personDetail>;

/** POST /api/contacts/:id/erase */
export const eraseContactBody = z
  .object({
    reason: privacyReason,
    /** Keep their number on the never-call list (it stays there anyway if it already was). */
    keepOnNeverCallList: z.boolean().optional(),
  })
  .strict();
export type EraseContactBody = z.infer<typeof eraseContactBody>;

export const erasureResult = z.object({
  contactId: z.number().int(),
  erasedAt: z.string(),
  campaigns: z.number().int(),
  calls: z.number().int(),
  /** The number is (still) on the never-call list. */
  neverCall: z.boolean(),
});
export type ErasureResult = z.infer<typeof erasureResult>;

/** GET /api/opt-outs?phone= */
export const optOutQuery = z.object({ phone: z.string().trim().min(3, 'is required').max(40) });

/** POST /api/opt-outs */
export const addOptOutBody = z
  .object({ phone: z.string().trim().min(3, 'is required').max(40), reason: privacyReason })
  .strict();
export type AddOptOutBody = z.infer<typeof addOptOutBody>;

/** DELETE /api/opt-outs/:phone */
export const removeOptOutBody = z.object({ reason: privacyReason }).strict();
export type RemoveOptOutBody = z.infer<typeof removeOptOutBody>;

export const optOutLookup = z.object({
  phone: z.string(),
  optOut: optOutRecord.nullable(),
});
export type OptOutLookup = z.infer<typeof optOutLookup>;

/** GET /api/audit?before=&action= : newest first, a page at a time. */
export const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z_.]*$/, 'must be an action or its start, such as contact. or opt_out.remove')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.object({
  entries: z.array(auditEntry),
  /** Pass as ?before= for the next (older) page; null at the oldest. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;
