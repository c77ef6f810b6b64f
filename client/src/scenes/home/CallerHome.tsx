import type { CallerCampaign, User } from '../../../../protocol';
import { Button } from '../../components/Button';
import { CampaignLinks } from '../../components/CampaignLinks';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { HomeSection } from '../../components/HomeSection';
import { LinkIcon, PhoneIcon } from '../../components/icons';
import { firstName } from '../../components/names';
import { useCallingCampaigns } from '../../hooks/useCallingView';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PageHeader } from './PageHeader';

const STATUS_LINES: Record<CallerCampaign['status'], string> = {
  active: 'Calling now',
  paused: 'Paused for the moment',
  draft: 'Not started yet',
  archived: 'Finished',
};

function CampaignList({ campaigns }: { campaigns: CallerCampaign[] }) {
  return (
    <CampaignLinks
      campaigns={campaigns}
      icon={<PhoneIcon />}
      detail={(campaign) => STATUS_LINES[campaign.status]}
      link={(campaign) => ({
        to: `/call/${campaign.id}`,
        text: 'Start calling',
        label: `Start calling for ${campaign.name}`,
      })}
      tone="primary"
    />
  );
}

export function CallerHome({ user }: { user: User }) {
  useDocumentTitle('Calling');
  const campaigns = useCallingCampaigns();
  return (
    <>
      <PageHeader eyebrow="Caller" title={`Thanks for calling, ${firstName(user.name)}`}>
        <p>Every conversation tonight could put someone on a doorstep this weekend.</p>
      </PageHeader>
      <HomeSection title="Your calling" summary="The campaigns you have joined.">
        {campaigns.isError ? (
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
        ) : null}
        {campaigns.data?.length ? <CampaignList campaigns={campaigns.data} /> : null}
        {campaigns.data?.length === 0 ? (
          <EmptyState icon={<LinkIcon />} title="Open your campaign’s join link to start calling">
            <p>
              Your organiser shares a link for each campaign. Open it on this phone or computer and
              you&rsquo;ll be given your first person to call, with the script and the nearest canvass session
              to offer them.
            </p>
          </EmptyState>
        ) : null}
        {campaigns.isPending ? (
          <p className="section__note" role="status">
            Loading your campaigns…
          </p>
        ) : null}
      </HomeSection>
    </>
  );
}
