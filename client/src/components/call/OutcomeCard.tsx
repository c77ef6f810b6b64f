import type { FormEvent } from 'react';
import type { useOutcomeForm } from '../../hooks/useOutcomeForm';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { OutcomePad } from './OutcomePad';
import type { PadEntry } from './outcomes';

interface OutcomeCardProps {
  form: ReturnType<typeof useOutcomeForm>;
  pad: PadEntry[];
  firstName: string;
  hasSessions: boolean;
  timeZone: string;
  disabled: boolean;
  saving: boolean;
  saveLabel: string;
  busyLabel: string;
  problem: string | null;
  onSubmit: () => void;
  coach?: string;
}

/** What happened on the call: the outcome pad, a call-back time when asked for, notes, and Save. */
export function OutcomeCard(props: OutcomeCardProps) {
  const { form, firstName, hasSessions, timeZone, disabled, saving, problem, onSubmit, coach } = props;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!disabled && !saving) onSubmit();
  }

  return (
    <section className="card callcard outcome" aria-labelledby="outcome-title">
      <h2 className="callcard__title" id="outcome-title">
        What happened?
      </h2>
      {coach ? <p className="coach">{coach}</p> : null}
      <form className="outcome__form" onSubmit={submit} noValidate>
        <OutcomePad
          entries={props.pad}
          chosen={form.outcome}
          disabled={disabled || saving}
          bookedBlockedBy={
            hasSessions ? null : `Booked needs a canvass session, and there are none near ${firstName} yet.`
          }
          onPick={form.pick}
        />
        {form.outcome === 'call_back' ? (
          <div className="field outcome__callback">
            <label className="field__label" htmlFor="callback-at">
              When should we call {firstName} back?
            </label>
            <p className="field__hint" id="callback-hint">
              Their time ({timeZone.replace(/_/g, ' ')}). Tomorrow at 18:30 unless they asked for another
              time.
            </p>
            <input
              id="callback-at"
              className="field__input"
              type="datetime-local"
              aria-describedby="callback-hint"
              value={form.callbackLocal}
              onChange={(e) => form.setCallbackLocal(e.target.value)}
            />
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor="call-notes">
            Notes <span className="field__optional">(optional)</span>
          </label>
          <textarea
            id="call-notes"
            className="field__input outcome__notes"
            rows={3}
            maxLength={5000}
            value={form.notes}
            onChange={(e) => form.setNotes(e.target.value)}
          />
        </div>
        <FormAlert message={form.error ?? problem} />
        <Button type="submit" block disabled={disabled} busy={saving} busyLabel={props.busyLabel}>
          {props.saveLabel}
        </Button>
        <p className="outcome__keys">
          Keyboard: <kbd>1</kbd>–<kbd>9</kbd> and <kbd>0</kbd> choose what happened; <kbd>Ctrl</kbd> +{' '}
          <kbd>Enter</kbd> saves.
        </p>
      </form>
    </section>
  );
}
