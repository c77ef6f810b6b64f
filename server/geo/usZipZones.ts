// US calling hours (TCPA: 8am-9pm) follow the called person's own clock. A ZIP code's first
// three digits (its sectional centre) name the state and, for most, the time zone; where a
// state is split, the sectional centres on the far side of the line are listed on their own.
// A ZIP3 that straddles a line takes the zone most of its people live in, so a few border
// towns may be an hour out: campaigns keep a margin (the default hours end 20:30).
// Sources: USPS sectional centre facilities list; the US time zone boundaries (49 CFR 71).

type Range = readonly [from: number, to: number, zone: string];

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** Exceptions first: the first range that holds a ZIP3 decides. */
const RANGES: readonly Range[] = [
  // Florida's panhandle west of the Apalachicola (Panama City, Pensacola).
  [324, 325, CENTRAL],
  // Tennessee east of the Cumberland Plateau (Chattanooga, Knoxville, Johnson City).
  [373, 379, EASTERN],
  // Western Kentucky (Bowling Green, Paducah, Owensboro, Hopkinsville).
  [420, 424, CENTRAL],
  // Indiana's Chicago and Evansville corners.
  [463, 464, CENTRAL],
  [476, 477, CENTRAL],
  // Western South Dakota (Rapid City), south-west North Dakota (Dickinson), western Nebraska.
  [577, 577, MOUNTAIN],
  [586, 586, MOUNTAIN],
  [691, 691, MOUNTAIN],
  [693, 693, MOUNTAIN],
  // El Paso.
  [798, 799, MOUNTAIN],
  [885, 885, MOUNTAIN],
  // The Idaho panhandle.
  [838, 838, PACIFIC],

  [5, 5, EASTERN], // Holtsville NY
  [6, 9, 'America/Puerto_Rico'], // Puerto Rico, US Virgin Islands
  [10, 89, EASTERN], // New England, New York City area, New Jersey
  [100, 299, EASTERN], // NY, PA, DE, DC, MD, VA, WV, NC, SC
  [300, 349, EASTERN], // GA, FL
  [350, 372, CENTRAL], // AL, middle Tennessee
  [380, 397, CENTRAL], // west Tennessee, MS
  [398, 399, EASTERN], // GA
  [400, 419, EASTERN], // KY
  [425, 427, EASTERN], // KY
  [430, 462, EASTERN], // OH, IN
  [465, 475, EASTERN], // IN
  [478, 479, EASTERN], // IN
  [480, 499, 'America/Detroit'], // MI
  [500, 589, CENTRAL], // IA, WI, MN, SD, ND
  [590, 599, MOUNTAIN], // MT
  [600, 729, CENTRAL], // IL, MO, KS, NE, LA, AR
  [730, 797, CENTRAL], // OK, TX
  [800, 837, MOUNTAIN], // CO, WY, southern ID
  [840, 847, MOUNTAIN], // UT
  // The Navajo Nation (Window Rock, 865) keeps daylight saving; the rest of Arizona does not.
  [865, 865, MOUNTAIN],
  [850, 864, 'America/Phoenix'],
  [870, 884, MOUNTAIN], // NM
  [889, 961, PACIFIC], // NV, CA
  [967, 968, 'Pacific/Honolulu'],
  [969, 969, 'Pacific/Guam'],
  [970, 994, PACIFIC], // OR, WA
  [995, 999, 'America/Anchorage'],
];

const US_ZIP = /^(\d{5})(?:-?\d{4})?$/;

/** The IANA zone of a US ZIP code, or null when it is not one (or is military mail, APO/FPO). */
export function usZipZone(postcode: string): string | null {
  const zip = US_ZIP.exec(postcode.trim());
  if (!zip) return null;
  const zip3 = Number(zip[1]!.slice(0, 3));
  for (const [from, to, zone] of RANGES) if (zip3 >= from && zip3 <= to) return zone;
  return null;
}

/**
 * A contact's own time zone where their details tell it: a North American number with a US
 * ZIP. Anyone else keeps the campaign's zone (null), which for a UK campaign is right.
 */
export function contactZone(phone: string, postcode: string | null): string | null {
  return phone.startsWith('+1') && postcode ? usZipZone(postcode) : null;
}
