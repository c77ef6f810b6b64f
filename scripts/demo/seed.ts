// Sets up the demo evening through the public API, as an organiser would in the browser: a
// coordinator, the campaign with its script and target seats, a few hundred signups, and canvass
// sessions over the coming week in the two seats.
import { randomBytes } from 'node:crypto';
import type { Campaign, CanvassSession, ImportReport } from '../../protocol';
import { DemoAgent } from './http';
import { demoSignups, signupsCsv } from './people';
import { DEMO_SEATS } from './postcodes';

export const DEMO_CAMPAIGN = 'Bristol East & Kingswood phonebank';

export interface Credentials {
  name: string;
  email: string;
  password: string;
}

export interface DemoSeed {
  campaign: Campaign;
  coordinator: Credentials;
  sessions: CanvassSession[];
  imported: number;
}

/** A password nobody else has: the demo prints it. */
export const demoPassword = (): string => `demo-${randomBytes(9).toString('base64url')}`;

// Every day, all day: the demo works whenever it is run. The last minute before midnight is the
// only gap (a span must end after it starts), and callers simply wait it out.
const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '23:59' }]]),
);

const SCRIPT = `Hi {{first_name}}, it's {{caller_name}}, a volunteer with the Bristol East & Kingswood campaign. You signed up with us ({{custom.source}}) — thank you! Have you got two minutes?

We're knocking on doors near you this week and it's much more fun with a friend. **{{session.title}}** is on {{session.date}} at {{session.time}}, meeting at {{session.venue}} ({{session.postcode}}), about {{session.distance}} from {{postcode}}.

Could you come along? No experience needed: we pair everyone new with someone who's done it before, and it's about two hours.`;

const QUESTIONS = [
  {
    key: 'doors_before',
    label: 'Have you knocked on doors before?',
    type: 'choice' as const,
    options: ['Never', 'Once or twice', 'Lots'],
  },
  {
    key: 'other_help',
    label: 'What else could they help with?',
    type: 'choice' as const,
    options: ['Phonebanking', 'Leafleting', 'Driving people', 'Nothing else for now'],
  },
];

// Retries sooner than a real campaign's (20 hours), so an evening-long demo keeps finding people to call.
const RETRY_RULES = {
  no_answer: { afterHours: 0.25 },
  busy: { afterHours: 0.25 },
  voicemail: { afterHours: 0.5 },
};

interface SessionPlan {
  title: string;
  inDays: number;
  at: string; // HH:MM, London time
  hours: number;
  venue: string;
  postcode: string;
  capacity: number | null;
  host: string;
}

// Real postcodes in the seats (see postcodes.ts); venues are generic meeting points, not real businesses.
const SESSIONS: SessionPlan[] = [
  {
    title: 'Redfield evening doors',
    inDays: 1,
    at: '18:00',
    hours: 2,
    venue: 'The bus stop by the church',
    postcode: 'BS5 0TA',
    capacity: 10,
    host: 'Mo',
  },
  {
    title: 'Kingswood high street stall',
    inDays: 2,
    at: '11:00',
    hours: 3,
    venue: 'Outside the library',
    postcode: 'BS15 4AA',
    capacity: null,
    host: 'Bea',
  },
  {
    title: 'Doors in St George',
    inDays: 2,
    at: '18:30',
    hours: 2,
    venue: 'Park gates on the main road',
    postcode: 'BS5 7AA',
    capacity: 12,
    host: 'Kwame',
  },
  {
    title: 'Fishponds morning canvass',
    inDays: 3,
    at: '10:30',
    hours: 3,
    venue: 'Community centre car park',
    postcode: 'BS16 3DA',
    capacity: 20,
    host: 'Ruth',
  },
  {
    title: 'Brislington doors',
    inDays: 4,
    at: '14:00',
    hours: 3,
    venue: 'The green by the shops',
    postcode: 'BS4 4HA',
    capacity: 8,
    host: 'Jas',
  },
  {
    title: 'Staple Hill evening doors',
    inDays: 5,
    at: '18:00',
    hours: 2,
    venue: 'Corner of the high street',
    postcode: 'BS16 4AA',
    capacity: 6,
    host: 'Callum',
  },
  {
    title: 'Kingswood evening doors',
    inDays: 6,
    at: '18:30',
    hours: 2,
    venue: 'The church hall steps',
    postcode: 'BS15 4HA',
    capacity: 10,
    host: 'Bea',
  },
  {
    title: 'Arnos Vale morning canvass',
    inDays: 7,
    at: '10:30',
    hours: 3,
    venue: 'Cemetery gates',
    postcode: 'BS4 5AA',
    capacity: null,
    host: 'Jas',
  },
];

/** `days` ahead of `now` at HH:MM on a London wall clock, as an ISO instant. */
export function londonTime(now: number, days: number, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const day = new Date(now + days * 86_400_000);
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m);
  // London is UTC or UTC+1: read its offset at that moment and take it off.
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')!.value;
  const hoursAhead = Number(offset.replace('GMT', '') || 0);
  return new Date(guess - hoursAhead * 3_600_000).toISOString();
}

export interface SeedOptions {
  /** How many signups to import (a few hundred by default). */
  contacts?: number;
  now?: number;
}

/** Seeds the demo through the API, signed in as the organiser. */
export async function seedDemo(
  baseUrl: string,
  organiser: { email: string; password: string },
  opts: SeedOptions = {},
): Promise<DemoSeed> {
  const now = opts.now ?? Date.now();
  const org = new DemoAgent(baseUrl);
  await org.login(organiser.email, organiser.password);

  const coordinator = { name: 'Jo Marsh', email: 'coordinator@example.org', password: demoPassword() };
  await org.call('POST', '/api/team', { ...coordinator, role: 'coordinator' });

  const { campaign } = await org.call<{ campaign: Campaign }>('POST', '/api/campaigns', {
    name: DEMO_CAMPAIGN,
    status: 'active',
    telephony: 'simulated',
    timezone: 'Europe/London',
    allowAnyHour: true,
    callingHours: ALL_DAY,
    retryRules: RETRY_RULES,
    targetSeats: DEMO_SEATS.map((s) => s.code),
    script: { body: SCRIPT, questions: QUESTIONS },
  });

  const sessions: CanvassSession[] = [];
  for (const s of SESSIONS) {
    const startsAt = londonTime(now, s.inDays, s.at);
    const { session } = await org.call<{ session: CanvassSession }>('POST', '/api/canvass-sessions', {
      title: s.title,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + s.hours * 3_600_000).toISOString(),
      venue: s.venue,
      postcode: s.postcode,
      capacity: s.capacity,
      hostName: s.host,
      notes: 'Bring comfy shoes. Clipboards and leaflets provided.',
    });
    sessions.push(session);
  }
  const seatCodes = new Set(DEMO_SEATS.map((s) => s.code));
  const astray = sessions.filter((s) => !s.constituencyCode || !seatCodes.has(s.constituencyCode));
  if (astray.length) {
    throw new Error(
      `These sessions were not placed in a target seat (is the gazetteer there? see GEO_DATA_DIR): ${astray
        .map((s) => `${s.title} (${s.postcode})`)
        .join(', ')}`,
    );
  }

  const csv = signupsCsv(demoSignups(opts.contacts ?? 360));
  const report = await org.call<ImportReport>(
    'POST',
    `/api/campaigns/${campaign.id}/contacts`,
    csv,
    'text/csv',
  );
  if (report.rejected.length) {
    throw new Error(`The demo signups were refused: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  }
  return { campaign, coordinator, sessions, imported: report.imported };
}
