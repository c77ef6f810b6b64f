import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { CanvassSession } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { EditIcon, ListCheckIcon } from '../../components/admin/adminIcons';
import { BookedPeople } from '../../components/admin/BookedPeople';
import { CapacityMeter } from '../../components/admin/CapacityMeter';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { formatMoment, formatWhen } from '../../components/admin/londonTime';
import { RecontactPanel } from '../../components/admin/RecontactPanel';
import { SeatTag } from '../../components/admin/SeatTag';
import { isUnplaced, people } from '../../components/admin/sessionText';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useCancelSession, useRecontactList, useSession } from '../../hooks/useSessions';
import '../../styles/admin-session.css';

const PRECISION: Record<string, string> = {
  postcode: 'placed at the exact postcode',
  sector: 'placed by its postcode sector',
  outcode: 'placed by the first half of its postcode only',
  area: 'placed roughly, by its postcode area only',
  zip: 'placed by its ZIP code',
};

function Details({ session }: { session: CanvassSession }) {
  const rows: Array<[string, ReactNode]> = [
    ['When', formatWhen(session.startsAt, session.endsAt)],
    ['Cancelled', session.cancelledAt ? formatMoment(session.cancelledAt) : null],
    ['Meeting point', session.venue],
    ['Address', session.address],
    [
      'Postcode',
      <>
        {session.postcode}
        {PRECISION[session.geoPrecision] ? (
          <span className="details__aside"> ({PRECISION[session.geoPrecision]})</span>
        ) : null}
      </>,
    ],
    ['Seat', <SeatTag key="seat" session={session} />],
    ['Hosted by', [session.hostingParty, session.hostName].filter(Boolean).join(' · ') || null],
    [
      'WhatsApp group',
      session.whatsappUrl ? (
        <a href={session.whatsappUrl} target="_blank" rel="noreferrer">
          {session.whatsappUrl}
        </a>
      ) : null,
    ],
    [
      'Calendar',
      <a key="ics" href={session.calendarPath}>
        Add to a calendar (.ics)
      </a>,
    ],
    ['Notes', session.notes ? <span className="details__notes">{session.notes}</span> : null],
  ];
  return (
    <section className="card details" aria-labelledby="details-title">
      <h2 className="details__title" id="details-title">
        Details
      </h2>
      <dl className="details__list">
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([term, value]) => (
            <div className="details__row" key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function CancelSession({ session }: { session: CanvassSession }) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useCancelSession(session.id);
  if (!confirming) {
    return (
      <div className="confirm">
        <p className="confirm__text">
          Callers stop offering it at once, and you get the name and number of everyone booked, to let them
          know.
        </p>
        <Button variant="secondary" className="button--danger" onClick={() => setConfirming(true)}>
          Cancel this session
        </Button>
      </div>
    );
  }
  return (
    <section className="confirm" aria-labelledby="confirm-title" role="group">
      <h2 className="confirm__title" id="confirm-title">
        Cancel “{session.title}”?
      </h2>
      <p>
        {session.booked
          ? `${people(session.booked)} booked will have their booking cancelled. You will get their names and numbers next, to ring them.`
          : 'Nobody has booked yet. Callers will stop offering it straight away.'}
      </p>
      <FormAlert message={cancel.error?.message} />
      <div className="button-row">
        <Button
          className="button--danger-solid"
          busy={cancel.isPending}
          busyLabel="Cancelling…"
          onClick={() => cancel.mutate()}
        >
          Yes, cancel the session
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          No, keep it
        </Button>
      </div>
    </section>
  );
}

/** One session: its details, who is booked, and the jobs around it (edit, attendance, cancel). */
export function SessionPage() {
  const id = Number(useParams().id);
  const session = useSession(id);
  const recontact = useRecontactList(id);
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  useDocumentTitle(session.data?.title ?? 'Canvass session');
  const s = session.data;
  const cancelled = Boolean(s?.cancelledAt);
  const started = s ? Date.parse(s.startsAt) <= Date.now() : false;

  return (
    <>
      <AdminHeader
        eyebrow={cancelled ? 'Cancelled session' : 'Canvass session'}
        title={s?.title ?? 'Canvass session'}
        back={{ to: '/admin/sessions', label: 'All sessions' }}
        actions={
          s && !cancelled ? (
            // Before the session, editing is the likelier job; once it has started, marking who came.
            <>
              <Link
                className={`button ${started ? 'button--primary' : 'button--secondary'}`}
                to={`/admin/sessions/${id}/attendance`}
              >
                <ListCheckIcon />
                Mark attendance
              </Link>
              <Link
                className={`button ${started ? 'button--secondary' : 'button--primary'}`}
                to={`/admin/sessions/${id}/edit`}
              >
                <EditIcon />
                Edit details
              </Link>
            </>
          ) : null
        }
      >
        {s ? <p>{formatWhen(s.startsAt, s.endsAt)}</p> : null}
      </AdminHeader>
      <QueryStatus query={session} loading="Loading the session…" />
      {saved ? <FormAlert tone="info" message="Changes saved." /> : null}
      {s ? (
        <div className="session-page">
          {recontact.data ? <RecontactPanel session={s} list={recontact.data} /> : null}
          {isUnplaced(s) && !cancelled ? (
            <p className="notice notice--warning">
              <strong>We couldn&rsquo;t find {s.postcode} on the map,</strong> so callers are not offered this
              session by distance. Check the postcode under <em>Edit details</em>.
            </p>
          ) : null}
          {cancelled && !recontact.data ? (
            <FormAlert
              tone="info"
              message="This session is cancelled. Whoever was booked was listed, with their numbers, for re-contact when it was cancelled."
            />
          ) : null}
          <div className={`session-page__grid${cancelled ? ' session-page__grid--single' : ''}`}>
            <div className="session-page__main">
              <Details session={s} />
            </div>
            <div className="session-page__side">
              {cancelled ? null : (
                <section className="card details" aria-labelledby="places-title">
                  <h2 className="details__title" id="places-title">
                    Places
                  </h2>
                  <CapacityMeter booked={s.booked} capacity={s.capacity} />
                </section>
              )}
              {cancelled ? null : <BookedPeople sessionId={s.id} />}
              {cancelled ? null : (
                <section className="card details danger-zone" aria-label="Cancel the session">
                  <CancelSession session={s} />
                </section>
              )}
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
