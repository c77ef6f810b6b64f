import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import { gazetteerAt } from './gazetteer';
import type { Gazetteer, Seat } from './gazetteer';
import { placePostcodes } from './place';
import type { Placement } from './place';
import { postcodesIo } from './postcodesIo';

export interface Geo {
  gazetteer: Gazetteer;
  /** Places many postcodes at once (imports); order preserved. */
  placeMany(inputs: Array<string | null | undefined>): Promise<Placement[]>;
  place(input: string | null | undefined): Promise<Placement>;
  seat(code: string | null | undefined): Seat | null;
}

// In a development checkout the shared gazetteer sits beside the project.
const DEV_DIR = path.resolve(__dirname, '../../../shared/geo');

/** Where the gazetteer is: GEO_DATA_DIR, else the development copy if present, else none. */
export function geoDataDir(config: Config): string | undefined {
  if (config.GEO_DATA_DIR) return config.GEO_DATA_DIR;
  return fs.existsSync(path.join(DEV_DIR, 'uk_outcode_centroids.csv')) ? DEV_DIR : undefined;
}

export function createGeo(config: Config, log: Logger): Geo {
  const dir = geoDataDir(config);
  const gazetteer = gazetteerAt(dir);
  if (!dir)
    log.warn(
      'GEO_DATA_DIR is not set: postcodes will not be placed and no sessions will be offered by distance',
    );
  else
    log.info({ dir, sectors: gazetteer.sectors.size, outcodes: gazetteer.outcodes.size }, 'gazetteer loaded');
  const online = config.POSTCODES_IO_URL ? postcodesIo(config.POSTCODES_IO_URL, log) : null;
  const placeMany = (inputs: Array<string | null | undefined>) => placePostcodes(gazetteer, inputs, online);
  return {
    gazetteer,
    placeMany,
    place: async (input) => (await placeMany([input]))[0]!,
    seat: (code) => (code ? (gazetteer.seats.get(code) ?? null) : null),
  };
}
