import { useEffect, useRef, useState } from 'react';
import type { Failure, Snapshot } from '../../../../protocol';
import { Button } from '../Button';
import { firstName } from '../names';
import { STATE_NAMES, durationText, isStuck } from './dashboardText';

type Caller = Snapshot['callers'][number];

interface CallerRowProps {
  caller: Caller;
  now: number;
  onRemove: (userId: number) => Promise<Failure | null>;
  onReturn: (assignmentId: number) => Promise<Failure | null>;
}

/** The question being asked about this caller: which action, and the contact it was asked about. */
type Question =
  { action: 'remove'; busy: boolean } | { action: 'return'; busy: boolean; assignmentId: number };

/**
 * One caller: state, time in it (a warning when it looks stuck), calls, and two actions that each take a
 * confirm step: Return their contact (while they hold one; the main action when they look stuck) and Remove.
 */
export function CallerRow({ caller, now, onRemove, onReturn }: CallerRowProps) {
  const [question, setQuestion] = useState<Question | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const returnRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  // The action last asked about, so focus goes back to its button once the question is closed.
  const asked = useRef<Question['action'] | null>(null);
  const stuck = isStuck(caller.state, caller.since, now);
  const inState = durationText(now - Date.parse(caller.since));
  const first = firstName(caller.name);
  const holding = caller.assignmentId;

  // Focus follows the question: onto the safe answer when asked, back to the action's button when it is
  // closed (or to Remove, when the contact is no longer theirs and Return has gone).
  const open = question !== null;
  useEffect(() => {
    if (open) keepRef.current?.focus();
    else if (asked.current === 'return' && returnRef.current) returnRef.current.focus();
    else if (asked.current) removeRef.current?.focus();
  }, [open]);

  // They saved or let go of the contact while the coordinator was deciding: there is nothing to return.
  const returnGone = question?.action === 'return' && !question.busy && question.assignmentId !== holding;
  useEffect(() => {
    if (returnGone) setQuestion(null);
  }, [returnGone]);

  const ask = (action: Question['action']) => {
    asked.current = action;
    setProblem(null);
    if (action === 'remove') setQuestion({ action, busy: false });
    else if (holding !== null) setQuestion({ action, busy: false, assignmentId: holding });
  };

  const confirm = async () => {
    if (!question) return;
    setQuestion({ ...question, busy: true });
    const failure =
      question.action === 'remove' ? await onRemove(caller.id) : await onReturn(question.assignmentId);
    if (failure) {
      setProblem(failure.message);
      setQuestion({ ...question, busy: false });
    } else if (question.action === 'return') {
      setQuestion(null);
    }
  };

  const returning = question?.action === 'return';
  const questionText = returning ? (
    <>
      <strong>Put their contact back in the queue?</strong> {first}&rsquo;s screen moves on to someone new,
      and this contact waits behind everyone already in the queue.
    </>
  ) : (
    <>
      <strong>Remove {caller.name}?</strong> Their calling ends now, and anyone they are holding goes back in
      the queue.
    </>
  );

  return (
    <>
      <tr
        className={`dash-caller${stuck ? ' dash-caller--stuck' : ''}${holding === null ? '' : ' dash-caller--holding'}`}
      >
        <th scope="row" className="dash-caller__name">
          {caller.name}
        </th>
        <td className="dash-caller__state">
          <span className={`dash-pill dash-pill--${caller.state}`}>{STATE_NAMES[caller.state]}</span>
        </td>
        <td className="dash-caller__time">
          <span className="dash-caller__cell-label">In this state: </span>
          {inState}
          {stuck ? <span className="dash-tag dash-tag--stuck">Possibly stuck</span> : null}
        </td>
        <td className="dash-caller__calls">
          <span className="dash-caller__cell-label">Calls: </span>
          {caller.calls}
        </td>
        <td className="dash-caller__actions">
          <div className="dash-caller__buttons">
            {holding === null ? null : (
              <button
                ref={returnRef}
                type="button"
                className={`button ${stuck ? 'button--primary' : 'button--secondary'} dash-return`}
                aria-expanded={returning}
                disabled={open}
                onClick={() => ask('return')}
              >
                Return {first}&apos;s contact
                <span className="dash-visually-hidden"> to the queue</span>
              </button>
            )}
            <button
              ref={removeRef}
              type="button"
              className="button button--secondary dash-remove"
              aria-label={`Remove ${caller.name}`}
              aria-expanded={question?.action === 'remove'}
              disabled={open}
              onClick={() => ask('remove')}
            >
              Remove
            </button>
          </div>
        </td>
      </tr>
      {question === null ? null : (
        <tr className={`dash-caller-confirm${returning ? ' dash-caller-confirm--return' : ''}`}>
          <td colSpan={5}>
            <div
              className="dash-confirm"
              role="group"
              aria-label={returning ? `Return ${first}'s contact to the queue?` : `Remove ${caller.name}?`}
            >
              <p className="dash-confirm__text">{questionText}</p>
              {problem ? (
                <p className="dash-confirm__problem" role="alert">
                  {problem}
                </p>
              ) : null}
              <div className="dash-confirm__buttons">
                {returning ? (
                  <Button
                    busy={question.busy}
                    busyLabel="Returning…"
                    aria-label={`Yes, return ${first}'s contact`}
                    onClick={() => void confirm()}
                  >
                    Yes, return
                  </Button>
                ) : (
                  <Button
                    className="dash-danger"
                    busy={question.busy}
                    busyLabel="Removing…"
                    aria-label={`Yes, remove ${caller.name}`}
                    onClick={() => void confirm()}
                  >
                    Yes, remove
                  </Button>
                )}
                <button
                  ref={keepRef}
                  type="button"
                  className="button button--secondary"
                  onClick={() => setQuestion(null)}
                >
                  {returning ? `Leave it with ${first}` : `Keep ${first}`}
                </button>
              </div>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
