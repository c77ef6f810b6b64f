// Calling through the browser or the simulation: the Voice token and the own-phone fallback over HTTP,
// and the telephony events over the caller's socket. Answers are trusted as typed (no zod on this route).
import type { FallbackReply, TelephonyToken } from '../../../protocol';
import { TIMED_OUT } from './callerSocket';
import type { CallerSocket } from './callerSocket';
import { request } from './http';
import { askWithTimeout } from './socketClient';
import type { EventPayload, EventReply } from './socketClient';

/** A short-lived Twilio Voice token for the contact this caller holds. */
export async function fetchVoiceToken(): Promise<TelephonyToken> {
  return (await request('POST', '/api/telephony/token', {})) as TelephonyToken;
}

/** Browser calling failed: the held contact's number, shown for this one call (the server logs it). */
export async function revealNumber(assignmentId: number): Promise<FallbackReply> {
  return (await request('POST', '/api/telephony/fallback', { assignmentId })) as FallbackReply;
}

type TelephonyEvent = 'telephony.simulate' | 'telephony.hangup' | 'followup.sms';

/** Sends one telephony event and resolves with its ack, or TIMED_OUT. */
export function askTelephony<E extends TelephonyEvent>(
  socket: CallerSocket,
  event: E,
  payload: EventPayload<E>,
): Promise<EventReply<E>> {
  return askWithTimeout(socket, event, payload, TIMED_OUT);
}
