// Property tests over the whole public surface: every registered REST route and every socket
// event gets generated bodies, queries and payloads — wrong types, missing and extra fields,
// huge and hostile strings, non-objects — from the most trusted role that may use it. The
// answer is always a success or an error with a stable id and its status; never a 500, never
// an unanswered event, and the server still answers afterwards.
//   FUZZ_RUNS=250 npx jest tests/server/schemaFuzz.test.ts   (default 25 per route or event; docs/fuzzing.md)
import fc from 'fast-check';
import { z } from 'zod';
import * as protocol from '../../protocol';
import { ERROR_STATUS } from '../../protocol';
import { Agent, ask, connectResult } from '../helpers/agent';
import type { ClientSocket } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { registeredRoutes } from '../helpers/routes';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { EVENT_ROLES } from '../../server/realtime/eventRoles';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
jest.setTimeout(Math.max(60_000, RUNS * 2000));

/** Every field name the contract knows, so generated objects hit real fields, not just noise. */
function contractKeys(): string[] {
  const keys = new Set<string>();
  const visit = (schema: unknown, depth: number) => {
    if (depth > 4) return;
    if (schema instanceof z.ZodObject) {
      for (const [k, v] of Object.entries(schema.shape as Record<string, unknown>)) {
        keys.add(k);
        visit(v, depth + 1);
      }
    } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
      visit(schema.unwrap(), depth + 1);
    } else if (schema instanceof z.ZodArray) visit(schema.element, depth + 1);
  };
  for (const value of Object.values(protocol)) visit(value, 0);
  return [...keys].sort();
}
const KEYS = contractKeys();

const hostile = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '2026-11-27T19:30:00Z',
  '2027-03-28T01:30:00+01:00',
  'BS5 6AA',
  '+447700900123',
  '07700 900123',
  'booked',
  'do_not_call',
  'twilio',
  'organiser',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '=HYPERLINK("http://x")',
  '__proto__',
  'constructor',
  '\u0000',
  '\uD800',
  '../../etc/passwd',
  'https://10.0.0.1/hook',
);
const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  hostile,
  fc.integer(),
  fc.integer({ min: -2, max: 50 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ minLength: 300, maxLength: 5000 }),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 5 }),
  ),
}));
/** Mostly objects with the contract's field names; sometimes anything JSON can carry. */
const payload = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 8 }) },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value, { maxKeys: 6 }),
  },
  { weight: 2, arbitrary: value },
);
const query = fc.dictionary(
  fc.constantFrom(...KEYS, 'q', 'kind', 'past', 'limit'),
  fc.oneof(hostile, fc.string()),
  {
    maxKeys: 4,
  },
);

let server: TestServer;
let organiser: Agent;
let caller: Agent;
let ids: { campaign: number; session: number; joinToken: string; calendar: string };
const tally = { requests: 0, events: 0, byStatus: new Map<number, number>() };

beforeAll(async () => {
  server = await startTestServer({
    env: { LOGIN_MAX_PER_15_MIN: '100000', JOIN_MAX_PER_15_MIN: '100000', CLAIM_MAX_PER_HOUR: '100000' },
  });
  const campaign = await makeCampaign(server);
  await makeContacts(server.db, campaign.id, 50);
  const session = await makeSession(server);
  ids = {
    campaign: campaign.id,
    session: session.id,
    joinToken: campaign.joinToken,
    calendar: session.calendarPath.split('/').pop()!.replace('.ics', ''),
  };
  organiser = (await signedInAs(server, 'organiser')).agent;
  caller = (await joinedCaller(server, campaign)).agent;
});
afterAll(async () => {
  process.stderr.write(
    `schema fuzz: ${tally.requests} requests, ${tally.events} socket events, statuses ${JSON.stringify([...tally.byStatus])}\n`,
  );
  await server.close();
});

/** An error reply as the contract promises it: a known id travelling with its own status. */
function expectStableError(status: number, body: unknown) {
  const known = Object.keys(ERROR_STATUS);
  expect(body).toMatchObject({ ok: false, error: expect.any(String), message: expect.any(String) });
  const id = (body as { error: string }).error;
  expect(known).toContain(id);
  expect([id, status]).toEqual([id, ERROR_STATUS[id as keyof typeof ERROR_STATUS]]);
}

