// The offline gazetteer in GEO_DATA_DIR. Format (docs/geodata.md): CSV files with a header row,
//   uk_sector_centroids.csv   sector,lat,lon[,n]      "OX2 6",51.77,-1.28
//   uk_outcode_centroids.csv  outcode,lat,lon[,n]
//   uk_area_centroids.csv     area,lat,lon[,n]
//   uk_sector_pcon24.csv      sector,pcon24cd[,share]
//   uk_outcode_pcon24.csv     outcode,pcon24cd[,share]
//   pcon24_ge2024.csv         pcon24cd,name,country,region,lat,lon,first_party,second_party,majority,...
// Any file may be missing: placement then falls back to the next coarser level, or to none.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Seat } from '../../protocol';

export interface Point {
  lat: number;
  lng: number;
}

export type { Seat };

export interface Gazetteer {
  sectors: Map<string, Point>;
  outcodes: Map<string, Point>;
  areas: Map<string, Point>;
  sectorSeats: Map<string, string>;
  outcodeSeats: Map<string, string>;
  seats: Map<string, Seat>;
}

type Row = Record<string, string>;

function read(dir: string, file: string): Row[] {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return [];
  return parse(fs.readFileSync(full), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Row[];
}

const points = (rows: Row[], key: string) =>
  new Map(rows.map((r) => [r[key]!.toUpperCase(), { lat: Number(r.lat), lng: Number(r.lon) }]));

const seatsOf = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key]!.toUpperCase(), r.pcon24cd!]));

export function loadGazetteer(dir: string): Gazetteer {
  return {
    sectors: points(read(dir, 'uk_sector_centroids.csv'), 'sector'),
    outcodes: points(read(dir, 'uk_outcode_centroids.csv'), 'outcode'),
    areas: points(read(dir, 'uk_area_centroids.csv'), 'area'),
    sectorSeats: seatsOf(read(dir, 'uk_sector_pcon24.csv'), 'sector'),
    outcodeSeats: seatsOf(read(dir, 'uk_outcode_pcon24.csv'), 'outcode'),
    seats: new Map(
      read(dir, 'pcon24_ge2024.csv').map((r) => [
        r.pcon24cd!,
        {
          code: r.pcon24cd!,
          name: r.name!,
          country: r.country!,
          region: r.region!,
          firstParty: r.first_party!,
          secondParty: r.second_party!,
          majority: Number(r.majority),
          majorityPct: Number(r.majority_pct),
        },
      ]),
    ),
  };
}

export const EMPTY_GAZETTEER: Gazetteer = {
  sectors: new Map(),
  outcodes: new Map(),
  areas: new Map(),
  sectorSeats: new Map(),
  outcodeSeats: new Map(),
  seats: new Map(),
};

const loaded = new Map<string, Gazetteer>();

/** The gazetteer in dir, read once per process; empty (nothing placed) when no dir is configured. */
export function gazetteerAt(dir: string | undefined): Gazetteer {
  if (!dir) return EMPTY_GAZETTEER;
  const key = path.resolve(dir);
  let g = loaded.get(key);
  if (!g) loaded.set(key, (g = loadGazetteer(key)));
  return g;
}
