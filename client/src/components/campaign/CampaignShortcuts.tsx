import { Link } from 'react-router-dom';
import type { Role } from '../../../../protocol';
import { useDashboardCampaigns } from '../../hooks/useDashboardCampaign';
import { PlusIcon } from '../admin/adminIcons';
import { campaignPages } from './CampaignTabs';

/**
 * One tap from home to each campaign's set-up pages (settings, script, import, export, seats), and to
 * a new campaign. Shares the home page's request for the campaign list.
 */
export function CampaignShortcuts({ role }: { role: Role }) {
  const campaigns = useDashboardCampaigns();
  const list = (campaigns.data ?? []).filter((c) => c.status !== 'archived');
  return (
    <div className="shortcuts">
      {list.length ? (
        <ul className="shortcuts__list">
          {list.map((c) => (
            <li className="shortcuts__item" key={c.id}>
              <p className="shortcuts__name">Set up {c.name}</p>
              <ul className="shortcuts__links" aria-label={`Set up ${c.name}`}>
                {campaignPages(c.id, role).map((p) => (
                  <li key={p.to}>
                    <Link className="shortcuts__link" to={p.to}>
                      {p.text}
                      <span className="visually-hidden"> for {c.name}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <Link className="button button--primary" to="/admin/campaigns/new">
          <PlusIcon />
          New campaign
        </Link>
        <Link className="button button--secondary" to="/admin/campaigns">
          All campaigns
        </Link>
      </div>
    </div>
  );
}
