import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { ClientToServerEvents, ServerToClientEvents, User } from '../../protocol';
import type { AppContext } from '../context';
import { resolveSession } from '../auth/session';

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

export const userRoom = (userId: number) => `user:${userId}`;
export const campaignRoom = (campaignId: number) => `campaign:${campaignId}`;

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
): { io: RealtimeServer; close(): Promise<void> } {
  const io: RealtimeServer = new Server(http, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, cb) => cb(null, sameOrigin(ctx, req)),
  });

  let redis: Redis[] = [];
  if (ctx.config.REDIS_URL) {
    const pub = new Redis(ctx.config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 3 });
    const sub = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', (err) => ctx.log.error({ err }, 'redis error'));
    redis = [pub, sub];
    io.adapter(createAdapter(pub, sub));
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

  io.on('connection', (socket) => {
    const { user } = socket.data;
    void socket.join(userRoom(user.id));
    ctx.log.debug({ socketId: socket.id, userId: user.id, role: user.role }, 'socket connected');
    socket.emit('session.ready', { user });
  });

  return {
    io,
    async close() {
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.all(redis.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
