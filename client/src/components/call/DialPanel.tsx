import type { CallerCampaign } from '../../../../protocol';
import { PhoneIcon } from '../icons';
import { displayPhone, telHref } from './phone';

interface DialPanelProps {
  phone: string;
  firstName: string;
  campaign: Pick<CallerCampaign, 'telephony' | 'withholdNumber'>;
  dialled: boolean;
  disabled: boolean;
  onDial: () => void;
  practice?: boolean;
}

/** How to call: a big tel: link on the volunteer's own phone, or a pretend call in demo mode and practice. */
export function DialPanel({
  phone,
  firstName,
  campaign,
  dialled,
  disabled,
  onDial,
  practice,
}: DialPanelProps) {
  const number = displayPhone(phone);
  const pretend = practice || campaign.telephony === 'simulated';
  const label = dialled ? `Call ${firstName} again` : `Call ${firstName}`;
  let pretendLabel = dialled ? 'Simulate again' : 'Simulate call';
  if (practice) pretendLabel = dialled ? 'Pretend to call again' : `Pretend to call ${firstName}`;
  let help: string;
  if (practice) help = 'Practice: press it to see what happens. Nobody is phoned.';
  else if (campaign.telephony === 'simulated') help = 'Demo campaign: no real call is made.';
  else if (campaign.withholdNumber) help = 'Your number is hidden: 141 is dialled first for you.';
  else help = 'Opens your phone’s dialler. They will see your number.';
  if (campaign.telephony === 'twilio' && !practice) {
    help = `Calling from the browser is not set up yet, so this uses your phone. ${help}`;
  }

  return (
    <div className="dial">
      <p className="dial__number" aria-label={`Phone number ${number}`}>
        {number}
      </p>
      {pretend ? (
        <button type="button" className="button dial__button" disabled={disabled} onClick={onDial}>
          <PhoneIcon />
          <span>{pretendLabel}</span>
        </button>
      ) : (
        <a
          className={`button dial__button${disabled ? ' dial__button--disabled' : ''}`}
          href={disabled ? undefined : telHref(phone, campaign.withholdNumber)}
          aria-disabled={disabled || undefined}
          onClick={disabled ? undefined : onDial}
        >
          <PhoneIcon />
          <span>{label}</span>
        </a>
      )}
      <p className="dial__help" aria-live="polite">
        {dialled ? 'On the call? When it ends, choose what happened below and save.' : help}
      </p>
    </div>
  );
}
