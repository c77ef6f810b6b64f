// What a simulated call ends in: roughly an evening's mix of first calls to new signups.
import type { Assignment } from '../../protocol';

const MIX: Array<[string, number]> = [
  ['no_answer', 34],
  ['voicemail', 20],
  ['not_interested', 14],
  ['busy', 4],
  ['interested', 12],
  ['call_back', 7],
  ['booked', 5],
  ['wrong_number', 2],
  ['do_not_call', 2],
];
const TOTAL = MIX.reduce((n, [, w]) => n + w, 0);
const DAY = 86_400_000;

export interface ChosenOutcome {
  outcome: string;
  sessionId?: number;
  callbackAt?: string;
}

/** A weighted pick; `booked` only when the assignment offers a session with space. */
export function chooseOutcome(a: Assignment, random: () => number = Math.random): ChosenOutcome {
  let r = random() * TOTAL;
  let outcome = MIX[0]![0];
  for (const [name, weight] of MIX) {
    if ((r -= weight) < 0) {
      outcome = name;
      break;
    }
  }
  if (outcome === 'booked') {
    const session = a.sessions.find((s) => s.spacesLeft === null || s.spacesLeft > 0);
    return session ? { outcome, sessionId: session.id } : { outcome: 'interested' };
  }
  // Days ahead: no retry falls due during a run, so every contact has one attempt per run.
  if (outcome === 'call_back') return { outcome, callbackAt: new Date(Date.now() + 3 * DAY).toISOString() };
  return { outcome };
}
