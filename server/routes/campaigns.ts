import { Router } from 'express';
import type { Request } from 'express';
import { z } from 'zod';
import { createCampaignBody, updateCampaignBody } from '../../protocol';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { createCampaign, editCampaign, rotateJoinLink } from '../campaigns/manageCampaigns';
import { toCampaign } from '../campaigns/campaignView';
import { campaignSnapshot } from '../stats/snapshot';
import { findCampaign, listCampaigns } from '../store/campaigns';
import type { Publisher } from '../realtime/publish';

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** Where links should point: PUBLIC_URL when set, else the address this request came in on. */
export function baseUrlOf(ctx: AppContext, req: Request): string {
  return ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host')}`;
}

/** Campaign set-up: organisers and coordinators only. */
export function campaignRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();
  const staff = allow('organiser', 'coordinator');

  router.get('/api/campaigns', staff, async (req, res) => {
    const base = baseUrlOf(ctx, req);
    res.json({ campaigns: (await listCampaigns(ctx.db)).map((c) => toCampaign(c, base)) });
  });

  router.post('/api/campaigns', staff, async (req, res) => {
    const campaign = await createCampaign(ctx, parse(createCampaignBody, req.body), signedIn(req.auth.user));
    res.status(201).json({ campaign: toCampaign(campaign, baseUrlOf(ctx, req)) });
  });

  router.get('/api/campaigns/:id', staff, async (req, res) => {
    const campaign = await findCampaign(ctx.db, parse(idParam, req.params).id);
    if (!campaign) throw notFound('Campaign');
    res.json({ campaign: toCampaign(campaign, baseUrlOf(ctx, req)) });
  });

  router.patch('/api/campaigns/:id', staff, async (req, res) => {
    const { id } = parse(idParam, req.params);
    const campaign = await editCampaign(
      ctx,
      publish,
      id,
      parse(updateCampaignBody, req.body),
      signedIn(req.auth.user),
    );
    res.json({ campaign: toCampaign(campaign, baseUrlOf(ctx, req)) });
  });

  router.post('/api/campaigns/:id/join-link', staff, async (req, res) => {
    const campaign = await rotateJoinLink(ctx, parse(idParam, req.params).id, signedIn(req.auth.user));
    res.json({ campaign: toCampaign(campaign, baseUrlOf(ctx, req)) });
  });

  router.get('/api/campaigns/:id/stats', staff, async (req, res) => {
    res.json(await campaignSnapshot(ctx, parse(idParam, req.params).id));
  });

  return router;
}
