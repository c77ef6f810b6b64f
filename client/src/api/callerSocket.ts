// The calling loop's socket: typed by protocol's event maps, and every request answered, even when the
// server never does (a dropped connection) — that answer is a {ok:false} with error 'timeout'.
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, Failure, ServerToClientEvents } from '../../../protocol';

export type CallerSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type CallerEvent = 'call.next' | 'call.dialled' | 'call.ended' | 'call.outcome' | 'call.release';
type Payload<E extends CallerEvent> = Parameters<ClientToServerEvents[E]>[0];
export type Reply<E extends CallerEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Long enough for a slow phone network, short enough that a silent connection is noticed. */
const ACK_MS = 10_000;

export const TIMED_OUT: Failure = {
  ok: false,
  error: 'timeout',
  message: 'Ringround did not answer in time. Check your connection; we will keep trying.',
};

/** Sends one event and resolves with its ack, or TIMED_OUT. */
export async function ask<E extends CallerEvent>(
  socket: CallerSocket,
  event: E,
  payload: Payload<E>,
): Promise<Reply<E>> {
  // socket.io's typings cannot follow a generic event name through timeout(); the map above fixes the types.
  const timed = socket.timeout(ACK_MS) as unknown as {
    emitWithAck(event: E, payload: Payload<E>): Promise<Reply<E>>;
  };
  try {
    return await timed.emitWithAck(event, payload);
  } catch {
    return TIMED_OUT;
  }
}
