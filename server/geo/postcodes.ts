import { fix, isValid, toArea, toNormalised, toOutcode, toSector } from 'postcode';

export type PostcodeKey =
  | { kind: 'uk'; postcode: string; sector: string; outcode: string; area: string }
  | { kind: 'uk_outcode'; postcode: string; outcode: string; area: string }
  | { kind: 'us_zip'; postcode: string; zip: string };

const OUTCODE = /^([A-Z]{1,2})[0-9][A-Z0-9]?$/;

/**
 * Reads what a person typed as a UK postcode ("bs56aa", "BS5 6AA"), a UK outward code
 * alone ("OX2") or a US ZIP ("10001", "10001-1234"). Null when it is none of these.
 */
export function readPostcode(input: string): PostcodeKey | null {
  const raw = input.trim().toUpperCase();
  if (!raw) return null;
  const zip = /^(\d{5})(-\d{4})?$/.exec(raw);
  if (zip) return { kind: 'us_zip', postcode: raw, zip: zip[1]! };
  const fixed = fix(raw);
  if (isValid(fixed)) {
    return {
      kind: 'uk',
      postcode: toNormalised(fixed)!,
      sector: toSector(fixed)!,
      outcode: toOutcode(fixed)!,
      area: toArea(fixed)!,
    };
  }
  const compact = raw.replace(/\s+/g, '');
  const outcode = OUTCODE.exec(compact);
  if (outcode) return { kind: 'uk_outcode', postcode: compact, outcode: compact, area: outcode[1]! };
  return null;
}
