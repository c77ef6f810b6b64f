import { z } from 'zod';
import { anyOutcome } from './outcomes';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM');

export const callingSpan = z
  .object({ start: hhmm, end: hhmm })
  .refine((s) => s.start < s.end, { message: 'start must be before end' });

export const callingHours = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(callingSpan).max(6)])) as Record<
    Weekday,
    z.ZodArray<typeof callingSpan>
  >,
);
export type CallingHours = z.infer<typeof callingHours>;

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
export const campaignStatus = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatus>;

export const TELEPHONY_MODES = ['phone', 'twilio', 'simulated'] as const;
export const telephonyMode = z.enum(TELEPHONY_MODES);

export const scriptQuestion = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits and _'),
  label: z.string().trim().min(1).max(300),
  type: z.enum(['choice', 'text']),
  options: z.array(z.string().trim().min(1).max(100)).max(12).optional(),
});
export type ScriptQuestion = z.infer<typeof scriptQuestion>;

export const script = z.object({
  body: z.string().max(20_000),
  questions: z.array(scriptQuestion).max(30),
  /** What to say on the reminder call the evening before a booked session; a default when absent. */
  reminderBody: z.string().max(20_000).nullable().optional(),
});
export type Script = z.infer<typeof script>;

/** When to try a contact again after an outcome; null means never (done). */
export const retryRule = z
  .object({
    afterHours: z
      .number()
      .min(0)
      .max(24 * 60),
  })
  .nullable();
export const retryRules = z.partialRecord(anyOutcome, retryRule);
export type RetryRules = z.infer<typeof retryRules>;

const ianaZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/London' },
);

const onsCode = z.string().regex(/^[ENSW]\d{8}$/, 'must be an ONS constituency code');

/** The editable fields of a campaign; POST needs only name. */
export const campaignFields = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  status: campaignStatus,
  timezone: ianaZone,
  callingHours,
  allowAnyHour: z.boolean(),
  maxAttempts: z.number().int().min(1).max(20),
  leaseSeconds: z.number().int().min(60).max(3600),
  retryRules,
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  telephony: telephonyMode,
  withholdNumber: z.boolean(),
  script,
  targetSeats: z.array(onsCode).max(650),
  /** Where each committed outcome is POSTed, signed; null for none. Organisers only may set it. */
  webhookUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .max(2000)
    .nullable(),
  /** Days to keep call notes and survey answers before housekeeping clears them; null keeps them. Organisers only. */
  retentionDays: z
    .number()
    .int()
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be at most 3650 days (ten years)')
    .nullable(),
});

export const createCampaignBody = campaignFields.partial().required({ name: true }).strict();
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;
export const updateCampaignBody = campaignFields.partial().strict();
export type UpdateCampaignBody = z.infer<typeof updateCampaignBody>;

export const campaign = campaignFields.extend({
  id: z.number().int(),
  joinUrl: z.string(),
  createdAt: z.string(),
});
export type Campaign = z.infer<typeof campaign>;

/** What a caller is told about a campaign they work on: enough to call, nothing more. */
export const callerCampaign = z.object({
  id: z.number().int(),
  name: z.string(),
  status: campaignStatus,
  timezone: z.string(),
  telephony: telephonyMode,
  withholdNumber: z.boolean(),
  /** The follow-up can be sent as a text through Twilio from the campaign's number. */
  smsFollowUp: z.boolean(),
});
export type CallerCampaign = z.infer<typeof callerCampaign>;

/**
 * The legal calling window (PECR guidance in the UK, TCPA in the US): calls outside it need an
 * organiser's logged override (allowAnyHour). The server enforces it; the campaign form warns.
 */
export const LEGAL_START = '08:00';
export const LEGAL_END = '21:00';

/** Defaults for a new campaign (api.md): 10:00-20:30 every day, 3 attempts. */
export const DEFAULT_CALLING_HOURS: CallingHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, [{ start: '10:00', end: '20:30' }]]),
) as CallingHours;

/** no_answer and busy again after 20 hours (so at another time of day), voicemail after 2 days. */
export const DEFAULT_RETRY_RULES: RetryRules = {
  no_answer: { afterHours: 20 },
  busy: { afterHours: 20 },
  voicemail: { afterHours: 48 },
};

/** A caller's own evening so far: encouragement, not a leaderboard. */
export const callerProgress = z.object({
  callsTonight: z.number().int(),
  reachedTonight: z.number().int(),
  bookingsTonight: z.number().int(),
});
export type CallerProgress = z.infer<typeof callerProgress>;

export const callingView = z.object({ campaign: callerCampaign, progress: callerProgress });
export type CallingView = z.infer<typeof callingView>;
