// Who may use what: every REST route and socket event against every kind of visitor,
// each expectation written once. A route or event the table does not list fails the test.
import { Agent, ask, connectResult } from '../helpers/agent';
import { joinedCaller, makeCampaign, makeContacts, makeSession, signedInAs } from '../helpers/factories';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { EVENT_ROLES } from '../../server/realtime/eventRoles';
import { registeredRoutes } from '../helpers/routes';

type Who = 'anonymous' | 'caller' | 'otherCaller' | 'removedCaller' | 'coordinator' | 'organiser';
const WHO: Who[] = ['anonymous', 'caller', 'otherCaller', 'removedCaller', 'coordinator', 'organiser'];
/** 'ok' = allowed (any answer but 401/403); or the refusal status expected. */
type Expect = 'ok' | 401 | 403;
const row = (anonymous: Expect, callers: Expect, staff: Expect, organiser: Expect = staff) => ({
  anonymous,
  caller: callers,
  otherCaller: callers,
  removedCaller: callers,
  coordinator: staff,
  organiser,
});
const callerOwn = (own: Expect, other: Expect) => ({
  anonymous: 401 as Expect,
  caller: own,
  otherCaller: other,
  removedCaller: other,
  coordinator: 'ok' as Expect,
  organiser: 'ok' as Expect,
});

const ANYONE = row('ok', 'ok', 'ok');
const STAFF = row(401, 403, 'ok');
const ORGANISER = row(401, 403, 403, 'ok');

/** Method + path (as registered) → expectation per visitor. */
const ROUTES: Record<string, Record<Who, Expect>> = {
  'GET /healthz': ANYONE,
  'GET /metrics': ANYONE,
  'GET /api/me': ANYONE,
  'POST /api/auth/login': ANYONE,
  'POST /api/auth/logout': ANYONE,
  'POST /api/setup': ANYONE,
  'GET /api/team': ORGANISER,
  'POST /api/team': ORGANISER,
  'DELETE /api/team/:id': ORGANISER,
  'POST /api/team/invites': ORGANISER,
  'DELETE /api/team/invites/:id': ORGANISER,
  'POST /api/invites/lookup': ANYONE,
  'POST /api/invites/accept': ANYONE,
  'GET /api/campaigns/:id/webhook': ORGANISER,
  // Only while holding a contact in a Twilio campaign, which nobody here does: 403 to all signed in.
  'POST /api/telephony/token': row(401, 403, 403),
  'POST /api/telephony/fallback': row(401, 'ok', 'ok'),
  // Twilio's webhooks: no visitor has a valid X-Twilio-Signature.
  'POST /api/telephony/twilio/voice': row(403, 403, 403),
  'POST /api/telephony/twilio/status': row(403, 403, 403),
  'POST /api/telephony/twilio/sms-status': row(403, 403, 403),
  'POST /api/campaigns/:id/webhook/secret': ORGANISER,
  'GET /api/campaigns': STAFF,
  'POST /api/campaigns': STAFF,
  'GET /api/campaigns/:id': STAFF,
  'PATCH /api/campaigns/:id': STAFF,
  'POST /api/campaigns/:id/join-link': STAFF,
  'GET /api/campaigns/:id/stats': STAFF,
  'POST /api/campaigns/:id/contacts': STAFF,
  'GET /api/campaigns/:id/imports': STAFF,
  'GET /api/campaigns/:id/export.csv': ORGANISER,
  'GET /api/join/:joinToken': ANYONE,
  'POST /api/join/:joinToken': { ...ANYONE, removedCaller: 403 },
  'GET /api/calling': row(401, 'ok', 'ok'),
  'GET /api/calling/:campaignId': callerOwn('ok', 403),
  'GET /api/canvass-sessions': STAFF,
  'POST /api/canvass-sessions': STAFF,
  'GET /api/canvass-sessions/nearest': STAFF,
  'POST /api/canvass-sessions/import': STAFF,
  'GET /api/canvass-sessions/:id': STAFF,
  'PATCH /api/canvass-sessions/:id': STAFF,
  'DELETE /api/canvass-sessions/:id': STAFF,
  'GET /api/canvass-sessions/:id/attendance': STAFF,
  'POST /api/canvass-sessions/:id/attendance': STAFF,
  'GET /api/calendar/:token.ics': ANYONE,
  'GET /api/seats': STAFF,
  'GET /api/contacts': ORGANISER,
  'GET /api/contacts/:id': ORGANISER,
  'GET /api/contacts/:id/subject-access': ORGANISER,
  'POST /api/contacts/:id/erase': ORGANISER,
  'GET /api/opt-outs': ORGANISER,
  'POST /api/opt-outs': ORGANISER,
  'DELETE /api/opt-outs/:phone': ORGANISER,
  'GET /api/audit': ORGANISER,
};

