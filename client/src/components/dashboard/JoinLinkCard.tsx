import { useId, useRef, useState } from 'react';
import type { Campaign } from '../../../../protocol';
import { useRotateJoinLink } from '../../hooks/useDashboardCampaign';
import { Button } from '../Button';
import { CopyField } from '../CopyField';
import { FormAlert } from '../FormAlert';
import { DashCard } from './DashCard';

/** The link callers join by: shown, copied, and replaced (after a confirm) if it has spread too far. */
export function JoinLinkCard({ campaign }: { campaign: Campaign }) {
  const id = useId();
  const rotate = useRotateJoinLink(campaign.id);
  const [asking, setAsking] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const makeNew = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setAsking(false);
        inputRef.current?.focus();
      },
    });

  return (
    <DashCard
      title="Join link"
      summary="Callers open this to join. Anyone who has already joined keeps calling if you replace it."
      className="dash-join"
    >
      <CopyField
        id={id}
        label={`Join link for ${campaign.name}`}
        value={campaign.joinUrl}
        block="dash-join"
        buttonText="Copy link"
        icon={false}
        copiedText="Copied. Paste it into your callers’ group chat."
        status={rotate.isSuccess ? 'New link made. The old link no longer works for new callers.' : ''}
        inputRef={inputRef}
      >
        {asking ? null : (
          <Button variant="secondary" onClick={() => setAsking(true)}>
            New join link
          </Button>
        )}
      </CopyField>
      {asking ? (
        <div className="dash-confirm dash-confirm--wide" role="group" aria-label="Replace the join link?">
          <p className="dash-confirm__text">
            Make a new link? The current one stops working, so anyone you sent it to will need the new one.
          </p>
          <FormAlert message={rotate.error?.message} />
          <div className="dash-confirm__buttons">
            <Button busy={rotate.isPending} busyLabel="Making a new link…" onClick={makeNew}>
              Make a new link
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              Keep this link
            </Button>
          </div>
        </div>
      ) : null}
    </DashCard>
  );
}
