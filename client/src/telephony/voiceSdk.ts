// The one door to Twilio's Voice SDK. A dynamic import, so the SDK (about 100 KB gzipped) is its own chunk,
// downloaded only when a volunteer presses Call in a campaign that calls through the browser. The browser
// tests build the client with '@twilio/voice-sdk' aliased to tests/fakes/voiceSdk.ts.
export async function loadVoiceSdk() {
  return import('@twilio/voice-sdk');
}

export type VoiceSdk = Awaited<ReturnType<typeof loadVoiceSdk>>;
