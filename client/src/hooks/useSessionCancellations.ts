import { useCallback, useEffect, useState } from 'react';
import type { DashboardSocket } from '../api/dashboard';

export interface Cancellation {
  sessionId: number;
  title: string;
  /** People booked from this campaign who now need a call. */
  recontact: number;
}

/** Canvass sessions cancelled while the dashboard is open (session.cancelled), until the coordinator dismisses them. */
export function useSessionCancellations(socket: DashboardSocket | null, campaignId: number) {
  const [cancelled, setCancelled] = useState<Cancellation[]>([]);
  useEffect(() => {
    if (!socket) return;
    const onCancelled = (msg: Cancellation & { campaignId: number }) => {
      if (msg.campaignId !== campaignId) return;
      const { sessionId, title, recontact } = msg;
      setCancelled((list) => [
        ...list.filter((c) => c.sessionId !== sessionId),
        { sessionId, title, recontact },
      ]);
    };
    socket.on('session.cancelled', onCancelled);
    return () => void socket.off('session.cancelled', onCancelled);
  }, [socket, campaignId]);

  const dismiss = useCallback(
    (sessionId: number) => setCancelled((list) => list.filter((c) => c.sessionId !== sessionId)),
    [],
  );
  return { cancelled, dismiss };
}
