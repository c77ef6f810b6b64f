import { Agent, connectResult } from '../helpers/agent';
import { DEFAULT_PASSWORD, makeUser, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

// Organisers invite coordinators by one-time link and remove people; the link works once.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_MAX_PER_15_MIN: '1000' } });
});
afterAll(() => server.close());

const tokenOf = (url: string) => url.split('#')[1]!;

async function invited(organiser: Agent, email: string, role = 'coordinator') {
  const r = await organiser.req('POST', '/api/team/invites', { email, role });
  expect(r.status).toBe(201);
  return r.body as { invite: { id: number; email: string; role: string }; url: string };
}

async function fresh(): Promise<Agent> {
  const a = new Agent(server.baseUrl);
  await a.refreshCsrf();
  return a;
}

describe('team invites', () => {
  it('makes an account with the invited email and role, signs it in, and works once', async () => {
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const { invite, url } = await invited(organiser, 'New.Coord@Example.org');
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/invite#[A-Za-z0-9_-]{40,}$`));
    expect(invite).toMatchObject({ email: 'new.coord@example.org', role: 'coordinator' });
    // Only the hash is stored: the database does not hold the link.
    const stored = await server.db('invites').where({ id: invite.id }).first();
    expect(stored.token_hash).not.toContain(tokenOf(url));

    const list = await organiser.req('GET', '/api/team');
    expect(list.body.invites.map((i: { id: number }) => i.id)).toContain(invite.id);

    const newcomer = await fresh();
    const look = await newcomer.req('POST', '/api/invites/lookup', { token: tokenOf(url) });
    expect(look.body.invite).toMatchObject({ email: 'new.coord@example.org', role: 'coordinator' });
    const accepted = await newcomer.req('POST', '/api/invites/accept', {
      token: tokenOf(url),
      name: 'Nia Coordinator',
      password: 'a long enough password',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email: 'new.coord@example.org', role: 'coordinator' });
    const me = await newcomer.req('GET', '/api/me');
    expect(me.body.user.role).toBe('coordinator');
    expect((await newcomer.req('GET', '/api/campaigns')).status).toBe(200);

    const again = await (
      await fresh()
    ).req('POST', '/api/invites/accept', {
      token: tokenOf(url),
      name: 'Someone Else',
      password: 'a long enough password',
    });
    expect([again.status, again.body.error]).toEqual([404, 'not_found']);
    expect(await server.db('users').where({ email: 'new.coord@example.org' })).toHaveLength(1);
  });

  it('refuses an expired or cancelled link, an existing email and a short password', async () => {
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const expired = await invited(organiser, 'late@example.org');
    await server
      .db('invites')
      .where({ id: expired.invite.id })
      .update({ expires_at: Date.now() - 1 });
    const cancelled = await invited(organiser, 'cancelled@example.org');
    expect((await organiser.req('DELETE', `/api/team/invites/${cancelled.invite.id}`)).status).toBe(200);

    for (const { url } of [expired, cancelled]) {
      const r = await (await fresh()).req('POST', '/api/invites/lookup', { token: tokenOf(url) });
      expect([r.status, r.body.error]).toEqual([404, 'not_found']);
    }
    const existing = await makeUser(server.db, { role: 'coordinator' });
    const dup = await organiser.req('POST', '/api/team/invites', {
      email: existing.email,
      role: 'coordinator',
    });
    expect([dup.status, dup.body.error]).toEqual([409, 'conflict']);

    const ok = await invited(organiser, 'short@example.org');
    const short = await (
      await fresh()
    ).req('POST', '/api/invites/accept', {
      token: tokenOf(ok.url),
      name: 'Short',
      password: 'short',
    });
    expect([short.status, short.body.error]).toEqual([400, 'invalid_request']);
    // The failed attempt did not use the link up.
    expect(
      (await (await fresh()).req('POST', '/api/invites/lookup', { token: tokenOf(ok.url) })).status,
    ).toBe(200);
  });

  it('only organisers invite; a coordinator is refused', async () => {
    const { agent: coordinator } = await signedInAs(server, 'coordinator');
    const r = await coordinator.req('POST', '/api/team/invites', {
      email: 'x@example.org',
      role: 'coordinator',
    });
    expect([r.status, r.body.error]).toEqual([403, 'forbidden']);
  });
});

describe('removing a team member', () => {
  it('ends their sessions and sockets, and stops them signing in again', async () => {
    const { agent: organiser } = await signedInAs(server, 'organiser');
    const { agent: coordinator, user } = await signedInAs(server, 'coordinator');
    const socket = coordinator.socket();
    expect(await connectResult(socket)).toBe(true);
    const closed = new Promise<string>((r) => socket.on('disconnect', (why) => r(why)));

    const r = await organiser.req('DELETE', `/api/team/${user.id}`);
    expect(r.status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    expect((await coordinator.req('GET', '/api/campaigns')).status).toBe(401);
    const again = await new Agent(server.baseUrl).login(user.email, DEFAULT_PASSWORD);
    expect(again.status).toBe(401);
    const team = await organiser.req('GET', '/api/team');
    expect(team.body.team.map((m: { id: number }) => m.id)).not.toContain(user.id);
    const audit = await server.db('audit_log').where({ action: 'user.remove', subject_id: String(user.id) });
    expect(audit).toHaveLength(1);
    socket.close();
  });

  it('refuses removing yourself, and two organisers removing each other leave one', async () => {
    const solo = await startTestServer();
    try {
      // Only these two organisers can sign in.
      await solo.db('users').where({ role: 'organiser' }).update({ blocked_at: Date.now() });
      const a = await signedInAs(solo, 'organiser');
      const b = await signedInAs(solo, 'organiser');
      const self = await a.agent.req('DELETE', `/api/team/${a.user.id}`);
      expect([self.status, self.body.error]).toEqual([409, 'conflict']);

      const [ab, ba] = await Promise.all([
        a.agent.req('DELETE', `/api/team/${b.user.id}`),
        b.agent.req('DELETE', `/api/team/${a.user.id}`),
      ]);
      // One wins; the other is refused as the last organiser, or finds its own session already gone.
      expect([ab.status, ba.status]).toContain(200);
      expect([ab.status, ba.status].filter((s) => s !== 200)).toHaveLength(1);
      const left = await solo.db('users').where({ role: 'organiser' }).whereNull('blocked_at');
      expect(left).toHaveLength(1);
    } finally {
      await solo.close();
    }
  });
});
