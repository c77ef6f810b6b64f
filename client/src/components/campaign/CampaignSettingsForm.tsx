import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Campaign, Role, UpdateCampaignBody } from '../../../../protocol';
import { useCreateCampaign, useUpdateCampaign } from '../../hooks/useCampaignEdits';
import { useCampaignForm } from '../../hooks/useCampaignForm';
import { useCampaignUnsaved } from '../../hooks/useCampaignUnsaved';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { CallingHoursField } from './CallingHoursField';
import { ChoiceCards } from './ChoiceCards';
import { CheckField } from './SelectField';
import { LEGAL_END, LEGAL_START, STATUSES, STATUS_TEXT, TELEPHONY_TEXT } from './campaignText';
import { RetryFields } from './RetryFields';
import { TimeZoneField } from './TimeZoneField';

export interface CampaignSavedNotice {
  created?: boolean;
}

interface CampaignSettingsFormProps {
  campaign?: Campaign;
  role: Role;
}

const TELEPHONY = (['phone', 'twilio', 'simulated'] as const).map((value) => ({
  value,
  ...TELEPHONY_TEXT[value],
}));
const STATUS_OPTIONS = STATUSES.map((value) => ({ value, ...STATUS_TEXT[value] }));

/** Every setting of a campaign; creates it when there is none yet, else saves what changed. */
export function CampaignSettingsForm({ campaign, role }: CampaignSettingsFormProps) {
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? 0);
  const save = campaign ? update : create;
  const { form, values, change, body, reset, error, formMessage, dirty } = useCampaignForm(
    campaign,
    role,
    save.error,
  );
  const organiser = role === 'organiser';
  useCampaignUnsaved(dirty && !save.isPending);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const request = body();
    if (!request) return;
    if (!campaign) {
      create.mutate(request as Parameters<typeof create.mutate>[0], {
        onSuccess: (saved) => {
          const notice: CampaignSavedNotice = { created: true };
          void navigate(`/admin/campaigns/${saved.id}`, { state: notice });
        },
      });
      return;
    }
    update.mutate(request as UpdateCampaignBody, { onSuccess: reset });
  }

  let status = '';
  if (save.isPending) status = 'Saving…';
  else if (dirty) status = campaign ? 'You have changes that are not saved yet.' : '';
  else if (update.isSuccess) status = 'Saved. Callers get the new settings from their next call.';

  return (
    <form className="campaign-form" ref={form} onSubmit={submit} noValidate>
      <fieldset className="card form-card">
        <legend className="form-card__legend">The campaign</legend>
        <TextField
          label="Name"
          name="name"
          data-field="name"
          hint="Callers see it at the top of the calling screen, e.g. Bristol East phonebank"
          value={values.name}
          error={error('name')}
          autoComplete="off"
          required
          onChange={(e) => change('name', e.target.value)}
        />
        <ChoiceCards
          legend="Status"
          name="status"
          value={values.status}
          options={STATUS_OPTIONS}
          error={error('status')}
          onChange={(v) => change('status', v)}
        />
      </fieldset>

      <fieldset className="card form-card">
        <legend className="form-card__legend">When callers may ring</legend>
        <TimeZoneField
          value={values.timezone}
          error={error('timezone')}
          onChange={(zone) => change('timezone', zone)}
        />
        <CallingHoursField
          hours={values.callingHours}
          allowAnyHour={values.allowAnyHour}
          error={(day) => error(`callingHours.${day}`) ?? (day === 'mon' ? error('callingHours') : undefined)}
          onChange={(hours) => change('callingHours', hours)}
        />
        <CheckField
          label="Allow calls at any hour"
          name="allowAnyHour"
          checked={values.allowAnyHour}
          disabled={!organiser}
          error={error('allowAnyHour')}
          hint={
            organiser
              ? `Outside ${LEGAL_START}–${LEGAL_END}, marketing calls to people at home break the rules (PECR in the UK, TCPA in the US), so Ringround stops calls then whatever the hours above say. Turn this on only for people who have asked to be called later, such as shift workers. Turning it on or off is logged.`
              : `Only an organiser can allow calls outside ${LEGAL_START}–${LEGAL_END}, the hours the law allows for calls to people at home.`
          }
          onChange={(on) => change('allowAnyHour', on)}
        />
      </fieldset>

      <fieldset className="card form-card">
        <legend className="form-card__legend">Trying again</legend>
        <p className="form-card__note campaign-form__lead">
          When a call does not reach anyone, the person goes back in the queue. Choose how long to wait before
          trying again: 20 hours later is a different time of day, which often finds people in.
        </p>
        <RetryFields
          retry={values.retry}
          error={error('retryRules')}
          onChange={(retry) => change('retry', retry)}
        />
        <TextField
          label="Most attempts"
          name="maxAttempts"
          data-field="maxAttempts"
          hint="Calls to one person before they are left alone, counting the first."
          inputMode="numeric"
          className="field--short"
          value={values.maxAttempts}
          error={error('maxAttempts')}
          onChange={(e) => change('maxAttempts', e.target.value)}
        />
      </fieldset>

      <fieldset className="card form-card">
        <legend className="form-card__legend">Phones</legend>
        <ChoiceCards
          legend="How calls are made"
          name="telephony"
          value={values.telephony}
          options={TELEPHONY}
          error={error('telephony')}
          onChange={(v) => change('telephony', v)}
        />
        <CheckField
          label="Withhold callers’ numbers"
          name="withholdNumber"
          checked={values.withholdNumber}
          hint="Dials 141 before each number, so the person called does not see the caller’s own number."
          error={error('withholdNumber')}
          onChange={(on) => change('withholdNumber', on)}
        />
        <TextField
          label="Country"
          name="defaultCountry"
          data-field="defaultCountry"
          hint="Two letters, such as GB. Phone numbers without a country code are read as this country’s."
          className="field--short"
          maxLength={2}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={values.defaultCountry}
          error={error('defaultCountry')}
          onChange={(e) => change('defaultCountry', e.target.value.toUpperCase())}
        />
      </fieldset>

      {organiser ? (
        <fieldset className="card form-card">
          <legend className="form-card__legend">Sending outcomes</legend>
          <TextField
            label="Webhook address"
            name="webhookUrl"
            data-field="webhookUrl"
            type="url"
            hint="Optional. Each call outcome is sent here as it is saved, e.g. https://crm.example.org/hooks/ringround. Leave it empty to send nothing."
            autoComplete="off"
            spellCheck={false}
            value={values.webhookUrl}
            error={error('webhookUrl')}
            onChange={(e) => change('webhookUrl', e.target.value)}
          />
        </fieldset>
      ) : null}

      {organiser ? (
        <fieldset className="card form-card">
          <legend className="form-card__legend">Privacy</legend>
          <TextField
            label="Keep call notes and answers for (days)"
            name="retentionDays"
            data-field="retentionDays"
            hint="Optional. Notes and survey answers are cleared automatically once they are older than this; outcomes and the campaign's numbers stay. Leave it empty to keep them until you erase the person. 90 suits most campaigns."
            inputMode="numeric"
            className="field--short"
            value={values.retentionDays}
            error={error('retentionDays')}
            onChange={(e) => change('retentionDays', e.target.value)}
          />
        </fieldset>
      ) : null}

      <details className="card form-card campaign-advanced" open={error('leaseSeconds') ? true : undefined}>
        <summary className="campaign-advanced__summary">Advanced</summary>
        <TextField
          label="Time to hold a contact (minutes)"
          name="leaseSeconds"
          data-field="leaseSeconds"
          hint="How long a caller keeps a person to themselves before the person goes back in the queue, in case the caller has wandered off. 15 suits most campaigns."
          inputMode="numeric"
          className="field--short"
          value={values.leaseMinutes}
          error={error('leaseSeconds')}
          onChange={(e) => change('leaseMinutes', e.target.value)}
        />
      </details>

      <FormAlert message={formMessage} />
      <div className="campaign-savebar">
        <div className="form-actions">
          <Button type="submit" busy={save.isPending} busyLabel="Saving…">
            {campaign ? 'Save settings' : 'Create campaign'}
          </Button>
          {campaign ? null : (
            <Link className="button button--secondary" to="/admin/campaigns">
              Cancel
            </Link>
          )}
        </div>
        <p className="campaign-savebar__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </form>
  );
}
