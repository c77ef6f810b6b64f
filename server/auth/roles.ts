import type { RequestHandler } from 'express';
import type { Role, User } from '../../protocol';
import { AppError } from '../errors';

/** The signed-in user, or 401 not_signed_in. */
export function signedIn(user: User | null): User {
  if (!user) throw new AppError('not_signed_in', 'Please sign in first');
  return user;
}

/** Route guard: 401 when signed out, 403 when signed in with another role. */
export function allow(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const user = signedIn(req.auth.user);
    if (!roles.includes(user.role)) {
      return next(new AppError('forbidden', `This needs one of these roles: ${roles.join(', ')}`));
    }
    next();
  };
}
