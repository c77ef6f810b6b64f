import type { Assignment } from '../../../../protocol';
import { SessionIcon } from '../icons';
import { dayAndTime } from './zonedTime';

interface SessionsPanelProps {
  firstName: string;
  sessions: Assignment['sessions'];
  chosen: number | null;
  timeZone: string;
  disabled: boolean;
  onChoose: (sessionId: number | null) => void;
  coach?: string;
}

const distance = (km: number) => (km < 0.1 ? 'less than 100 m away' : `${km.toFixed(1)} km away`);

function spaces(left: number | null): string {
  if (left === null) return 'Plenty of space';
  return left === 1 ? '1 space left' : `${left} spaces left`;
}

/** The nearest canvass sessions to offer; choosing one is what lets the call be saved as Booked. */
export function SessionsPanel({
  firstName,
  sessions,
  chosen,
  timeZone,
  disabled,
  onChoose,
  coach,
}: SessionsPanelProps) {
  return (
    <section className="card callcard sessions" aria-labelledby="sessions-title">
      <h2 className="callcard__title" id="sessions-title">
        Sessions near {firstName}
      </h2>
      {coach ? <p className="coach">{coach}</p> : null}
      {sessions.length === 0 ? (
        <div className="sessions__none">
          <span className="sessions__icon" aria-hidden="true">
            <SessionIcon />
          </span>
          <p>
            There are no canvass sessions near {firstName} yet. If they&rsquo;d like to come along, save the
            call as <strong>Interested</strong> and an organiser will be in touch when one is planned.
          </p>
        </div>
      ) : (
        <ul className="sessions__list">
          {sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="session"
                aria-pressed={chosen === s.id}
                disabled={disabled || s.spacesLeft === 0}
                onClick={() => onChoose(chosen === s.id ? null : s.id)}
              >
                <span className="session__title">{s.title}</span>
                <span className="session__when">{dayAndTime(Date.parse(s.startsAt), timeZone)}</span>
                <span className="session__where">
                  {[s.venue, s.postcode].filter(Boolean).join(', ')} · {distance(s.distanceKm)}
                </span>
                <span className="session__spaces">
                  {spaces(s.spacesLeft)}
                  {s.constituency ? ` · ${s.constituency}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {sessions.length ? (
        <p className="sessions__hint">Choosing the one they can make saves the call as Booked.</p>
      ) : null}
    </section>
  );
}
