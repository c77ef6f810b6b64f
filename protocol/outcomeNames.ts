// Outcome names with no zod attached, so the calling screen can use them without downloading zod.

/** What can happen on a first call, in the order the outcome pad shows them. */
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
export type Outcome = (typeof OUTCOMES)[number];

/** The answers a reminder call (the evening before a booked session) adds to the usual ones. */
export const REMINDER_OUTCOMES = ['still_coming', 'cannot_make_it'] as const;
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

/** Every outcome a call can record: first calls and reminder calls. */
export type AnyOutcome = Outcome | ReminderOutcome;

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
