import { useEffect, useState } from 'react';
import type { AnyOutcome } from '../../../protocol';
import type { DashboardSocket } from '../api/dashboard';

export interface RecordedCall {
  callId: number;
  outcome: AnyOutcome;
  callerId: number;
  at: string;
}

const KEEP = 6;

/** The latest calls saved while the dashboard has been open (call.recorded), newest first. */
export function useRecentCalls(socket: DashboardSocket | null, campaignId: number): RecordedCall[] {
  const [calls, setCalls] = useState<RecordedCall[]>([]);
  useEffect(() => {
    if (!socket) return;
    const recorded = ({
      campaignId: id,
      callId,
      outcome,
      callerId,
      at,
    }: RecordedCall & { campaignId: number }) => {
      if (id !== campaignId) return;
      setCalls((list) =>
        list.some((c) => c.callId === callId)
          ? list
          : [{ callId, outcome, callerId, at }, ...list].slice(0, KEEP),
      );
    };
    socket.on('call.recorded', recorded);
    return () => void socket.off('call.recorded', recorded);
  }, [socket, campaignId]);
  return calls;
}
