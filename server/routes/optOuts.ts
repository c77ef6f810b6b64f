import { Router } from 'express';
import { z } from 'zod';
import { addOptOutBody, optOutQuery, removeOptOutBody } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { addOptOutFor, lookUpOptOut, reverseOptOut } from '../privacy/optOutChanges';

const phoneParam = z.object({ phone: z.string().trim().min(3).max(40) });

/** The global never-call list. Organisers only; every change is logged with its reason. */
export function optOutRoutes(ctx: AppContext): Router {
  const router = Router();
  const organiser = allow('organiser');

  router.get('/api/opt-outs', organiser, async (req, res) => {
    res.json(await lookUpOptOut(ctx, parse(optOutQuery, req.query).phone));
  });

  router.post('/api/opt-outs', organiser, async (req, res) => {
    res.status(201).json(await addOptOutFor(ctx, parse(addOptOutBody, req.body), signedIn(req.auth.user)));
  });

  router.delete('/api/opt-outs/:phone', organiser, async (req, res) => {
    const { phone } = parse(phoneParam, req.params);
    const { reason } = parse(removeOptOutBody, req.body ?? {});
    res.json(await reverseOptOut(ctx, phone, reason, signedIn(req.auth.user)));
  });

  return router;
}
