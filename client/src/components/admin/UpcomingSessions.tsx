import { Link } from 'react-router-dom';
import { useSessions } from '../../hooks/useSessions';
import { Button } from '../Button';
import { EmptyState } from '../EmptyState';
import { FormAlert } from '../FormAlert';
import { HomeSection } from '../HomeSection';
import { SessionIcon } from '../icons';
import { SessionList } from './SessionList';
import '../../styles/admin.css';

const SHOWN = 4;

/** The home page's Canvass sessions card: the next few sessions and the way to all of them. */
export function UpcomingSessions() {
  const sessions = useSessions();
  const now = Date.now();
  const ahead = (sessions.data ?? []).filter((s) => !s.cancelledAt && Date.parse(s.startsAt) > now);
  return (
    <HomeSection title="Canvass sessions" summary="The doorstep sessions callers invite people to.">
      {sessions.isError ? (
        <div className="stack">
          <FormAlert message={sessions.error.message} />
          <Button
            busy={sessions.isFetching}
            busyLabel="Trying again…"
            onClick={() => void sessions.refetch()}
          >
            Try again
          </Button>
        </div>
      ) : null}
      {sessions.isPending ? (
        <p className="section__note" role="status">
          Loading sessions…
        </p>
      ) : null}
      {sessions.data && ahead.length === 0 ? (
        <EmptyState icon={<SessionIcon />} title="No upcoming canvass sessions">
          <p>
            Add the sessions you are running before calling starts, so each signup is offered the one nearest
            to them.
          </p>
        </EmptyState>
      ) : null}
      {ahead.length ? <SessionList sessions={ahead.slice(0, SHOWN)} compact /> : null}
      {sessions.data ? (
        <div className="button-row home-sessions__actions">
          {ahead.length ? (
            <Link className="button button--primary" to="/admin/sessions">
              All sessions{ahead.length > SHOWN ? ` (${ahead.length})` : ''}
            </Link>
          ) : null}
          <Link
            className={`button ${ahead.length ? 'button--secondary' : 'button--primary'}`}
            to="/admin/sessions/new"
          >
            Add a session
          </Link>
          {ahead.length ? null : (
            <Link className="button button--secondary" to="/admin/sessions/import">
              Import from a spreadsheet
            </Link>
          )}
        </div>
      ) : null}
    </HomeSection>
  );
}
