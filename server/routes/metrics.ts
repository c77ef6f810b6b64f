import { Router } from 'express';
import type { RequestHandler } from 'express';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { sameToken } from '../auth/tokens';
import { refreshQueueDepth } from '../metrics';

/** Times every request into the HTTP histogram. */
export function httpTiming(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    const end = ctx.metrics.httpSeconds.startTimer({ method: req.method });
    res.on('finish', () => end({ status: String(res.statusCode) }));
    next();
  };
}

/** Prometheus scrape: anyone when METRICS_TOKEN is unset, otherwise only with it as a bearer token. */
export function metricsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const token = ctx.config.METRICS_TOKEN;
    const sent = req.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
    if (token && !sameToken(sent, token))
      throw new AppError('not_signed_in', 'A valid metrics bearer token is required');
    await refreshQueueDepth(ctx.metrics, ctx.db, ctx.now());
    res.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  return router;
}
