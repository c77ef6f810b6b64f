import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An unguessable token for cookies, links and CSRF: 32 random bytes, URL-safe. */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** What we store instead of a bearer token, so a copy of the database signs no one in. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
