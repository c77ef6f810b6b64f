import type { User } from '../../../../protocol';
import { UpcomingSessions } from '../../components/admin/UpcomingSessions';
import { CampaignDashboards } from '../../components/dashboard/CampaignDashboards';
import { EmptyState } from '../../components/EmptyState';
import { CampaignShortcuts } from '../../components/campaign/CampaignShortcuts';
import { HomeSection } from '../../components/HomeSection';
import { LiveIcon } from '../../components/icons';
import { firstName } from '../../components/names';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PageHeader } from './PageHeader';
import '../../styles/campaign-home.css';

export function CoordinatorHome({ user }: { user: User }) {
  useDocumentTitle('Tonight’s campaigns');
  return (
    <>
      <PageHeader eyebrow="Coordinator" title={`Welcome, ${firstName(user.name)}`}>
        <p>
          Keep an eye on tonight&rsquo;s calling: who is on the phones, who is stuck, and what has been
          booked.
        </p>
      </PageHeader>
      <HomeSection
        title="Tonight’s campaigns"
        summary="Campaigns that are calling now, each with a live dashboard."
      >
        <CampaignDashboards
          empty={
            <EmptyState icon={<LiveIcon />} title="No campaigns are calling tonight">
              <p>
                When an organiser starts a campaign, it will show here. Open it to watch the night live:
                callers on the phones, calls per hour, contact rate and bookings for each canvass session.
              </p>
            </EmptyState>
          }
        />
      </HomeSection>
      <HomeSection
        title="Set-up"
        summary="Each campaign’s settings, script and the people to call."
        className="home-setup"
      >
        <CampaignShortcuts role={user.role} />
      </HomeSection>
      <UpcomingSessions />
    </>
  );
}
