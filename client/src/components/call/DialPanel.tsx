import { lazy, Suspense } from 'react';
import type { AnyOutcome, Assignment, CallerCampaign } from '../../../../protocol';
import type { CallerSocket } from '../../api/callerSocket';
import { PhoneIcon } from '../icons';
import { OwnPhoneDial } from './OwnPhoneDial';
import type { LiveCallProps } from './liveCall';
import { displayPhone } from './phone';
import { SimulatedCallPanel } from './SimulatedCallPanel';

// Browser calling is its own chunk (and the Voice SDK another, fetched on the first Call): campaigns that
// call from the volunteer's own phone never download either.
const BrowserCallPanel = lazy(() =>
  import('./BrowserCallPanel').then((m) => ({ default: m.BrowserCallPanel })),
);

interface DialPanelProps {
  assignmentId: number;
  contact: Assignment['contact'];
  campaign: Pick<CallerCampaign, 'telephony' | 'withholdNumber'>;
  /** The caller's socket: browser and simulated calls hear their progress on it. None in practice. */
  socket?: CallerSocket | null;
  dialled: boolean;
  disabled: boolean;
  onDial: () => void;
  /** A call made through Ringround (browser or simulated) is over. */
  onEnded: () => void;
  onOutcomeHint: (outcome: AnyOutcome) => void;
  practice?: boolean;
}

/** How to call, as the campaign calls: own phone (tel:), the browser (Twilio), or simulated; practice pretends. */
export function DialPanel(props: DialPanelProps) {
  const { assignmentId, contact, campaign, socket, dialled, disabled, onDial, practice } = props;
  const { firstName } = contact;

  if (practice) {
    const number = displayPhone(contact.phone);
    return (
      <div className="dial">
        <p className="dial__number" aria-label={`Phone number ${number}`}>
          {number}
        </p>
        <button type="button" className="button dial__button" disabled={disabled} onClick={onDial}>
          <PhoneIcon />
          <span>{dialled ? 'Pretend to call again' : `Pretend to call ${firstName}`}</span>
        </button>
        <p className="dial__help" aria-live="polite">
          {dialled
            ? 'On the call? When it ends, choose what happened below and save.'
            : 'Practice: press it to see what happens. Nobody is phoned.'}
        </p>
      </div>
    );
  }
  const live: LiveCallProps = {
    assignmentId,
    firstName,
    socket,
    dialled,
    disabled,
    onDial,
    onEnded: props.onEnded,
    onOutcomeHint: props.onOutcomeHint,
  };
  if (campaign.telephony === 'simulated') {
    return <SimulatedCallPanel {...live} phone={contact.phone} />;
  }
  // The server hides the number exactly when calls go through the browser (Twilio); a masked number
  // must never become a tel: link.
  if (contact.phoneHidden) {
    return (
      <Suspense
        fallback={
          <div className="dial">
            <p className="dial__number dial__number--hidden">{contact.phone}</p>
            <p className="dial__help">Getting browser calling ready…</p>
          </div>
        }
      >
        <BrowserCallPanel {...live} maskedPhone={contact.phone} />
      </Suspense>
    );
  }
  return (
    <OwnPhoneDial
      phone={contact.phone}
      firstName={firstName}
      withhold={campaign.withholdNumber}
      dialled={dialled}
      disabled={disabled}
      onDial={onDial}
    />
  );
}
