import type { Invite } from '../../api/team';
import { useCancelInvite } from '../../hooks/useTeam';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { ROLE_NAMES } from '../names';
import { expiry } from './teamText';

function PendingInvite({ invite }: { invite: Invite }) {
  const cancel = useCancelInvite();
  const when = expiry(invite.expiresAt);
  return (
    <li className="invite-row">
      <div className="invite-row__text">
        <p className="invite-row__email">{invite.email}</p>
        <p className="invite-row__detail">
          {ROLE_NAMES[invite.role]} · {when === 'expired' ? 'Link expired' : `Link works ${when}`}
        </p>
      </div>
      <Button
        variant="secondary"
        className="invite-row__cancel"
        busy={cancel.isPending}
        busyLabel="Cancelling…"
        aria-label={`Cancel invite for ${invite.email}`}
        onClick={() => cancel.mutate(invite.id)}
      >
        Cancel invite
      </Button>
      <FormAlert message={cancel.error?.message} />
    </li>
  );
}

/** Invites not yet accepted, each with a way to stop its link working. */
export function PendingInvites({ invites }: { invites: Invite[] }) {
  return (
    <ul className="invite-rows" aria-label="Invites waiting to be accepted">
      {invites.map((i) => (
        <PendingInvite invite={i} key={i.id} />
      ))}
    </ul>
  );
}
