import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonDetail } from '../../api/privacy';
import { useErasePerson } from '../../hooks/usePrivacy';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { ReasonField, reasonProblem } from './ReasonField';

/** "Erase this person…" and its confirm step: a reason, and whether to keep the number on the never-call list. */
export function EraseConfirm({ person }: { person: PersonDetail }) {
  const { contact, optOut } = person;
  const name = `${contact.firstName} ${contact.lastName ?? ''}`.trim();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [keep, setKeep] = useState(false);
  const [problem, setProblem] = useState<string>();
  const erase = useErasePerson(contact.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = reasonProblem(reason);
    setProblem(found);
    if (found || erase.isPending) return;
    erase.mutate({ reason: reason.trim(), keepOnNeverCallList: keep });
  }

  if (!open) {
    return (
      <Button variant="secondary" className="button--danger" onClick={() => setOpen(true)}>
        Erase this person…
      </Button>
    );
  }
  return (
    <form
      className="privacy-confirm privacy-confirm--danger"
      onSubmit={submit}
      noValidate
      aria-labelledby="erase-title"
    >
      <p className="privacy-confirm__text" id="erase-title">
        <strong>Erase {name}?</strong> Their name, phone, email, postcode and imported columns are removed,
        with every call note, survey answer and text sent to them. Their calls still count in each
        campaign&rsquo;s numbers, without saying who they were. This cannot be undone.
      </p>
      <ReasonField label="Why they are being erased" value={reason} error={problem} onChange={setReason} />
      {optOut ? (
        <p className="privacy-confirm__note">
          Their number stays on the never-call list, so no campaign calls them again.
        </p>
      ) : (
        <label className="privacy-check">
          <input
            className="privacy-check__box"
            type="checkbox"
            checked={keep}
            onChange={(e) => setKeep(e.target.checked)}
          />
          <span>
            <span className="privacy-check__label">Keep their number on the never-call list</span>
            <span className="privacy-check__hint">
              If they also asked not to be called, the number alone is kept so they are never called again,
              even if a later import brings them back.
            </span>
          </span>
        </label>
      )}
      <FormAlert message={erase.error?.message} />
      <div className="button-row">
        <Button type="submit" className="button--danger-solid" busy={erase.isPending} busyLabel="Erasing…">
          Yes, erase {name}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            erase.reset();
            setProblem(undefined);
            setOpen(false);
          }}
        >
          Keep them
        </Button>
      </div>
    </form>
  );
}
