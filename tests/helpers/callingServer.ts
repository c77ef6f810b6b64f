// The set-up the calling-loop test files share: one server per file, callers joined by
// link with their sockets closed after each test, and the clock let go.
import { joinedCaller } from './factories';
import { connect } from './agent';
import type { ClientSocket } from './agent';
import { startTestServer } from './server';
import type { TestServer } from './server';
import type { CampaignRecord } from '../../server/store/campaigns';

export function useCallingServer(env: Record<string, string> = {}) {
  let current: TestServer;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    current = await startTestServer({ env });
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.close());
    current.clock.unfreeze();
  });
  afterAll(() => current.close());
  return {
    get server(): TestServer {
      return current;
    },
    /** Keeps a socket to close after the test. */
    track(socket: ClientSocket): ClientSocket {
      sockets.push(socket);
      return socket;
    },
    /** A volunteer who joined by link, with a connected socket (closed after the test). */
    async callerSocket(campaign: CampaignRecord, on: TestServer = current) {
      const { agent, userId } = await joinedCaller(on, campaign);
      const socket = await connect(agent);
      sockets.push(socket);
      return { socket, userId, agent };
    },
    queueRow: (id: number) => current.db('campaign_contacts').where({ id }).first(),
  };
}
