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
