import type { Snapshot } from '../../../../protocol';
import type { RecordedCall } from '../../hooks/useRecentCalls';
import { useNow } from '../../hooks/useNow';
import { outcomeLabel } from '../call/outcomes';
import { DashCard } from './DashCard';
import { OUTCOME_TONES, agoText } from './dashboardText';

interface RecentCallsProps {
  calls: RecordedCall[];
  callers: Snapshot['callers'];
}

/** Calls as they are saved, newest first: the room's pulse while the dashboard is open. */
export function RecentCalls({ calls, callers }: RecentCallsProps) {
  const now = useNow(15_000);
  const names = new Map(callers.map((c) => [c.id, c.name]));
  return (
    <DashCard title="Just saved" summary="Calls saved since you opened this page">
      {calls.length ? (
        <ul className="dash-recent">
          {calls.map((c) => (
            <li className="dash-recent__item" key={c.callId}>
              <span className={`dash-dot dash-dot--${OUTCOME_TONES[c.outcome]}`} aria-hidden="true" />
              <span className="dash-recent__what">
                <strong>{outcomeLabel(c.outcome)}</strong> · {names.get(c.callerId) ?? 'A caller'}
              </span>
              <span className="dash-recent__when">{agoText(c.at, now)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="dash-quiet">Waiting for the next call to be saved.</p>
      )}
    </DashCard>
  );
}
