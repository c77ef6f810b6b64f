import { useEffect } from 'react';
import type { CallerSocket } from '../api/callerSocket';
import type { useCallingLoop } from './useCallingLoop';

type Loop = ReturnType<typeof useCallingLoop>;

const RECHECK_EMPTY_MS = 120_000;
const DAY_MS = 86_400_000;

/**
 * What moves the calling loop besides the caller's own presses: (re)connecting, the server's pushes,
 * and the clock (calling hours opening, a quiet queue worth checking again).
 */
export function useCallingEvents(
  socket: CallerSocket | null,
  campaignId: number,
  loop: Loop,
  onStop: () => void,
  onCampaignChanged: () => void,
) {
  const { askNext, sendPending, pending, screen, screenRef, setScreen, setNotice } = loop;

  // On every connect: first an outcome still waiting for its ack, then the contact this caller holds
  // (the server gives the same one back), so a dropped connection resumes exactly where it was.
  useEffect(() => {
    if (!socket) return;
    const resume = () => {
      if (pending.current) return void sendPending();
      const kind = screenRef.current.kind;
      if (kind !== 'finished' && kind !== 'removed') void askNext();
    };
    socket.on('connect', resume);
    if (socket.connected) resume();
    return () => void socket.off('connect', resume);
  }, [socket, pending, screenRef, askNext, sendPending]);

  useEffect(() => {
    if (!socket) return;
    const revoked = ({ assignmentId, reason }: { assignmentId: number; reason: string }) => {
      if (reason === 'removed') {
        onStop();
        return setScreen({
          kind: 'removed',
          message: 'A coordinator has ended your calling for this campaign.',
        });
      }
      const now = screenRef.current;
      // A save in flight settles this itself: its answer says whether the call was stored.
      if (now.kind !== 'contact' || now.assignment.assignmentId !== assignmentId || pending.current) return;
      const who = now.assignment.contact.firstName;
      setNotice(
        reason === 'returned_by_coordinator'
          ? `A coordinator put ${who} back in the queue, so here is someone new.`
          : reason === 'contact_erased'
            ? `${who} asked for their details to be removed, so we won't call them. Here is someone new.`
            : `${who} went back to the queue while you were away, so here is someone new.`,
      );
      void askNext();
    };
    const updated = ({ campaignId: id, status }: { campaignId: number; status: string }) => {
      if (id !== campaignId) return;
      onCampaignChanged();
      const now = screenRef.current;
      if (status === 'active') {
        setNotice(null);
        if (now.kind === 'empty' && now.reason === 'campaign_paused') void askNext();
      } else if (now.kind === 'contact') {
        setNotice(
          'Calling has been paused. Finish this call and save it; we’ll wait with you until it restarts.',
        );
      } else if (now.kind === 'waiting' || now.kind === 'empty') {
        setScreen({ kind: 'empty', reason: 'campaign_paused' });
      }
    };
    socket.on('assignment.revoked', revoked);
    socket.on('campaign.updated', updated);
    return () => {
      socket.off('assignment.revoked', revoked);
      socket.off('campaign.updated', updated);
    };
  }, [socket, campaignId, pending, screenRef, askNext, setScreen, setNotice, onStop, onCampaignChanged]);

  // When calling hours open, ask again; a quiet queue is checked now and then, as retries come due.
  useEffect(() => {
    if (screen.kind !== 'empty' || screen.reason === 'campaign_paused') return;
    const opens = screen.opensAt ? Date.parse(screen.opensAt) - Date.now() + 1000 : RECHECK_EMPTY_MS;
    if (opens > DAY_MS) return;
    const timer = setTimeout(() => void askNext(), Math.max(opens, 1000));
    return () => clearTimeout(timer);
  }, [screen, askNext]);
}
