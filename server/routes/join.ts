import { Router } from 'express';
import { z } from 'zod';
import { joinBody } from '../../protocol';
import type { JoinResponse } from '../../protocol';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { rateLimit } from '../auth/rateLimit';
import { startSession } from '../auth/session';
import { joinByLink } from '../campaigns/joinCampaign';
import { toCallerCampaign } from '../campaigns/campaignView';
import { findCampaignByJoinToken } from '../store/campaigns';

const tokenParam = z.object({ joinToken: z.string().min(10).max(100) });

/** Join links: anyone holding one; rate-limited per address so a link cannot be brute-forced. */
export function joinRoutes(ctx: AppContext): Router {
  const router = Router();
  const limit = rateLimit(ctx, { name: 'join', max: ctx.config.JOIN_MAX_PER_15_MIN, windowMs: 15 * 60_000 });

  // Anyone with the link: what the join page shows before the volunteer gives their name.
  router.get('/api/join/:joinToken', limit, async (req, res) => {
    const campaign = await findCampaignByJoinToken(ctx.db, parse(tokenParam, req.params).joinToken);
    if (!campaign || campaign.status === 'archived') throw notFound('Join link');
    res.json({ campaign: toCallerCampaign(campaign, ctx.config) });
  });

  // Anyone with the link.
  router.post('/api/join/:joinToken', limit, async (req, res) => {
    const { joinToken } = parse(tokenParam, req.params);
    const body = parse(joinBody, req.body);
    const reply = await ctx.db.transaction(async (trx) => {
      const { user, campaign } = await joinByLink(ctx, trx, joinToken, body);
      const auth = await startSession(ctx, trx, req, res, user);
      return {
        user,
        campaign: toCallerCampaign(campaign, ctx.config),
        csrfToken: auth.csrfToken!,
      } satisfies JoinResponse;
    });
    res.json(reply);
  });

  return router;
}
