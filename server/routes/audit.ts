import { Router } from 'express';
import { auditQuery } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow } from '../auth/roles';
import { readAuditLog } from '../privacy/auditLog';

/** Who exported, erased, changed an opt-out or a role, and when. Organisers only. */
export function auditRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/audit', allow('organiser'), async (req, res) => {
    res.json(await readAuditLog(ctx, parse(auditQuery, req.query)));
  });
  return router;
}
