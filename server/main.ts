// Process entry: config, database, migrations, first organiser, listen, graceful stop.
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';
import { openDatabase } from './store/db';
import { migrateLatest } from './store/migrate';
import { createApp } from './app';
import { organiserFromEnvironment, setupLinkIfNeeded } from './auth/accounts';
import { createContext } from './context';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Ringround cannot start: ${err.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const db = openDatabase(config.DATABASE_URL);
  const ctx = createContext(config, db);
  const { log } = ctx;

  const applied = await migrateLatest(db);
  if (applied.length) log.info({ applied }, 'migrations applied');

  // Before listening: a load balancer's health check passing must mean the organiser can sign in.
  const hasOrganiser = await organiserFromEnvironment(ctx);
  const ringround = createApp(ctx);
  await new Promise<void>((resolve) => ringround.server.listen(config.PORT, config.HOST, resolve));
  const { port } = ringround.server.address() as AddressInfo;
  const baseUrl = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${port}`;
  log.info({ port, database: db.client.config.client }, `Ringround is listening on ${baseUrl}`);

  const setupLink = hasOrganiser ? null : await setupLinkIfNeeded(ctx, baseUrl);
  if (setupLink)
    log.warn({ setupLink }, `No organiser yet. Open this one-time link to create one: ${setupLink}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await ringround.close();
      await db.destroy();
      clearTimeout(force);
      log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Ringround failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
