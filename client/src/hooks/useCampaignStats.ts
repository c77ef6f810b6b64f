import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallerStatus, Failure, Snapshot } from '../../../protocol';
import { askWatcher } from '../api/dashboard';
import type { DashboardSocket } from '../api/dashboard';

const RETRY_WATCH_MS = 3000;

/** The snapshot with one caller's new state; someone not listed yet (just joined) is added in name order. */
function withCaller(snapshot: Snapshot, caller: CallerStatus): Snapshot {
  const known = snapshot.callers.some((c) => c.id === caller.id);
  const callers = known
    ? snapshot.callers.map((c) =>
        c.id === caller.id ? { ...c, state: caller.state, since: caller.since } : c,
      )
    : [...snapshot.callers, { ...caller, calls: 0, assignmentId: null }].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
  return { ...snapshot, callers };
}

/**
 * A campaign's live numbers: campaign.watch on every (re)connect, so a dropped connection resyncs, then
 * whatever the server pushes. Nothing is polled.
 */
export function useCampaignStats(socket: DashboardSocket | null, campaignId: number) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [problem, setProblem] = useState<Failure | null>(null);
  // Pushes counted since the last watch was sent: one that lands before the watch's answer is newer than it.
  const pushes = useRef(0);

  useEffect(() => {
    if (!socket) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const watch = async () => {
      clearTimeout(retry);
      pushes.current = 0;
      const reply = await askWatcher(socket, 'campaign.watch', { campaignId });
      if (!current) return;
      if (reply.ok) {
        if (pushes.current === 0) setSnapshot(reply.snapshot);
        setProblem(null);
      } else if (reply.error === 'timeout') {
        retry = setTimeout(() => socket.connected && void watch(), RETRY_WATCH_MS);
      } else {
        setProblem(reply);
      }
    };
    const onConnect = () => void watch();
    const onStats = (msg: { campaignId: number; snapshot: Snapshot }) => {
      if (msg.campaignId !== campaignId) return;
      pushes.current += 1;
      setSnapshot(msg.snapshot);
    };
    const onCaller = (msg: { campaignId: number; caller: CallerStatus }) => {
      if (msg.campaignId === campaignId) setSnapshot((s) => s && withCaller(s, msg.caller));
    };
    socket.on('connect', onConnect);
    socket.on('stats.updated', onStats);
    socket.on('caller.updated', onCaller);
    if (socket.connected) onConnect();
    return () => {
      current = false;
      clearTimeout(retry);
      socket.off('connect', onConnect);
      socket.off('stats.updated', onStats);
      socket.off('caller.updated', onCaller);
    };
  }, [socket, campaignId]);

  /** Ends a caller's access (caller.remove); resolves with the failure, or null once done. */
  const removeCaller = useCallback(
    async (userId: number): Promise<Failure | null> => {
      if (!socket) return null;
      const reply = await askWatcher(socket, 'caller.remove', { campaignId, userId });
      if (!reply.ok) return reply;
      setSnapshot((s) => s && { ...s, callers: s.callers.filter((c) => c.id !== userId) });
      return null;
    },
    [socket, campaignId],
  );

  /**
   * Puts a held contact back in the queue (assignment.return); resolves with the failure, or null once done.
   * The holder is shown holding nothing at once, rather than waiting for the server's next snapshot.
   */
  const returnAssignment = useCallback(
    async (assignmentId: number): Promise<Failure | null> => {
      if (!socket) return null;
      const reply = await askWatcher(socket, 'assignment.return', { assignmentId });
      if (!reply.ok) return reply;
      setSnapshot(
        (s) =>
          s && {
            ...s,
            callers: s.callers.map((c) =>
              c.assignmentId === assignmentId ? { ...c, assignmentId: null } : c,
            ),
          },
      );
      return null;
    },
    [socket],
  );

  return { snapshot, problem, removeCaller, returnAssignment };
}
