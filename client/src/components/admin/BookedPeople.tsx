import { useAttendance } from '../../hooks/useSessions';
import { QueryStatus } from './LoadProblem';
import { displayPhone, fullName } from './sessionText';

const STATUS = { booked: null, attended: 'Came', no_show: 'Didn’t come' } as const;

/** Who has booked a session so far, with their numbers for a reminder or a change of plan. */
export function BookedPeople({ sessionId }: { sessionId: number }) {
  const list = useAttendance(sessionId);
  return (
    <section className="card details" aria-labelledby="booked-title">
      <h2 className="details__title" id="booked-title">
        Booked
      </h2>
      <QueryStatus query={list} loading="Loading who has booked…" />
      {list.data?.people.length === 0 ? (
        <p className="details__empty">
          Nobody yet. Callers offer this session to signups who live nearby, and bookings show here.
        </p>
      ) : null}
      {list.data?.people.length ? (
        <ul className="booked">
          {list.data.people.map((p) => (
            <li className="booked__person" key={p.contactId}>
              <span className="booked__name">{fullName(p)}</span>
              <a className="booked__phone" href={`tel:${p.phone}`}>
                {displayPhone(p.phone)}
              </a>
              {STATUS[p.status] ? <span className={`tag tag--${p.status}`}>{STATUS[p.status]}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
