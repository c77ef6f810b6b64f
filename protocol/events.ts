import { z } from 'zod';
import { anyOutcome } from './outcomes';
import type { AnyOutcome } from './outcomes';
import { campaignStatus, scriptQuestion } from './campaign';
import { callerStatus, snapshot } from './stats';
import type { Snapshot, CallerStatus } from './stats';
import type { User } from './auth';
import type { ImportProgress } from './transfer';
import type { followUpSmsPayload, hangupPayload, simulatePayload, TelephonyStatus } from './telephony';

const id = z.number().int().positive();

// ---- client → server payloads -------------------------------------------------

export const callNextPayload = z.object({ campaignId: id }).strict();
export const assignmentRef = z.object({ assignmentId: id }).strict();

export const callOutcomePayload = z
  .object({
    assignmentId: id,
    outcome: anyOutcome,
    notes: z.string().max(5000).optional(),
    answers: z.record(z.string().max(40), z.string().max(1000)).optional(),
    sessionId: id.optional(),
    callbackAt: z.iso.datetime({ offset: true }).optional(),
    idempotencyKey: z.string().min(1).max(100),
  })
  .strict()
  .refine((p) => p.outcome !== 'booked' || p.sessionId !== undefined, {
    message: 'is required when the outcome is booked',
    path: ['sessionId'],
  })
  .refine((p) => p.outcome !== 'call_back' || p.callbackAt !== undefined, {
    message: 'is required when the outcome is call_back',
    path: ['callbackAt'],
  });
export type CallOutcomePayload = z.infer<typeof callOutcomePayload>;

export const campaignWatchPayload = z.object({ campaignId: id }).strict();
export const callerRemovePayload = z.object({ campaignId: id, userId: id }).strict();

// ---- server → client shapes ---------------------------------------------------

export const assignment = z.object({
  assignmentId: z.number().int(),
  contact: z.object({
    id: z.number().int(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    /** Masked (•••• ••• •123) when phoneHidden: in Twilio mode the browser never sees the number. */
    phone: z.string(),
    phoneHidden: z.boolean(),
    postcode: z.string().nullable(),
    custom: z.record(z.string(), z.string()),
  }),
  script: z.object({ body: z.string(), questions: z.array(scriptQuestion) }),
  sessions: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      startsAt: z.string(),
      venue: z.string().nullable(),
      postcode: z.string().nullable(),
      distanceKm: z.number(),
      spacesLeft: z.number().int().nullable(),
      constituency: z.string().nullable(),
      endsAt: z.string().nullable(),
      address: z.string().nullable(),
      /** For the follow-up message: the session's .ics (relative to the app's address) and WhatsApp group. */
      calendarPath: z.string(),
      whatsappUrl: z.string().nullable(),
    }),
  ),
  history: z.array(
    z.object({ at: z.string(), outcome: anyOutcome, caller: z.string(), notes: z.string().nullable() }),
  ),
  /** 'reminder': the evening-before call for a booked session (reminderFor), with its own script. */
  purpose: z.enum(['first', 'reminder']),
  reminderFor: z
    .object({
      sessionId: z.number().int(),
      title: z.string(),
      startsAt: z.string(),
      venue: z.string().nullable(),
    })
    .nullable(),
});
export type Assignment = z.infer<typeof assignment>;

export const EMPTY_REASONS = ['queue_empty', 'outside_calling_hours', 'campaign_paused'] as const;
export type EmptyReason = (typeof EMPTY_REASONS)[number];

export const callerUpdated = z.object({ campaignId: z.number().int(), caller: callerStatus });
export const campaignUpdated = z.object({ campaignId: z.number().int(), status: campaignStatus });
export const statsUpdated = z.object({ campaignId: z.number().int(), snapshot });

// ---- acks and the typed event maps ------------------------------------------

export type Failure = { ok: false; error: string; message: string };
export type Ack<T extends object = object> = (reply: ({ ok: true } & T) | Failure) => void;

export type CallNextReply =
  | { assignment: Assignment; reason?: undefined }
  /** opensAt: when calling hours next begin (ISO), with outside_calling_hours. */
  | { assignment: null; reason: EmptyReason; opensAt?: string };

/** Events a browser or script sends; every one takes an ack. */
export interface ClientToServerEvents {
  'call.next': (payload: z.input<typeof callNextPayload>, ack: Ack<CallNextReply>) => void;
  'call.dialled': (payload: z.input<typeof assignmentRef>, ack: Ack) => void;
  /** The call is over and the caller is recording what happened (state wrap_up). */
  'call.ended': (payload: z.input<typeof assignmentRef>, ack: Ack) => void;
  /** callbackMovedTo: the call-back asked for fell outside calling hours and was moved to this time. */
  'call.outcome': (
    payload: z.input<typeof callOutcomePayload>,
    ack: Ack<{ callId: number; callbackMovedTo?: string }>,
  ) => void;
  'call.release': (payload: z.input<typeof assignmentRef>, ack: Ack) => void;
  'campaign.watch': (payload: z.input<typeof campaignWatchPayload>, ack: Ack<{ snapshot: Snapshot }>) => void;
  'assignment.return': (payload: z.input<typeof assignmentRef>, ack: Ack) => void;
  'caller.remove': (payload: z.input<typeof callerRemovePayload>, ack: Ack) => void;
  /** Simulated mode: ring the held contact; telephony.status events follow. */
  'telephony.simulate': (payload: z.input<typeof simulatePayload>, ack: Ack) => void;
  'telephony.hangup': (payload: z.input<typeof hangupPayload>, ack: Ack) => void;
  /** A text to the person just called (Twilio Messaging); the reply says it was accepted, not delivered. */
  'followup.sms': (payload: z.input<typeof followUpSmsPayload>, ack: Ack<{ messageId: number }>) => void;
}

/** Events the server pushes. */
export interface ServerToClientEvents {
  /** Live updates between instances are down (Redis unreachable) or back: dashboards say so. */
  'realtime.status': (msg: { degraded: boolean }) => void;
  /** Sent once on connect: who the server takes this socket to be. */
  'session.ready': (msg: { user: User }) => void;
  'assignment.revoked': (msg: { assignmentId: number; reason: string }) => void;
  'campaign.updated': (msg: z.infer<typeof campaignUpdated>) => void;
  'stats.updated': (msg: { campaignId: number; snapshot: Snapshot }) => void;
  'caller.updated': (msg: { campaignId: number; caller: CallerStatus }) => void;
  /** A canvass session with bookings from this campaign was cancelled: these people need a call. */
  'session.cancelled': (msg: {
    campaignId: number;
    sessionId: number;
    title: string;
    recontact: number;
  }) => void;
  /** To the caller: where their phone call has got (Twilio status callbacks, or the simulation). */
  'telephony.status': (msg: TelephonyStatus) => void;
  /** To the caller: a follow-up text's delivery status changed. */
  'followup.sms_status': (msg: { messageId: number; status: string; error: string | null }) => void;
  /** To the importing organiser or coordinator: how far their CSV upload has got (see importQuery). */
  'import.progress': (msg: ImportProgress) => void;
  'call.recorded': (msg: {
    campaignId: number;
    callId: number;
    outcome: AnyOutcome;
    callerId: number;
    at: string;
  }) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
