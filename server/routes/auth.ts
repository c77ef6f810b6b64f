import { Router } from 'express';
import { loginBody, setupBody } from '../../protocol';
import type { LoginResponse, MeResponse } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { checkCredentials, createFirstOrganiser } from '../auth/accounts';
import { endSession, startSession } from '../auth/session';
import { rateLimit } from '../auth/rateLimit';
import { countOrganisers } from '../store/users';

const FIFTEEN_MINUTES = 15 * 60_000;

/** Sign-in, sign-out, who am I, and first-organiser setup. Open to everyone (anonymous included). */
export function authRoutes(ctx: AppContext): Router {
  const router = Router();
  const loginLimit = rateLimit(ctx, {
    name: 'login',
    max: ctx.config.LOGIN_MAX_PER_15_MIN,
    windowMs: FIFTEEN_MINUTES,
  });

  // Anyone. Starts an anonymous session when there is none, so the page has a CSRF token to sign in with.
  router.get('/api/me', async (req, res) => {
    const auth = req.auth.csrfToken ? req.auth : await startSession(ctx, ctx.db, req, res, null);
    const needsSetup = !auth.user && (await countOrganisers(ctx.db)) === 0;
    const body: MeResponse = { user: auth.user, csrfToken: auth.csrfToken!, needsSetup };
    res.json(body);
  });

  // Anyone; rate-limited per address.
  router.post('/api/auth/login', loginLimit, async (req, res) => {
    const user = await checkCredentials(ctx, parse(loginBody, req.body));
    const auth = await startSession(ctx, ctx.db, req, res, user);
    const body: LoginResponse = { user, csrfToken: auth.csrfToken! };
    res.json(body);
  });

  // Anyone (signing out while signed out is harmless).
  router.post('/api/auth/logout', async (req, res) => {
    await endSession(ctx, req, res);
    res.json({ ok: true });
  });

  // Anyone holding the one-time setup link, only while no organiser exists.
  router.post('/api/setup', loginLimit, async (req, res) => {
    const user = await createFirstOrganiser(ctx, parse(setupBody, req.body));
    const auth = await startSession(ctx, ctx.db, req, res, user);
    const body: LoginResponse = { user, csrfToken: auth.csrfToken! };
    res.json(body);
  });

  return router;
}
