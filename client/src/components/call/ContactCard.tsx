import { useEffect, useRef } from 'react';
import type { AnyOutcome, Assignment, CallerCampaign } from '../../../../protocol';
import type { CallerSocket } from '../../api/callerSocket';
import { useNow } from '../../hooks/useNow';
import { Button } from '../Button';
import { DialPanel } from './DialPanel';
import { focusHeading } from './focusHeading';
import { outcomeLabel } from './outcomes';
import { clockIn, dayAndTime } from './zonedTime';

interface ContactCardProps {
  assignment: Assignment;
  campaign: Pick<CallerCampaign, 'timezone' | 'telephony' | 'withholdNumber'>;
  dialled: boolean;
  disabled: boolean;
  busy: 'skipping' | 'finishing' | null;
  socket?: CallerSocket | null;
  onDial: () => void;
  onEnded: () => void;
  onOutcomeHint: (outcome: AnyOutcome) => void;
  onSkip: () => void;
  onFinish: () => void;
  practice?: boolean;
}

function timesCalled(n: number): string {
  if (n === 0) return 'Never';
  return n === 1 ? 'Once' : `${n} times`;
}

/** Who is being called: the name to greet them by, where and when they are, and what happened before. */
export function ContactCard(props: ContactCardProps) {
  const { assignment, campaign, dialled, disabled, busy, onDial, onSkip, onFinish, practice } = props;
  const { contact, history } = assignment;
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  const last = history[history.length - 1];
  const reminder = assignment.purpose === 'reminder' ? assignment.reminderFor : null;
  let eyebrow = practice ? 'Practice call' : 'Now calling';
  if (reminder) eyebrow = 'Reminder call';

  // A new person: bring the page back to the top and tell screen readers who it is.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    focusHeading(heading.current, { preventScroll: true });
  }, [assignment.assignmentId]);

  return (
    <section className="card callcard contact" aria-labelledby="contact-name">
      <p className="contact__eyebrow">{eyebrow}</p>
      <h1 className="contact__name" id="contact-name" ref={heading} tabIndex={-1}>
        <span className="contact__first">{contact.firstName}</span>
        <span className="contact__last"> {contact.lastName ?? ''}</span>
      </h1>
      <dl className="contact__facts">
        <div>
          <dt>Postcode</dt>
          <dd>{contact.postcode ?? 'Not given'}</dd>
        </div>
        <div>
          <dt>Their time</dt>
          <dd>{clockIn(now, campaign.timezone)}</dd>
        </div>
        <div>
          <dt>Called before</dt>
          <dd>{timesCalled(history.length)}</dd>
        </div>
      </dl>
      {reminder ? (
        <p className="contact__reminder">
          Booked for <strong>{reminder.title}</strong>,{' '}
          {dayAndTime(Date.parse(reminder.startsAt), campaign.timezone)}
          {reminder.venue ? ` at ${reminder.venue}` : ''}. Check they&rsquo;re still coming.
        </p>
      ) : null}
      <p className="contact__history">
        {last
          ? `Last call: ${outcomeLabel(last.outcome)}, ${dayAndTime(Date.parse(last.at), campaign.timezone)}, by ${last.caller}.`
          : `First call to ${contact.firstName}: say hello and thank them for signing up.`}
      </p>
      <DialPanel
        assignmentId={assignment.assignmentId}
        contact={contact}
        campaign={campaign}
        socket={props.socket}
        dialled={dialled}
        disabled={disabled}
        onDial={onDial}
        onEnded={props.onEnded}
        onOutcomeHint={props.onOutcomeHint}
        practice={practice}
      />
      <div className="contact__actions">
        <Button variant="secondary" disabled={disabled} busy={busy === 'skipping'} onClick={onSkip}>
          Skip for now
        </Button>
        <Button variant="secondary" disabled={disabled} busy={busy === 'finishing'} onClick={onFinish}>
          I&rsquo;m done for tonight
        </Button>
      </div>
    </section>
  );
}
