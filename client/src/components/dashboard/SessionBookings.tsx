import type { Snapshot } from '../../../../protocol';
import { DashCard } from './DashCard';

type Session = Snapshot['bookingsBySession'][number];

function Meter({ session }: { session: Session }) {
  const { title, booked, capacity } = session;
  const full = capacity !== null && booked >= capacity;
  return (
    <li className={`dash-session${full ? ' dash-session--full' : ''}`}>
      <span className="dash-session__title">{title}</span>
      <span className="dash-session__count">
        {capacity === null ? `${booked} booked · no limit` : `${booked} of ${capacity}`}
        {full ? <span className="dash-tag dash-tag--full">Full</span> : null}
      </span>
      {capacity ? (
        <span className="dash-session__track" aria-hidden="true">
          <span
            className="dash-session__fill"
            style={{ width: `${Math.min(100, (booked / capacity) * 100)}%` }}
          />
        </span>
      ) : null}
    </li>
  );
}

/** Bookings from this campaign for each canvass session, against the places it has. */
export function SessionBookings({ sessions }: { sessions: Session[] }) {
  return (
    <DashCard title="Bookings per session" summary="Places taken by people this campaign booked">
      {sessions.length ? (
        <ul className="dash-sessions">
          {sessions.map((s) => (
            <Meter session={s} key={s.sessionId} />
          ))}
        </ul>
      ) : (
        <p className="dash-quiet">
          No bookings yet. When a caller books someone onto a canvass session, it shows here with its places
          left.
        </p>
      )}
    </DashCard>
  );
}
