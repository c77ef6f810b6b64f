import { Router } from 'express';
import type { AppContext } from '../context';
import { ping } from '../store/db';

/** Anyone: load balancers ask this. 200 once the database answers, 503 while it does not. */
export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await ping(ctx.db);
      res.json({ ok: true });
    } catch (err) {
      ctx.log.warn({ err }, 'health check: database not answering');
      res.status(503).json({ ok: false, error: 'internal_error', message: 'The database is not answering' });
    }
  });
  return router;
}
