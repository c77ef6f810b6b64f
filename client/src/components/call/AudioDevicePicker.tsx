import type { AudioKind } from '../../telephony/audioChoice';
import type { AudioDevices } from '../../hooks/useVoiceCall';

interface AudioDevicePickerProps {
  devices: AudioDevices;
  onChoose: (kind: AudioKind, id: string) => void;
}

/** Which microphone and speaker the call uses; the speaker only where the browser can choose one. */
export function AudioDevicePicker({ devices, onChoose }: AudioDevicePickerProps) {
  if (devices.inputs.length === 0) return null;
  return (
    <details className="voice__audio">
      <summary>Microphone and speaker</summary>
      <div className="voice__audiofields">
        <div className="field">
          <label className="field__label" htmlFor="voice-input">
            Microphone
          </label>
          <select
            id="voice-input"
            className="field__input"
            value={devices.input}
            onChange={(e) => onChoose('input', e.target.value)}
          >
            {devices.inputs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        {devices.outputs.length ? (
          <div className="field">
            <label className="field__label" htmlFor="voice-output">
              Speaker
            </label>
            <select
              id="voice-output"
              className="field__input"
              value={devices.output}
              onChange={(e) => onChoose('output', e.target.value)}
            >
              {devices.outputs.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
    </details>
  );
}
