import { useState } from 'react';
import type { TeamMember } from '../../api/team';
import { useRemoveMember } from '../../hooks/useTeam';
import { formatDay } from '../admin/londonTime';
import { Avatar } from '../Avatar';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { ROLE_NAMES } from '../names';

interface MemberProps {
  member: TeamMember;
  isYou: boolean;
}

/** One person, with Remove and its confirm; the server's refusal (yourself, the last organiser) shows here. */
function Member({ member, isYou }: MemberProps) {
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveMember();
  return (
    <li className="member">
      <div className="member__who">
        <Avatar name={member.name} />
        <div className="member__text">
          <p className="member__name">
            {member.name}
            {isYou ? <span className="member__you"> (you)</span> : null}
          </p>
          <p className="member__detail">{member.email}</p>
          <p className="member__detail">Joined {formatDay(member.createdAt)}</p>
        </div>
        <span className={`badge member__role member__role--${member.role}`}>{ROLE_NAMES[member.role]}</span>
      </div>
      {isYou ? null : confirming ? (
        <div className="member__confirm" role="group" aria-labelledby={`remove-${member.id}`}>
          <p className="member__confirm-text" id={`remove-${member.id}`}>
            <strong>Remove {member.name}?</strong> They are signed out everywhere at once and can&rsquo;t sign
            in again. The calls they made stay in the results.
          </p>
          <FormAlert message={remove.error?.message} />
          <div className="button-row">
            <Button
              className="button--danger-solid"
              busy={remove.isPending}
              busyLabel="Removing…"
              onClick={() => remove.mutate(member.id)}
            >
              Yes, remove {member.name}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                remove.reset();
                setConfirming(false);
              }}
            >
              Keep them
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="secondary"
          className="button--danger member__remove"
          aria-label={`Remove ${member.name}`}
          onClick={() => setConfirming(true)}
        >
          Remove
        </Button>
      )}
    </li>
  );
}

/** Everyone who runs the calling, organisers first. */
export function TeamMembers({ team, youId }: { team: TeamMember[]; youId: number }) {
  const sorted = [...team].sort(
    (a, b) => Number(b.role === 'organiser') - Number(a.role === 'organiser') || a.name.localeCompare(b.name),
  );
  return (
    <ul className="members" aria-label="Organisers and coordinators">
      {sorted.map((m) => (
        <Member member={m} isYou={m.id === youId} key={m.id} />
      ))}
    </ul>
  );
}
