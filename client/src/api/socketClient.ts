// The one socket.io client the calling screen and the dashboard both use: typed by protocol's event maps,
// and every request answered, even when the server never does (a dropped connection).
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, Failure, ServerToClientEvents } from '../../../protocol';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ClientEvent = keyof ClientToServerEvents;
export type EventPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
export type EventReply<E extends ClientEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Long enough for a slow phone network, short enough that a silent connection is noticed. */
const ACK_MS = 10_000;

/** A socket that reconnects by itself; websocket only. */
export function openSocket(): AppSocket {
  return io({
    path: '/socket.io',
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
}

/** Sends one event and resolves with its ack, or with `timedOut` when no ack comes in time. */
export async function askWithTimeout<E extends ClientEvent>(
  socket: AppSocket,
  event: E,
  payload: EventPayload<E>,
  timedOut: Failure,
): Promise<EventReply<E>> {
  // socket.io's typings cannot follow a generic event name through timeout(); the map above fixes the types.
  const timed = socket.timeout(ACK_MS) as unknown as {
    emitWithAck(event: E, payload: EventPayload<E>): Promise<EventReply<E>>;
  };
  try {
    return await timed.emitWithAck(event, payload);
  } catch {
    return timedOut;
  }
}
