import { useCallback, useRef } from 'react';
import type { Failure } from '../../../protocol';
import { ask } from '../api/callerSocket';
import type { CallerSocket } from '../api/callerSocket';
import { clearPending, loadPending, newIdempotencyKey, storePending } from '../api/pendingOutcome';
import type { PendingOutcome } from '../api/pendingOutcome';
import type { Booking } from '../components/call/followUpMessage';
import type { Busy, CallScreen, OutcomeFields } from './useCallingLoop';

interface SaveOptions {
  campaignId: number;
  socket: CallerSocket | null;
  screenRef: { current: CallScreen };
  /** Asks for the next person; `afterCall` gives them a fresh form even if the same person comes back. */
  askNext: (afterCall?: boolean) => Promise<void>;
  refused: (reply: Failure) => void;
  onSaved: () => void;
  /** A booking was stored: offer to send the person its details. */
  onBooked: (booking: Booking) => void;
  setBusy: (busy: Busy) => void;
  setNotice: (notice: string | null) => void;
  setProblem: (problem: string | null) => void;
}

/** The server moved a call-back that fell outside calling hours: say when it will be instead. */
function movedCallBack(name: string, at: string): string {
  const when = new Date(at).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `That time is outside calling hours, so ${name}’s call-back is at ${when}, when calling opens. It’s in the call notes.`;
}

/**
 * Saving a call's outcome. Until the server answers, the outcome is kept (in memory and the tab's
 * sessionStorage) and sent again with the same idempotency key whenever the socket is up, so a dropped
 * connection can neither lose it nor store it twice.
 */
export function useSaveOutcome(o: SaveOptions) {
  const { campaignId, socket, screenRef, askNext, refused, onSaved, onBooked } = o;
  const { setBusy, setNotice, setProblem } = o;
  const pending = useRef<PendingOutcome | null | undefined>(undefined);
  if (pending.current === undefined) pending.current = loadPending(campaignId);

  /** Sends the unacknowledged outcome (again), until the server answers or the socket drops. */
  const sendPending = useCallback(async () => {
    const sent = pending.current;
    if (!sent || !socket?.connected) return;
    setBusy('saving');
    let reply = await ask(socket, 'call.outcome', sent.payload);
    while (!reply.ok && reply.error === 'timeout' && pending.current === sent && socket.connected) {
      reply = await ask(socket, 'call.outcome', sent.payload);
    }
    // Another copy's answer got here first, or the socket dropped and the reconnect sends it again.
    if (pending.current !== sent || (!reply.ok && reply.error === 'timeout')) return;
    pending.current = null;
    clearPending();
    if (reply.ok) {
      setNotice(reply.callbackMovedTo ? movedCallBack(sent.contactName, reply.callbackMovedTo) : null);
      onSaved();
      if (sent.booking) onBooked({ ...sent.booking, callId: reply.callId });
      return askNext(true);
    }
    setBusy(null);
    if (reply.error === 'assignment_not_held') {
      setNotice(
        `${sent.contactName} went back to the queue before this call was saved, so it was not recorded.`,
      );
      return askNext(true);
    }
    refused(reply);
    // The session filled up meanwhile: the same person comes back with the sessions' places updated.
    if (reply.error === 'session_full') await askNext();
  }, [socket, askNext, refused, onSaved, onBooked, setBusy, setNotice]);

  const save = useCallback(
    (fields: OutcomeFields) => {
      const now = screenRef.current;
      if (now.kind !== 'contact' || pending.current) return;
      const { assignment } = now;
      const { contact } = assignment;
      const idempotencyKey = newIdempotencyKey();
      // Kept now: by the time the booking is stored, the next person will have replaced this one.
      const session =
        fields.outcome === 'booked' ? assignment.sessions.find((s) => s.id === fields.sessionId) : undefined;
      const next: PendingOutcome = {
        campaignId,
        contactName: contact.firstName,
        payload: { assignmentId: assignment.assignmentId, ...fields, idempotencyKey },
        booking: session
          ? {
              key: idempotencyKey,
              firstName: contact.firstName,
              phone: contact.phone,
              phoneHidden: contact.phoneHidden,
              session,
            }
          : undefined,
      };
      pending.current = next;
      storePending(next);
      setProblem(null);
      setBusy('saving');
      void sendPending();
    },
    [campaignId, screenRef, sendPending, setBusy, setProblem],
  );

  return { pending, sendPending, save };
}
