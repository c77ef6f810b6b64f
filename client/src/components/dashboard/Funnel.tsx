import type { Snapshot } from '../../../../protocol';
import { DashCard } from './DashCard';
import { percentText } from './dashboardText';

const STEPS = [
  ['called', 'Called', null],
  ['reached', 'Reached', 'of those called'],
  ['booked', 'Booked', 'of those reached'],
  ['attended', 'Came along', 'of those booked'],
] as const;

/** People at each step, each counted once: called → reached → booked → came to the session. */
export function Funnel({ funnel }: { funnel: Snapshot['funnel'] }) {
  const widest = Math.max(funnel.called, 1);
  return (
    <DashCard title="From call to doorstep" summary="People, each counted once">
      <ol className="dash-funnel">
        {STEPS.map(([key, label, of], i) => {
          const n = funnel[key];
          const before = i > 0 ? funnel[STEPS[i - 1]![0]] : 0;
          return (
            <li className="dash-funnel__step" key={key}>
              <span className="dash-funnel__label">{label}</span>
              <span className="dash-funnel__count">{n.toLocaleString('en-GB')}</span>
              <span className="dash-funnel__track" aria-hidden="true">
                <span className="dash-funnel__fill" style={{ width: `${(n / widest) * 100}%` }} />
              </span>
              {of ? (
                <span className="dash-funnel__rate">{before ? `${percentText(n / before)} ${of}` : '—'}</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </DashCard>
  );
}
