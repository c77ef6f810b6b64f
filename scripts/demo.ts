// `npm run demo`: Ringround on a throwaway SQLite file with a campaign under way. An organiser and a
// coordinator (passwords printed), "Bristol East & Kingswood phonebank" with a few hundred made-up
// signups in two target seats, canvass sessions over the next week, and volunteers calling on the
// simulated line so the coordinator's dashboard is alive. Runs until Ctrl-C, then stops cleanly.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app';
import type { RingroundApp } from '../server/app';
import { bootstrapFirstOrganiser } from '../server/auth/accounts';
import { ConfigError, loadConfig } from '../server/config';
import { createContext } from '../server/context';
import { geoDataDir } from '../server/geo/geo';
import { openDatabase } from '../server/store/db';
import { migrateLatest } from '../server/store/migrate';
import { startCallers } from './demo/callers';
import { demoPassword, seedDemo } from './demo/seed';
import { DEMO_SEATS } from './demo/postcodes';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function listen(app: RingroundApp, port: number, host: string): Promise<number> {
  const attempt = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => reject(err);
      app.server.once('error', onError);
      app.server.listen(p, host, () => {
        app.server.off('error', onError);
        resolve((app.server.address() as AddressInfo).port);
      });
    });
  try {
    return await attempt(port);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    say(`Port ${port} is taken; using a free one instead.`);
    return attempt(0);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-demo-'));

async function main(): Promise<void> {
  const organiser = { email: 'organiser@example.org', password: demoPassword() };
  // The demo's own settings win over the shell's, except where to listen and how chatty to be.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: `sqlite:${path.join(dir, 'demo.db')}`,
    REDIS_URL: '',
    PORT: process.env.PORT ?? '3000',
    HOST: process.env.HOST ?? '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    RINGROUND_ADMIN_EMAIL: organiser.email,
    RINGROUND_ADMIN_PASSWORD: organiser.password,
    // The volunteers call faster than a person would for an hour: lift the per-caller claim cap.
    CLAIM_MAX_PER_HOUR: '5000',
    SIMULATED_ANSWER_RATE: process.env.SIMULATED_ANSWER_RATE ?? '0.6',
    SIMULATED_RING_MS: process.env.SIMULATED_RING_MS ?? '3000',
    SIMULATED_CALL_MS: process.env.SIMULATED_CALL_MS ?? '30000',
  });
  if (!geoDataDir(config)) {
    throw new Error(
      'The demo needs the UK postcode gazetteer: set GEO_DATA_DIR to its folder (docs/geodata.md), or keep it at ../shared/geo',
    );
  }
  if (!fs.existsSync(path.resolve(__dirname, '../dist/client/index.html'))) {
    say('The web client is not built: run `npm run build` first (`npm run demo` does this for you).');
  }

  const db = openDatabase(config.DATABASE_URL);
  const ctx = createContext(config, db);
  await migrateLatest(db);
  const app = createApp(ctx);
  const port = await listen(app, config.PORT, config.HOST);
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  await bootstrapFirstOrganiser(ctx, base);

  say(`Setting up the demo on ${base} …`);
  const seed = await seedDemo(base, organiser);
  const callerCount = Math.min(8, Math.max(1, Number(process.env.DEMO_CALLERS ?? 6) || 6));
  const verbose = process.env.DEMO_VERBOSE === '1';
  const callers = await startCallers(base, seed.campaign.joinUrl.split('/join/')[1]!, seed.campaign.id, {
    count: callerCount,
    onEvent: (line) => verbose && say(`  ${line}`),
  });

  const seats = DEMO_SEATS.map((s) => s.name).join(' and ');
  say(`
Ringround demo is running: ${base}

  Campaign     ${seed.campaign.name} (simulated calls, may call at any hour: 00:00-23:59 every day)
  Signups      ${seed.imported} made-up people with Ofcom drama numbers, in ${seats}
  Sessions     ${seed.sessions.length} canvass sessions over the next week, some with limited places
  Volunteers   ${callerCount} simulated callers working through the queue

Sign in at ${base}/signin
  Organiser    ${organiser.email}   password ${organiser.password}
  Coordinator  ${seed.coordinator.email}   password ${seed.coordinator.password}
  Dashboard    ${base}/dashboard/${seed.campaign.id}   (as the coordinator or organiser)

Call as a volunteer yourself (any name and email; use a private window to stay signed in above):
  ${seed.campaign.joinUrl}

Everything lives in ${dir} and is deleted on exit. Press Ctrl-C to stop.${verbose ? '' : ' (DEMO_VERBOSE=1 prints each call.)'}
`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return process.exit(1); // a second Ctrl-C: stop now
    stopping = true;
    say('\nStopping: the volunteers finish their calls, then the server closes …');
    await callers.stop();
    await app.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    const total = [...callers.saved.values()].reduce((n, v) => n + v, 0);
    say(`Stopped cleanly after ${total} calls saved.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err);
  process.stderr.write(`The demo could not start: ${message}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
