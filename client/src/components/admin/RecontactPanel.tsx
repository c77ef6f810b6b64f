import { useState } from 'react';
import type { CanvassSession } from '../../../../protocol';
import type { RecontactPerson } from '../../api/canvass';
import { Avatar } from '../Avatar';
import { Button } from '../Button';
import { PhoneIcon } from '../icons';
import { CopyIcon, DownloadIcon } from './adminIcons';
import { saveFile, toCsv } from './csvFile';
import { formatMoment, formatWhen } from './londonTime';
import { displayPhone, fullName, people } from './sessionText';

function asText(list: RecontactPerson[]): string {
  return list.map((p) => `${fullName(p)}: ${displayPhone(p.phone)}`).join('\n');
}

function fileName(session: CanvassSession): string {
  const slug = session.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `recontact-${slug || `session-${session.id}`}.csv`;
}

/**
 * Whom to ring after a session is cancelled. The server gives this list once, in its answer to the
 * cancellation, so the panel says so and offers to save or copy it.
 */
export function RecontactPanel({ session, list }: { session: CanvassSession; list: RecontactPerson[] }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  function download() {
    const rows = [
      ['first_name', 'last_name', 'phone', 'booked_at', 'session', 'session_starts_at'],
      ...list.map((p) => [
        p.firstName,
        p.lastName ?? '',
        p.phone,
        p.bookedAt,
        session.title,
        session.startsAt,
      ]),
    ];
    saveFile(fileName(session), toCsv(rows));
  }

  function copy() {
    navigator.clipboard.writeText(asText(list)).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  }

  if (list.length === 0) {
    return (
      <section className="card recontact recontact--none" aria-labelledby="recontact-title">
        <h2 className="recontact__title" id="recontact-title">
          Session cancelled. Nobody needs a call
        </h2>
        <p className="recontact__lead">Nobody was booked into it, so there is no one to tell.</p>
      </section>
    );
  }

  return (
    <section className="card recontact" aria-labelledby="recontact-title">
      <h2 className="recontact__title" id="recontact-title">
        Ring these {people(list.length)} to tell them
      </h2>
      <p className="recontact__lead">
        They were booked for {formatWhen(session.startsAt, session.endsAt)}. Their bookings are cancelled: say
        sorry, and offer them another session near them.
      </p>
      <p className="recontact__warning">
        <strong>This list is shown only now.</strong> Download or copy it before you leave this page.
      </p>
      <ul className="people recontact__people">
        {list.map((p) => (
          <li className="person" key={p.contactId}>
            <Avatar name={fullName(p)} />
            <div className="person__text">
              <p className="person__name">{fullName(p)}</p>
              <p className="person__detail">Booked {formatMoment(p.bookedAt)}</p>
            </div>
            <a
              className="button button--secondary person__action phone-link"
              href={`tel:${p.phone}`}
              aria-label={`Call ${fullName(p)} on ${displayPhone(p.phone)}`}
            >
              <PhoneIcon />
              {displayPhone(p.phone)}
            </a>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <Button onClick={download}>
          <DownloadIcon />
          Download the list (CSV)
        </Button>
        <Button variant="secondary" onClick={copy}>
          <CopyIcon />
          Copy names and numbers
        </Button>
      </div>
      <p className="recontact__status" role="status">
        {copied === 'yes' ? 'Copied. Paste it into a message or a note.' : null}
        {copied === 'failed' ? 'This browser would not copy. Download the list instead.' : null}
      </p>
    </section>
  );
}
