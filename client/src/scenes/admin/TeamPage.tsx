import { Link } from 'react-router-dom';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { EmptyState } from '../../components/EmptyState';
import { LinkIcon } from '../../components/icons';
import { InviteForm } from '../../components/team/InviteForm';
import { PendingInvites } from '../../components/team/PendingInvites';
import { TeamMembers } from '../../components/team/TeamMembers';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useTeam } from '../../hooks/useTeam';
import '../../styles/team.css';

function OrganisersOnly() {
  return (
    <section className="card lost" aria-labelledby="team-organisers-title">
      <h2 className="lost__title" id="team-organisers-title">
        Only organisers manage the team
      </h2>
      <p className="lost__text">
        You&rsquo;re a coordinator, so adding or removing people is left to an organiser. Ask one if someone
        new needs to help run the calling.
      </p>
      <Link className="button button--primary" to="/">
        Go to your home
      </Link>
    </section>
  );
}

/** Who runs the calling: organisers and coordinators, invites waiting, and the way to invite someone. */
export function TeamPage() {
  useDocumentTitle('Team');
  const { user } = useLoadedMe();
  const organiser = user?.role === 'organiser';
  const team = useTeam(organiser);
  const invites = team.data?.invites ?? [];

  return (
    <>
      <AdminHeader eyebrow="Team" title="Organisers and coordinators" back={{ to: '/', label: 'Home' }}>
        <p>
          The people who run the calling. Callers aren&rsquo;t listed here: they join each campaign through
          its link.
        </p>
      </AdminHeader>
      {organiser ? null : <OrganisersOnly />}
      {organiser && user ? (
        <div className="admin-layout">
          <div className="admin-layout__main team">
            <QueryStatus query={team} loading="Loading the team…" />
            {team.data ? (
              <section className="card team__card" aria-labelledby="team-people-title">
                <h2 className="team__title" id="team-people-title">
                  People ({team.data.team.length})
                </h2>
                <TeamMembers team={team.data.team} youId={user.id} />
              </section>
            ) : null}
            {team.data ? (
              <section className="card team__card" aria-labelledby="team-invites-title">
                <h2 className="team__title" id="team-invites-title">
                  Invites waiting ({invites.length})
                </h2>
                {invites.length ? (
                  <PendingInvites invites={invites} />
                ) : (
                  <EmptyState icon={<LinkIcon />} title="No invites waiting">
                    <p>
                      Invites you make show here until they are accepted, so you can cancel one if needed.
                    </p>
                  </EmptyState>
                )}
              </section>
            ) : null}
          </div>
          <aside className="admin-layout__side" aria-label="Invite someone">
            <InviteForm />
          </aside>
        </div>
      ) : null}
    </>
  );
}
