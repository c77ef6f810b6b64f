// Made-up signups: fictional names, Ofcom's drama numbers (never a real person's phone) and real
// postcodes in the target seats. Deterministic, so every run of the demo looks the same.
import { DEMO_SEATS } from './postcodes';

const FIRST = `
  Aisha Ben Chloe Dev Ellie Femi Grace Harvey Imogen Jamal Kasia Liam Maya Nathan Olu Poppy Qasim
  Rhian Sol Tara Umar Vicky Wes Yasmin Zak Amber Callum Daisy Ezra Freya Gethin Hana Isaac Jess
  Kieran Lola
`
  .trim()
  .split(/\s+/);
const LAST = `
  Ashdown Bramble Corrin Dunmore Elwood Fairley Gorman Hollis Ingram Jessop Kendrew Lowther Marlow
  Nuttall Oakes Pelham Quill Redfern Stanhope Thackery Upton Varley Wrenfield Yardley Ziegler
  Arkwright Brannigan Cawley Devereux
`
  .trim()
  .split(/\s+/);
const SOURCES = [
  'Website form',
  'Street stall',
  'Rally sign-up sheet',
  'A friend asked me',
  'Leaflet QR code',
];

// Ofcom keeps these for drama and demos: 07700 900000-900999 (mobiles) and 0117 496 0000-0999 (Bristol).
const MOBILE_DRAMA = 1000;
const BRISTOL_DRAMA = 1000;

/** The i-th drama number, in the form a sign-up form collects (national, with spaces). */
export function dramaNumber(i: number): string {
  if (i < MOBILE_DRAMA) return `07700 900${String(i).padStart(3, '0')}`;
  if (i < MOBILE_DRAMA + BRISTOL_DRAMA) return `0117 496 ${String(i - MOBILE_DRAMA).padStart(4, '0')}`;
  throw new Error('The demo has run out of drama numbers');
}

export interface DemoSignup {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  postcode: string;
  source: string;
}

/** `count` signups, alternating between the target seats; one in four gives a landline. */
export function demoSignups(count: number): DemoSignup[] {
  return Array.from({ length: count }, (_, i) => {
    const seat = DEMO_SEATS[i % DEMO_SEATS.length]!;
    const firstName = FIRST[(i * 7) % FIRST.length]!;
    const lastName = LAST[(i * 11 + Math.floor(i / FIRST.length)) % LAST.length]!;
    const landline = Math.floor(i / DEMO_SEATS.length) % 4 === 3; // in both seats alike
    const phone = landline ? dramaNumber(MOBILE_DRAMA + i) : dramaNumber(i);
    return {
      firstName,
      lastName,
      phone,
      email: `${firstName}.${lastName}.${i}@example.org`.toLowerCase(),
      postcode: seat.postcodes[Math.floor(i / DEMO_SEATS.length) % seat.postcodes.length]!,
      source: SOURCES[i % SOURCES.length]!,
    };
  });
}

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The signups as a CSV with the headers a sign-up form export usually has. */
export function signupsCsv(signups: DemoSignup[]): string {
  const rows = signups.map((s) =>
    [s.firstName, s.lastName, s.phone, s.email, s.postcode, s.source].map(cell).join(','),
  );
  return ['First name,Surname,Mobile,Email,Post Code,Source', ...rows].join('\n') + '\n';
}

/** The volunteers who join by link and call. */
export const DEMO_CALLERS = [
  'Rosa Penhale',
  'Tom Achebe',
  'Priya Lambert',
  'Sam Whitcombe',
  'Nia Okonkwo',
  'Dan Ferreira',
  'Lucy Tranter',
  'Owen Majewski',
];
