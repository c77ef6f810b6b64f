import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Campaign } from '../../../../protocol';
import { useDashboardCampaigns } from '../../hooks/useDashboardCampaign';
import { Button } from '../Button';
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
    <ul className="people">
      {list.map((c) => (
        <li className="person" key={c.id}>
          <span className="avatar" aria-hidden="true">
            <LiveIcon />
          </span>
          <div className="person__text">
            <p className="person__name">{c.name}</p>
            <p className="person__detail">{STATUS_NAMES[c.status]}</p>
          </div>
          <Link
            className="button button--secondary person__action"
            to={`/dashboard/${c.id}`}
            aria-label={`Open the live dashboard for ${c.name}`}
          >
            Live dashboard
          </Link>
        </li>
      ))}
    </ul>
  );
}
