import { useEffect, useId, useRef, useState } from 'react';
import type { Campaign } from '../../../../protocol';
import { useNewJoinLink } from '../../hooks/useCampaignEdits';
import { DownloadIcon } from '../admin/adminIcons';
import { Button } from '../Button';
import { CopyField } from '../CopyField';
import { FormAlert } from '../FormAlert';
import { QrCode } from './QrCode';
import { qrSvgFile } from './qrCode';

/** A file name from the campaign's name: "join-bristol-east-phonebank.svg". */
const fileName = (name: string) =>
  `join-${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'campaign'
  }.svg`;

/** The QR code as a Blob URL for the download link, let go when the link changes. */
function useSvgDownload(url: string): string | null {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const blobUrl = URL.createObjectURL(new Blob([qrSvgFile(url)], { type: 'image/svg+xml' }));
    setHref(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [url]);
  return href;
}

/** The link callers join by: copied, shown as a QR code for posters, and replaced after a confirm. */
export function JoinLinkPanel({ campaign }: { campaign: Campaign }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const rotate = useNewJoinLink(campaign.id);
  const [asking, setAsking] = useState(false);
  const download = useSvgDownload(campaign.joinUrl);

  const makeNew = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setAsking(false);
        inputRef.current?.focus();
      },
    });

  return (
    <section className="card campaign-panel join-panel" aria-labelledby={`${id}-title`}>
      <h2 className="campaign-panel__title" id={`${id}-title`}>
        Join link
      </h2>
      <p className="campaign-panel__lead">
        Volunteers open this link to join as callers, with no password. Share it in your group chat or print
        the QR code on a poster.
      </p>
      <CopyField
        id={id}
        label={`Join link for ${campaign.name}`}
        labelClassName="field__label"
        value={campaign.joinUrl}
        block="join-panel"
        copiedText="Copied. Paste it into your callers’ group chat."
        status={rotate.isSuccess ? 'New link made. The old link no longer works.' : ''}
        inputRef={inputRef}
      />
      <div className="join-panel__qr">
        <QrCode text={campaign.joinUrl} label={`QR code for the join link of ${campaign.name}`} />
      </div>
      <div className="button-row">
        {download ? (
          <a className="button button--secondary" href={download} download={fileName(campaign.name)}>
            <DownloadIcon />
            Download QR (SVG)
          </a>
        ) : null}
        {asking ? null : (
          <Button variant="secondary" onClick={() => setAsking(true)}>
            Make a new link
          </Button>
        )}
      </div>
      {asking ? (
        <div className="campaign-confirm" role="group" aria-label="Replace the join link?">
          <p className="campaign-confirm__text">
            Make a new link? The current link and its QR code stop working at once, so anyone you sent them to
            will need the new one. Callers who have already joined keep calling.
          </p>
          <FormAlert message={rotate.error?.message} />
          <div className="button-row">
            <Button busy={rotate.isPending} busyLabel="Making a new link…" onClick={makeNew}>
              Yes, make a new link
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              Keep this link
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
