import { useParams } from 'react-router-dom';
import { useLoadedMe } from '../../hooks/useMe';
import '../../styles/dashboard.css';
import '../../styles/dashboard-charts.css';
import '../../styles/dashboard-callers.css';
import { DashboardUnavailable } from './DashboardUnavailable';
import { LiveDashboard } from './LiveDashboard';

/** /dashboard/:campaignId — the coordinator's live view of one campaign's evening. */
export function DashboardScene() {
  const campaignId = Number(useParams().campaignId);
  const { user } = useLoadedMe();
  if (user?.role === 'caller') {
    return (
      <DashboardUnavailable title="This page is for coordinators">
        The live dashboard shows a whole campaign&rsquo;s calling, so only organisers and coordinators can
        open it.
      </DashboardUnavailable>
    );
  }
  if (!Number.isInteger(campaignId) || campaignId <= 0) {
    return (
      <DashboardUnavailable title="We can’t find that campaign">
        The link may be incomplete. Open the campaign from your home page instead.
      </DashboardUnavailable>
    );
  }
  // Keyed by campaign, so moving to another one starts from a clean slate.
  return <LiveDashboard campaignId={campaignId} key={campaignId} />;
}
