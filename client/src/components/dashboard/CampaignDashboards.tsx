import type { ReactNode } from 'react';
import type { Campaign } from '../../../../protocol';
import { useDashboardCampaigns } from '../../hooks/useDashboardCampaign';
import { Button } from '../Button';
import { CampaignLinks } from '../CampaignLinks';
import { FormAlert } from '../FormAlert';
import { LiveIcon } from '../icons';
import { STATUS_NAMES } from './dashboardText';

// Calling now first, finished campaigns not at all: this list is for tonight.
const ORDER: Record<Campaign['status'], number> = { active: 0, paused: 1, draft: 2, archived: 3 };

/** The campaigns with a live dashboard, one link each; `empty` shows when there are none. */
export function CampaignDashboards({ empty }: { empty: ReactNode }) {
  const campaigns = useDashboardCampaigns();
  const list = (campaigns.data ?? [])
    .filter((c) => c.status !== 'archived')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name));

  if (campaigns.isPending) {
    return (
      <p className="section__note" role="status">
        Loading campaigns…
      </p>
    );
  }
  if (campaigns.isError) {
    return (
      <div className="stack">
        <FormAlert message={campaigns.error.message} />
        <Button
          busy={campaigns.isFetching}
          busyLabel="Trying again…"
          onClick={() => void campaigns.refetch()}
        >
          Try again
        </Button>
      </div>
    );
  }
  if (!list.length) return <>{empty}</>;
  return (
    <CampaignLinks
      campaigns={list}
      icon={<LiveIcon />}
      detail={(c) => STATUS_NAMES[c.status]}
      link={(c) => ({
        to: `/dashboard/${c.id}`,
        text: 'Live dashboard',
        label: `Open the live dashboard for ${c.name}`,
      })}
      tone="secondary"
    />
  );
}
