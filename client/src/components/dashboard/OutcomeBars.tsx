import type { AnyOutcome, Snapshot } from '../../../../protocol';
import { outcomeLabel } from '../call/outcomes';
import { DashCard } from './DashCard';
import { OUTCOME_TONES, percentText, plural } from './dashboardText';

/** Every outcome recorded in this campaign, most common first, as a share of all calls. */
export function OutcomeBars({ outcomes }: { outcomes: Snapshot['outcomes'] }) {
  const rows = (Object.entries(outcomes) as [AnyOutcome, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((n, [, count]) => n + count, 0);
  const most = rows[0]?.[1] ?? 0;

  return (
    <DashCard title="Outcomes" summary={`All ${plural(total, 'call')} in this campaign`}>
      {rows.length ? (
        <ul className="dash-bars">
          {rows.map(([outcome, count]) => (
            <li className={`dash-bar dash-bar--${OUTCOME_TONES[outcome]}`} key={outcome}>
              <span className="dash-bar__label">{outcomeLabel(outcome)}</span>
              <span className="dash-bar__count">
                {count.toLocaleString('en-GB')}
                <span className="dash-bar__share"> · {percentText(count / total)}</span>
              </span>
              <span className="dash-bar__track" aria-hidden="true">
                <span className="dash-bar__fill" style={{ width: `${(count / most) * 100}%` }} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="dash-quiet">No calls saved yet. Each outcome shows here as callers save them.</p>
      )}
    </DashCard>
  );
}
