import type { Socket } from 'socket.io';
import type { ClientEventName } from '../../protocol';
import type { AppContext } from '../context';
import { forbidden, toFailure } from '../errors';
import { EVENT_ROLES } from './eventRoles';
import type { RealtimeSocket } from './io';

/**
 * Registers one client event: checks the sender's role, runs the handler, and answers the
 * ack with {ok:true, ...result} or {ok:false, error, message}. A bad payload or a missing
 * ack never reaches the handler's caller as an exception: the server is unaffected.
 */
export function handle(
  ctx: AppContext,
  socket: RealtimeSocket,
  event: ClientEventName,
  run: (payload: unknown) => Promise<object>,
): void {
  // Registered untyped: the payload is unknown until the handler parses it with its schema.
  (socket as unknown as Socket).on(event, async (payload: unknown, ack: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (r: object) => void) : () => undefined;
    try {
      if (!EVENT_ROLES[event].includes(socket.data.user.role)) {
        throw forbidden(`${event} is not for a ${socket.data.user.role}`);
      }
      reply({ ok: true, ...(await run(payload)) });
    } catch (err) {
      const log = {
        error: (obj: object, msg: string) => ctx.log.error({ ...obj, event, socketId: socket.id }, msg),
      };
      reply(toFailure(err, log).body);
    }
  });
}
