import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonDetail } from '../../api/privacy';
import { useAddToNeverCall, useReverseOptOut } from '../../hooks/usePrivacy';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { formatMoment } from './londonTime';
import { ReasonField, reasonProblem } from './ReasonField';

/**
 * Whether this person's number is on the never-call list, which covers every campaign; an organiser
 * can take it off (or put it on) with a reason that is logged.
 */
export function NeverCallPanel({ person }: { person: PersonDetail }) {
  const { contact, optOut } = person;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string | null>(null);
  const reverse = useReverseOptOut();
  const add = useAddToNeverCall();
  const change = optOut ? reverse : add;
  const name = `${contact.firstName} ${contact.lastName ?? ''}`.trim();
  if (!contact.phone) return null;
  const phone = contact.phone;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = reasonProblem(reason);
    setProblem(found);
    if (found || change.isPending) return;
    change.mutate(
      { phone, reason: reason.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          setReason('');
          setDone(
            optOut
              ? 'Taken off the never-call list. Campaigns still waiting to call them can now do so. The change is in the audit log.'
              : 'Added to the never-call list. The change is in the audit log.',
          );
        },
      },
    );
  }

  return (
    <section className="privacy-block" aria-labelledby="never-call-title">
      <h3 className="privacy-block__title" id="never-call-title">
        Never-call list
      </h3>
      {optOut ? (
        <p className="privacy-block__text">
          <span className="tag tag--danger">Never call</span> On the list since {formatMoment(optOut.at)}
          {optOut.recordedBy ? `, recorded by ${optOut.recordedBy}` : ''}: &ldquo;{optOut.reason}&rdquo;. No
          campaign will call this number.
        </p>
      ) : (
        <p className="privacy-block__text">Not on the list: campaigns they are queued in may call them.</p>
      )}
      {done && !open ? <FormAlert tone="info" message={done} /> : null}
      {open ? (
        <form className="privacy-confirm" onSubmit={submit} noValidate aria-labelledby="never-call-confirm">
          <p className="privacy-confirm__text" id="never-call-confirm">
            <strong>
              {optOut ? `Take ${name} off the never-call list?` : `Put ${name} on the never-call list?`}
            </strong>{' '}
            {optOut
              ? 'Only do this if they have asked to be called again.'
              : 'No campaign will call them again until an organiser takes them off.'}
          </p>
          <ReasonField
            label={optOut ? 'Why they may be called again' : 'Why they should not be called'}
            value={reason}
            error={problem}
            onChange={setReason}
          />
          <FormAlert message={change.error?.message} />
          <div className="button-row">
            <Button type="submit" busy={change.isPending} busyLabel="Saving…">
              {optOut ? 'Take off the never-call list' : 'Put on the never-call list'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                change.reset();
                setProblem(undefined);
                setOpen(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button
          variant="secondary"
          className="privacy-block__action"
          onClick={() => {
            change.reset();
            setDone(null);
            setOpen(true);
          }}
        >
          {optOut ? 'Reverse opt-out…' : 'Add to never-call list…'}
        </Button>
      )}
    </section>
  );
}
