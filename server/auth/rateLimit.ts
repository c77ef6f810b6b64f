import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { hitRateLimit } from '../store/rateLimits';

export interface LimitRule {
  /** Names the counter, e.g. "login". */
  name: string;
  max: number;
  windowMs: number;
  /** What is counted: the client address unless said otherwise. */
  key?: (req: Request) => string | undefined;
}

/** Throws 429 rate_limited once key has been seen more than max times in the window. */
export async function checkLimit(ctx: AppContext, rule: LimitRule, key: string): Promise<void> {
  const count = await hitRateLimit(ctx.db, `${rule.name}:${key}`, rule.windowMs, ctx.now());
  if (count > rule.max) {
    const minutes = Math.ceil(rule.windowMs / 60_000);
    throw new AppError('rate_limited', `Too many attempts: wait up to ${minutes} minutes and try again`);
  }
}

/** Counts in the database, so every instance shares one limit. */
export function rateLimit(ctx: AppContext, rule: LimitRule): RequestHandler {
  return async (req, res, next) => {
    const key = rule.key?.(req) ?? req.ip ?? 'unknown';
    try {
      await checkLimit(ctx, rule, key);
    } catch (err) {
      res.set('Retry-After', String(Math.ceil(rule.windowMs / 1000)));
      throw err;
    }
    next();
  };
}
