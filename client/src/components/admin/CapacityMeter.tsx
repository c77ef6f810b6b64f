import { people } from './sessionText';
import '../../styles/admin-sessions.css';

/** How full a session is: a count, and a bar when there is a limit. */
export function CapacityMeter({ booked, capacity }: { booked: number; capacity: number | null }) {
  const full = capacity !== null && booked >= capacity;
  const label =
    capacity === null ? `${people(booked)} booked, no limit` : `${booked} of ${capacity} places booked`;
  return (
    <div className={`capacity${full ? ' capacity--full' : ''}`}>
      <p className="capacity__text">
        <strong className="capacity__count">{booked}</strong>
        {capacity === null ? ' booked · no limit' : ` of ${capacity} booked`}
        {full ? <span className="capacity__full"> · Full</span> : null}
      </p>
      {capacity !== null ? (
        <progress
          className="capacity__bar"
          value={Math.min(booked, capacity)}
          max={capacity}
          aria-label={label}
        >
          {label}
        </progress>
      ) : null}
    </div>
  );
}
