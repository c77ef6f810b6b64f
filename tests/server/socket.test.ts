import { io } from 'socket.io-client';
import { Agent, connectResult } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';

let server: TestServer;
const sockets: ClientSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(() => server.close());

const track = (s: ClientSocket) => (sockets.push(s), s);

describe('Socket.IO sign-in', () => {
  it('refuses a socket with no session', async () => {
    const anon = new Agent(server.baseUrl);
    await anon.refreshCsrf(); // an anonymous session is still no user
    expect(await connectResult(track(anon.socket()))).toBe('not_signed_in');
  });

  it('connects a signed-in user and tells them who the server takes them to be', async () => {
    const { agent, user } = await signedInAs(server, 'coordinator');
    const socket = track(agent.socket());
    const ready = new Promise((resolve) => socket.once('session.ready', resolve));
    expect(await connectResult(socket)).toBe(true);
    expect(await ready).toEqual({
      user: { id: user.id, name: user.name, email: user.email, role: 'coordinator' },
    });
  });

  it('refuses a page on another site even when it carries a valid cookie', async () => {
    const { agent } = await signedInAs(server, 'organiser');
    const socket = track(
      io(server.baseUrl, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { cookie: agent.cookieHeader(), origin: 'https://evil.example' },
      }),
    );
    expect(await connectResult(socket)).not.toBe(true);
  });

  it('refuses a socket once its session has been signed out', async () => {
    const { agent } = await signedInAs(server, 'caller');
    const cookie = agent.cookieHeader();
    await agent.req('POST', '/api/auth/logout');
    const socket = track(
      io(server.baseUrl, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { cookie },
      }),
    );
    expect(await connectResult(socket)).toBe('not_signed_in');
  });
});
