// App instances as child processes (`tsx server/main.ts`), each on its own port over one
// database, so a load run or a crash run sees the server exactly as production does.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN } from '../bench/lib';

const ROOT = path.resolve(__dirname, '../..');

export interface InstanceOptions {
  port: number;
  databaseUrl: string;
  /** Extra environment (REDIS_URL, LEASE_GRACE_SECONDS, ...). */
  env?: Record<string, string>;
  /** Where the server's stdout and stderr go; inherited when unset. */
  logFile?: string;
  /** Extra node options before the script (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface Instance {
  base: string;
  child(): ChildProcess;
  /** SIGKILL: no graceful stop, no lease hand-back, as when a machine dies. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and database and waits for /healthz. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** CPU seconds (user + system) the current server process has used so far; null if unknown. */
  cpuSeconds(): number | null;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

function spawnServer(o: InstanceOptions): ChildProcess {
  const out = o.logFile ? fs.openSync(o.logFile, 'a') : 'inherit';
  // node with tsx's loader, not the tsx binary: that would be a parent process, and a
  // SIGKILL to it would leave the real server running.
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(o.port),
      HOST: '127.0.0.1',
      DATABASE_URL: o.databaseUrl,
      LOG_LEVEL: 'warn',
      RINGROUND_ADMIN_EMAIL: ADMIN.email,
      RINGROUND_ADMIN_PASSWORD: ADMIN.password,
      // Load runs join thousands of callers from one address and claim far faster than a person.
      JOIN_MAX_PER_15_MIN: '1000000',
      CLAIM_MAX_PER_HOUR: '1000000',
      LOGIN_MAX_PER_15_MIN: '1000',
      ...o.env,
    },
    stdio: ['ignore', out, out],
  });
  if (typeof out === 'number') fs.closeSync(out);
  return child;
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server at ${base} exited during start (${child.exitCode ?? child.signalCode})`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${base} did not answer /healthz within 60 s`);
}

export async function startInstance(o: InstanceOptions): Promise<Instance> {
  const base = `http://127.0.0.1:${o.port}`;
  let child = spawnServer(o);
  await waitHealthy(base, child);
  return {
    base,
    child: () => child,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      child = spawnServer(o);
      await waitHealthy(base, child);
    },
    cpuSeconds: () => processCpuSeconds(child.pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** Ports that nothing here listens on, from a random base: several runs can share a machine. */
export function freePorts(n: number): number[] {
  const base = 20_000 + Math.floor(Math.random() * 20_000);
  return Array.from({ length: n }, (_, i) => base + i);
}

/** User + system CPU seconds of a live process, from /proc (Linux); null elsewhere. */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that ends the command name; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: 100 per second on Linux
  } catch {
    return null;
  }
}
