// How the outcome pad names, groups and keys each outcome. Typed against protocol's AnyOutcome, so a new
// outcome there fails to compile here until it has a label. The outcome list comes from
// protocol/outcomeNames.ts, which carries no zod, so the calling route does not download zod.
import type { AnyOutcome, Assignment } from '../../../../protocol';
import { OUTCOMES } from '../../../../protocol/outcomeNames';

export type OutcomeGroup = 'session' | 'answered' | 'unreached' | 'stop';

const INFO: Record<AnyOutcome, { label: string; group: OutcomeGroup }> = {
  still_coming: { label: 'Still coming', group: 'session' },
  cannot_make_it: { label: 'Can’t make it', group: 'session' },
  booked: { label: 'Booked', group: 'answered' },
  interested: { label: 'Interested', group: 'answered' },
  not_interested: { label: 'Not interested', group: 'answered' },
  call_back: { label: 'Call back later', group: 'answered' },
  no_answer: { label: 'No answer', group: 'unreached' },
  voicemail: { label: 'Voicemail', group: 'unreached' },
  busy: { label: 'Busy', group: 'unreached' },
  wrong_number: { label: 'Wrong number', group: 'stop' },
  invalid_number: { label: 'Number not working', group: 'stop' },
  do_not_call: { label: 'Never call again', group: 'stop' },
};

export const OUTCOME_GROUPS: { id: OutcomeGroup; title: string }[] = [
  { id: 'session', title: 'Their session' },
  { id: 'answered', title: 'They answered' },
  { id: 'unreached', title: 'No conversation' },
  { id: 'stop', title: 'Don’t call this number again' },
];

// Ten outcomes a pad, so 1-9 and 0 cover them all. A reminder call (the evening before a booked session)
// asks whether they are still coming; booking again there moves them to another session.
const FIRST_CALL: readonly AnyOutcome[] = OUTCOMES;
const REMINDER_CALL: AnyOutcome[] = ['still_coming', 'cannot_make_it', 'booked', ...FIRST_CALL.slice(3)];
const KEYS = '1234567890';

export interface PadEntry {
  outcome: AnyOutcome;
  label: string;
  /** The key that picks it, in the pad's reading order. */
  key: string;
  group: OutcomeGroup;
}

/** The outcome pad for this kind of call, in reading order, each with its key. */
export function padFor(purpose: Assignment['purpose']): PadEntry[] {
  const reminder = purpose === 'reminder';
  return (reminder ? REMINDER_CALL : FIRST_CALL).map((outcome, i) => {
    const moved = reminder && outcome === 'booked';
    return {
      outcome,
      label: moved ? 'Moved to another session' : INFO[outcome].label,
      key: KEYS[i] ?? '',
      group: moved ? 'session' : INFO[outcome].group,
    };
  });
}

/** How an outcome is named to people, e.g. in a contact's history. */
export const outcomeLabel = (outcome: AnyOutcome): string => INFO[outcome].label;
