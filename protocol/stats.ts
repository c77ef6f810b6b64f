import { z } from 'zod';
import { anyOutcome } from './outcomes';

export const CALLER_STATES = ['idle', 'on_call', 'wrap_up', 'away'] as const;
export const callerState = z.enum(CALLER_STATES);
export type CallerState = z.infer<typeof callerState>;

export const callerStatus = z.object({
  id: z.number().int(),
  name: z.string(),
  state: callerState,
  since: z.string(),
});
export type CallerStatus = z.infer<typeof callerStatus>;

/** What the coordinator dashboard shows; also GET /api/campaigns/:id/stats. */
export const snapshot = z.object({
  queued: z.number().int(),
  claimed: z.number().int(),
  done: z.number().int(),
  callsToday: z.number().int(),
  callsLastHour: z.number().int(),
  contactRate: z.number(),
  bookings: z.number().int(),
  bookingsBySession: z.array(
    z.object({
      sessionId: z.number().int(),
      title: z.string(),
      startsAt: z.string(),
      booked: z.number().int(),
      capacity: z.number().int().nullable(),
    }),
  ),
  outcomes: z.partialRecord(anyOutcome, z.number().int()),
  /** Contacts at each step, each counted once: called → reached → booked → attended. */
  /** Calls per quarter hour over the last 12 hours, oldest first (at = the quarter's start). */
  callsPer15Min: z.array(z.object({ at: z.string(), calls: z.number().int() })),
  funnel: z.object({
    called: z.number().int(),
    reached: z.number().int(),
    booked: z.number().int(),
    attended: z.number().int(),
  }),
  /** assignmentId: the contact this caller holds now, for assignment.return. */
  callers: z.array(
    callerStatus.extend({ calls: z.number().int(), assignmentId: z.number().int().nullable() }),
  ),
});
export type Snapshot = z.infer<typeof snapshot>;
