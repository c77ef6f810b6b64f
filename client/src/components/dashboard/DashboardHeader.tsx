import type { Campaign } from '../../../../protocol';
import { useSetCampaignStatus } from '../../hooks/useDashboardCampaign';
import type { LiveConnection } from '../../hooks/useDashboardSocket';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { STATUS_NAMES } from './dashboardText';

const LIVE_NAMES: Record<LiveConnection, string> = {
  online: 'Live',
  connecting: 'Connecting…',
  offline: 'Reconnecting…',
  refused: 'Not connected',
};

/** The campaign, whether it is calling, whether these numbers are live, and the pause switch. */
export function DashboardHeader({
  campaign,
  connection,
}: {
  campaign: Campaign;
  connection: LiveConnection;
}) {
  const setStatus = useSetCampaignStatus(campaign.id);
  const next = campaign.status === 'active' ? 'paused' : 'active';
  let label = 'Resume calling';
  if (campaign.status === 'active') label = 'Pause calling';
  else if (campaign.status === 'draft') label = 'Start calling';
  return (
    <header className="dash-header">
      <div className="dash-header__text">
        <p className="page__eyebrow">Live dashboard</p>
        <h1 className="dash-header__title">{campaign.name}</h1>
        <p className="dash-header__status">
          <span className={`dash-status dash-status--${campaign.status}`}>
            {STATUS_NAMES[campaign.status]}
          </span>
          <span className={`dash-live dash-live--${connection}`}>
            <span className="dash-live__dot" aria-hidden="true" />
            {LIVE_NAMES[connection]}
          </span>
        </p>
      </div>
      {campaign.status === 'archived' ? null : (
        <div className="dash-header__actions">
          <Button
            variant={campaign.status === 'active' ? 'secondary' : 'primary'}
            className="dash-header__pause"
            busy={setStatus.isPending}
            busyLabel={next === 'paused' ? 'Pausing…' : 'Starting…'}
            onClick={() => setStatus.mutate(next)}
          >
            {label}
          </Button>
          <FormAlert message={setStatus.error ? `Could not change that: ${setStatus.error.message}` : null} />
        </div>
      )}
    </header>
  );
}
