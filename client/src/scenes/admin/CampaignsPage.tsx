import { Link } from 'react-router-dom';
import type { Campaign } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { TargetIcon } from '../../components/admin/adminIcons';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { EmptyState } from '../../components/EmptyState';
import { CampaignIcon } from '../../components/icons';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSeats, useStaffCampaigns } from '../../hooks/useTargetSeats';
import '../../styles/admin-seats.css';

const STATUS: Record<Campaign['status'], string> = {
  draft: 'Not started',
  active: 'Calling',
  paused: 'Paused',
  archived: 'Finished',
};

/** "Bristol East, Bristol North West and 3 more". */
function seatNames(codes: string[], names: Map<string, string>): string {
  const named = codes.map((c) => names.get(c) ?? c);
  if (named.length <= 3) return named.join(', ');
  return `${named.slice(0, 3).join(', ')} and ${named.length - 3} more`;
}

/** Every campaign with its target seats, each a step from the seat picker. */
export function CampaignsPage() {
  useDocumentTitle('Campaigns and target seats');
  const campaigns = useStaffCampaigns();
  const seats = useSeats();
  const names = new Map((seats.data ?? []).map((s) => [s.code, s.name]));

  return (
    <>
      <AdminHeader eyebrow="Campaigns" title="Target seats" back={{ to: '/', label: 'Home' }}>
        <p>
          Choose the seats each campaign is fighting. Where two sessions are as near to a signup as each
          other, callers offer the one in a target seat first.
        </p>
      </AdminHeader>
      <QueryStatus query={campaigns} loading="Loading campaigns…" />
      {campaigns.data?.length === 0 ? (
        <EmptyState icon={<CampaignIcon />} title="No campaigns yet">
          <p>Once a campaign has been created, you can choose its target seats here.</p>
        </EmptyState>
      ) : null}
      {campaigns.data?.length ? (
        <ul className="campaign-list">
          {campaigns.data.map((c) => (
            <li className="card campaign-row" key={c.id}>
              <div className="campaign-row__text">
                <h2 className="campaign-row__name">{c.name}</h2>
                <p className="campaign-row__detail">
                  <span className={`tag tag--status-${c.status}`}>{STATUS[c.status]}</span>
                  {c.targetSeats.length
                    ? `${c.targetSeats.length} target ${c.targetSeats.length === 1 ? 'seat' : 'seats'}: ${seatNames(c.targetSeats, names)}`
                    : 'No target seats yet'}
                </p>
              </div>
              <Link
                className="button button--secondary campaign-row__action"
                to={`/admin/campaigns/${c.id}/seats`}
                aria-label={`Choose target seats for ${c.name}`}
              >
                <TargetIcon />
                Choose target seats
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
