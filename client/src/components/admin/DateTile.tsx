import { dateTile } from './londonTime';
import '../../styles/admin-sessions.css';

/** A small calendar leaf with the session's day, so a list can be scanned by date at a glance. */
export function DateTile({ iso, muted = false }: { iso: string; muted?: boolean }) {
  const { month, day, weekday } = dateTile(iso);
  return (
    <span className={`date-tile${muted ? ' date-tile--muted' : ''}`} aria-hidden="true">
      <span className="date-tile__month">{month}</span>
      <span className="date-tile__day">{day}</span>
      <span className="date-tile__weekday">{weekday}</span>
    </span>
  );
}
