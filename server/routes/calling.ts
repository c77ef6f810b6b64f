import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { callableCampaigns, callingView } from '../calling/callingView';

const idParam = z.object({ campaignId: z.coerce.number().int().positive() });

/** The calling screen's REST side (the loop itself runs over Socket.IO). */
export function callingRoutes(ctx: AppContext): Router {
  const router = Router();
  // Anyone signed in who may call: callers see campaigns they joined, staff every live one.
  const callers = allow('caller', 'coordinator', 'organiser');

  router.get('/api/calling', callers, async (req, res) => {
    res.json({ campaigns: await callableCampaigns(ctx, signedIn(req.auth.user)) });
  });

  // A caller of this campaign (not removed), or staff.
  router.get('/api/calling/:campaignId', callers, async (req, res) => {
    res.json(await callingView(ctx, signedIn(req.auth.user), parse(idParam, req.params).campaignId));
  });

  return router;
}
