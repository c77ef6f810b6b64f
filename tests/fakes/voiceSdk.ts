// A stand-in for @twilio/voice-sdk, built into the client for the browser tests (RINGROUND_FAKE_VOICE_SDK,
// see client/vite.config.mts). Same names as the parts Ringround uses: Device (connect, updateToken,
// destroy, on, audio) and Call (mute, isMuted, sendDigits, disconnect, on, Codec). Nothing leaves the
// page; the test plays the far end through window.__fakeVoice: ring, accept, hang up, fail.

type Listener = (...args: unknown[]) => void;

class Emitter {
  private listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** What the test reads and drives, as window.__fakeVoice. */
export interface FakeVoiceHook {
  /** Every Device made: its token and options. */
  devices: { token: string; options: unknown }[];
  /** Tokens given to updateToken. */
  updatedTokens: string[];
  /** The params of every connect(). */
  connects: Record<string, string>[];
  /** Digits sent down the line, in order. */
  digits: string;
  muted: boolean;
  disconnects: number;
  destroyed: number;
  inputDevice: string | null;
  outputDevice: string | null;
  /** When true, the next call fails as a refused microphone does (error 31401). */
  refuseMicrophone: boolean;
  ring(): void;
  accept(): void;
  /** The far end hangs up. */
  hangUp(): void;
  /** The call fails with a Twilio error code. */
  callError(code: number, message?: string): void;
  deviceError(code: number, message?: string): void;
  tokenWillExpire(): void;
}

const hook: FakeVoiceHook = {
  devices: [],
  updatedTokens: [],
  connects: [],
  digits: '',
  muted: false,
  disconnects: 0,
  destroyed: 0,
  inputDevice: null,
  outputDevice: null,
  refuseMicrophone: false,
  ring: () => current.call?.emit('ringing', false),
  accept: () => current.call?.emit('accept', current.call),
  hangUp: () => current.call?.disconnect(),
  callError: (code, message) => current.call?.emit('error', twilioError(code, message)),
  deviceError: (code, message) => current.device?.emit('error', twilioError(code, message)),
  tokenWillExpire: () => current.device?.emit('tokenWillExpire', current.device),
};
// The SDK loads on the first Call, so a test sets things up beforehand (refuseMicrophone) by giving
// window.__fakeVoice those fields; they are kept.
const page = window as unknown as { __fakeVoice?: Partial<FakeVoiceHook> };
page.__fakeVoice = Object.assign(hook, page.__fakeVoice ?? {});

const current: { device: Device | null; call: Call | null } = { device: null, call: null };

function twilioError(code: number, message = 'Fake Twilio error') {
  return Object.assign(new Error(`FakeError (${code}): ${message}`), {
    code,
    name: 'FakeTwilioError',
    description: message,
    explanation: message,
    causes: [],
    solutions: [],
  });
}

function mediaDevice(deviceId: string, kind: MediaDeviceKind, label: string): MediaDeviceInfo {
  return { deviceId, kind, label, groupId: 'fake', toJSON: () => ({ deviceId, kind, label }) };
}

class AudioHelper extends Emitter {
  availableInputDevices = new Map([
    ['default', mediaDevice('default', 'audioinput', 'Built-in microphone')],
    ['headset-mic', mediaDevice('headset-mic', 'audioinput', 'Headset microphone')],
  ]);
  availableOutputDevices = new Map([
    ['default', mediaDevice('default', 'audiooutput', 'Built-in speakers')],
    ['headset', mediaDevice('headset', 'audiooutput', 'Headset')],
  ]);
  isOutputSelectionSupported = true;
  inputDevice: MediaDeviceInfo | null = null;
  private speaker = 'default';
  speakerDevices = {
    get: () => new Set([this.availableOutputDevices.get(this.speaker)!]),
    set: async (id: string) => {
      this.speaker = id;
      hook.outputDevice = id;
    },
  };

  async setInputDevice(id: string): Promise<void> {
    this.inputDevice = this.availableInputDevices.get(id) ?? null;
    hook.inputDevice = id;
  }
}

export class Call extends Emitter {
  static Codec = { Opus: 'opus', PCMU: 'pcmu' } as const;
  private muted = false;
  private closed = false;

  constructor(readonly customParameters: Record<string, string>) {
    super();
  }

  mute(shouldMute = true): void {
    this.muted = shouldMute;
    hook.muted = shouldMute;
    this.emit('mute', shouldMute, this);
  }

  isMuted(): boolean {
    return this.muted;
  }

  sendDigits(digits: string): void {
    hook.digits += digits;
  }

  disconnect(): void {
    if (this.closed) return;
    this.closed = true;
    hook.disconnects += 1;
    if (current.call === this) current.call = null;
    this.emit('disconnect', this);
  }

  status(): string {
    return this.closed ? 'closed' : 'open';
  }
}

export class Device extends Emitter {
  audio = new AudioHelper();

  constructor(token: string, options: unknown) {
    super();
    hook.devices.push({ token, options });
    current.device = this;
  }

  async connect(options: { params?: Record<string, string> } = {}): Promise<Call> {
    const params = options.params ?? {};
    hook.connects.push(params);
    const call = new Call(params);
    current.call = call;
    if (hook.refuseMicrophone) {
      // As the SDK does: the call comes back, then fails when getUserMedia is refused.
      setTimeout(() => {
        call.emit('error', twilioError(31401, 'Permission denied'));
        call.disconnect();
      }, 50);
    }
    return call;
  }

  updateToken(token: string): void {
    hook.updatedTokens.push(token);
  }

  destroy(): void {
    hook.destroyed += 1;
    current.call?.disconnect();
    if (current.device === this) current.device = null;
  }
}
