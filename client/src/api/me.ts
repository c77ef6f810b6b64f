import type { MeResponse } from '../../../protocol';
import { ApiError, request, setCsrfToken } from './http';

/**
 * The shape of GET /api/me, checked by hand: every page asks it first, and protocol's zod schema would
 * pull zod into the bundle every page loads (sign-in and setup, which need zod for their forms, load it
 * themselves). The type still comes from protocol, so a change there shows up here at compile time.
 */
function isMeResponse(data: unknown): data is MeResponse {
  if (typeof data !== 'object' || data === null) return false;
  const { user, csrfToken, needsSetup } = data as Record<string, unknown>;
  if (typeof csrfToken !== 'string' || typeof needsSetup !== 'boolean') return false;
  if (user === null) return true;
  const u = user as Record<string, unknown> | undefined;
  return typeof u?.id === 'number' && typeof u.name === 'string' && typeof u.role === 'string';
}

/** Who is signed in (or nobody), and the CSRF token for requests that change something. */
export async function fetchMe(): Promise<MeResponse> {
  const me = await request('GET', '/api/me');
  // A shape we do not recognise means the page is older than the server: reloading fetches the new one.
  if (!isMeResponse(me)) {
    throw new ApiError(200, 'bad_response', 'Ringround has been updated. Reload the page to carry on.');
  }
  setCsrfToken(me.csrfToken);
  return me;
}
