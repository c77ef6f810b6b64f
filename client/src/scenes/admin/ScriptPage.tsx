import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import type { Campaign } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { CampaignTabs } from '../../components/campaign/CampaignTabs';
import type { SampleContact } from '../../components/campaign/mergeFields';
import { DEFAULT_REMINDER } from '../../../../protocol/mergeFields';
import { QuestionsEditor } from '../../components/campaign/QuestionsEditor';
import { ScriptField } from '../../components/campaign/ScriptField';
import { ScriptPreview } from '../../components/campaign/ScriptPreview';
import { CheckField } from '../../components/campaign/SelectField';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useCampaignScript } from '../../hooks/useCampaignScript';
import { useUpdateCampaign } from '../../hooks/useCampaignEdits';
import { useCampaignUnsaved } from '../../hooks/useCampaignUnsaved';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useStaffCampaign } from '../../hooks/useTargetSeats';
import '../../styles/admin-form.css';
import '../../styles/call-pad.css';
import '../../styles/campaign-editor.css';
import '../../styles/campaign-script.css';

const FIRST_SAMPLE: SampleContact = {
  firstName: 'Amira',
  lastName: 'Haddad',
  postcode: 'BS5 6AA',
  customColumn: 'ward',
  customValue: 'Easton',
};

function ScriptEditor({ campaign, callerName }: { campaign: Campaign; callerName: string }) {
  const save = useUpdateCampaign(campaign.id);
  const s = useCampaignScript(campaign, save.error);
  const [sample, setSample] = useState(FIRST_SAMPLE);
  useCampaignUnsaved(s.dirty && !save.isPending);
  const { values } = s;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const script = s.script();
    if (script) save.mutate({ script }, { onSuccess: s.reset });
  }

  let status = '';
  if (save.isPending) status = 'Saving…';
  else if (s.dirty) status = 'You have changes that are not saved yet.';
  else if (save.isSuccess) status = 'Saved. Callers see the new script from their next call.';

  const preview = values.questions
    .filter((q) => q.label.trim())
    .map((q) => ({
      key: q.key || q.uid,
      label: q.label,
      type: q.type,
      options: q.type === 'choice' ? q.options.filter((o) => o.trim()) : undefined,
    }));

  return (
    <form className="script-layout" ref={s.form} onSubmit={submit} noValidate>
      <div className="script-layout__editor">
        <section className="card form-card" aria-labelledby="script-title">
          <h2 className="form-card__legend" id="script-title">
            The script
          </h2>
          <ScriptField
            label="What callers say"
            hint="Blank lines start a new paragraph; **two stars** make words bold. The buttons put a merge field, filled for each person, where the cursor is."
            name="body"
            value={values.body}
            error={s.error('body')}
            customColumn={sample.customColumn}
            sessionLabel="Nearest session"
            rows={12}
            onChange={(body) => s.update((v) => ({ ...v, body }))}
          />
        </section>

        <QuestionsEditor script={s} />

        <section className="card form-card" aria-labelledby="reminder-title">
          <h2 className="form-card__legend" id="reminder-title">
            Reminder call
          </h2>
          <p className="form-card__note">
            The evening before a session, people who booked are called to check they are still coming.
          </p>
          <CheckField
            label="Write our own reminder"
            hint="Otherwise callers read Ringround’s standard reminder."
            checked={values.ownReminder}
            onChange={(ownReminder) => s.update((v) => ({ ...v, ownReminder }))}
          />
          {values.ownReminder ? (
            <ScriptField
              label="What callers say on a reminder call"
              hint="The session fields are the session they booked."
              name="reminderBody"
              value={values.reminderBody}
              error={s.error('reminderBody')}
              customColumn={sample.customColumn}
              sessionLabel="Booked session"
              rows={6}
              onChange={(reminderBody) => s.update((v) => ({ ...v, reminderBody }))}
            />
          ) : null}
        </section>

        <FormAlert message={s.formMessage} />
        <div className="campaign-savebar">
          <div className="form-actions">
            <Button type="submit" busy={save.isPending} busyLabel="Saving…">
              Save script
            </Button>
          </div>
          <p className="campaign-savebar__status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
      <div className="script-layout__preview">
        <ScriptPreview
          body={values.body}
          reminderBody={values.ownReminder ? values.reminderBody : DEFAULT_REMINDER}
          questions={preview}
          sample={sample}
          callerName={callerName}
          timeZone={campaign.timezone}
          onSample={setSample}
        />
      </div>
    </form>
  );
}

/** The call script, survey questions and reminder of one campaign (/admin/campaigns/:id/script). */
export function ScriptPage() {
  const id = Number(useParams().id);
  const { user } = useLoadedMe();
  const campaign = useStaffCampaign(id);
  const c = campaign.data;
  useDocumentTitle(c ? `${c.name}: script` : 'Script');
  return (
    <>
      <AdminHeader
        eyebrow={c ? `${c.name} · Script` : 'Script'}
        title="Call script and questions"
        back={{ to: c ? `/admin/campaigns/${c.id}` : '/admin/campaigns', label: 'Campaign settings' }}
      >
        <p>What callers say, the questions they ask, and how it looks on their screen.</p>
      </AdminHeader>
      <QueryStatus query={campaign} loading="Loading the script…" />
      {c && user ? (
        <>
          <CampaignTabs id={c.id} name={c.name} role={user.role} />
          <ScriptEditor key={c.id} campaign={c} callerName={user.name} />
        </>
      ) : null}
    </>
  );
}
