// A cookie-keeping HTTP client standing in for one browser, plus its sockets.
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// Tests read response bodies loosely on purpose: they assert on the shapes clients see.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Agent {
  private cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** The same browser (cookies and CSRF token) talking to another instance behind the load balancer. */
  via(baseUrl: string): Agent {
    const other = new Agent(baseUrl);
    other.cookies = this.cookies;
    other.csrf = this.csrf;
    return other;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async req<T = Reply['body']>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { origin: this.baseUrl, ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers)) h['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + url, { method, headers: h, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1).trim()];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async refreshCsrf(): Promise<Reply> {
    const r = await this.req('GET', '/api/me');
    this.csrf = r.body.csrfToken ?? null;
    return r;
  }

  async login(email: string, password: string): Promise<Reply> {
    await this.refreshCsrf();
    const r = await this.req('POST', '/api/auth/login', { email, password });
    await this.refreshCsrf();
    return r;
  }

  /** A Socket.IO client carrying this agent's cookie, over websocket only. */
  socket(): ClientSocket {
    return io(this.baseUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: this.cookieHeader(), origin: this.baseUrl },
    });
  }
}

/** Resolves true on connect, or with the refusal message. */
export function connectResult(socket: ClientSocket): Promise<true | string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

/** Emits a client event and resolves with its ack (or a timeout failure). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ask(socket: ClientSocket, event: string, payload: unknown, ms = 10_000): Promise<any> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, error: 'timeout', message: `no ack to ${event}` }),
      ms,
    );
    (socket as unknown as { emit: (e: string, p: unknown, cb: (r: unknown) => void) => void }).emit(
      event,
      payload,
      (reply) => {
        clearTimeout(timer);
        resolve(reply);
      },
    );
  });
}

/** Resolves with the next message of this event. */
export function nextEvent<T = unknown>(socket: ClientSocket, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    (socket as unknown as { once: (e: string, cb: (m: T) => void) => void }).once(event, (m) => {
      clearTimeout(timer);
      resolve(m);
    });
  });
}

/** A connected socket for this agent (throws if refused). */
export async function connect(agent: Agent): Promise<ClientSocket> {
  const socket = agent.socket();
  const result = await connectResult(socket);
  if (result !== true) throw new Error(`socket refused: ${result}`);
  return socket;
}
