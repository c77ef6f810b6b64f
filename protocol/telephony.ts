import { z } from 'zod';

/** POST /api/telephony/token (a caller holding a claim in a Twilio campaign): a short-lived Voice access token. */
export const telephonyToken = z.object({
  token: z.string(),
  identity: z.string(),
  expiresAt: z.string(),
});
export type TelephonyToken = z.infer<typeof telephonyToken>;

/**
 * Where a phone call has got, as Twilio's status callbacks (or the simulated provider) say.
 * ringing → answered → completed; or ringing → no_answer | busy | failed; canceled when hung up first.
 */
export const PROVIDER_STATUSES = [
  'queued',
  'ringing',
  'answered',
  'completed',
  'busy',
  'no_answer',
  'failed',
  'canceled',
] as const;
export const providerStatus = z.enum(PROVIDER_STATUSES);
export type ProviderStatus = z.infer<typeof providerStatus>;

/** Pushed to the caller as their call moves on (Twilio status callbacks, or the simulation). */
export const telephonyStatus = z.object({
  assignmentId: z.number().int(),
  status: providerStatus,
  /** Seconds connected, once the call is over. */
  durationSeconds: z.number().int().nullable(),
});
export type TelephonyStatus = z.infer<typeof telephonyStatus>;

/** `telephony.simulate` {assignmentId}: the simulated provider "dials" the held contact. */
export const simulatePayload = z.object({ assignmentId: z.number().int().positive() }).strict();

/** `telephony.hangup` {assignmentId}: ends a simulated call (Twilio calls end in the browser SDK). */
export const hangupPayload = simulatePayload;

/**
 * POST /api/telephony/fallback {assignmentId}: browser calling failed, so the caller dials from
 * their own phone; the number, hidden in Twilio mode, is revealed for this one contact and logged.
 */
export const fallbackBody = z.object({ assignmentId: z.number().int().positive() }).strict();
export const fallbackReply = z.object({ phone: z.string(), withholdPrefix: z.string() });
export type FallbackReply = z.infer<typeof fallbackReply>;

/** `followup.sms` {callId, body}: a text to the person just called, sent through Twilio Messaging. */
export const followUpSmsPayload = z
  .object({
    callId: z.number().int().positive(),
    body: z.string().trim().min(1, 'is required').max(640, 'must be at most 640 characters'),
  })
  .strict();
export type FollowUpSmsPayload = z.infer<typeof followUpSmsPayload>;
