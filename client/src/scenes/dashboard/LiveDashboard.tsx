import { ApiError } from '../../api/http';
import { CallerTable } from '../../components/dashboard/CallerTable';
import { CallsChart } from '../../components/dashboard/CallsChart';
import { DashboardHeader } from '../../components/dashboard/DashboardHeader';
import { Funnel } from '../../components/dashboard/Funnel';
import { Headlines } from '../../components/dashboard/Headlines';
import { JoinLinkCard } from '../../components/dashboard/JoinLinkCard';
import { LiveBanners } from '../../components/dashboard/LiveBanners';
import { OutcomeBars } from '../../components/dashboard/OutcomeBars';
import { QueueCard } from '../../components/dashboard/QueueCard';
import { RecentCalls } from '../../components/dashboard/RecentCalls';
import { SessionBookings } from '../../components/dashboard/SessionBookings';
import { PageLoading } from '../../components/PageLoading';
import { useCampaignStats } from '../../hooks/useCampaignStats';
import { useDashboardCampaign } from '../../hooks/useDashboardCampaign';
import { useDashboardSocket } from '../../hooks/useDashboardSocket';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useRecentCalls } from '../../hooks/useRecentCalls';
import { useSessionCancellations } from '../../hooks/useSessionCancellations';
import { DashboardUnavailable } from './DashboardUnavailable';

/** One campaign's evening, pushed live over the socket: nothing on this page polls. */
export function LiveDashboard({ campaignId }: { campaignId: number }) {
  const { socket, connection, degraded } = useDashboardSocket();
  const campaign = useDashboardCampaign(campaignId, socket);
  const { snapshot, problem, removeCaller, returnAssignment } = useCampaignStats(socket, campaignId);
  const recent = useRecentCalls(socket, campaignId);
  const { cancelled, dismiss } = useSessionCancellations(socket, campaignId);
  useDocumentTitle(campaign.data ? `${campaign.data.name}: live` : 'Live dashboard');

  const failure = campaign.error ?? problem;
  if (failure) {
    const missing =
      failure instanceof ApiError ? failure.status === 404 : 'ok' in failure && failure.error === 'not_found';
    return (
      <DashboardUnavailable title={missing ? 'We can’t find that campaign' : 'The dashboard could not open'}>
        {missing ? 'It may have been removed, or the link may be incomplete.' : failure.message}
      </DashboardUnavailable>
    );
  }
  if (connection === 'refused' && !snapshot) {
    return (
      <DashboardUnavailable title="Your session has ended">
        Sign in again to see this campaign&rsquo;s live numbers.
      </DashboardUnavailable>
    );
  }
  if (!campaign.data || !snapshot) return <PageLoading label="Fetching tonight’s numbers…" />;

  return (
    <div className="dash">
      <LiveBanners connection={connection} degraded={degraded} cancelled={cancelled} onDismiss={dismiss} />
      <DashboardHeader campaign={campaign.data} connection={connection} />
      <Headlines snapshot={snapshot} />
      <div className="dash-grid">
        <div className="dash-grid__wide">
          <CallsChart series={snapshot.callsPer15Min} timeZone={campaign.data.timezone} />
        </div>
        <div className="dash-grid__side">
          <QueueCard snapshot={snapshot} />
        </div>
        <div className="dash-grid__wide">
          <CallerTable callers={snapshot.callers} onRemove={removeCaller} onReturn={returnAssignment} />
        </div>
        <div className="dash-grid__side">
          <OutcomeBars outcomes={snapshot.outcomes} />
        </div>
        <div className="dash-grid__third">
          <Funnel funnel={snapshot.funnel} />
        </div>
        <div className="dash-grid__third">
          <SessionBookings sessions={snapshot.bookingsBySession} />
        </div>
        <div className="dash-grid__third">
          <RecentCalls calls={recent} callers={snapshot.callers} />
        </div>
        <div className="dash-grid__full">
          <JoinLinkCard campaign={campaign.data} />
        </div>
      </div>
    </div>
  );
}
