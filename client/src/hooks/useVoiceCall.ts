import { useCallback, useEffect, useRef, useState } from 'react';
import type { Call, Device } from '@twilio/voice-sdk';
import { fetchVoiceToken } from '../api/telephony';
import { saveAudio, savedAudio } from '../telephony/audioChoice';
import type { AudioKind } from '../telephony/audioChoice';
import { voiceProblem } from '../telephony/voiceErrors';
import type { VoiceProblem } from '../telephony/voiceErrors';
import { loadVoiceSdk } from '../telephony/voiceSdk';
import type { VoiceSdk } from '../telephony/voiceSdk';

/** preparing: loading the SDK and a token. connecting: dialled, not yet through to Twilio. */
export type VoicePhase = 'idle' | 'preparing' | 'connecting' | 'ringing' | 'open' | 'ended';

export interface AudioDevice {
  id: string;
  label: string;
}

/** What can be chosen, and what is in use; outputs is empty where the browser cannot pick a speaker. */
export interface AudioDevices {
  inputs: AudioDevice[];
  outputs: AudioDevice[];
  input: string;
  output: string;
}

interface VoiceCallOptions {
  assignmentId: number;
  /** The call is being placed: the server hears call.dialled. */
  onDialled: () => void;
  /** A placed call is over: the server hears call.ended. */
  onEnded: () => void;
}

/** One press of Call: whether call.dialled went out (so call.ended must follow), and the SDK's call. */
interface Attempt {
  dialled: boolean;
  call: Call | null;
}

function listed(devices: Map<string, MediaDeviceInfo>, noun: string): AudioDevice[] {
  // Labels stay empty until the microphone is allowed.
  return [...devices.values()].map((d, i) => ({ id: d.deviceId, label: d.label || `${noun} ${i + 1}` }));
}

/**
 * A call from the browser through Twilio to the contact the caller holds. The server's TwiML dials the
 * number; the browser only says which assignment. One Voice device per contact, destroyed with the screen.
 */
