import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { User } from '../../protocol';
import type { AppContext } from '../context';
import { secureCookies } from '../config';
import type { Queryable } from '../store/db';
import { deleteSession, findSession, insertSession, touchSession } from '../store/sessions';
import { toUser } from '../store/users';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'rr_session';
const ANONYMOUS_IDLE_MS = 2 * 60 * 60 * 1000;
// Writing last_seen on every request would turn every read into a write.
const TOUCH_EVERY_MS = 60 * 1000;

export interface Auth {
  sessionId: string | null;
  csrfToken: string | null;
  user: User | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth: Auth;
  }
}

/** Who is asking, from the session cookie: a user, or no one. */
export async function resolveSession(ctx: AppContext, cookieHeader: string | undefined): Promise<Auth> {
  const token = parseCookies(cookieHeader ?? '')[SESSION_COOKIE];
  if (!token) return { sessionId: null, csrfToken: null, user: null };
  const id = hashToken(token);
  const now = ctx.now();
  const found = await findSession(ctx.db, id, now);
  if (!found) return { sessionId: null, csrfToken: null, user: null };
  const { session, user } = found;
  if (now - session.last_seen_at > TOUCH_EVERY_MS) {
    await touchSession(ctx.db, id, now, expiryFor(ctx, session.created_at, now, user !== null));
  }
  return { sessionId: id, csrfToken: session.csrf_token, user: user ? toUser(user) : null };
}

/** Idle timeout, capped by the absolute one. */
function expiryFor(ctx: AppContext, createdAt: number, now: number, signedIn: boolean): number {
  if (!signedIn) return now + ANONYMOUS_IDLE_MS;
  const idle = ctx.config.SESSION_IDLE_HOURS * 3600_000;
  const absolute = ctx.config.SESSION_MAX_DAYS * 86_400_000;
  return Math.min(now + idle, createdAt + absolute);
}

export function sessionMiddleware(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    req.auth = await resolveSession(ctx, req.headers.cookie);
    next();
  };
}

/**
 * Starts a fresh session (for userId, or anonymous) and drops the old one. Called at
 * sign-in and join so a session id planted before sign-in is worthless after it.
 */
export async function startSession(
  ctx: AppContext,
  db: Queryable,
  req: Request,
  res: Response,
  user: User | null,
): Promise<Auth> {
  if (req.auth.sessionId) await deleteSession(db, req.auth.sessionId);
  const token = newToken();
  const id = hashToken(token);
  const now = ctx.now();
  const csrfToken = newToken();
  const expiresAt = expiryFor(ctx, now, now, user !== null);
  await insertSession(db, {
    id,
    user_id: user?.id ?? null,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(ctx.config),
    path: '/',
    maxAge: ctx.config.SESSION_MAX_DAYS * 86_400_000,
  });
  req.auth = { sessionId: id, csrfToken, user };
  return req.auth;
}

export async function endSession(ctx: AppContext, req: Request, res: Response): Promise<void> {
  if (req.auth.sessionId) await deleteSession(ctx.db, req.auth.sessionId);
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  req.auth = { sessionId: null, csrfToken: null, user: null };
}
