// The nearest-session index is built once and reused on the claim path: rebuilt only when a
// session changes here, or when the version check (every 5 s) sees a change from elsewhere.
import { makeSession } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { sessionIndex } from '../../server/canvass/sessionIndex';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('is reused between claims and rebuilt after a change, here or on another instance', async () => {
  await makeSession(server);
  const first = await sessionIndex(server.ctx);
  expect(await sessionIndex(server.ctx)).toBe(first);

  // A change through this instance's own code is seen at once.
  await makeSession(server, { title: 'Added here' });
  const afterLocal = await sessionIndex(server.ctx);
  expect(afterLocal).not.toBe(first);
  expect(afterLocal.sessions).toHaveLength(2);

  // A change written by another instance is seen at the next version check.
  const now = Date.now();
  server.clock.freeze(now);
  await sessionIndex(server.ctx);
  await server
    .db('canvass_sessions')
    .update({ updated_at: now + 1 })
    .where({ title: 'Added here' });
  expect(await sessionIndex(server.ctx)).toBe(afterLocal);
  server.clock.freeze(now + 5001);
  expect(await sessionIndex(server.ctx)).not.toBe(afterLocal);
  server.clock.unfreeze();
});
