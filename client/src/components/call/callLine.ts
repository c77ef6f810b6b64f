// The one line that says where a call has got, the same for browser and simulated calls.
import type { AnyOutcome, ProviderStatus } from '../../../../protocol';

/** waiting: dialling or ringing. live: talking. over: ended normally. missed: busy, no answer, failed. */
export type LineTone = 'waiting' | 'live' | 'over' | 'missed';

export interface CallLine {
  tone: LineTone;
  text: string;
  /** The call timer runs from here (ms). */
  since?: number;
  /** Once over: how long it lasted. */
  seconds?: number | null;
}

/** "4:07" */
export function clockTime(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What the server's status for the call means, told about this person. */
export function providerLine(status: ProviderStatus, firstName: string): Omit<CallLine, 'since' | 'seconds'> {
  switch (status) {
    case 'queued':
      return { tone: 'waiting', text: 'Dialling…' };
    case 'ringing':
      return { tone: 'waiting', text: `Ringing ${firstName}…` };
    case 'answered':
      return { tone: 'live', text: `On the call with ${firstName}` };
    case 'completed':
      return { tone: 'over', text: 'Call ended' };
    case 'busy':
      return { tone: 'missed', text: `${firstName}’s line is busy` };
    case 'no_answer':
      return { tone: 'missed', text: `${firstName} didn’t answer` };
    case 'failed':
      return { tone: 'missed', text: 'The call didn’t go through: the number may not be working' };
    case 'canceled':
      return { tone: 'over', text: 'Hung up before they answered' };
  }
}

/** The outcome a call's end already tells: chosen for the caller, who can still change it. */
export function outcomeHint(status: ProviderStatus): AnyOutcome | null {
  if (status === 'busy') return 'busy';
  if (status === 'no_answer') return 'no_answer';
  return null;
}
