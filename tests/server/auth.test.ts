import { Agent } from '../helpers/agent';
import { startTestServer, TEST_ADMIN } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ admin: TEST_ADMIN });
});
afterAll(() => server.close());

describe('signing in and out', () => {
  it('hands a signed-out visitor a CSRF token and no user', async () => {
    const me = await new Agent(server.baseUrl).refreshCsrf();
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: null, needsSetup: false });
    expect(me.body.csrfToken).toEqual(expect.any(String));
  });

  it('refuses a wrong password and an unknown email with the same 401 invalid_credentials', async () => {
    const agent = new Agent(server.baseUrl);
    const wrong = await agent.login(TEST_ADMIN.email, 'not-the-password');
    const unknown = await agent.login('nobody@example.org', TEST_ADMIN.password);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ ok: false, error: 'invalid_credentials', message: expect.any(String) });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('signs the organiser in with an httpOnly, SameSite=Lax cookie and a new session id', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const before = agent.cookieHeader();
    const login = await agent.req('POST', '/api/auth/login', {
      email: 'ORGANISER@example.org ',
      password: TEST_ADMIN.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: TEST_ADMIN.email, role: 'organiser' });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(agent.cookieHeader()).not.toBe(before);

    const me = await agent.refreshCsrf();
    expect(me.body.user).toMatchObject({ role: 'organiser' });

    // The pre-sign-in session is gone: a copy of the old cookie signs no one in.
    const old = await fetch(`${server.baseUrl}/api/me`, { headers: { cookie: before } }).then((r) =>
      r.json(),
    );
    expect(old.user).toBeNull();
  });

  it('signs out: the session no longer knows the user', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const out = await agent.req('POST', '/api/auth/logout');
    expect(out.status).toBe(200);
    expect((await agent.refreshCsrf()).body.user).toBeNull();
  });

  it('answers a malformed body with 400 invalid_request naming the field', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/auth/login', { email: 'not-an-email', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      ok: false,
      error: 'invalid_request',
      message: 'email: must be an email address',
    });
  });

  it('ends a session that has been idle longer than SESSION_IDLE_HOURS', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.login(TEST_ADMIN.email, TEST_ADMIN.password);
    server.clock.freeze(Date.now() + (server.ctx.config.SESSION_IDLE_HOURS * 3600 + 60) * 1000);
    try {
      expect((await agent.req('GET', '/api/me')).body.user).toBeNull();
    } finally {
      server.clock.unfreeze();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, and with a wrong one', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const missing = await agent.req('POST', '/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.error).toBe('csrf_failed');
    const wrong = await agent.req('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
    // Still signed in: nothing happened.
    expect((await agent.refreshCsrf()).body.user).toMatchObject({ role: 'organiser' });
  });
});

describe('login rate limit', () => {
  it('answers rapid repeated wrong logins from one address with 429 rate_limited', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const statuses: number[] = [];
    for (let i = 0; i < server.ctx.config.LOGIN_MAX_PER_15_MIN + 2; i++) {
      const r = await agent.req('POST', '/api/auth/login', {
        email: TEST_ADMIN.email,
        password: `guess-${i}`,
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    const last = await agent.req('POST', '/api/auth/login', TEST_ADMIN);
    expect(last.status).toBe(429);
    expect(last.body.error).toBe('rate_limited');
    expect(last.headers.get('retry-after')).toEqual(expect.any(String));
  });
});
