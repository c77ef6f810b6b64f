import { useCallback, useEffect, useState } from 'react';
import type { ProviderStatus, TelephonyStatus } from '../../../protocol';
import type { CallerSocket } from '../api/callerSocket';

/** Where a phone call ends: nothing more will happen on it. */
export const FINAL_STATUSES: readonly ProviderStatus[] = [
  'completed',
  'busy',
  'no_answer',
  'failed',
  'canceled',
];

export interface HeardStatus extends TelephonyStatus {
  /** When this browser heard it: the call timer runs from 'answered'. */
  heardAt: number;
}

/**
 * The server's word on this contact's call (Twilio's status callbacks, or the simulation), pushed on the
 * caller's socket. `forget` clears it when a new call starts.
 */
export function useTelephonyStatus(socket: CallerSocket | null | undefined, assignmentId: number) {
  const [status, setStatus] = useState<HeardStatus | null>(null);
  useEffect(() => {
    if (!socket) return;
    const heard = (msg: TelephonyStatus) => {
      if (msg.assignmentId === assignmentId) setStatus({ ...msg, heardAt: Date.now() });
    };
    socket.on('telephony.status', heard);
    return () => void socket.off('telephony.status', heard);
  }, [socket, assignmentId]);
  const forget = useCallback(() => setStatus(null), []);
  return { status, forget };
}
