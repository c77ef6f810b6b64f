import type { ErrorBody } from '../../../protocol';

/** A failed request, carrying the server's stable error id and its human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// The token comes from GET /api/me (and from sign-in and setup, which start a new session).
let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach Ringround. Check your connection and try again.');
  }
}

/**
 * The {ok:false} answer, checked by hand rather than with protocol's zod schema: this module loads on
 * every page, and zod would add about 28 KB (gzipped) to what a volunteer's phone downloads first.
 */
function asErrorBody(data: unknown): ErrorBody | null {
  if (typeof data !== 'object' || data === null) return null;
  const { ok, error, message } = data as Record<string, unknown>;
  if (ok !== false || typeof error !== 'string' || typeof message !== 'string') return null;
  return { ok, error, message };
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    // A proxy's HTML error page, or an empty body: nothing the user can act on but a retry.
    throw new ApiError(
      res.status,
      'bad_response',
      `Ringround sent an unexpected answer (HTTP ${res.status}). Try again in a moment.`,
    );
  }
}

async function attempt(
  method: Method,
  path: string,
  body: unknown,
): Promise<{ res: Response; data: unknown }> {
  const res = await send(method, path, body);
  return { res, data: await readJson(res) };
}

/** Sends JSON to the API and returns the parsed answer; any {ok:false} becomes an ApiError. */
export async function request(method: Method, path: string, body?: unknown): Promise<unknown> {
  let { res, data } = await attempt(method, path, body);
  let failure = asErrorBody(data);
  // A page left open past its session's life holds a stale token: fetch a fresh one and try once more.
  if (failure?.error === 'csrf_failed' && method !== 'GET') {
    const me = await attempt('GET', '/api/me', undefined);
    const token = (me.data as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') {
      setCsrfToken(token);
      ({ res, data } = await attempt(method, path, body));
      failure = asErrorBody(data);
    }
  }
  if (failure) throw new ApiError(res.status, failure.error, failure.message);
  if (!res.ok) {
    throw new ApiError(res.status, 'bad_response', `Something went wrong (HTTP ${res.status}). Try again.`);
  }
  return data;
}
