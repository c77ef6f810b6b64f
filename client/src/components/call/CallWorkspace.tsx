import { useEffect, useRef, useState } from 'react';
import type { Assignment, CallerCampaign } from '../../../../protocol';
import type { CallerSocket } from '../../api/callerSocket';
import type { Busy, OutcomeFields } from '../../hooks/useCallingLoop';
import { useOutcomeForm } from '../../hooks/useOutcomeForm';
import { useOutcomeShortcuts } from '../../hooks/useOutcomeShortcuts';
import { ContactCard } from './ContactCard';
import { padFor } from './outcomes';
import { OutcomeCard } from './OutcomeCard';
import { ScriptCard } from './ScriptCard';
import { SessionsPanel } from './SessionsPanel';

/** Practice-only lines on what each part of the screen is for. */
export interface CoachLines {
  script: string;
  sessions: string;
  outcome: string;
}

interface CallWorkspaceProps {
  assignment: Assignment;
  campaign: Pick<CallerCampaign, 'timezone' | 'telephony' | 'withholdNumber'>;
  busy: Busy;
  /** The connection is down: nothing can be sent, so nothing can be pressed. */
  offline: boolean;
  problem: string | null;
  /** The caller's socket, for calls through Ringround (browser or simulated); none in practice. */
  socket?: CallerSocket | null;
  onDial: () => void;
  /** Called once, when an outcome is first chosen after dialling. */
  onWrapUp?: () => void;
  onSave: (fields: OutcomeFields) => void;
  onSkip: () => void;
  onFinish: () => void;
  coach?: CoachLines;
}

/** One contact on screen: who, how to call, what to say, sessions to offer, and what happened. */
export function CallWorkspace(props: CallWorkspaceProps) {
  const { assignment, campaign, busy, offline, coach } = props;
  const form = useOutcomeForm(campaign.timezone);
  const [dialled, setDialled] = useState(false);
  const wrapping = useRef(false);
  const { onWrapUp } = props;
  useEffect(() => {
    if (!dialled || form.outcome === null || wrapping.current) return;
    wrapping.current = true;
    onWrapUp?.();
  }, [dialled, form.outcome, onWrapUp]);
  /** A call through Ringround ended: the dashboard shows the caller wrapping up, once. */
  const callEnded = () => {
    if (wrapping.current) return;
    wrapping.current = true;
    onWrapUp?.();
  };
  const locked = offline || busy !== null;
  const save = () => {
    if (locked) return;
    const fields = form.fields();
    if (fields) props.onSave(fields);
  };
  const pad = padFor(assignment.purpose);
  useOutcomeShortcuts(!locked, pad, form.pick, save);
  const { firstName } = assignment.contact;

  return (
    <div className="workspace" aria-busy={busy !== null}>
      <div className="workspace__side">
        <ContactCard
          assignment={assignment}
          campaign={campaign}
          dialled={dialled}
          disabled={locked}
          busy={busy === 'skipping' || busy === 'finishing' ? busy : null}
          practice={Boolean(coach)}
          socket={props.socket}
          onDial={() => {
            setDialled(true);
            wrapping.current = false;
            props.onDial();
          }}
          onEnded={callEnded}
          onOutcomeHint={(outcome) => {
            if (form.outcome === null) form.pick(outcome);
          }}
          onSkip={props.onSkip}
          onFinish={props.onFinish}
        />
        <SessionsPanel
          firstName={firstName}
          sessions={assignment.sessions}
          chosen={form.sessionId}
          timeZone={campaign.timezone}
          disabled={locked}
          onChoose={form.choose}
          coach={coach?.sessions}
        />
      </div>
      <div className="workspace__main">
        <ScriptCard
          script={assignment.script}
          answers={form.answers}
          disabled={locked}
          onAnswer={form.answer}
          coach={coach?.script}
        />
        <OutcomeCard
          form={form}
          pad={pad}
          firstName={firstName}
          hasSessions={assignment.sessions.length > 0}
          timeZone={campaign.timezone}
          disabled={offline}
          saving={busy === 'saving' || busy === 'next'}
          saveLabel={coach ? 'Save the practice call' : `Save and call the next person`}
          busyLabel={busy === 'next' ? 'Finding the next person…' : 'Saving…'}
          problem={props.problem}
          onSubmit={save}
          coach={coach?.outcome}
        />
      </div>
    </div>
  );
}
