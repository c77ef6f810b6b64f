import { Link } from 'react-router-dom';
import type { Campaign } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import {
  DownloadIcon,
  EditIcon,
  FileIcon,
  PlusIcon,
  TargetIcon,
  UploadIcon,
} from '../../components/admin/adminIcons';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { STATUS_TEXT } from '../../components/campaign/campaignText';
import { EmptyState } from '../../components/EmptyState';
import { CampaignIcon } from '../../components/icons';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useSeats, useStaffCampaigns } from '../../hooks/useTargetSeats';
import '../../styles/admin-seats.css';
import '../../styles/campaign-list.css';

// Calling now first, finished last.
const ORDER: Record<Campaign['status'], number> = { active: 0, paused: 1, draft: 2, archived: 3 };

/** "Bristol East, Bristol North West and 3 more". */
function seatNames(codes: string[], names: Map<string, string>): string {
  const named = codes.map((c) => names.get(c) ?? c);
  if (named.length <= 3) return named.join(', ');
  return `${named.slice(0, 3).join(', ')} and ${named.length - 3} more`;
}

/** "Mon–Fri 10:00–20:30" is too much to work out here: just which days have any hours. */
function daysText(c: Campaign): string {
  const on = Object.values(c.callingHours).filter((spans) => spans.length > 0).length;
  if (on === 0) return 'No calling days set';
  return on === 7 ? 'Calls every day' : `Calls ${on} ${on === 1 ? 'day' : 'days'} a week`;
}

function CampaignCard({
  c,
  names,
  organiser,
}: {
  c: Campaign;
  names: Map<string, string>;
  organiser: boolean;
}) {
  const base = `/admin/campaigns/${c.id}`;
  const hidden = <span className="visually-hidden"> for {c.name}</span>;
  return (
    <li className="card campaign-card">
      <div className="campaign-card__head">
        <h2 className="campaign-row__name">
          <Link className="campaign-card__title" to={base}>
            {c.name}
          </Link>
        </h2>
        <span className={`tag tag--status-${c.status}`}>{STATUS_TEXT[c.status].name}</span>
      </div>
      <p className="campaign-row__detail">
        {daysText(c)} · {c.script.questions.length}{' '}
        {c.script.questions.length === 1 ? 'survey question' : 'survey questions'}
      </p>
      <p className="campaign-row__detail campaign-card__seats">
        <TargetIcon />
        {c.targetSeats.length
          ? `${c.targetSeats.length} target ${c.targetSeats.length === 1 ? 'seat' : 'seats'}: ${seatNames(c.targetSeats, names)}`
          : 'No target seats yet'}
      </p>
      <ul className="campaign-card__actions">
        <li>
          <Link className="button button--secondary" to={base}>
            <EditIcon />
            <span>Settings{hidden}</span>
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={`${base}/script`}>
            <FileIcon />
            <span>Script{hidden}</span>
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={`${base}/import`}>
            <UploadIcon />
            <span>Import contacts{hidden}</span>
          </Link>
        </li>
        {organiser ? (
          <li>
            <Link className="button button--secondary" to={`${base}/export`}>
              <DownloadIcon />
              <span>Export{hidden}</span>
            </Link>
          </li>
        ) : null}
        <li>
          <Link
            className="button button--secondary"
            to={`${base}/seats`}
            aria-label={`Choose target seats for ${c.name}`}
          >
            <TargetIcon />
            Choose target seats
          </Link>
        </li>
      </ul>
    </li>
  );
}

/** Every campaign, each a step from its settings, script, contacts, export and target seats. */
export function CampaignsPage() {
  useDocumentTitle('Campaigns and target seats');
  const { user } = useLoadedMe();
  const campaigns = useStaffCampaigns();
  const seats = useSeats();
  const names = new Map((seats.data ?? []).map((s) => [s.code, s.name]));
  const list = [...(campaigns.data ?? [])].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name),
  );

  return (
    <>
      <AdminHeader
        eyebrow="Campaigns"
        title="Campaigns and target seats"
        back={{ to: '/', label: 'Home' }}
        actions={
          <Link className="button button--primary" to="/admin/campaigns/new">
            <PlusIcon />
            New campaign
          </Link>
        }
      >
        <p>
          Set up each campaign: its calling hours, script, the people to call and the seats it is fighting.
          Where two sessions are as near to a signup as each other, callers offer the one in a target seat
          first.
        </p>
      </AdminHeader>
      <QueryStatus query={campaigns} loading="Loading campaigns…" />
      {campaigns.data?.length === 0 ? (
        <EmptyState icon={<CampaignIcon />} title="No campaigns yet">
          <p>A campaign is a list of people to call, a script, and the hours callers may ring.</p>
          <p className="empty__actions">
            <Link className="button button--primary" to="/admin/campaigns/new">
              <PlusIcon />
              Create your first campaign
            </Link>
          </p>
        </EmptyState>
      ) : null}
      {list.length ? (
        <ul className="campaign-list">
          {list.map((c) => (
            <CampaignCard key={c.id} c={c} names={names} organiser={user?.role === 'organiser'} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
