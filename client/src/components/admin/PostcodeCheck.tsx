import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { NearestSession } from '../../../../protocol';
import { ApiError } from '../../api/http';
import { useNearestCheck } from '../../hooks/useSessions';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { formatWhen } from './londonTime';
import { places } from './sessionText';

const KM_PER_MILE = 1.609344;

/** "1.4 miles (2.3 km)": miles first, since that is how people in the UK judge a trip. */
function distance(km: number): string {
  const miles = km / KM_PER_MILE;
  const m = miles < 10 ? miles.toFixed(1) : String(Math.round(miles));
  return `${m} ${m === '1.0' ? 'mile' : 'miles'} (${km < 10 ? km.toFixed(1) : Math.round(km)} km)`;
}

function Result({ item }: { item: NearestSession }) {
  const { session } = item;
  return (
    <li className="nearest__item">
      <p className="nearest__distance">{distance(item.distanceKm)}</p>
      <p className="nearest__title">
        <Link to={`/admin/sessions/${session.id}`}>{session.title}</Link>
      </p>
      <p className="nearest__detail">{formatWhen(session.startsAt, session.endsAt)}</p>
      <p className="nearest__detail">
        {session.constituency ?? 'Seat not known'} ·{' '}
        {item.spacesLeft === null ? 'no limit' : `${places(item.spacesLeft)} left`}
        {item.inSeat ? <span className="tag tag--seat nearest__inseat">Same seat</span> : null}
      </p>
    </li>
  );
}

/** What a caller would offer someone at this postcode: the three nearest sessions with places left. */
export function PostcodeCheck() {
  const [postcode, setPostcode] = useState('');
  const [missing, setMissing] = useState(false);
  const check = useNearestCheck();
  const { error } = check;
  const fieldError =
    error instanceof ApiError && error.error === 'invalid_request'
      ? error.message.replace(/^postcode: /, '')
      : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const asked = postcode.trim();
    setMissing(!asked);
    if (asked && !check.isPending) check.mutate(asked);
  }

  return (
    <section className="card tool" aria-labelledby="postcode-check-title">
      <h2 className="tool__title" id="postcode-check-title">
        Check a postcode
      </h2>
      <p className="tool__lead">See which sessions a caller would offer someone who lives there.</p>
      <form className="tool__form" onSubmit={submit} noValidate>
        <TextField
          label="Postcode"
          name="postcode"
          hint="A full postcode or just the first half, e.g. BS5 6AA or OX4"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={postcode}
          error={missing ? 'Enter a postcode to check' : fieldError}
          onChange={(e) => {
            setPostcode(e.target.value);
            setMissing(false);
            check.reset();
          }}
        />
        <Button type="submit" variant="secondary" busy={check.isPending} busyLabel="Checking…">
          Find nearest sessions
        </Button>
      </form>
      {error && !fieldError ? <FormAlert message={error.message} /> : null}
      {check.data ? (
        check.data.length ? (
          <ol className="nearest" aria-label={`Nearest sessions to ${check.variables}`}>
            {check.data.map((item) => (
              <Result key={item.session.id} item={item} />
            ))}
          </ol>
        ) : (
          <p className="tool__empty" role="status">
            No upcoming session with places left. Add one, and callers can offer it straight away.
          </p>
        )
      ) : null}
    </section>
  );
}
