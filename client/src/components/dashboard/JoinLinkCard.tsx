import { useEffect, useId, useRef, useState } from 'react';
import type { Campaign } from '../../../../protocol';
import { useRotateJoinLink } from '../../hooks/useDashboardCampaign';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { DashCard } from './DashCard';

/** The link callers join by: shown, copied, and replaced (after a confirm) if it has spread too far. */
export function JoinLinkCard({ campaign }: { campaign: Campaign }) {
  const id = useId();
  const rotate = useRotateJoinLink(campaign.id);
  const [asking, setAsking] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(campaign.joinUrl);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure page, or refused): select it so the keyboard copy works.
      inputRef.current?.select();
      setCopied('no');
    }
  };

  const makeNew = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setAsking(false);
        inputRef.current?.focus();
      },
    });

  let status = '';
  if (copied === 'yes') status = 'Copied. Paste it into your callers’ group chat.';
  else if (copied === 'no') status = 'Selected: press Ctrl+C (or ⌘C) to copy it.';
  else if (rotate.isSuccess) status = 'New link made. The old link no longer works for new callers.';

  return (
    <DashCard
      title="Join link"
      summary="Callers open this to join. Anyone who has already joined keeps calling if you replace it."
      className="dash-join"
    >
      <label className="dash-join__label" htmlFor={id}>
        Join link for {campaign.name}
      </label>
      <div className="dash-join__row">
        <input
          ref={inputRef}
          id={id}
          className="field__input dash-join__url"
          readOnly
          value={campaign.joinUrl}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
        {asking ? null : (
          <Button variant="secondary" onClick={() => setAsking(true)}>
            New join link
          </Button>
        )}
      </div>
      <p className="dash-join__status" role="status">
        {status}
      </p>
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
