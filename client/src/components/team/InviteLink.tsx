import { useEffect, useId, useRef, useState } from 'react';
import type { InviteCreated } from '../../api/team';
import { CopyIcon } from '../admin/adminIcons';
import { Button } from '../Button';
import { ROLE_NAMES } from '../names';
import { expiry } from './teamText';

/** The one-time link a new invite makes: shown here once, with a copy button, never again. */
export function InviteLink({ created, onDone }: { created: InviteCreated; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const { invite, url } = created;

  useEffect(() => {
    input.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (a plain-http address, or refused): select it so the keyboard copy works.
      input.current?.select();
      setCopied('no');
    }
  };

  return (
    <div className="invite-link">
      <p className="invite-link__title" role="status">
        Invite made for {invite.email} ({ROLE_NAMES[invite.role].toLowerCase()})
      </p>
      <label className="invite-link__label" htmlFor={id}>
        Their invite link
      </label>
      <div className="invite-link__row">
        <input
          ref={input}
          id={id}
          className="field__input invite-link__url"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          <CopyIcon />
          Copy link
        </Button>
      </div>
      <p className="invite-link__copied" role="status">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Selected: press Ctrl+C (or ⌘C) to copy it.' : ''}
      </p>
      <p className="invite-link__warning">
        <strong>This link is shown only once</strong> and works {expiry(invite.expiresAt)}, for one person.
        Send it to {invite.email} directly, not to a group. If it is lost, cancel the invite and make a new
        one.
      </p>
      <Button variant="secondary" onClick={onDone}>
        Invite someone else
      </Button>
    </div>
  );
}
