// The calling loop's socket: typed by protocol's event maps, and every request answered, even when the
// server never does (a dropped connection) — that answer is a {ok:false} with error 'timeout'.
import type { Failure } from '../../../protocol';
import { askWithTimeout } from './socketClient';
import type { AppSocket, EventPayload, EventReply } from './socketClient';

export type CallerSocket = AppSocket;
type CallerEvent = 'call.next' | 'call.dialled' | 'call.ended' | 'call.outcome' | 'call.release';
export type Reply<E extends CallerEvent> = EventReply<E>;

export const TIMED_OUT: Failure = {
  ok: false,
  error: 'timeout',
  message: 'Ringround did not answer in time. Check your connection; we will keep trying.',
};

/** Sends one event and resolves with its ack, or TIMED_OUT. */
export function ask<E extends CallerEvent>(
  socket: CallerSocket,
  event: E,
  payload: EventPayload<E>,
): Promise<Reply<E>> {
  return askWithTimeout(socket, event, payload, TIMED_OUT);
}
