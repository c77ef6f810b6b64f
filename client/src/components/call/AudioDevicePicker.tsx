import type { AudioKind } from '../../telephony/audioChoice';
import type { AudioDevice, AudioDevices } from '../../hooks/useVoiceCall';
import { Field } from '../Field';

interface AudioDevicePickerProps {
  devices: AudioDevices;
  onChoose: (kind: AudioKind, id: string) => void;
}

/** One drop-down of devices: the microphones or the speakers. */
function DeviceSelect(props: {
  label: string;
  options: AudioDevice[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(control) => (
        <select
          {...control}
          className="field__input"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.options.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Which microphone and speaker the call uses; the speaker only where the browser can choose one. */
export function AudioDevicePicker({ devices, onChoose }: AudioDevicePickerProps) {
  if (devices.inputs.length === 0) return null;
  return (
    <details className="voice__audio">
      <summary>Microphone and speaker</summary>
      <div className="voice__audiofields">
        <DeviceSelect
          label="Microphone"
          options={devices.inputs}
          value={devices.input}
          onChange={(id) => onChoose('input', id)}
        />
        {devices.outputs.length ? (
          <DeviceSelect
            label="Speaker"
            options={devices.outputs}
            value={devices.output}
            onChange={(id) => onChoose('output', id)}
          />
        ) : null}
      </div>
    </details>
  );
}
