// Shared pieces of the benchmark scripts: start the real server as its own process, and a
// cookie-keeping HTTP agent with sockets (the same protocol a browser speaks).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

export const ADMIN = { email: 'bench@example.org', password: 'a-long-bench-password' };
const ROOT = path.resolve(__dirname, '../..');

export interface BenchServer {
  base: string;
  databaseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `tsx server/main.ts` on a throwaway SQLite file (or DATABASE_URL) and waits for /healthz. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-bench-'));
  const databaseUrl = process.env.DATABASE_URL ?? `sqlite:${path.join(dir, 'bench.db')}`;
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      RINGROUND_ADMIN_EMAIL: ADMIN.email,
      RINGROUND_ADMIN_PASSWORD: ADMIN.password,
      JOIN_MAX_PER_15_MIN: '100000',
      CLAIM_MAX_PER_HOUR: '100000',
      LOGIN_MAX_PER_15_MIN: '1000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    databaseUrl,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export class BenchAgent {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}
  cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async req(method: string, url: string, body?: unknown, type = 'application/json'): Promise<any> {
    const headers: Record<string, string> = {
      cookie: this.cookie(),
      'x-csrf-token': this.csrf,
      origin: this.base,
    };
    if (body !== undefined) headers['content-type'] = type;
    const res = await fetch(this.base + url, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  async refresh() {
    this.csrf = (await this.req('GET', '/api/me')).csrfToken;
  }
  socket(): Socket {
    return io(this.base, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: this.cookie(), origin: this.base },
    });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ask = (s: Socket, event: string, payload: unknown): Promise<any> =>
  new Promise((resolve) => s.emit(event, payload, resolve));

export const connected = (s: Socket) =>
  new Promise<void>((resolve, reject) => {
    s.once('connect', () => resolve());
    s.once('connect_error', reject);
  });

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** An organiser's agent and a new active campaign with `contacts` signups imported. */
export async function campaignWithContacts(base: string, contacts: number, name = 'Bench') {
  const org = new BenchAgent(base);
  await org.refresh();
  await org.req('POST', '/api/auth/login', ADMIN);
  await org.refresh();
  const allDay = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '23:59' }]]),
  );
  const { campaign } = await org.req('POST', '/api/campaigns', {
    name,
    status: 'active',
    allowAnyHour: true,
    callingHours: allDay,
  });
  const rows = ['first name,phone,postcode'];
  // UK mobile-shaped numbers in a block no one is called from: +44 74 0000 0000 upwards.
  for (let i = 0; i < contacts; i++) rows.push(`P${i},+447${400000000 + i},BS5 6AA`);
  await org.req('POST', `/api/campaigns/${campaign.id}/contacts`, rows.join('\n'), 'text/csv');
  return { org, campaign: campaign as { id: number; joinUrl: string } };
}
