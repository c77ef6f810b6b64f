import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { CallerSocket } from '../../api/callerSocket';
import { CalendarIcon, ChatIcon, CopyIcon, DoneIcon, TextMessageIcon } from './callIcons';
import { focusCallScreen } from './focusHeading';
import { calendarUrl, followUpMessage, smsHref, whatsappHref } from './followUpMessage';
import type { Booking } from './followUpMessage';
import { FollowUpSms } from './FollowUpSms';

interface FollowUpPanelProps {
  booking: Booking;
  /** Signs the message. */
  callerName: string;
  timeZone: string;
  /** A made-up person: nothing may open a real conversation. */
  practice?: boolean;
  /** The campaign texts from its own number (Twilio): the socket to send it on. */
  sms?: CallerSocket | null;
  onDismiss: () => void;
}

interface ActionProps {
  /** No address: shown, but switched off (practice, or a session without a calendar file). */
  href: string | null;
  icon: ReactNode;
  children: ReactNode;
  primary?: boolean;
  /** Opens in a new tab, so the calling screen stays where it is. */
  newTab?: boolean;
}

function Action({ href, icon, children, primary, newTab }: ActionProps) {
  const className = `button ${primary ? 'button--primary' : 'button--secondary'} followup__action`;
  if (!href) {
    return (
      <button type="button" className={className} disabled>
        {icon}
        <span>{children}</span>
      </button>
    );
  }
  return (
    <a
      className={className}
      href={href}
      {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {icon}
      <span>{children}</span>
    </a>
  );
}

const COPY_STATUS = {
  copied: 'Copied. Paste it into any message.',
  selected: 'The message is selected: copy it from the box.',
} as const;

/**
 * After a booking: the session's details as a message the caller can change, then open in WhatsApp or
 * their messages app, copy, or add to a calendar. It stays above the next person until the caller closes it.
 */
export function FollowUpPanel(props: FollowUpPanelProps) {
  const { booking, callerName, timeZone, practice, sms, onDismiss } = props;
  const { firstName, phone, phoneHidden, session, callId } = booking;
  const texting = sms && callId !== undefined ? { socket: sms, callId } : null;
  const origin = window.location.origin;
  const [text, setText] = useState(() => followUpMessage(booking, callerName, timeZone, origin));
  const [copied, setCopied] = useState<keyof typeof COPY_STATUS | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const calendar = calendarUrl(session, origin);

  // It appears while the caller's place was the call just saved: take them to it.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      // No clipboard here (a plain-http address) or it was refused: select the text to copy by hand.
      const el = box.current;
      el?.focus();
      el?.setSelectionRange(0, el.value.length); // select() alone does nothing on iOS
      setCopied('selected');
    }
  }

  function dismiss() {
    focusCallScreen();
    onDismiss();
  }

  // Ctrl+Enter saves the call on screen everywhere else; in here it must not save the next person's call.
  function keepShortcuts(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') event.preventDefault();
  }

  return (
    <section
      className={`card followup${practice ? ' followup--practice' : ''}`}
      aria-labelledby="followup-title"
      onKeyDown={keepShortcuts}
    >
      <div className="followup__head">
        <span className="followup__icon" aria-hidden="true">
          <DoneIcon />
        </span>
        <div className="followup__heading">
          <p className="followup__eyebrow">{practice ? 'Practice booking' : `${firstName} is booked`}</p>
          <h2 className="followup__title" id="followup-title" ref={heading} tabIndex={-1}>
            Send {firstName} the details
          </h2>
        </div>
        <button type="button" className="button button--secondary followup__done" onClick={dismiss}>
          Done
        </button>
      </div>
      {practice ? (
        <p className="coach">
          Practice: {firstName} is made up, so WhatsApp, text and calendar are switched off here. On a real
          call they open with this message filled in, and nothing goes until you press send.
        </p>
      ) : null}
      {phoneHidden ? (
        <p className="followup__private">
          {firstName}&rsquo;s number stays private when calling from the browser, so WhatsApp and texts from
          your own phone aren&rsquo;t offered.{' '}
          {texting
            ? 'Send it as a text from the campaign’s number, or copy it.'
            : 'Copy the message instead.'}
        </p>
      ) : null}
      <div className="followup__body">
        <div className="followup__label">
          <label className="field__label" htmlFor="followup-text">
            Message to {firstName}
          </label>
          <p className="field__hint" id="followup-hint">
            Change anything you like: nothing goes until you send it.
          </p>
        </div>
        <textarea
          id="followup-text"
          ref={box}
          className="field__input followup__text"
          rows={11}
          maxLength={2000}
          aria-describedby="followup-hint"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setCopied(null);
          }}
        />
        <div className="followup__actions">
          {texting ? (
            <FollowUpSms {...texting} firstName={firstName} text={text} primary={Boolean(phoneHidden)} />
          ) : null}
          {phoneHidden ? null : (
            <>
              <Action primary newTab href={practice ? null : whatsappHref(phone, text)} icon={<ChatIcon />}>
                Open in WhatsApp
              </Action>
              <Action href={practice ? null : smsHref(phone, text)} icon={<TextMessageIcon />}>
                Send as text message
              </Action>
            </>
          )}
          <button type="button" className="button button--secondary followup__action" onClick={copy}>
            <CopyIcon />
            <span>Copy message</span>
          </button>
          <Action newTab href={practice ? null : calendar} icon={<CalendarIcon />}>
            Add to calendar
          </Action>
          <p className={`followup__status${copied ? ' followup__status--shown' : ''}`} role="status">
            {copied ? COPY_STATUS[copied] : ''}
          </p>
        </div>
      </div>
    </section>
  );
}
