import { useState } from 'react';
import type { FallbackReply } from '../../../../protocol';
import { revealNumber } from '../../api/telephony';
import { FINAL_STATUSES, useTelephonyStatus } from '../../hooks/useTelephonyStatus';
import type { HeardStatus } from '../../hooks/useTelephonyStatus';
import { useVoiceCall } from '../../hooks/useVoiceCall';
import type { VoicePhase } from '../../hooks/useVoiceCall';
import { voiceProblem } from '../../telephony/voiceErrors';
import type { VoiceProblem } from '../../telephony/voiceErrors';
import { PhoneIcon } from '../icons';
import { AudioDevicePicker } from './AudioDevicePicker';
import { HangUpIcon, HeadsetIcon, KeypadIcon, MicIcon, MicOffIcon } from './callIcons';
import { providerLine } from './callLine';
import type { CallLine } from './callLine';
import { CallStatusLine } from './CallStatusLine';
import { DtmfKeypad } from './DtmfKeypad';
import { useOutcomeHint } from './liveCall';
import type { LiveCallProps } from './liveCall';
import { OwnPhoneDial } from './OwnPhoneDial';
import { asE164 } from './phone';

interface BrowserCallPanelProps extends LiveCallProps {
  /** Masked: in browser calling the page never holds the number. */
  maskedPhone: string;
}

/** The SDK's progress, refined by the server's word on the dialled leg (ringing, answered, busy...). */
function voiceLine(
  phase: VoicePhase,
  acceptedAt: number | null,
  seconds: number | null,
  status: HeardStatus | null,
  firstName: string,
): CallLine | null {
  const final = status && FINAL_STATUSES.includes(status.status) ? status : null;
  switch (phase) {
    case 'idle':
      return null;
    case 'preparing':
      return { tone: 'waiting', text: 'Getting ready to call…' };
    case 'connecting':
      return { tone: 'waiting', text: `Calling ${firstName}…` };
    case 'ringing':
      return { tone: 'waiting', text: `Ringing ${firstName}…` };
    case 'open': {
      const since = acceptedAt ?? undefined;
      if (status?.status === 'ringing') return { ...providerLine('ringing', firstName), since };
      return { tone: 'live', text: `On the call with ${firstName}`, since };
    }
    case 'ended':
      return final
        ? { ...providerLine(final.status, firstName), seconds: final.durationSeconds ?? seconds }
        : { tone: 'over', text: 'Call ended', seconds };
  }
}

/** Only problems with the browser's side of the call are worth a phone instead. */
const fallbackHelps = (problem: VoiceProblem | null) => problem !== null && problem.kind !== 'claim';

/**
 * Calling through the browser (Twilio): Call, then Mute, Keypad and Hang up, the call's progress and
 * timer, the microphone and speaker, and when the browser cannot call, the volunteer's own phone instead.
 */
