import type { RequestHandler } from 'express';
import { AppError } from '../errors';
import { sameToken } from './tokens';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request carries the session's token (from GET /api/me) in
 * x-csrf-token. A page on another site can make the browser send our cookie but
 * cannot read /api/me, so it cannot know the token.
 */
export const csrfCheck: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) return next();
  const sent = req.get('x-csrf-token');
  const expected = req.auth.csrfToken;
  if (!sent || !expected || !sameToken(sent, expected)) {
    return next(
      new AppError('csrf_failed', 'Missing or stale security token: reload the page and try again'),
    );
  }
  next();
};