export function useVoiceCall({ assignmentId, onDialled, onEnded }: VoiceCallOptions) {
  const [phase, setPhase] = useState<VoicePhase>('idle');
  const [acceptedAt, setAcceptedAt] = useState<number | null>(null);
  /** How long the last call lasted, once it is over. */
  const [seconds, setSeconds] = useState<number | null>(null);
  const [muted, setMuted] = useState(false);
  const [problem, setProblem] = useState<VoiceProblem | null>(null);
  const [devices, setDevices] = useState<AudioDevices | null>(null);
  const device = useRef<Device | null>(null);
  const current = useRef<Attempt | null>(null);
  const accepted = useRef<number | null>(null);
  const handlers = useRef({ onDialled, onEnded });
  handlers.current = { onDialled, onEnded };

  const readDevices = useCallback((dev: Device) => {
    const audio = dev.audio;
    if (!audio) return;
    const [speaker] = audio.speakerDevices.get();
    setDevices({
      inputs: listed(audio.availableInputDevices, 'Microphone'),
      outputs: audio.isOutputSelectionSupported ? listed(audio.availableOutputDevices, 'Speaker') : [],
      input: audio.inputDevice?.deviceId ?? 'default',
      output: speaker?.deviceId ?? 'default',
    });
  }, []);

  /** The attempt is over: once only, and call.ended only if call.dialled went out. */
  const end = useCallback((attempt: Attempt) => {
    if (current.current !== attempt) return;
    current.current = null;
    setMuted(false);
    if (!attempt.dialled) return setPhase('idle');
    const from = accepted.current;
    setSeconds(from === null ? null : Math.round((Date.now() - from) / 1000));
    setPhase('ended');
    handlers.current.onEnded();
  }, []);

  const fail = useCallback(
    (attempt: Attempt, err: unknown) => {
      if (current.current !== attempt) return;
      setProblem(voiceProblem(err));
      end(attempt);
      attempt.call?.disconnect();
    },
    [end],
  );

  const createDevice = useCallback(
    (sdk: VoiceSdk, token: string): Device => {
      const dev = new sdk.Device(token, {
        codecPreferences: [sdk.Call.Codec.Opus, sdk.Call.Codec.PCMU],
        // Closing the tab mid-call asks first.
        closeProtection: true,
      });
      dev.on('error', (err: unknown) => {
        const attempt = current.current;
        // Before the call exists the device's error is the call's; during one, the call says if it ended.
        if (attempt && !attempt.call) fail(attempt, err);
        else setProblem(voiceProblem(err));
      });
      dev.on('tokenWillExpire', () => {
        fetchVoiceToken().then(
          ({ token: fresh }) => dev.updateToken(fresh),
          (err: unknown) => setProblem(voiceProblem(err)),
        );
      });
      dev.audio?.on('deviceChange', () => readDevices(dev));
      device.current = dev;
      return dev;
    },
    [fail, readDevices],
  );

  /** The volunteer's remembered microphone and speaker, where this browser still has them. */
  const applySavedAudio = useCallback(async (dev: Device) => {
    const audio = dev.audio;
    if (!audio) return;
    const input = savedAudio('input');
    if (input && audio.availableInputDevices.has(input)) await audio.setInputDevice(input);
    const output = savedAudio('output');
    if (output && audio.isOutputSelectionSupported && audio.availableOutputDevices.has(output)) {
      await audio.speakerDevices.set(output);
    }
  }, []);

  const start = useCallback(async () => {
    if (current.current) return;
    const attempt: Attempt = { dialled: false, call: null };
    current.current = attempt;
    accepted.current = null;
    setProblem(null);
    setSeconds(null);
    setAcceptedAt(null);
    setPhase('preparing');
    try {
      const [sdk, { token }] = await Promise.all([loadVoiceSdk(), fetchVoiceToken()]);
      if (current.current !== attempt) return;
      let dev = device.current;
      if (dev) dev.updateToken(token);
      else dev = createDevice(sdk, token);
      await applySavedAudio(dev);
      if (current.current !== attempt) return;
      setPhase('connecting');
      attempt.dialled = true;
      handlers.current.onDialled();
      const call = await dev.connect({ params: { assignmentId: String(assignmentId) } });
      if (current.current !== attempt) return void call.disconnect();
      attempt.call = call;
      call.on('ringing', () => current.current === attempt && setPhase('ringing'));
      call.on('accept', () => {
        if (current.current !== attempt) return;
        accepted.current = Date.now();
        setAcceptedAt(accepted.current);
        setPhase('open');
        readDevices(dev); // device names are readable now the microphone is allowed
      });
      for (const over of ['disconnect', 'cancel', 'reject'] as const) call.on(over, () => end(attempt));
      call.on('error', (err: unknown) => fail(attempt, err));
    } catch (err) {
      fail(attempt, err);
    }
  }, [assignmentId, createDevice, applySavedAudio, readDevices, end, fail]);

  const hangUp = useCallback(() => {
    const attempt = current.current;
    if (!attempt) return;
    if (attempt.call) attempt.call.disconnect();
    else end(attempt); // still connecting: connect() answering later finds it stale and hangs up
  }, [end]);

  const toggleMute = useCallback(() => {
    const call = current.current?.call;
    if (!call) return;
    const next = !call.isMuted();
    call.mute(next);
    setMuted(next);
  }, []);

  const sendDigit = useCallback((digit: string) => current.current?.call?.sendDigits(digit), []);

  const chooseAudio = useCallback(
    async (kind: AudioKind, id: string) => {
      const dev = device.current;
      const audio = dev?.audio;
      if (!dev || !audio) return;
      saveAudio(kind, id);
      try {
        if (kind === 'input') await audio.setInputDevice(id);
        else await audio.speakerDevices.set(id);
      } catch (err) {
        setProblem(voiceProblem(err));
      }
      readDevices(dev);
    },
    [readDevices],
  );

  // Leaving this contact (saved, skipped, closed): hang up without telling the server the call ended,
  // since the outcome or release has said more than that already.
  useEffect(
    () => () => {
      const attempt = current.current;
      current.current = null;
      attempt?.call?.disconnect();
      device.current?.destroy();
      device.current = null;
    },
    [],
  );

  return {
    phase,
    acceptedAt,
    seconds,
    muted,
    problem,
    devices,
    start,
    hangUp,
    toggleMute,
    sendDigit,
    chooseAudio,
  };
}
