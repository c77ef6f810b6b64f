import type { CanvassSession } from '../../../../protocol';

/** Where to meet, in one line: "Community café, BS5 6AA". */
export const whereLine = (s: Pick<CanvassSession, 'venue' | 'postcode'>): string =>
  [s.venue, s.postcode].filter(Boolean).join(', ');

/** True when the postcode could not be placed, so callers are never offered the session by distance. */
export const isUnplaced = (s: Pick<CanvassSession, 'geoPrecision'>): boolean => s.geoPrecision === 'none';

/** Places left, or null when there is no limit. */
export const spacesLeft = (s: Pick<CanvassSession, 'capacity' | 'booked'>): number | null =>
  s.capacity === null ? null : Math.max(0, s.capacity - s.booked);

/** "1 person", "3 people". */
export const people = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "1 place", "3 places". */
export const places = (n: number): string => `${n} ${n === 1 ? 'place' : 'places'}`;

/** A person's full name from the parts a contact has. */
export const fullName = (p: { firstName: string; lastName: string | null }): string =>
  [p.firstName, p.lastName].filter(Boolean).join(' ');

/**
 * A phone number as people in the UK write it ("07700 900123", "0117 496 0123"); numbers from other
 * countries keep their international form.
 */
export function displayPhone(e164: string): string {
  if (!/^\+44\d{9,10}$/.test(e164)) return e164;
  const national = `0${e164.slice(3)}`;
  if (national.startsWith('02'))
    return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^01\d1|^011/.test(national))
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
