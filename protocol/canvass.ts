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
  constituency: z.string().nullable(),
  booked: z.number().int(),
  cancelledAt: z.string().nullable(),
});
export type CanvassSession = z.infer<typeof canvassSession>;

export const nearestQuery = z.object({
  postcode: z.string().trim().min(2).max(12),
  limit: z.coerce.number().int().min(1).max(20).default(3),
});

export const nearestSession = z.object({ session: canvassSession, distanceKm: z.number() });
export type NearestSession = z.infer<typeof nearestSession>;
