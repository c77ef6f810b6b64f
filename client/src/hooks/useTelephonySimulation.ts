import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallerSocket } from '../api/callerSocket';
import { askTelephony } from '../api/telephony';
import { FINAL_STATUSES, useTelephonyStatus } from './useTelephonyStatus';

interface SimulationOptions {
  socket: CallerSocket | null | undefined;
  assignmentId: number;
  onDialled: () => void;
  onEnded: () => void;
}

/**
 * A pretend call for demo and test campaigns: the server "rings" the contact and pushes the same
 * telephony.status events a real call would (ringing, answered, completed; or no answer, busy).
 */
export function useTelephonySimulation({ socket, assignmentId, onDialled, onEnded }: SimulationOptions) {
  const { status, forget } = useTelephonyStatus(socket, assignmentId);
  const [starting, setStarting] = useState(false);
  const [active, setActive] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const handlers = useRef({ onDialled, onEnded });
  handlers.current = { onDialled, onEnded };

  const over = status !== null && FINAL_STATUSES.includes(status.status);
  useEffect(() => {
    if (!over || !active) return;
    setActive(false);
    handlers.current.onEnded();
  }, [over, active]);

  const start = useCallback(async () => {
    if (!socket?.connected) return;
    forget();
    setProblem(null);
    setStarting(true);
    setActive(true);
    handlers.current.onDialled();
    const reply = await askTelephony(socket, 'telephony.simulate', { assignmentId });
    setStarting(false);
    if (!reply.ok) {
      setActive(false);
      setProblem(reply.message);
    }
  }, [socket, assignmentId, forget]);

  const hangUp = useCallback(async () => {
    if (!socket?.connected) return;
    const reply = await askTelephony(socket, 'telephony.hangup', { assignmentId });
    if (!reply.ok && reply.error !== 'timeout') setProblem(reply.message);
  }, [socket, assignmentId]);

  // Saved or skipped mid-call: the pretend line is put down too (best effort; the claim is gone anyway).
  const live = useRef({ active, socket });
  live.current = { active, socket };
  useEffect(
    () => () => {
      const { active: ringing, socket: s } = live.current;
      if (ringing && s?.connected) void askTelephony(s, 'telephony.hangup', { assignmentId });
    },
    [assignmentId],
  );

  return { status, starting, active, problem, start, hangUp };
}
