import type { Outcome } from '../../protocol';

/** Outcomes where a person was actually reached (the contact rate's numerator). */
export const REACHED: readonly Outcome[] = [
  'booked',
  'interested',
  'not_interested',
  'call_back',
  'do_not_call',
];
