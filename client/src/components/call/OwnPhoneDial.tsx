import { useState } from 'react';
import type { ReactNode } from 'react';
import { PhoneIcon } from '../icons';
import { CopyIcon } from './callIcons';
import { displayPhone, telHref } from './phone';

interface OwnPhoneDialProps {
  /** E.164. */
  phone: string;
  firstName: string;
  /** Dial the withholding prefix (141 in the UK) first, so the volunteer's number is not shown. */
  withhold: boolean;
  prefix?: string;
  dialled: boolean;
  disabled: boolean;
  onDial: () => void;
  /** Said under the button instead of the usual help, such as why the number is showing. */
  note?: ReactNode;
}

/** Calling from the volunteer's own phone: the number, big and copyable, and a tel: link that dials it. */
export function OwnPhoneDial(props: OwnPhoneDialProps) {
  const { phone, firstName, withhold, prefix = '141', dialled, disabled, onDial, note } = props;
  const number = displayPhone(phone);
  const [copied, setCopied] = useState<string | null>(null);
  const label = dialled ? `Call ${firstName} again` : `Call ${firstName}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(number);
      setCopied('Number copied.');
    } catch {
      setCopied(`No clipboard here: type ${number} into your phone.`);
    }
  }

  let help: ReactNode = withhold
    ? `Your number is withheld: ${prefix} is dialled first, so ${firstName} won’t see it.`
    : 'Opens your phone’s dialler. They will see your number.';
  if (dialled) help = 'On the call? When it ends, choose what happened below and save.';

  return (
    <div className="dial">
      <div className="dial__numberrow">
        <p className="dial__number" aria-label={`Phone number ${number}`}>
          {number}
        </p>
        <button type="button" className="button button--secondary dial__copy" onClick={() => void copy()}>
          <CopyIcon />
          <span>Copy</span>
        </button>
      </div>
      <a
        className={`button dial__button${disabled ? ' dial__button--disabled' : ''}`}
        href={disabled ? undefined : telHref(phone, withhold, prefix)}
        aria-disabled={disabled || undefined}
        onClick={disabled ? undefined : onDial}
      >
        <PhoneIcon />
        <span>{label}</span>
      </a>
      {note}
      <p className="dial__help" aria-live="polite">
        {help}
      </p>
      <p className="dial__copied" role="status">
        {copied ?? ''}
      </p>
    </div>
  );
}
