import { Router } from 'express';
import { z } from 'zod';
import { acceptInviteBody } from '../../protocol';
import type { LoginResponse } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { acceptInvite, lookupInvite } from '../auth/invites';
import { startSession } from '../auth/session';
import { rateLimit } from '../auth/rateLimit';

const lookupBody = z.object({ token: z.string().min(1, 'is required').max(200) }).strict();

/** Using an invite link: anyone holding one (anonymous included), rate-limited per address. */
export function inviteRoutes(ctx: AppContext): Router {
  const router = Router();
  // Tokens are 32 random bytes, so guessing is hopeless; the limit keeps the attempt noise down.
  const limit = rateLimit(ctx, {
    name: 'invite',
    max: ctx.config.LOGIN_MAX_PER_15_MIN,
    windowMs: 15 * 60_000,
  });

  // Anyone with the link. POST, not GET, so the token never lands in a URL or an access log.
  router.post('/api/invites/lookup', limit, async (req, res) => {
    res.json({ invite: await lookupInvite(ctx, parse(lookupBody, req.body).token) });
  });

  // Anyone with the link: makes the account and signs it in with a fresh session.
  router.post('/api/invites/accept', limit, async (req, res) => {
    const user = await acceptInvite(ctx, parse(acceptInviteBody, req.body));
    const auth = await startSession(ctx, ctx.db, req, res, user);
    const body: LoginResponse = { user, csrfToken: auth.csrfToken! };
    res.json(body);
  });

  return router;
}
