import type { Role } from '../../protocol';
import { Agent } from '../helpers/agent';
import { signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const newMember = {
  name: 'Cal Coordinator',
  email: 'cal@example.org',
  role: 'coordinator',
  password: 'another-long-password',
};

describe('organiser-only team routes', () => {
  it('are refused to anonymous visitors with 401 not_signed_in', async () => {
    const anon = new Agent(server.baseUrl);
    await anon.refreshCsrf();
    const list = await anon.req('GET', '/api/team');
    const add = await anon.req('POST', '/api/team', newMember);
    expect([list.status, list.body.error]).toEqual([401, 'not_signed_in']);
    expect([add.status, add.body.error]).toEqual([401, 'not_signed_in']);
  });

  it.each<Role>(['coordinator', 'caller'])('are refused to a %s with 403 forbidden', async (role) => {
    const { agent } = await signedInAs(server, role);
    const list = await agent.req('GET', '/api/team');
    const add = await agent.req('POST', '/api/team', { ...newMember, email: `${role}-try@example.org` });
    expect([list.status, list.body.error]).toEqual([403, 'forbidden']);
    expect([add.status, add.body.error]).toEqual([403, 'forbidden']);
  });

  it('let an organiser add a coordinator who can then sign in', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const add = await agent.req('POST', '/api/team', newMember);
    expect(add.status).toBe(201);
    expect(add.body.member).toMatchObject({ email: newMember.email, role: 'coordinator' });
    const dup = await agent.req('POST', '/api/team', newMember);
    expect([dup.status, dup.body.error]).toEqual([409, 'conflict']);
    const list = await agent.req('GET', '/api/team');
    expect(list.body.team.map((m: { email: string }) => m.email)).toContain(newMember.email);

    const cal = new Agent(server.baseUrl);
    expect((await cal.login(newMember.email, newMember.password)).body.user.role).toBe('coordinator');
  });

  it('never lets an organiser create a caller account directly (callers join by link)', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const r = await agent.req('POST', '/api/team', { ...newMember, email: 'x@example.org', role: 'caller' });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^role: /);
  });
});
