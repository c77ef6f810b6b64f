// An organiser's side of a load run: sign in, create an active campaign that may call at
// any hour, import its contacts as CSV and add canvass sessions callers can book.
import { BenchAgent, ADMIN } from '../bench/lib';
import { dramaPhone } from '../../tests/helpers/factories';

/** Ofcom keeps 16 blocks of 1,000 numbers for drama; past that, 07700 9xxxxx-shaped numbers. */
export const DRAMA_NUMBERS = 16_000;

export interface LoadCampaign {
  campaignId: number;
  joinToken: string;
  organiser: BenchAgent;
  /** Contacts this run put in the queue (null for an existing campaign). */
  queued: number | null;
}

const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '23:59' }]]),
);
// Places the gazetteer knows, so the sessions below are offered as near.
const POSTCODES = ['BS5 6AA', 'BS1 4DJ', 'BS3 1AA', 'BS7 8AA'];

/** The organiser (RINGROUND_ADMIN_EMAIL/PASSWORD, else the bench organiser) signed in at base. */
export async function organiserAt(base: string): Promise<BenchAgent> {
  const org = new BenchAgent(base);
  await org.refresh();
  const email = process.env.RINGROUND_ADMIN_EMAIL ?? ADMIN.email;
  const password = process.env.RINGROUND_ADMIN_PASSWORD ?? ADMIN.password;
  // A server answers /healthz before it has created its first organiser (main.ts listens,
  // then bootstraps), so a sign-in straight after start can come too early: try for 10 s.
  let r = await org.req('POST', '/api/auth/login', { email, password });
  for (let i = 0; !r.user && r.error === 'invalid_credentials' && i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    r = await org.req('POST', '/api/auth/login', { email, password });
  }
  if (!r.user) throw new Error(`organiser sign-in at ${base} failed: ${JSON.stringify(r)}`);
  await org.refresh();
  return org;
}

export function phoneFor(i: number, total: number): string {
  // Beyond the drama ranges: a generated +44 7700 9xxxxx number (mobile-shaped, 100,000 of them).
  return total <= DRAMA_NUMBERS ? dramaPhone(i) : `+4477009${String(i).padStart(5, '0')}`;
}

/** A new campaign with `contacts` queued signups and two canvass sessions five days out. */
export async function createLoadCampaign(
  base: string,
  contacts: number,
  opts: { name?: string; leaseSeconds?: number } = {},
): Promise<LoadCampaign> {
  if (contacts > 100_000) throw new Error('at most 100,000 contacts (the 07700 9xxxxx block)');
  const org = await organiserAt(base);
  const created = await org.req('POST', '/api/campaigns', {
    name: opts.name ?? `Load ${new Date().toISOString()}`,
    status: 'active',
    allowAnyHour: true,
    callingHours: ALL_DAY,
    ...(opts.leaseSeconds ? { leaseSeconds: opts.leaseSeconds } : {}),
  });
  if (!created.campaign) throw new Error(`creating the campaign failed: ${JSON.stringify(created)}`);
  const rows = ['first name,last name,phone,postcode'];
  for (let i = 0; i < contacts; i++) rows.push(`Load${i},Test,${phoneFor(i, contacts)},${POSTCODES[i % 4]}`);
  const imported = await org.req(
    'POST',
    `/api/campaigns/${created.campaign.id}/contacts`,
    rows.join('\n'),
    'text/csv',
  );
  // Fewer than asked when an earlier run on this database opted some numbers out.
  const queued = Number(imported.imported ?? 0) + Number(imported.updated ?? 0);
  if (!queued) throw new Error(`importing ${contacts} contacts: ${JSON.stringify(imported).slice(0, 500)}`);
  const startsAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
  for (const [title, postcode] of [
    ['Load canvass, Easton', 'BS5 6AA'],
    ['Load canvass, Bedminster', 'BS3 1AA'],
  ]) {
    const s = await org.req('POST', '/api/canvass-sessions', { title, startsAt, postcode });
    if (!s.session) throw new Error(`creating a canvass session failed: ${JSON.stringify(s)}`);
  }
  return {
    campaignId: created.campaign.id,
    joinToken: tokenOf(created.campaign.joinUrl),
    organiser: org,
    queued,
  };
}

/** An existing campaign: its join link, read by the organiser. */
export async function existingCampaign(base: string, campaignId: number): Promise<LoadCampaign> {
  const org = await organiserAt(base);
  const r = await org.req('GET', `/api/campaigns/${campaignId}`);
  if (!r.campaign) throw new Error(`campaign ${campaignId}: ${JSON.stringify(r)}`);
  return { campaignId, joinToken: tokenOf(r.campaign.joinUrl), organiser: org, queued: null };
}

const tokenOf = (joinUrl: string) => new URL(joinUrl, 'http://x').pathname.split('/').pop()!;