describe('socket events: every payload gets an answer with a stable id', () => {
  const sockets: ClientSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));
  async function socketAs(agent: Agent): Promise<ClientSocket> {
    const s = agent.socket();
    expect(await connectResult(s)).toBe(true);
    sockets.push(s);
    return s;
  }

  it.each(Object.keys(EVENT_ROLES))('%s', async (event) => {
    const roles = EVENT_ROLES[event as keyof typeof EVENT_ROLES];
    const socket = await socketAs(roles.includes('caller') ? caller : organiser);
    // Hold a real contact so outcome-shaped payloads reach past "not held" now and then.
    await ask(socket, 'call.next', { campaignId: ids.campaign });
    await fc.assert(
      fc.asyncProperty(payload, fc.boolean(), async (body, withAck) => {
        tally.events++;
        if (!withAck) {
          // No callback at all: the handler must not throw where nobody hears it.
          (socket as unknown as { emit(e: string, b: unknown): void }).emit(event, body);
          return;
        }
        const reply = await ask(socket, event, body);
        if (reply?.ok === true) return;
        expect(reply).toMatchObject({ ok: false, error: expect.any(String), message: expect.any(String) });
        expect(Object.keys(ERROR_STATUS)).toContain(reply.error);
        expect(reply.error).not.toBe('internal_error');
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(socket.connected).toBe(true);
    expect((await ask(socket, 'call.next', { campaignId: ids.campaign })).ok).toBe(true);
  });
});

// Routes that sign someone in or out are fuzzed from a fresh browser each time, so the
// organiser's own session survives the run.
const FRESH_BROWSER = /^(POST \/api\/(auth|setup|invites|join)|GET \/api\/join)/;

describe('REST routes: every body and query gets a success or a stable 4xx', () => {
  let routes: string[] = [];
  beforeAll(() => {
    routes = registeredRoutes(server.app.app);
  });

  it('covers every registered route', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  // The routes are read from the app at run time, so a new route is fuzzed without being listed here.
  it('answers generated requests on every route', async () => {
    const pathFor = (route: string, n: number, junk: string) =>
      route
        .split(' ')[1]!
        .replace(':campaignId', String(n % 4 ? ids.campaign : n))
        .replace('/campaigns/:id', `/campaigns/${n % 4 ? ids.campaign : n}`)
        .replace('/canvass-sessions/:id', `/canvass-sessions/${n % 4 ? ids.session : n}`)
        .replace(':joinToken', n % 2 ? ids.joinToken : encodeURIComponent(junk))
        .replace(':token', n % 2 ? ids.calendar : encodeURIComponent(junk))
        .replace(/:[A-Za-z]+/g, () => (n % 3 ? String(n) : encodeURIComponent(junk)));
    for (const route of routes) {
      const method = route.split(' ')[0]!;
      await fc.assert(
        fc.asyncProperty(payload, query, fc.nat(5000), fc.string(), async (body, q, n, junk) => {
          const agent = FRESH_BROWSER.test(route) ? new Agent(server.baseUrl) : organiser;
          if (agent !== organiser) await agent.refreshCsrf();
          const search = new URLSearchParams(q as Record<string, string>).toString();
          const url = pathFor(route, n, junk) + (search ? `?${search}` : '');
          const r = await agent.req(method, url, method === 'GET' || method === 'DELETE' ? undefined : body);
          tally.requests++;
          tally.byStatus.set(r.status, (tally.byStatus.get(r.status) ?? 0) + 1);
          expect([route, url, r.status < 500]).toEqual([route, url, true]);
          if (r.status >= 400 && route !== 'GET /metrics') expectStableError(r.status, r.body);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // Whatever the route did, the organiser is still signed in and the server still answers.
      expect((await organiser.req('GET', '/api/me')).body.user?.role).toBe('organiser');
    }
    expect((await organiser.req('GET', '/healthz')).status).toBe(200);
  });
});
