import { Router } from 'express';
import type { AppContext } from '../context';
import { allow } from '../auth/roles';

/** The 650 Westminster seats with their 2024 result, for the target-seat picker. Staff only. */
export function seatRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/seats', allow('organiser', 'coordinator'), (_req, res) => {
    const seats = [...ctx.geo.gazetteer.seats.values()].sort((a, b) => a.name.localeCompare(b.name));
    res.json({ seats });
  });
  return router;
}
