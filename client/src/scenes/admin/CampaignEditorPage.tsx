import { Link, useLocation, useParams } from 'react-router-dom';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { CampaignSettingsForm } from '../../components/campaign/CampaignSettingsForm';
import type { CampaignSavedNotice } from '../../components/campaign/CampaignSettingsForm';
import { CampaignTabs } from '../../components/campaign/CampaignTabs';
import { STATUS_TEXT } from '../../components/campaign/campaignText';
import { JoinLinkPanel } from '../../components/campaign/JoinLinkPanel';
import { WebhookPanel } from '../../components/campaign/WebhookPanel';
import { FormAlert } from '../../components/FormAlert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useStaffCampaign } from '../../hooks/useTargetSeats';
import '../../styles/admin-form.css';
import '../../styles/campaign-editor.css';

function NewCampaign() {
  const { user } = useLoadedMe();
  useDocumentTitle('New campaign');
  return (
    <>
      <AdminHeader
        eyebrow="Campaigns"
        title="New campaign"
        back={{ to: '/admin/campaigns', label: 'All campaigns' }}
      >
        <p>
          Only the name is needed now. Everything here can be changed later, and the campaign stays a draft
          until you make it active.
        </p>
      </AdminHeader>
      <div className="campaign-editor campaign-editor--new">
        <CampaignSettingsForm role={user!.role} />
      </div>
    </>
  );
}

function EditCampaign({ id }: { id: number }) {
  const { user } = useLoadedMe();
  const role = user!.role;
  const campaign = useStaffCampaign(id);
  const notice = useLocation().state as CampaignSavedNotice | null;
  const c = campaign.data;
  useDocumentTitle(c ? `${c.name}: settings` : 'Campaign settings');

  return (
    <>
      <AdminHeader
        eyebrow={c ? `Campaign · ${STATUS_TEXT[c.status].name}` : 'Campaign'}
        title={c?.name ?? 'Campaign settings'}
        back={{ to: '/admin/campaigns', label: 'All campaigns' }}
        actions={
          c ? (
            <Link className="button button--primary" to={`/admin/campaigns/${c.id}/script`}>
              Edit the script
            </Link>
          ) : null
        }
      />
      <QueryStatus query={campaign} loading="Loading the campaign…" />
      {c ? (
        <>
          <CampaignTabs id={c.id} name={c.name} role={role} />
          {notice?.created ? (
            <FormAlert
              tone="info"
              message="Campaign created. Next, write the script and import the people to call; it stays a draft until you make it active."
            />
          ) : null}
          <div className="campaign-editor">
            <div className="campaign-editor__main">
              {/* Keyed by id: another campaign's page starts a fresh form. */}
              <CampaignSettingsForm key={c.id} campaign={c} role={role} />
              {role === 'organiser' ? <WebhookPanel campaign={c} /> : null}
            </div>
            <div className="campaign-editor__side">
              <JoinLinkPanel campaign={c} />
            </div>
          </div>
        </>
      ) : null}
    </>
  );
}

/** A new campaign (/admin/campaigns/new) or one campaign's settings (/admin/campaigns/:id). */
export function CampaignEditorPage() {
  const { id } = useParams();
  if (id === undefined) return <NewCampaign />;
  return <EditCampaign id={Number(id)} />;
}