let server: TestServer;
const agents = {} as Record<Who, Agent>;
let ids: { campaign: number; session: number; joinToken: string; calendar: string };

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_MAX_PER_15_MIN: '1000', JOIN_MAX_PER_15_MIN: '1000' } });
  const campaign = await makeCampaign(server);
  const other = await makeCampaign(server);
  await makeContacts(server.db, campaign.id, 3);
  const session = await makeSession(server);
  ids = {
    campaign: campaign.id,
    session: session.id,
    joinToken: campaign.joinToken,
    calendar: session.calendarPath.split('/').pop()!.replace('.ics', ''),
  };
  agents.anonymous = new Agent(server.baseUrl);
  await agents.anonymous.refreshCsrf();
  agents.caller = (await joinedCaller(server, campaign)).agent;
  agents.otherCaller = (await joinedCaller(server, other)).agent;
  const removed = await joinedCaller(server, campaign, { email: 'removed@example.org' });
  await server.db('campaign_callers').where({ user_id: removed.userId }).update({ removed_at: Date.now() });
  agents.removedCaller = removed.agent;
  agents.coordinator = (await signedInAs(server, 'coordinator')).agent;
  agents.organiser = (await signedInAs(server, 'organiser')).agent;
});
afterAll(() => server.close());

const unlisted = () => registeredRoutes(server.app.app).filter((r) => !(r in ROUTES));

it('lists every registered route in the table', () => {
  expect(unlisted()).toEqual([]);
});

it('would fail the moment a route is added without a row', () => {
  const router = (server.app.app as unknown as { router: { stack: unknown[] } }).router;
  server.app.app.delete('/api/campaigns/:id/everything', (_req, res) => void res.json({ ok: true }));
  try {
    expect(unlisted()).toEqual(['DELETE /api/campaigns/:id/everything']);
  } finally {
    router.stack.pop();
  }
  expect(unlisted()).toEqual([]);
});

describe.each(Object.entries(ROUTES))('%s', (route, expected) => {
  it.each(WHO)('as %s', async (who) => {
    const [method, path] = route.split(' ') as [string, string];
    // An earlier row (rotating the join link) may have changed the token.
    ids.joinToken = (await server.db('campaigns').where({ id: ids.campaign }).first()).join_token;
    const url = path
      .replace(':campaignId', String(ids.campaign))
      .replace('/campaigns/:id', `/campaigns/${ids.campaign}`)
      .replace('/canvass-sessions/:id', `/canvass-sessions/${ids.session}`)
      .replace(':joinToken', ids.joinToken)
      .replace(':token', ids.calendar)
      .replace('/nearest', '/nearest?postcode=BS5%206AA');
    // Bodies are deliberately empty or minimal: the check is who gets past the door, not what they do inside.
    const safe = route === 'POST /api/auth/logout' || route === 'DELETE /api/canvass-sessions/:id';
    const body = method === 'GET' || safe ? undefined : {};
    if (safe && expected[who] === 'ok') return; // would end the session or cancel the shared session
    // Joining is decided by the email given, not the session: a fresh browser each time.
    const joining = route === 'POST /api/join/:joinToken';
    const agent = joining ? new Agent(server.baseUrl) : agents[who];
    if (joining) await agent.refreshCsrf();
    const joinBody = {
      name: 'Someone',
      email: who === 'removedCaller' ? 'removed@example.org' : `${who}-joins@example.org`,
    };
    const r = await agent.req(method, url, joining ? joinBody : body);
    if (expected[who] === 'ok') expect([401, 403]).not.toContain(r.status);
    else expect([route, who, r.status]).toEqual([route, who, expected[who]]);
  });
});

describe('socket events', () => {
  it('refuse a connection without a user', async () => {
    const s = agents.anonymous.socket();
    expect(await connectResult(s)).toBe('not_signed_in');
    s.close();
  });

  it.each(Object.entries(EVENT_ROLES))(
    '%s is refused to the roles not listed for it',
    async (event, roles) => {
      for (const who of ['caller', 'coordinator', 'organiser'] as const) {
        const s = agents[who].socket();
        expect(await connectResult(s)).toBe(true);
        const reply = await ask(s, event, {});
        s.close();
        if (roles.includes(who)) expect(reply.error).not.toBe('forbidden');
        else expect([event, who, reply.error]).toEqual([event, who, 'forbidden']);
      }
    },
  );
});
