import type { Snapshot } from '../../../../protocol';
import { percentText, plural } from './dashboardText';

interface Stat {
  label: string;
  value: string;
  note: string;
  tone?: 'accent';
}

function stats(s: Snapshot): Stat[] {
  const on = s.callers.filter((c) => c.state !== 'away');
  const talking = on.filter((c) => c.state === 'on_call').length;
  const waiting = on.filter((c) => c.state === 'idle').length;
  const sessions = s.bookingsBySession.length;
  return [
    {
      label: 'Callers on now',
      value: String(on.length),
      note: on.length ? `${talking} on a call, ${waiting} waiting` : 'Nobody is calling right now',
    },
    { label: 'Calls tonight', value: s.callsToday.toLocaleString('en-GB'), note: 'Since midnight' },
    {
      label: 'Calls last hour',
      value: s.callsLastHour.toLocaleString('en-GB'),
      note: on.length
        ? `About ${(s.callsLastHour / on.length).toFixed(1)} a caller`
        : 'In the past 60 minutes',
    },
    { label: 'Contact rate', value: percentText(s.contactRate), note: 'Calls where someone answered' },
    {
      label: 'Bookings',
      value: s.bookings.toLocaleString('en-GB'),
      note: sessions ? `Across ${plural(sessions, 'session')}` : 'Onto canvass sessions',
      tone: 'accent',
    },
  ];
}

/** The five numbers a coordinator glances at first. */
export function Headlines({ snapshot }: { snapshot: Snapshot }) {
  return (
    <dl className="dash-stats">
      {stats(snapshot).map(({ label, value, note, tone }) => (
        <div className={`card dash-stat${tone ? ` dash-stat--${tone}` : ''}`} key={label}>
          <dt className="dash-stat__label">{label}</dt>
          <dd className="dash-stat__value">{value}</dd>
          <dd className="dash-stat__note">{note}</dd>
        </div>
      ))}
    </dl>
  );
}
