import { z } from 'zod';

/** What can happen on a call, in the order the outcome pad shows them. */
export const OUTCOMES = [
  'booked',
  'interested',
  'not_interested',
  'call_back',
  'no_answer',
  'voicemail',
  'busy',
  'wrong_number',
  'invalid_number',
  'do_not_call',
] as const;
export const outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcome>;

/** The answers a reminder call (the evening before a booked session) adds to the usual ones. */
export const REMINDER_OUTCOMES = ['still_coming', 'cannot_make_it'] as const;
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

/** Every outcome a call can record: first calls and reminder calls. */
export const anyOutcome = z.enum([...OUTCOMES, ...REMINDER_OUTCOMES]);
export type AnyOutcome = z.infer<typeof anyOutcome>;

/** Outcomes where a person was actually reached (the contact rate's numerator). */
export const REACHED_OUTCOMES: readonly AnyOutcome[] = [
  'booked',
  'interested',
  'not_interested',
  'call_back',
  'do_not_call',
  'still_coming',
  'cannot_make_it',
];
