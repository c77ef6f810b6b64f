import { useCallback, useEffect, useState } from 'react';
import type { CallerSocket } from '../api/callerSocket';
import { askTelephony } from '../api/telephony';

/** sending: waiting for Ringround to accept it; then Twilio's word: queued, sent, delivered, failed... */
export interface SmsState {
  messageId: number | null;
  status: string;
  error: string | null;
}

/**
 * The follow-up sent as a text from the campaign's number (Twilio Messaging): the send, then its
 * delivery status as followup.sms_status events report it.
 */
export function useTelephonySms(socket: CallerSocket | null | undefined, callId: number | undefined) {
  const [sms, setSms] = useState<SmsState | null>(null);
  const messageId = sms?.messageId ?? null;

  useEffect(() => {
    if (!socket || messageId === null) return;
    const heard = (msg: { messageId: number; status: string; error: string | null }) => {
      if (msg.messageId === messageId) setSms({ messageId, status: msg.status, error: msg.error });
    };
    socket.on('followup.sms_status', heard);
    return () => void socket.off('followup.sms_status', heard);
  }, [socket, messageId]);

  const send = useCallback(
    async (body: string) => {
      if (!socket || callId === undefined) return;
      setSms({ messageId: null, status: 'sending', error: null });
      const reply = await askTelephony(socket, 'followup.sms', { callId, body });
      if (reply.ok) setSms({ messageId: reply.messageId, status: 'queued', error: null });
      else setSms({ messageId: null, status: 'failed', error: reply.message });
    },
    [socket, callId],
  );

  return { sms, send };
}
