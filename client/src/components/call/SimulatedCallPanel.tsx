import { useTelephonySimulation } from '../../hooks/useTelephonySimulation';
import { PhoneIcon } from '../icons';
import { HangUpIcon } from './callIcons';
import { providerLine } from './callLine';
import type { CallLine } from './callLine';
import { CallStatusLine } from './CallStatusLine';
import { useOutcomeHint } from './liveCall';
import type { LiveCallProps } from './liveCall';
import { displayPhone } from './phone';

interface SimulatedCallPanelProps extends LiveCallProps {
  phone: string;
}

/**
 * A demo campaign's pretend call: the server plays out ringing, answering and hanging up, so the screen
 * behaves as on a real call. Labelled throughout, so nobody thinks a phone rang.
 */
export function SimulatedCallPanel(props: SimulatedCallPanelProps) {
  const { assignmentId, firstName, phone, socket, dialled, disabled, onDial, onEnded } = props;
  const sim = useTelephonySimulation({ socket, assignmentId, onDialled: onDial, onEnded });
  const { status } = sim;
  useOutcomeHint(status, props.onOutcomeHint);

  let line: CallLine | null = null;
  if (status) {
    const said = providerLine(status.status, firstName);
    line = {
      ...said,
      text: `${said.text} (simulated)`,
      since: status.status === 'answered' ? status.heardAt : undefined,
      seconds: status.durationSeconds,
    };
  } else if (sim.active) line = { tone: 'waiting', text: 'Starting the simulated call…' };

  return (
    <div className="dial dial--simulated">
      <div className="dial__numberrow">
        <p className="dial__number" aria-label={`Phone number ${displayPhone(phone)}`}>
          {displayPhone(phone)}
        </p>
        <span className="voice__badge voice__badge--simulated">Simulated</span>
      </div>
      <CallStatusLine line={line} />
      {sim.active ? (
        <button
          type="button"
          className="button voice__hangup dial__button"
          disabled={sim.starting}
          onClick={() => void sim.hangUp()}
        >
          <HangUpIcon />
          <span>Hang up</span>
        </button>
      ) : (
        <button
          type="button"
          className="button dial__button"
          disabled={disabled}
          onClick={() => void sim.start()}
        >
          <PhoneIcon />
          <span>{dialled ? 'Simulate again' : 'Simulate call'}</span>
        </button>
      )}
      {sim.problem ? (
        <p className="voice__problem" role="alert">
          {sim.problem}
        </p>
      ) : null}
      <p className="dial__help">
        Practice line: no real phone rings. Ringround plays the call out so you can try the screen.
      </p>
    </div>
  );
}
