import { NavLink } from 'react-router-dom';
import type { Role } from '../../../../protocol';

/** The set-up pages of one campaign, in the order they are usually done. Export is for organisers. */
export function campaignPages(id: number, role: Role) {
  const pages = [
    { to: `/admin/campaigns/${id}`, text: 'Settings' },
    { to: `/admin/campaigns/${id}/script`, text: 'Script' },
    { to: `/admin/campaigns/${id}/import`, text: 'Import contacts' },
    { to: `/admin/campaigns/${id}/export`, text: 'Export' },
    { to: `/admin/campaigns/${id}/seats`, text: 'Target seats' },
  ];
  return role === 'organiser' ? pages : pages.filter((p) => !p.to.endsWith('/export'));
}

/** One row of links between a campaign's set-up pages; scrolls sideways on its own on a phone. */
export function CampaignTabs({ id, name, role }: { id: number; name: string; role: Role }) {
  return (
    <nav className="campaign-tabs" aria-label={`Set-up pages for ${name}`}>
      <ul className="campaign-tabs__list">
        {campaignPages(id, role).map((p) => (
          <li key={p.to}>
            <NavLink className="campaign-tabs__tab" to={p.to} end>
              {p.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
