import { useId, useState } from 'react';
import type { Campaign } from '../../../../protocol';
import { useCampaignWebhook, useNewWebhookSecret } from '../../hooks/useCampaignEdits';
import { CopyIcon } from '../admin/adminIcons';
import { QueryStatus } from '../admin/LoadProblem';
import { Button } from '../Button';
import { useCopy } from '../CopyField';
import { EmptyState } from '../EmptyState';
import { FormAlert } from '../FormAlert';
import { LinkIcon } from '../icons';
import { DeliveryTable } from './DeliveryTable';

/** The signing secret, hidden until asked for, with a copy button. */
function Secret({ secret }: { secret: string }) {
  const [shown, setShown] = useState(false);
  // No clipboard: show the secret so it can be copied by hand.
  const { copied, copy } = useCopy(secret, () => setShown(true));

  return (
    <div className="webhook-secret">
      <p className="field__label">Signing secret</p>
      <div className="webhook-secret__row">
        <code className="webhook-secret__value">
          {shown ? (
            secret
          ) : (
            <>
              <span aria-hidden="true">{`${secret.slice(0, 6)}${'•'.repeat(16)}`}</span>
              <span className="visually-hidden">Hidden. Press Show to see it.</span>
            </>
          )}
        </code>
        <Button variant="secondary" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide' : 'Show'}
        </Button>
        <Button variant="secondary" onClick={copy}>
          <CopyIcon />
          Copy
        </Button>
      </div>
      <p className="join-panel__status" role="status">
        {copied === 'yes' ? 'Secret copied.' : ''}
      </p>
    </div>
  );
}

/** Where outcomes are sent: the signing secret, how to check it, and every delivery's fate. */
export function WebhookPanel({ campaign }: { campaign: Campaign }) {
  const id = useId();
  const webhook = useCampaignWebhook(campaign.id, true);
  const rotate = useNewWebhookSecret(campaign.id);
  const [asking, setAsking] = useState(false);
  const data = webhook.data;

  return (
    <section className="card campaign-panel webhook" aria-labelledby={`${id}-title`}>
      <h2 className="campaign-panel__title" id={`${id}-title`}>
        Webhook
      </h2>
      <p className="campaign-panel__lead">
        Each call outcome is POSTed as JSON to the webhook address in the settings above, so a CRM or
        spreadsheet can follow along. Every request is signed with HMAC-SHA256 using the secret below, in the
        header <code className="code-inline">x-ringround-signature: sha256=&lt;hex&gt;</code>. Check it before
        trusting a request. Failed deliveries are tried again a few times.
      </p>
      <QueryStatus query={webhook} loading="Loading the webhook…" />
      {data ? (
        <>
          <p className="webhook__url">
            {data.url ? (
              <>
                Sending to <span className="webhook__address">{data.url}</span>
              </>
            ) : (
              'No webhook address yet: add one in the settings above and save to start sending.'
            )}
          </p>
          <Secret key={data.secret} secret={data.secret} />
          {asking ? (
            <div className="campaign-confirm" role="group" aria-label="Make a new secret?">
              <p className="campaign-confirm__text">
                Make a new secret? Requests are signed with it from now on, so the receiving end must be given
                it too, or it will reject them.
              </p>
              <FormAlert message={rotate.error?.message} />
              <div className="button-row">
                <Button
                  busy={rotate.isPending}
                  busyLabel="Making a new secret…"
                  onClick={() => rotate.mutate(undefined, { onSuccess: () => setAsking(false) })}
                >
                  Yes, make a new secret
                </Button>
                <Button variant="secondary" onClick={() => setAsking(false)}>
                  Keep this secret
                </Button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setAsking(true)}>
                New secret
              </Button>
            </div>
          )}
          <p className="join-panel__status" role="status">
            {rotate.isSuccess && !asking ? 'New secret made. The old one no longer signs requests.' : ''}
          </p>
          <h3 className="webhook__log-title">Latest deliveries</h3>
          {data.deliveries.length ? (
            <DeliveryTable deliveries={data.deliveries} timeZone={campaign.timezone} />
          ) : (
            <EmptyState icon={<LinkIcon />} title="Nothing sent yet">
              <p>Each outcome callers record will show here with what the receiving end answered.</p>
            </EmptyState>
          )}
        </>
      ) : null}
    </section>
  );
}
