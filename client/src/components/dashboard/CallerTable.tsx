import type { Failure, Snapshot } from '../../../../protocol';
import { useNow } from '../../hooks/useNow';
import { DashCard } from './DashCard';
import { CallerRow } from './CallerRow';
import { isStuck, plural } from './dashboardText';

interface CallerTableProps {
  callers: Snapshot['callers'];
  onRemove: (userId: number) => Promise<Failure | null>;
  onReturn: (assignmentId: number) => Promise<Failure | null>;
}

/**
 * Everyone calling for the campaign, with their state and how long they have been in it (ticking), and the
 * way to put back a contact someone is holding.
 */
export function CallerTable({ callers, onRemove, onReturn }: CallerTableProps) {
  const now = useNow(5_000);
  const stuck = callers.filter((c) => isStuck(c.state, c.since, now)).length;
  const summary = stuck
    ? `${plural(stuck, 'caller')} on one call for over 15 minutes: check in with them`
    : 'Anyone on one call for over 15 minutes is highlighted';
  return (
    <DashCard title={`Callers (${callers.length})`} summary={summary} className="dash-callers-card">
      {callers.length ? (
        <table className="dash-callers">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">State</th>
              <th scope="col">In this state</th>
              <th scope="col" className="dash-callers__num">
                Calls
              </th>
              <th scope="col">
                <span className="dash-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {callers.map((c) => (
              <CallerRow caller={c} now={now} onRemove={onRemove} onReturn={onReturn} key={c.id} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="dash-quiet">
          Nobody has joined yet. Share the join link below: callers show here the moment they open it.
        </p>
      )}
    </DashCard>
  );
}
