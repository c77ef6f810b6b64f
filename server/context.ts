import type { Config } from './config';
import type { Db } from './store/db';
import { createLogger } from './log';
import type { Logger } from './log';
import { createMetrics } from './metrics';
import type { Metrics } from './metrics';
import { createGeo } from './geo/geo';
import type { Geo } from './geo/geo';

/** What every part of the server is handed: no module-level singletons. */
export interface AppContext {
  config: Config;
  db: Db;
  log: Logger;
  /** Milliseconds since the epoch; tests freeze it. */
  now: () => number;
  metrics: Metrics;
  geo: Geo;
}

/** The context for a process (main.ts) or a test server: the clock is the only thing that differs. */
export function createContext(config: Config, db: Db, now: () => number = Date.now): AppContext {
  const log = createLogger(config.LOG_LEVEL);
  return { config, db, log, now, metrics: createMetrics(), geo: createGeo(config, log) };
}
