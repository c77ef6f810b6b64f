import type { AnyOutcome } from '../../../../protocol';
import type { PersonDetail } from '../../api/privacy';
import { subjectAccessUrl } from '../../api/privacy';
import { outcomeLabel } from '../call/outcomes';
import { FormAlert } from '../FormAlert';
import { DownloadIcon } from './adminIcons';
import { EraseConfirm } from './EraseConfirm';
import { formatMoment } from './londonTime';
import { NeverCallPanel } from './NeverCallPanel';

const STATUS: Record<string, string> = {
  queued: 'Waiting to be called',
  claimed: 'With a caller now',
  done: 'Finished',
};
const label = (outcome: string | null) => (outcome ? outcomeLabel(outcome as AnyOutcome) : 'Not called yet');

/** Everything an organiser needs to answer a request about one person, and the buttons to do it. */
export function PersonRecord({ person }: { person: PersonDetail }) {
  const { contact, campaigns, calls, bookings } = person;
  const name = `${contact.firstName} ${contact.lastName ?? ''}`.trim();
  const erased = contact.erasedAt !== null;
  const details = [contact.phone, contact.email, contact.postcode].filter(Boolean);
  const custom = Object.entries(contact.custom);

  return (
    <article className="card privacy-person" aria-labelledby="person-name">
      <header className="privacy-person__head">
        <h2 className="privacy-person__name" id="person-name">
          {erased ? 'Erased person' : name}
        </h2>
        {details.length ? <p className="privacy-person__detail">{details.join(' · ')}</p> : null}
        <p className="privacy-person__tags">
          {erased ? <span className="tag tag--danger">Erased {formatMoment(contact.erasedAt!)}</span> : null}
          {contact.optedOut ? <span className="tag tag--danger">Never call</span> : null}
          <span className="tag">Added {formatMoment(contact.createdAt)}</span>
        </p>
      </header>

      {erased ? (
        <FormAlert
          tone="info"
          message="This person's details, notes and answers have been erased. Their calls still count, anonymously, in each campaign's numbers."
        />
      ) : (
        <div className="button-row privacy-person__actions">
          <a className="button button--secondary" href={subjectAccessUrl(contact.id)} download>
            <span>
              <DownloadIcon />
              Download everything we hold
            </span>
          </a>
          <EraseConfirm person={person} key={contact.id} />
        </div>
      )}

      {erased ? null : <NeverCallPanel person={person} key={`never-${contact.id}`} />}

      <section className="privacy-block" aria-labelledby="person-campaigns">
        <h3 className="privacy-block__title" id="person-campaigns">
          Campaigns ({campaigns.length})
        </h3>
        {campaigns.length ? (
          <ul className="privacy-list">
            {campaigns.map((c) => (
              <li className="privacy-list__item" key={c.campaignId}>
                <span className="privacy-list__main">{c.campaignName}</span>
                <span className="privacy-list__meta">
                  {STATUS[c.status] ?? c.status} · {label(c.lastOutcome)}
                  {c.lastCalledAt ? ` · ${formatMoment(c.lastCalledAt)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="privacy-block__text">Not in any campaign.</p>
        )}
      </section>

      <section className="privacy-block" aria-labelledby="person-calls">
        <h3 className="privacy-block__title" id="person-calls">
          Calls ({calls.length})
        </h3>
        {calls.length ? (
          <ul className="privacy-list">
            {calls.map((k) => (
              <li className="privacy-list__item" key={k.id}>
                <span className="privacy-list__main">
                  {label(k.outcome)} <span className="privacy-list__meta">· {k.campaignName}</span>
                </span>
                <span className="privacy-list__meta">
                  {formatMoment(k.at)}
                  {k.caller ? ` · ${k.caller}` : ''}
                </span>
                {k.notes ? <span className="privacy-list__note">&ldquo;{k.notes}&rdquo;</span> : null}
                {Object.entries(k.answers).map(([q, a]) => (
                  <span className="privacy-list__note" key={q}>
                    {q}: {a}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p className="privacy-block__text">No calls yet.</p>
        )}
      </section>

      {bookings.length ? (
        <section className="privacy-block" aria-labelledby="person-bookings">
          <h3 className="privacy-block__title" id="person-bookings">
            Canvass bookings ({bookings.length})
          </h3>
          <ul className="privacy-list">
            {bookings.map((b) => (
              <li className="privacy-list__item" key={b.sessionId}>
                <span className="privacy-list__main">{b.title}</span>
                <span className="privacy-list__meta">
                  {formatMoment(b.startsAt)} · {b.status.replace('_', ' ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {custom.length ? (
        <section className="privacy-block" aria-labelledby="person-custom">
          <h3 className="privacy-block__title" id="person-custom">
            Imported columns
          </h3>
          <dl className="privacy-fields">
            {custom.map(([k, v]) => (
              <div className="privacy-fields__row" key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </article>
  );
}
