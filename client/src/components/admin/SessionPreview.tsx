import type { SessionValues } from '../../hooks/useSessionForm';
import { DateTile } from './DateTile';
import { formatWhen, londonToIso } from './londonTime';
import { places } from './sessionText';

/** The session as a caller will see it offered, updated as the form is filled in. */
export function SessionPreview({ values }: { values: SessionValues }) {
  const startsAt = values.date && values.start ? londonToIso(values.date, values.start) : null;
  const endsAt = startsAt && values.end > values.start ? londonToIso(values.date, values.end) : null;
  const where = [values.venue.trim(), values.postcode.trim().toUpperCase()].filter(Boolean).join(', ');
  const capacity = /^[1-9]\d*$/.test(values.capacity.trim()) ? Number(values.capacity) : null;
  return (
    <aside className="card preview" aria-labelledby="preview-title">
      <h2 className="preview__heading" id="preview-title">
        How callers will offer it
      </h2>
      <div className="preview__session">
        {startsAt ? (
          <DateTile iso={startsAt} />
        ) : (
          <span className="date-tile date-tile--blank" aria-hidden="true" />
        )}
        <div className="preview__text">
          <p className="preview__title">{values.title.trim() || 'Your session’s title'}</p>
          <p className="preview__when">{startsAt ? formatWhen(startsAt, endsAt) : 'Day and time'}</p>
          <p className="preview__where">{where || 'Meeting point and postcode'}</p>
          <p className="preview__where">{capacity ? `${places(capacity)} to fill` : 'No limit on places'}</p>
        </div>
      </div>
      <p className="preview__note">
        Each signup is offered the three nearest sessions with places left, with how far away each one is and
        its seat. The WhatsApp link and notes go with the booking details.
      </p>
    </aside>
  );
}
