import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallerSocket } from '../api/callerSocket';
import { openSocket } from '../api/socketClient';

/**
 * online: connected. connecting: the first connection. offline: lost, retrying by itself.
 * stopped: closed on purpose (done for tonight, removed). refused: the server would not sign it in.
 */
export type Connection = 'connecting' | 'online' | 'offline' | 'stopped' | 'refused';

/** The caller's live connection: one socket for the calling screen, reconnecting until stopped. */
export function useCallerSocket() {
  const [socket, setSocket] = useState<CallerSocket | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const stopped = useRef(false);

  useEffect(() => {
    // Websocket only: with several instances behind a load balancer, long-polling would need sticky sessions.
    const s: CallerSocket = openSocket();
    stopped.current = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    s.on('connect', () => setConnection('online'));
    s.on('disconnect', (reason) => {
      if (stopped.current) return setConnection('stopped');
      setConnection('offline');
      // The server closed this socket itself (a restart, or a coordinator ending access), which socket.io
      // does not retry. Coming back tells us which: a removed caller's next request is refused.
      if (reason === 'io server disconnect') retry = setTimeout(() => !stopped.current && s.connect(), 1000);
    });
    s.on('connect_error', () => {
      // Inactive: refused by the server's sign-in check (an expired session). Active: unreachable, retrying.
      setConnection(s.active ? 'offline' : 'refused');
    });
    setSocket(s);
    return () => {
      stopped.current = true;
      clearTimeout(retry);
      s.removeAllListeners();
      s.disconnect();
    };
  }, []);

  /** Closes the connection on purpose: no banner, no reconnecting. */
  const stop = useCallback(() => {
    stopped.current = true;
    setConnection('stopped');
    socket?.disconnect();
  }, [socket]);

  const start = useCallback(() => {
    stopped.current = false;
    setConnection('connecting');
    socket?.connect();
  }, [socket]);

  return { socket, connection, stop, start };
}