export function BrowserCallPanel(props: BrowserCallPanelProps) {
  const { assignmentId, firstName, maskedPhone, socket, dialled, disabled, onDial, onEnded } = props;
  const { status, forget } = useTelephonyStatus(socket, assignmentId);
  const voice = useVoiceCall({ assignmentId, onDialled: onDial, onEnded });
  const [keypad, setKeypad] = useState(false);
  const [revealed, setRevealed] = useState<FallbackReply | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [revealProblem, setRevealProblem] = useState<string | null>(null);
  const [dialledOwn, setDialledOwn] = useState(false);
  useOutcomeHint(status, props.onOutcomeHint);

  const onCall = ['connecting', 'ringing', 'open'].includes(voice.phase);
  const preparing = voice.phase === 'preparing';
  // Failed before it was ever through (no microphone, no network): it did not "end", it never started.
  const line =
    voice.phase === 'ended' && voice.problem && voice.acceptedAt === null && !status
      ? { tone: 'missed' as const, text: 'The call didn’t connect' }
      : voiceLine(voice.phase, voice.acceptedAt, voice.seconds, status, firstName);

  async function ownPhone() {
    setRevealing(true);
    setRevealProblem(null);
    try {
      setRevealed(await revealNumber(assignmentId));
    } catch (err) {
      setRevealProblem(voiceProblem(err).message);
    } finally {
      setRevealing(false);
    }
  }

  if (revealed) {
    return (
      <OwnPhoneDial
        phone={asE164(revealed.phone)}
        firstName={firstName}
        withhold={revealed.withholdPrefix !== ''}
        prefix={revealed.withholdPrefix}
        dialled={dialledOwn}
        disabled={disabled}
        onDial={() => {
          setDialledOwn(true);
          onDial();
        }}
        note={
          <p className="voice__note">
            Browser calling didn&rsquo;t work, so {firstName}&rsquo;s number is shown for this call only.
            Ringround keeps a note that it was shown.
          </p>
        }
      />
    );
  }

  return (
    <div className="dial voice">
      <div className="dial__numberrow">
        <p className="dial__number dial__number--hidden" aria-label="Phone number hidden">
          {maskedPhone}
        </p>
        <span className="voice__badge">
          <HeadsetIcon />
          Browser call
        </span>
      </div>
      <CallStatusLine line={line} />
      {onCall ? (
        <div className="voice__controls">
          <button
            type="button"
            className={`button button--secondary voice__control${voice.muted ? ' voice__control--on' : ''}`}
            disabled={voice.phase !== 'open'}
            onClick={voice.toggleMute}
          >
            {voice.muted ? <MicOffIcon /> : <MicIcon />}
            <span>{voice.muted ? 'Unmute' : 'Mute'}</span>
          </button>
          <button
            type="button"
            className={`button button--secondary voice__control${keypad ? ' voice__control--on' : ''}`}
            aria-expanded={keypad}
            disabled={voice.phase !== 'open'}
            onClick={() => setKeypad((open) => !open)}
          >
            <KeypadIcon />
            <span>Keypad</span>
          </button>
          <button type="button" className="button voice__hangup" onClick={voice.hangUp}>
            <HangUpIcon />
            <span>Hang up</span>
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button dial__button"
          disabled={disabled}
          aria-busy={preparing || undefined}
          onClick={() => {
            if (preparing) return;
            forget();
            void voice.start();
          }}
        >
          {preparing ? <span className="spinner" aria-hidden="true" /> : <PhoneIcon />}
          <span>
            {preparing ? 'Getting ready…' : dialled ? `Call ${firstName} again` : `Call ${firstName}`}
          </span>
        </button>
      )}
      {onCall && keypad && voice.phase === 'open' ? <DtmfKeypad onDigit={voice.sendDigit} /> : null}
      {voice.muted ? (
        <p className="voice__muted">You&rsquo;re muted: {firstName} can&rsquo;t hear you.</p>
      ) : null}
      {voice.problem ? (
        <div className="voice__problem" role="alert">
          <p>{voice.problem.message}</p>
          {fallbackHelps(voice.problem) ? (
            <button
              type="button"
              className="button button--secondary voice__ownphone"
              aria-busy={revealing || undefined}
              onClick={() => void (revealing || ownPhone())}
            >
              {revealing ? <span className="spinner" aria-hidden="true" /> : <PhoneIcon />}
              <span>{revealing ? 'Getting the number…' : 'Call from your own phone instead'}</span>
            </button>
          ) : null}
          {revealProblem ? <p className="voice__revealproblem">{revealProblem}</p> : null}
        </div>
      ) : null}
      {!onCall && !voice.problem ? (
        <p className="dial__help">
          {dialled
            ? 'When the call is over, choose what happened below and save.'
            : `Calls from this browser, from the campaign’s number: ${firstName} won’t see yours. A headset helps.`}
        </p>
      ) : null}
      {voice.devices ? <AudioDevicePicker devices={voice.devices} onChoose={voice.chooseAudio} /> : null}
    </div>
  );
}
