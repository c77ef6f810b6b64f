import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

interface CampaignLinksProps<C extends { id: number; name: string }> {
  campaigns: C[];
  /** Shown in each row's avatar. */
  icon: ReactNode;
  /** The line under the campaign's name, such as its status. */
  detail: (campaign: C) => string;
  /** Where each row's button goes, what it says, and what a screen reader hears. */
  link: (campaign: C) => { to: string; text: string; label: string };
  tone: 'primary' | 'secondary';
}

/** A list of campaigns, one row each: an icon, the name and a detail line, and a button to open it. */
export function CampaignLinks<C extends { id: number; name: string }>({
  campaigns,
  icon,
  detail,
  link,
  tone,
}: CampaignLinksProps<C>) {
  return (
    <ul className="people">
      {campaigns.map((campaign) => {
        const { to, text, label } = link(campaign);
        return (
          <li className="person" key={campaign.id}>
            <span className="avatar" aria-hidden="true">
              {icon}
            </span>
            <div className="person__text">
              <p className="person__name">{campaign.name}</p>
              <p className="person__detail">{detail(campaign)}</p>
            </div>
            <Link className={`button button--${tone} person__action`} to={to} aria-label={label}>
              {text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
