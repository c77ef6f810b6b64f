// The microphone and speaker a volunteer chose, remembered in this browser: each person on the list gets a
// fresh Voice device, and nobody wants to pick their headset again for every call.

export type AudioKind = 'input' | 'output';

const key = (kind: AudioKind) => `ringround.audio.${kind}`;

export function savedAudio(kind: AudioKind): string | null {
  try {
    return localStorage.getItem(key(kind));
  } catch {
    return null; // storage blocked: the browser's default device is used
  }
}

export function saveAudio(kind: AudioKind, deviceId: string): void {
  try {
    localStorage.setItem(key(kind), deviceId);
  } catch {
    // Storage blocked (private browsing): the choice lasts for this call only.
  }
}
