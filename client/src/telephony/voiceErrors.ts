// What went wrong with a browser call, in words a volunteer can act on. Twilio's own messages read
// "TransportError (31009): No transport available…"; the code is kept, for whoever helps them.
import { ApiError } from '../api/http';

export type VoiceProblemKind = 'microphone' | 'network' | 'claim' | 'other';

export interface VoiceProblem {
  kind: VoiceProblemKind;
  message: string;
  code: number | null;
}

/** 31401 and 31402: the SDK could not get the microphone; 31208: the browser refused it. */
const MICROPHONE = new Set([31208, 31401, 31402]);
/** 31005 and 31009: the connection to Twilio dropped or never opened; 53000-53999: signalling and media. */
const isNetwork = (code: number) => code === 31005 || code === 31009 || (code >= 53000 && code < 54000);

const MICROPHONE_HELP =
  'Ringround can’t use your microphone. Allow it: press the microphone or padlock icon next to the address, ' +
  'choose Allow for microphone, then press Call again. On a phone, check the browser may use the microphone ' +
  'in your phone’s settings.';

function codeOf(err: unknown): number | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

function nameOf(err: unknown): string {
  const name = (err as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
}

/** A Twilio error, a getUserMedia DOMException, or anything else thrown while calling. */
export function voiceProblem(err: unknown): VoiceProblem {
  if (err instanceof ApiError) {
    // 403/409: this contact is no longer held (taken back, or saved elsewhere); otherwise Ringround's trouble.
    const claim = err.status === 403 || err.status === 409;
    return { kind: claim ? 'claim' : 'other', code: null, message: err.message };
  }
  const code = codeOf(err);
  const name = nameOf(err);
  if (name === 'NotFoundError') {
    const message = 'No microphone was found. Plug in a headset or microphone, then press Call again.';
    return { kind: 'microphone', code, message };
  }
  if ((code !== null && MICROPHONE.has(code)) || name === 'NotAllowedError') {
    return { kind: 'microphone', code, message: MICROPHONE_HELP };
  }
  if (code !== null && isNetwork(code)) {
    return {
      kind: 'network',
      code,
      message: `Browser calling couldn’t reach the phone network (error ${code}). Check your internet connection, then try again.`,
    };
  }
  const detail = (err as { description?: unknown } | null)?.description;
  const said = typeof detail === 'string' && detail ? detail : 'Browser calling stopped working';
  return {
    kind: 'other',
    code,
    message: code === null ? `${said}. Try again.` : `${said} (Twilio error ${code}). Try again.`,
  };
}
