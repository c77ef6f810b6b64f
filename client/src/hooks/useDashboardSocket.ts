import { useEffect, useState } from 'react';
import { openDashboardSocket } from '../api/dashboard';
import type { DashboardSocket } from '../api/dashboard';

/** online: connected. connecting: the first connection. offline: lost, retrying by itself. refused: signed out. */
export type LiveConnection = 'connecting' | 'online' | 'offline' | 'refused';

/**
 * The dashboard's live connection, open while the page is: its state, and whether the server says live
 * updates between its instances are degraded (Redis down), when numbers from other instances stop arriving.
 */
export function useDashboardSocket() {
  const [socket, setSocket] = useState<DashboardSocket | null>(null);
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [degraded, setDegraded] = useState(false);

  useEffect(() => {
    const s = openDashboardSocket();
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    s.on('connect', () => setConnection('online'));
    s.on('disconnect', (reason) => {
      if (closed) return;
      setConnection('offline');
      // A server restart closes the socket from its side, which socket.io does not retry by itself.
      if (reason === 'io server disconnect') retry = setTimeout(() => !closed && s.connect(), 1000);
    });
    // Inactive: refused by the server's sign-in check (an expired session). Active: unreachable, retrying.
    s.on('connect_error', () => setConnection(s.active ? 'offline' : 'refused'));
    s.on('realtime.status', ({ degraded: now }) => setDegraded(now));
    setSocket(s);
    return () => {
      closed = true;
      clearTimeout(retry);
      s.removeAllListeners();
      s.disconnect();
    };
  }, []);

  return { socket, connection, degraded };
}
