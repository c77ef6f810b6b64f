import { Agent } from '../helpers/agent';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const tokenOf = (link: string) => new URL(link).hash.slice(1);
const organiser = { name: 'Asha Organiser', email: 'asha@example.org', password: 'a-long-setup-password' };

describe('first organiser by one-time setup link', () => {
  it('prints a setup link when no organiser exists, and /api/me says setup is needed', async () => {
    expect(server.setupLink).toMatch(/\/setup#[\w-]{40,}$/);
    expect((await new Agent(server.baseUrl).refreshCsrf()).body.needsSetup).toBe(true);
  });

  it('refuses a made-up token', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/setup', { ...organiser, token: 'made-up' });
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('forbidden');
  });

  it('refuses a short password without using up the link', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/setup', {
      ...organiser,
      password: 'short',
      token: tokenOf(server.setupLink!),
    });
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('password: must be at least 12 characters');
  });

  it('creates the organiser, signs them in, and then stops working', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/setup', { ...organiser, token: tokenOf(server.setupLink!) });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ email: organiser.email, role: 'organiser' });
    await agent.refreshCsrf();
    expect((await agent.req('GET', '/api/me')).body).toMatchObject({
      user: { role: 'organiser' },
      needsSetup: false,
    });

    const again = new Agent(server.baseUrl);
    await again.refreshCsrf();
    const second = await again.req('POST', '/api/setup', {
      ...organiser,
      email: 'other@example.org',
      token: tokenOf(server.setupLink!),
    });
    expect(second.status).toBe(409);
    expect(second.body.error).toBe('setup_done');
    expect((await again.login(organiser.email, organiser.password)).status).toBe(200);
  });
});
