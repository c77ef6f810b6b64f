import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, User } from '../../protocol';
import type { AppContext } from '../context';
import { resolveSession } from '../auth/session';
import { campaignRoom, createPublisher, userRoom } from './publish';
import { redisFanout } from './redisFanout';
import type { Publisher } from './publish';
import { registerCallerEvents } from './callerEvents';
import { registerCoordinatorEvents } from './coordinatorEvents';
import { callerConnected, callerDisconnected, startLeaseKeeper } from '../calling/leases';
import { activeCampaignIds } from '../store/callers';

export interface SocketData {
  user: User;
  sessionId: string;
}
export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/**
 * A browser page on another site can open a websocket to us with our cookie attached;
 * only pages served from our own origin (or PUBLIC_URL) may connect.
 */
function sameOrigin(ctx: AppContext, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: scripts authenticate by cookie alone
  try {
    const url = new URL(origin);
    if (ctx.config.PUBLIC_URL && url.origin === new URL(ctx.config.PUBLIC_URL).origin) return true;
    return url.host === req.headers.host;
  } catch {
    return false;
  }
}

/** Socket.IO on the app's HTTP server, signed in by the session cookie; Redis fan-out when REDIS_URL is set. */
export function createRealtime(
  ctx: AppContext,
  http: HttpServer,
): { io: RealtimeServer; publish: Publisher; close(): Promise<void> } {
  const io: RealtimeServer = new Server(http, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, cb) => cb(null, sameOrigin(ctx, req)),
  });

  const fanout = ctx.config.REDIS_URL ? redisFanout(ctx.config.REDIS_URL, ctx.log) : null;
  if (fanout) {
    io.adapter(fanout.adapter);
    fanout.onChange((degraded) => io.local.emit('realtime.status', { degraded }));
  }

  io.use(async (socket, next) => {
    try {
      const auth = await resolveSession(ctx, socket.request.headers.cookie);
      if (!auth.user || !auth.sessionId) return next(new Error('not_signed_in'));
      socket.data = { user: auth.user, sessionId: auth.sessionId };
      next();
    } catch (err) {
      ctx.log.error({ err }, 'socket sign-in failed');
      next(new Error('internal_error'));
    }
  });

  const { publish, close: closePublisher } = createPublisher(io, ctx);
  // Socket work still running at shutdown finishes before the database closes.
  const inFlight = new Set<Promise<unknown>>();
  const track = (label: string, work: Promise<unknown>, log: typeof ctx.log) => {
    const p = work.catch((err) => log.error({ err }, `${label} failed`)).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  io.on('connection', (socket) => {
    const { user } = socket.data;
    const log = ctx.log.child({ socketId: socket.id, userId: user.id });
    ctx.metrics.socketOpened(user);
    registerCallerEvents(ctx, publish, socket);
    registerCoordinatorEvents(ctx, publish, socket);
    socket.on('disconnect', () => {
      ctx.metrics.socketClosed(user);
      if (user.role !== 'caller') return;
      track('disconnect handling', callerDisconnected(ctx, io, publish, user.id), log);
    });
    const ready = async () => {
      await socket.join(userRoom(user.id));
      if (user.role === 'caller') {
        await socket.join((await activeCampaignIds(ctx.db, user.id)).map(campaignRoom));
        await callerConnected(ctx, publish, user.id);
      }
      socket.emit('session.ready', { user });
      if (fanout?.degraded()) socket.emit('realtime.status', { degraded: true });
      log.debug({ role: user.role }, 'socket connected');
    };
    track('socket set-up', ready(), log);
  });
  const stopLeaseKeeper = startLeaseKeeper(ctx, io, publish);

  return {
    io,
    publish,
    async close() {
      await stopLeaseKeeper();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.all(inFlight);
      // The disconnects above ask for fresh stats: they go out now, not into a closed database.
      await closePublisher();
      await fanout?.close();
    },
  };
}
