// What browser and simulated calls share: the props DialPanel gives them and the outcome they suggest.
import { useEffect, useRef } from 'react';
import type { AnyOutcome } from '../../../../protocol';
import type { CallerSocket } from '../../api/callerSocket';
import type { HeardStatus } from '../../hooks/useTelephonyStatus';
import { outcomeHint } from './callLine';

/** A call placed through Ringround, whose progress the server reports on the caller's socket. */
export interface LiveCallProps {
  assignmentId: number;
  firstName: string;
  socket: CallerSocket | null | undefined;
  dialled: boolean;
  disabled: boolean;
  onDial: () => void;
  onEnded: () => void;
  onOutcomeHint: (outcome: AnyOutcome) => void;
}

/** Suggests an outcome (busy, no answer...) once the server's word on the call implies one. */
export function useOutcomeHint(status: HeardStatus | null, onOutcomeHint: (outcome: AnyOutcome) => void) {
  const hint = useRef(onOutcomeHint);
  hint.current = onOutcomeHint;

  useEffect(() => {
    const outcome = status ? outcomeHint(status.status) : null;
    if (outcome) hint.current(outcome);
  }, [status]);
}
