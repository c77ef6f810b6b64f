import { Link } from 'react-router-dom';
import type { CanvassSession } from '../../../../protocol';
import { CapacityMeter } from './CapacityMeter';
import { DateTile } from './DateTile';
import { formatWhen } from './londonTime';
import { SeatTag } from './SeatTag';
import { whereLine } from './sessionText';
import '../../styles/admin-sessions.css';

/** One session in a list: the whole card opens it. */
function SessionItem({
  session,
  highlight,
  compact,
}: {
  session: CanvassSession;
  highlight: boolean;
  compact: boolean;
}) {
  const cancelled = session.cancelledAt !== null;
  const classes = [
    'session-card',
    cancelled ? 'session-card--cancelled' : '',
    highlight ? 'session-card--new' : '',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <DateTile iso={session.startsAt} muted={cancelled} />
      <div className="session-card__body">
        <h3 className="session-card__title">
          <Link className="session-card__link" to={`/admin/sessions/${session.id}`}>
            {session.title}
          </Link>
        </h3>
        <p className="session-card__when">{formatWhen(session.startsAt, session.endsAt)}</p>
        {whereLine(session) ? <p className="session-card__where">{whereLine(session)}</p> : null}
        {compact ? (
          <p className="session-card__where">
            {session.capacity === null
              ? `${session.booked} booked`
              : `${session.booked} of ${session.capacity} places booked`}
          </p>
        ) : null}
        <div className="session-card__tags">
          {cancelled ? <span className="tag tag--danger">Cancelled</span> : null}
          <SeatTag session={session} />
        </div>
      </div>
      {cancelled || compact ? null : (
        <div className="session-card__meter">
          <CapacityMeter booked={session.booked} capacity={session.capacity} />
        </div>
      )}
    </li>
  );
}

interface SessionListProps {
  sessions: CanvassSession[];
  /** A session just added, marked out. */
  highlight?: number;
  /** A shorter card for the home page: the count of bookings in words, no bar. */
  compact?: boolean;
}

/** Canvass sessions as cards, in the order given. */
export function SessionList({ sessions, highlight, compact = false }: SessionListProps) {
  return (
    <ul className={`session-list${compact ? ' session-list--compact' : ''}`}>
      {sessions.map((s) => (
        <SessionItem key={s.id} session={s} highlight={s.id === highlight} compact={compact} />
      ))}
    </ul>
  );
}
