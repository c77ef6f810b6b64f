import { sweepOnce } from '../../server/housekeeping';
import { Agent } from '../helpers/agent';
import { startTestServer, TEST_ADMIN } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ admin: TEST_ADMIN });
});
afterAll(() => server.close());

it('clears expired sessions and spent rate-limit windows, and keeps live ones', async () => {
  const visitor = new Agent(server.baseUrl);
  await visitor.refreshCsrf(); // an anonymous session, 2 hours idle allowed
  const member = new Agent(server.baseUrl);
  await member.login(TEST_ADMIN.email, TEST_ADMIN.password); // a signed-in one, 12 hours
  const later = Date.now() + 3 * 3600_000; // when the sweep runs
  await server.db('rate_limits').insert({ key: 'old:1', window_start: later - 3 * 3600_000, count: 3 });
  await server.db('rate_limits').insert({ key: 'new:1', window_start: later - 1800_000, count: 1 });

  server.clock.freeze(later);
  try {
    await sweepOnce(server.ctx);
  } finally {
    server.clock.unfreeze();
  }
  expect((await member.req('GET', '/api/me')).body.user).toMatchObject({ role: 'organiser' });
  expect(await server.db('sessions').whereNull('user_id')).toHaveLength(0);
  expect(await server.db('rate_limits').pluck('key')).toEqual(expect.arrayContaining(['new:1']));
  expect(await server.db('rate_limits').where({ key: 'old:1' })).toHaveLength(0);
});
