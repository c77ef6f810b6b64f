import type { CallerSocket } from '../../api/callerSocket';
import { useTelephonySms } from '../../hooks/useTelephonySms';
import type { SmsState } from '../../hooks/useTelephonySms';
import { TextMessageIcon } from './callIcons';

interface FollowUpSmsProps {
  socket: CallerSocket;
  callId: number;
  firstName: string;
  text: string;
  primary: boolean;
}

function said(sms: SmsState, firstName: string): string {
  switch (sms.status) {
    case 'sending':
      return 'Sending…';
    case 'queued':
    case 'accepted':
    case 'scheduled':
      return 'Queued: it goes in a moment.';
    case 'sent':
      return `Sent from the campaign’s number.`;
    case 'delivered':
      return `Delivered to ${firstName}’s phone.`;
    case 'failed':
    case 'undelivered':
      return `Not sent${sms.error ? `: ${sms.error}` : ''}. Try again, or copy the message.`;
    default:
      return `Text ${sms.status.replace(/_/g, ' ')}.`;
  }
}

/** The message sent as a text from the campaign's number (Twilio), with how far it has got. */
export function FollowUpSms({ socket, callId, firstName, text, primary }: FollowUpSmsProps) {
  const { sms, send } = useTelephonySms(socket, callId);
  const failed = sms?.status === 'failed' || sms?.status === 'undelivered';
  const done = sms !== null && !failed;
  return (
    <>
      <button
        type="button"
        className={`button ${primary ? 'button--primary' : 'button--secondary'} followup__action`}
        disabled={done || !text.trim()}
        onClick={() => void send(text)}
      >
        <TextMessageIcon />
        <span>{done ? 'Sent as a text' : 'Send as a text from the campaign’s number'}</span>
      </button>
      <p className={`followup__sms${failed ? ' followup__sms--failed' : ''}`} role="status">
        {sms ? said(sms, firstName) : ''}
      </p>
    </>
  );
}
