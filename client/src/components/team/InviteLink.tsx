import { useEffect, useId, useRef } from 'react';
import type { InviteCreated } from '../../api/team';
import { Button } from '../Button';
import { CopyField } from '../CopyField';
import { ROLE_NAMES } from '../names';
import { expiry } from './teamText';

/** The one-time link a new invite makes: shown here once, with a copy button, never again. */
export function InviteLink({ created, onDone }: { created: InviteCreated; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { invite, url } = created;

  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <div className="invite-link">
      <p className="invite-link__title" role="status">
        Invite made for {invite.email} ({ROLE_NAMES[invite.role].toLowerCase()})
      </p>
      <CopyField
        id={id}
        label="Their invite link"
        value={url}
        block="invite-link"
        buttonText="Copy link"
        inputRef={input}
      />
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
