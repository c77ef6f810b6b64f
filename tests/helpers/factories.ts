// Small factories for test data: sensible defaults, any field overridable.
import type { CallingHours, CanvassSession, CreateCampaignBody, Role } from '../../protocol';
import { createSession } from '../../server/canvass/manageSessions';
import { hashPassword } from '../../server/auth/passwords';
import { createCampaign } from '../../server/campaigns/manageCampaigns';
import type { CampaignRecord } from '../../server/store/campaigns';
import { upsertContacts } from '../../server/store/contacts';
import type { NewContact } from '../../server/store/contacts';
import type { Queryable } from '../../server/store/db';
import { enqueue } from '../../server/store/queue';
import { insertUser, toUser } from '../../server/store/users';
import type { UserRow } from '../../server/store/users';
import { Agent } from './agent';
import type { TestServer } from './server';

let seq = 0;
export const DEFAULT_PASSWORD = 'correct-horse-battery-staple';

export async function makeUser(
  db: Queryable,
  overrides: Partial<{
    name: string;
    email: string;
    role: Role;
    password: string | null;
    phone: string;
  }> = {},
): Promise<UserRow> {
  seq += 1;
  const role = overrides.role ?? 'caller';
  const password = overrides.password === undefined ? DEFAULT_PASSWORD : overrides.password;
  return insertUser(
    db,
    {
      name: overrides.name ?? `Test ${role} ${seq}`,
      email: overrides.email ?? `${role}${seq}-${Date.now()}@example.org`,
      role,
      phone: overrides.phone ?? null,
      passwordHash: password ? await hashPassword(password) : null,
    },
    Date.now(),
  );
}

/** A browser-like agent signed in as a new user with this role. */
export async function signedInAs(server: TestServer, role: Role): Promise<{ agent: Agent; user: UserRow }> {
  const user = await makeUser(server.db, { role });
  const agent = new Agent(server.baseUrl);
  const r = await agent.login(user.email, DEFAULT_PASSWORD);
  if (r.status !== 200) throw new Error(`sign-in as ${role} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { agent, user };
}

// Ofcom keeps these ranges for drama: never a real person's phone. 1,000 numbers a block.
const DRAMA_BLOCKS = [
  '+447700900',
  '+441134960',
  '+441144960',
  '+441154960',
  '+441164960',
  '+441174960',
  '+441184960',
  '+441214960',
  '+441314960',
  '+441414960',
  '+441514960',
  '+441614960',
  '+442079460',
  '+442890180',
  '+442920180',
  '+441632960',
];
export function dramaPhone(i: number): string {
  const block = DRAMA_BLOCKS[Math.floor(i / 1000) % DRAMA_BLOCKS.length];
  if (i >= DRAMA_BLOCKS.length * 1000) throw new Error('ran out of drama numbers');
  return `${block}${String(i % 1000).padStart(3, '0')}`;
}

const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '23:59' }]]),
) as CallingHours;

/** An active campaign that may call at any hour, unless told otherwise. */
export async function makeCampaign(
  server: TestServer,
  overrides: Partial<CreateCampaignBody> = {},
): Promise<CampaignRecord> {
  const organiser = toUser(await makeUser(server.db, { role: 'organiser' }));
  return createCampaign(
    server.ctx,
    { name: `Campaign ${++seq}`, status: 'active', allowAnyHour: true, callingHours: ALL_DAY, ...overrides },
    organiser,
  );
}

let phoneSeq = 0;
/** n contacts queued in the campaign; returns their contact ids. */
export async function makeContacts(
  db: Queryable,
  campaignId: number,
  n: number,
  overrides: Partial<NewContact> = {},
): Promise<number[]> {
  const contacts: NewContact[] = Array.from({ length: n }, (_, i) => ({
    externalId: `ext-${phoneSeq + i}`,
    firstName: `Person${phoneSeq + i}`,
    lastName: 'Test',
    phone: dramaPhone(phoneSeq + i),
    email: null,
    postcode: 'BS5 6AA',
    custom: { ward: `Ward ${(phoneSeq + i) % 7}` },
    ...overrides,
  }));
  phoneSeq += n;
  const ids = await upsertContacts(db, contacts, Date.now());
  await enqueue(db, campaignId, ids, Date.now() - 1000);
  return ids;
}

/** A volunteer who joined the campaign by its link: an agent with a session and CSRF token. */
export async function joinedCaller(
  server: TestServer,
  campaign: CampaignRecord,
  who: { name?: string; email?: string } = {},
): Promise<{ agent: Agent; userId: number }> {
  const agent = new Agent(server.baseUrl);
  await agent.refreshCsrf();
  const n = ++seq;
  const r = await agent.req('POST', `/api/join/${campaign.joinToken}`, {
    name: who.name ?? `Volunteer ${n}`,
    email: who.email ?? `volunteer${n}-${Date.now()}@example.org`,
  });
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${JSON.stringify(r.body)}`);
  await agent.refreshCsrf();
  return { agent, userId: r.body.user.id };
}

/** Contact fields for someone living at this postcode, placed by the test server's gazetteer. */
export async function livingAt(server: TestServer, postcode: string): Promise<Partial<NewContact>> {
  const p = await server.ctx.geo.place(postcode);
  return {
    postcode: p.postcode,
    lat: p.lat,
    lng: p.lng,
    constituencyCode: p.constituencyCode,
    geoPrecision: p.precision,
  };
}

/** A canvass session starting `inDays` from now (3 hours long). */
export async function makeSession(
  server: TestServer,
  overrides: Partial<{ title: string; postcode: string; capacity: number | null; inDays: number }> = {},
): Promise<CanvassSession> {
  const start = Date.now() + (overrides.inDays ?? 2) * 86_400_000;
  return createSession(server.ctx, {
    title: overrides.title ?? `Doors ${++seq}`,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3 * 3600_000).toISOString(),
    postcode: overrides.postcode ?? 'BS5 6AA',
    venue: 'Community café',
    capacity: overrides.capacity === undefined ? 20 : overrides.capacity,
  });
}
