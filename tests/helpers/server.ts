// Starts the real app (HTTP + Socket.IO) on a random port over a fresh database.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../../server/app';
import type { RingroundApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createContext } from '../../server/context';
import type { AppContext } from '../../server/context';

/** The shared gazetteer (../shared/geo), as in development and CI. */
export const GEO_DIR = path.resolve(__dirname, '../../../shared/geo');
import { bootstrapFirstOrganiser } from '../../server/auth/accounts';
import type { Db } from '../../server/store/db';
import { freshDatabase } from './testDb';
import type { TestDatabase } from './testDb';

export interface TestClock {
  /** Pins "now" (ms since the epoch) until unfreeze(). */
  freeze(at: number): void;
  advance(ms: number): void;
  unfreeze(): void;
  now(): number;
}

export function testClock(): TestClock {
  let frozen: number | null = null;
  return {
    // Whole milliseconds, as Date.now() gives: times are stored in BIGINT columns.
    freeze: (at) => void (frozen = Math.floor(at)),
    advance: (ms) => void (frozen = Math.floor((frozen ?? Date.now()) + ms)),
    unfreeze: () => void (frozen = null),
    now: () => frozen ?? Date.now(),
  };
}

export interface TestServer {
  baseUrl: string;
  ctx: AppContext;
  db: Db;
  app: RingroundApp;
  clock: TestClock;
  database: TestDatabase;
  setupLink: string | null;
  close(): Promise<void>;
}

export interface TestServerOptions {
  admin?: { email: string; password: string };
  env?: Record<string, string>;
  /** Share a database with another test server (a second instance); it is not dropped on close. */
  database?: TestDatabase;
}

export const TEST_ADMIN = { email: 'organiser@example.org', password: 'a-long-test-password-42' };

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const ownsDatabase = !opts.database;
  const database = opts.database ?? (await freshDatabase());
  const db = opts.database ? database.reopen() : database.db;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    GEO_DATA_DIR: GEO_DIR,
    DATABASE_URL: database.url,
    ...(opts.admin
      ? { RINGROUND_ADMIN_EMAIL: opts.admin.email, RINGROUND_ADMIN_PASSWORD: opts.admin.password }
      : {}),
    ...opts.env,
  });
  const clock = testClock();
  const ctx = createContext(config, db, clock.now);
  const app = createApp(ctx);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const setupLink = await bootstrapFirstOrganiser(ctx, baseUrl);
  return {
    baseUrl,
    ctx,
    db,
    app,
    clock,
    database,
    setupLink,
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
      else await db.destroy();
    },
  };
}
