import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from '../log';

export interface RedisFanout {
  adapter: ReturnType<typeof createAdapter>;
  /** True while Redis is unreachable: events then reach only this instance's sockets. */
  degraded(): boolean;
  onChange(cb: (degraded: boolean) => void): void;
  close(): Promise<void>;
}

/**
 * The Socket.IO Redis adapter, hardened for Redis going away: calling carries on (the
 * database holds every claim and outcome), broadcasts stay local until Redis is back,
 * and watchers are told the dashboard is degraded rather than left to freeze silently.
 */
export function redisFanout(url: string, log: Logger): RedisFanout {
  const pub = new Redis(url, { maxRetriesPerRequest: 1 });
  const sub = pub.duplicate();
  const listeners: Array<(degraded: boolean) => void> = [];
  let down = false;
  const set = (next: boolean) => {
    if (next === down) return;
    down = next;
    log.warn(
      { degraded: down },
      down ? 'redis unreachable: live updates are local to this instance' : 'redis back',
    );
    for (const cb of listeners) cb(down);
  };
  for (const c of [pub, sub]) {
    c.on('error', (err: Error) => log.debug({ err }, 'redis error'));
    c.on('close', () => set(true));
    c.on('ready', () => set(pub.status !== 'ready' || sub.status !== 'ready' ? down : false));
  }
  // The adapter fires these without catching them; while Redis is down each would be an
  // unhandled rejection, which stops a Node process. Failures are logged instead.
  swallowRejections(pub, ['publish'], log);
  swallowRejections(sub, ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'], log);
  return {
    adapter: createAdapter(pub, sub),
    degraded: () => down,
    onChange: (cb) => void listeners.push(cb),
    async close() {
      // quit() waits for a reconnect that may never come; a client that is not connected is just dropped.
      await Promise.all(
        [pub, sub].map((c) => (c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect())),
      );
    },
  };
}

function swallowRejections(client: Redis, methods: string[], log: Logger): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of methods) {
    const original = target[name]!.bind(client);
    target[name] = (...args: unknown[]) => {
      const result = original(...args);
      return result instanceof Promise
        ? result.catch((err: unknown) => {
            log.debug({ err, command: name }, 'redis command failed');
            return 0;
          })
        : result;
    };
  }
}
