import { loginResponse } from '../../../protocol';
import type { LoginBody, LoginResponse, SetupBody } from '../../../protocol';
import type { z } from 'zod';
import { ApiError, request, setCsrfToken } from './http';

// A shape we do not recognise means the page is older than the server: reloading fetches the new one.
function expect<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(200, 'bad_response', 'Ringround has been updated. Reload the page to carry on.');
  }
  return parsed.data;
}

export async function signIn(body: LoginBody): Promise<LoginResponse> {
  const session = expect(loginResponse, await request('POST', '/api/auth/login', body));
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await request('POST', '/api/auth/logout');
}

/** Creates the first organiser with the one-time token from the setup link, and signs them in. */
export async function setUp(body: SetupBody): Promise<LoginResponse> {
  const session = expect(loginResponse, await request('POST', '/api/setup', body));
  setCsrfToken(session.csrfToken);
  return session;
}
