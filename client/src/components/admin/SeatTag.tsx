import type { CanvassSession } from '../../../../protocol';
import { TargetIcon } from './adminIcons';
import { isUnplaced } from './sessionText';

/** The Westminster seat a session is in, or a warning that its postcode could not be placed. */
export function SeatTag({ session }: { session: Pick<CanvassSession, 'constituency' | 'geoPrecision'> }) {
  if (isUnplaced(session)) {
    return <span className="tag tag--warning">Postcode not found: not offered to callers by distance</span>;
  }
  return (
    <span className="tag tag--seat">
      <TargetIcon />
      <span>
        <span className="visually-hidden">Seat: </span>
        {session.constituency ?? 'Seat not known'}
      </span>
    </span>
  );
}
