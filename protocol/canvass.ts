import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

export const canvassSessionFields = z.object({
  title: z.string().trim().min(1, 'is required').max(200),
  startsAt: isoTime,
  endsAt: isoTime.nullable(),
  venue: z.string().trim().max(200).nullable(),
  address: z.string().trim().max(500).nullable(),
  postcode: z.string().trim().min(2, 'is required').max(12),
  hostingParty: z.string().trim().max(100).nullable(),
  hostName: z.string().trim().max(200).nullable(),
  capacity: z.number().int().min(1).nullable(),
  whatsappUrl: z.url({ protocol: /^https$/ }).nullable(),
  notes: z.string().max(5000).nullable(),
});

export const createCanvassSessionBody = canvassSessionFields
  .partial()
  .required({ title: true, startsAt: true, postcode: true })
  .strict();
export const updateCanvassSessionBody = canvassSessionFields.partial().strict();

export const canvassSession = canvassSessionFields.extend({
  id: z.number().int(),
  /** The 2024 Westminster seat's name, derived from the postcode. */
  constituency: z.string().nullable(),
  constituencyCode: z.string().nullable(),
  /** How precisely the postcode was placed: sector, outcode, area, postcode (online), zip or none. */
  geoPrecision: z.string(),
  booked: z.number().int(),
  cancelledAt: z.string().nullable(),
  /** The session's calendar file, relative to the app's address (unguessable). */
  calendarPath: z.string(),
});
export type CanvassSession = z.infer<typeof canvassSession>;

export const nearestQuery = z.object({
  postcode: z.string().trim().min(2).max(12),
  limit: z.coerce.number().int().min(1).max(20).default(3),
});

export const nearestSession = z.object({
  session: canvassSession,
  distanceKm: z.number(),
  spacesLeft: z.number().int().nullable(),
  /** Inside the contact's own seat, or one of the campaign's target seats. */
  inSeat: z.boolean(),
});
export type NearestSession = z.infer<typeof nearestSession>;

export const recontactPerson = z.object({
  contactId: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  phone: z.string(),
  bookedAt: z.string(),
});

/** DELETE answers with the cancelled session and whom to tell. */
export const cancelSessionReply = z.object({ session: canvassSession, recontact: z.array(recontactPerson) });
export type CancelSessionReply = z.infer<typeof cancelSessionReply>;

export const sessionImportReport = z.object({
  received: z.number().int(),
  imported: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type SessionImportReport = z.infer<typeof sessionImportReport>;

export const ATTENDANCE = ['booked', 'attended', 'no_show'] as const;
export const attendanceBody = z
  .object({ contactId: z.number().int().positive(), status: z.enum(ATTENDANCE) })
  .strict();
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const attendancePerson = z.object({
  contactId: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  phone: z.string(),
  status: z.enum(ATTENDANCE),
});
export const attendanceList = z.object({ session: canvassSession, people: z.array(attendancePerson) });
export type AttendanceList = z.infer<typeof attendanceList>;

/** One 2024 Westminster seat and its general election result (GET /api/seats). */
export const seat = z.object({
  /** The ONS code, e.g. E14001131. */
  code: z.string(),
  name: z.string(),
  country: z.string(),
  region: z.string(),
  /** The winner's party, abbreviated as the House of Commons Library does (Lab, Con, LD, ...). */
  firstParty: z.string(),
  secondParty: z.string(),
  /** Votes between the winner and the runner-up. */
  majority: z.number(),
  majorityPct: z.number(),
});
export type Seat = z.infer<typeof seat>;
