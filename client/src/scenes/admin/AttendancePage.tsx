import { useParams } from 'react-router-dom';
import type { AttendanceBody } from '../../../../protocol';
import type { AttendancePerson } from '../../api/canvass';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { CheckIcon, CrossIcon } from '../../components/admin/adminIcons';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { formatWhen } from '../../components/admin/londonTime';
import { displayPhone, fullName, whereLine } from '../../components/admin/sessionText';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { TeamIcon } from '../../components/icons';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useAttendance, useMarkAttendance } from '../../hooks/useSessions';
import '../../styles/admin-attendance.css';

type Status = AttendanceBody['status'];

interface RowProps {
  person: AttendancePerson;
  saving: Status | null;
  onMark: (status: Status) => void;
}

/** One person, with two large buttons; pressing the chosen one again puts them back to "booked". */
function PersonRow({ person, saving, onMark }: RowProps) {
  const name = fullName(person);
  const status = saving ?? person.status;
  const toggle = (to: Status) => onMark(status === to ? 'booked' : to);
  return (
    <li className={`attendee attendee--${status}`}>
      <div className="attendee__who">
        <p className="attendee__name">{name}</p>
        <a className="attendee__phone" href={`tel:${person.phone}`}>
          {displayPhone(person.phone)}
        </a>
      </div>
      <div className="attendee__choice" role="group" aria-label={`Did ${name} come?`}>
        <button
          type="button"
          className="choice choice--came"
          aria-pressed={status === 'attended'}
          aria-busy={saving === 'attended' || undefined}
          onClick={() => toggle('attended')}
        >
          <CheckIcon />
          Came
        </button>
        <button
          type="button"
          className="choice choice--missed"
          aria-pressed={status === 'no_show'}
          aria-busy={saving === 'no_show' || undefined}
          onClick={() => toggle('no_show')}
        >
          <CrossIcon />
          Didn&rsquo;t come
        </button>
      </div>
    </li>
  );
}

/** After a session: who came and who didn't, with big tap targets for a phone in a cold hand. */
export function AttendancePage() {
  const id = Number(useParams().id);
  const list = useAttendance(id);
  const mark = useMarkAttendance(id);
  const session = list.data?.session;
  useDocumentTitle(session ? `Attendance: ${session.title}` : 'Attendance');
  const people = list.data?.people ?? [];
  const count = (s: Status) => people.filter((p) => p.status === s).length;
  const pending = mark.isPending ? mark.variables : null;

  return (
    <>
      <AdminHeader
        eyebrow="Attendance"
        title={session?.title ?? 'Attendance'}
        back={{ to: `/admin/sessions/${id}`, label: 'Back to the session' }}
      >
        {session ? (
          <p>
            {formatWhen(session.startsAt, session.endsAt)}
            {whereLine(session) ? ` · ${whereLine(session)}` : ''}
          </p>
        ) : null}
      </AdminHeader>
      <QueryStatus query={list} loading="Loading who booked…" />
      {list.data && people.length === 0 ? (
        <EmptyState icon={<TeamIcon />} title="Nobody was booked into this session">
          <p>When callers book people into it, they will be listed here to tick off on the day.</p>
        </EmptyState>
      ) : null}
      {people.length ? (
        <>
          <dl className="tally" aria-label="So far">
            <div className="tally__item">
              <dt>Booked</dt>
              <dd>{people.length}</dd>
            </div>
            <div className="tally__item tally__item--came">
              <dt>Came</dt>
              <dd>{count('attended')}</dd>
            </div>
            <div className="tally__item tally__item--missed">
              <dt>Didn&rsquo;t come</dt>
              <dd>{count('no_show')}</dd>
            </div>
            <div className="tally__item">
              <dt>Not marked</dt>
              <dd>{count('booked')}</dd>
            </div>
          </dl>
          <FormAlert message={mark.error ? `Not saved: ${mark.error.message}` : null} />
          <ul className="attendees" aria-label="People booked">
            {people.map((p) => (
              <PersonRow
                key={p.contactId}
                person={p}
                saving={pending?.contactId === p.contactId ? pending.status : null}
                onMark={(status) => mark.mutate({ contactId: p.contactId, status })}
              />
            ))}
          </ul>
          <p className="section__note">
            Each tap is saved straight away. Tap a chosen answer again to clear it.
          </p>
        </>
      ) : null}
    </>
  );
}
