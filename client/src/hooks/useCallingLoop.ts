import { useCallback, useRef, useState } from 'react';
import type { AnyOutcome, Assignment, EmptyReason, Failure } from '../../../protocol';
import { ask } from '../api/callerSocket';
import type { CallerSocket } from '../api/callerSocket';
import type { Booking } from '../components/call/followUpMessage';
import { useSaveOutcome } from './useSaveOutcome';

export type CallScreen =
  | { kind: 'waiting' }
  | { kind: 'contact'; assignment: Assignment }
  | { kind: 'empty'; reason: EmptyReason; opensAt?: string }
  | { kind: 'removed'; message: string }
  | { kind: 'finished' }
  | { kind: 'failed'; message: string };

/** What the caller is waiting for, if anything: the screen's controls are disabled meanwhile. */
export type Busy = null | 'next' | 'saving' | 'skipping' | 'finishing';

export interface OutcomeFields {
  outcome: AnyOutcome;
  notes?: string;
  answers?: Record<string, string>;
  sessionId?: number;
  callbackAt?: string;
}

interface LoopOptions {
  campaignId: number;
  socket: CallerSocket | null;
  /** A call was stored: refresh the progress counts. */
  onSaved: () => void;
  /** Close the socket for good (removed, or done for tonight). */
  onStop: () => void;
}

/** The calling loop over the socket: which contact (or empty state) is showing, and the caller's actions. */
export function useCallingLoop({ campaignId, socket, onSaved, onStop }: LoopOptions) {
  const [screen, setScreenState] = useState<CallScreen>({ kind: 'waiting' });
  const screenRef = useRef(screen);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The last booking stored, whose follow-up stays on screen over the next people until it is closed.
  const [followUp, setFollowUp] = useState<Booking | null>(null);
  // Counts people handed over after a save or a skip. The same person can come straight back (a skip, or
  // a retry due at once) and must then start with a clean form; a reconnect keeps what was entered.
  const [round, setRound] = useState(0);
  // Only the latest call.next may change the screen: an older answer can land after a reconnect.
  const nextSeq = useRef(0);

  const setScreen = useCallback((next: CallScreen) => {
    screenRef.current = next;
    setScreenState(next);
  }, []);

  const refused = useCallback(
    (reply: Failure) => {
      if (reply.error === 'forbidden') {
        onStop();
        setScreen({ kind: 'removed', message: reply.message });
      } else if (screenRef.current.kind === 'contact') setProblem(reply.message);
      else setScreen({ kind: 'failed', message: reply.message });
    },
    [onStop, setScreen],
  );

  const askNext = useCallback(
    async (afterCall = false) => {
      if (!socket?.connected) return; // asked again on reconnect
      const seq = ++nextSeq.current;
      setBusy('next');
      const reply = await ask(socket, 'call.next', { campaignId });
      if (seq !== nextSeq.current) return;
      setBusy(null);
      // A silent server with the socket still up is worth saying; a dropped socket shows its own banner.
      if (!reply.ok) return reply.error === 'timeout' && !socket.connected ? undefined : refused(reply);
      const before = screenRef.current;
      const same =
        before.kind === 'contact' && before.assignment.assignmentId === reply.assignment?.assignmentId;
      if (afterCall || !same) setProblem(null);
      if (afterCall) setRound((r) => r + 1);
      if (reply.assignment) setScreen({ kind: 'contact', assignment: reply.assignment });
      else setScreen({ kind: 'empty', reason: reply.reason, opensAt: reply.opensAt });
    },
    [socket, campaignId, refused, setScreen],
  );

  const { pending, sendPending, save } = useSaveOutcome({
    campaignId,
    socket,
    screenRef,
    askNext,
    refused,
    onSaved,
    onBooked: setFollowUp,
    setBusy,
    setNotice,
    setProblem,
  });

  /** Puts the contact back unchanged; with `thenNext` false the caller stops for the night. */
  const release = useCallback(
    async (thenNext: boolean) => {
      const now = screenRef.current;
      if (now.kind === 'contact') {
        if (!socket?.connected || pending.current) return;
        setBusy(thenNext ? 'skipping' : 'finishing');
        const reply = await ask(socket, 'call.release', { assignmentId: now.assignment.assignmentId });
        if (!reply.ok && reply.error !== 'assignment_not_held') {
          setBusy(null);
          return setProblem(reply.message);
        }
      }
      setNotice(null);
      if (thenNext) return askNext(true);
      nextSeq.current += 1; // a call.next still in flight must not bring a contact back
      setBusy(null);
      setScreen({ kind: 'finished' });
      onStop();
    },
    [socket, pending, askNext, onStop, setScreen],
  );

  const dial = useCallback(() => {
    const now = screenRef.current;
    if (now.kind !== 'contact' || !socket?.connected) return;
    void ask(socket, 'call.dialled', { assignmentId: now.assignment.assignmentId }).then((reply) => {
      // A timeout here is the connection's problem, and the banner already says so.
      if (!reply.ok && reply.error !== 'timeout') setProblem(reply.message);
    });
  }, [socket]);

  /** The caller has started recording a call they dialled: the dashboard shows them wrapping up. */
  const wrapUp = useCallback(() => {
    const now = screenRef.current;
    if (now.kind !== 'contact' || !socket?.connected) return;
    // Best effort: the state is for the coordinator's view; the outcome itself does not depend on it.
    void ask(socket, 'call.ended', { assignmentId: now.assignment.assignmentId });
  }, [socket]);

  return {
    screen,
    round,
    screenRef,
    setScreen,
    busy,
    notice,
    setNotice,
    problem,
    followUp,
    closeFollowUp: () => setFollowUp(null),
    pending,
    askNext,
    sendPending,
    save,
    skip: () => release(true),
    finish: () => release(false),
    dial,
    wrapUp,
  };
}
