import type { Snapshot } from '../../../../protocol';
import { DashCard } from './DashCard';
import { plural, runOutText } from './dashboardText';

/** How many people are left to call, and when they run out at the pace of the last hour. */
export function QueueCard({ snapshot }: { snapshot: Snapshot }) {
  const { queued, claimed, done, callsLastHour } = snapshot;
  const runOut = runOutText(queued, callsLastHour);
  let pace = `At tonight’s pace: ${plural(callsLastHour, 'call')} in the last hour.`;
  if (!queued) pace = 'Nobody is waiting to be called.';
  else if (!runOut) pace = 'No calls in the last hour yet, so there is no pace to go by.';
  return (
    <DashCard title="Queue">
      <dl className="dash-queue">
        <div className="dash-queue__item">
          <dt className="dash-queue__label">Left to call</dt>
          <dd className="dash-queue__value">{queued.toLocaleString('en-GB')}</dd>
        </div>
        <div className="dash-queue__item">
          <dt className="dash-queue__label">Runs out in</dt>
          <dd className="dash-queue__value">{runOut ?? '—'}</dd>
        </div>
      </dl>
      <p className="dash-queue__pace">{pace}</p>
      <p className="dash-queue__more">
        {plural(claimed, 'person', 'people')} with a caller now · {plural(done, 'person', 'people')} finished
      </p>
    </DashCard>
  );
}
