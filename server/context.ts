import type { Config } from './config';
import type { Db } from './store/db';
import type { Logger } from './log';
import type { Metrics } from './metrics';
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
