// A cookie-keeping client that speaks to Ringround the way a browser does: session cookie, CSRF
// header, same-origin sockets. The demo's organiser, coordinator and volunteers each have one.
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol';

export type DemoSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export class DemoAgent {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  /** Sends a request; anything but 2xx throws with the server's error message. */
  async call<T>(method: string, url: string, body?: unknown, type = 'application/json'): Promise<T> {
    if (!this.csrf && method !== 'GET') await this.refresh();
    const headers: Record<string, string> = { origin: this.baseUrl, 'x-csrf-token': this.csrf };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (body !== undefined) headers['content-type'] = type;
    const res = await fetch(this.baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1).trim()];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const message = (parsed as { message?: string } | null)?.message ?? text;
      throw new Error(`${method} ${url} answered ${res.status}: ${message}`);
    }
    return parsed as T;
  }

  /** A fresh CSRF token for this session (it changes when the session does). */
  async refresh(): Promise<void> {
    this.csrf = (await this.call<{ csrfToken: string }>('GET', '/api/me')).csrfToken;
  }

  async login(email: string, password: string): Promise<void> {
    await this.refresh();
    await this.call('POST', '/api/auth/login', { email, password });
    await this.refresh();
  }

  /** A Socket.IO connection carrying this agent's cookie; resolves once connected. */
  async connect(): Promise<DemoSocket> {
    const socket: DemoSocket = io(this.baseUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: this.cookieHeader(), origin: this.baseUrl },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
    return socket;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string; message: string };

/** Emits a caller event and resolves with its ack, or a timeout failure after `ms`. */
export function ask<R extends Reply = Reply>(
  socket: DemoSocket,
  event: keyof ClientToServerEvents,
  payload: unknown,
  ms = 15_000,
): Promise<R> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, error: 'timeout', message: `no answer to ${event}` } as R),
      ms,
    );
    // The typed emit wants each event's own payload type; the demo builds them by hand.
    (socket as unknown as { emit: (e: string, p: unknown, cb: (r: R) => void) => void }).emit(
      event,
      payload,
      (reply) => {
        clearTimeout(timer);
        resolve(reply);
      },
    );
  });
}
