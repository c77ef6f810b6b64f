// The raw baseline at the driver (`raw.ts --level driver`): the full call cycle's statements,
// as the SQL knex generates for the store functions the handlers call, prepared once and run
// straight on better-sqlite3 or node-postgres. No query builder, no pool, no knex: the
// physical limit the app's cycle is compared with in docs/benchmarks.md.
import pg from 'pg';
import type { AnyOutcome, Assignment, User } from '../../protocol';
import { REACHED_OUTCOMES } from '../../protocol';
import { nextStep } from '../../server/calling/retry';
import { quarterKey } from '../../server/stats/quarters';
import type { CampaignRecord } from '../../server/store/campaigns';
import { shardFor } from '../../server/store/counters';
import { SQLITE_PRAGMAS, pgStatement } from '../../server/store/dialect';
import { chooseOutcome } from '../load/outcomes';

type Row = Record<string, unknown>;

// The few parts of better-sqlite3 used here (the app reaches it only through knex, so the
// project carries no typings for it).
interface SqliteStatement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  pragma(source: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (filename: string) => SqliteDatabase;

// No canvass sessions are seeded, so the load generator's mix turns `booked` into `interested`.
export const NO_SESSIONS = { sessions: [] } as unknown as Assignment;

/** One connection's worth of statements: SQL written once with `?`, `$n` for Postgres. */
interface Conn {
  q(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs fn between BEGIN and COMMIT (ROLLBACK on a throw). */
  tx<T>(fn: () => Promise<T>): Promise<T>;
}

export interface DriverRunner {
  cycle(user: User, key: string, random: () => number): Promise<boolean>;
  close(): Promise<void>;
}

function sqliteConn(filename: string): Conn & { close(): void } {
  const db = new Database(filename);
  // The app's own connection settings.
  for (const p of SQLITE_PRAGMAS) db.pragma(p);
  const cache = new Map<string, SqliteStatement>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const conn: Conn & { close(): void } = {
    async q(sql, params = []) {
      const s = prepared(sql);
      if (s.reader) return s.all(...params) as Row[];
      s.run(...params);
      return [];
    },
    async tx(fn) {
      prepared('BEGIN').run();
      try {
        const result = await fn();
        prepared('COMMIT').run();
        return result;
      } catch (err) {
        prepared('ROLLBACK').run();
        throw err;
      }
    },
    close: () => db.close(),
  };
  return conn;
}

function pgConn(client: pg.PoolClient): Conn {
  const conn: Conn = {
    async q(sql, params = []) {
      return (await client.query({ ...pgStatement(sql), values: params })).rows as Row[];
    },
    async tx(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    },
  };
  return conn;
}

const CAMPAIGN = `select "c".*, "s"."body" as "script_body", "s"."questions" as "script_questions", "s"."reminder_body" as "script_reminder" from "campaigns" as "c" inner join "scripts" as "s" on "s"."id" = "c"."script_id" where "c"."id" = ? limit 1`;
const MEMBERSHIP = `select * from "campaign_callers" where "campaign_id" = ? and "user_id" = ? limit 1`;
const HELD = `select * from "campaign_contacts" where "claimed_by" = ? and "status" = 'claimed' limit 1`;
const EXPIRED = `select "id", "claimed_by" from "campaign_contacts" where "status" = 'claimed' and "lease_expires_at" < ? and "campaign_id" = ? limit 1000`;
const RATE = `insert into "rate_limits" ("count", "key", "window_start") values (1, ?, ?) on conflict ("key") do update set "count" = CASE WHEN rate_limits.window_start = ? THEN rate_limits.count + 1 ELSE 1 END, "window_start" = ? returning "count"`;
const STATE = `update "campaign_callers" set "state" = ?, "state_since" = ? where "campaign_id" = ? and "user_id" = ? and "removed_at" is null and not "state" = ?`;
const CONTACT = `select * from "contacts" where "id" = ? limit 1`;
const HISTORY = `select "k"."ended_at", "k"."outcome", "u"."name" as "caller", "k"."notes" from "calls" as "k" left join "users" as "u" on "u"."id" = "k"."caller_id" where "k"."contact_id" = ? order by "k"."ended_at" desc limit 10`;
const DIALLED = `update "campaign_contacts" set "dialled_at" = ? where "id" = ? and "claimed_by" = ? and "status" in ('claimed', 'queued') returning *`;
const QUEUE_ROW = `select * from "campaign_contacts" where "id" = ? limit 1`;
const FINISH = `update "campaign_contacts" set "status" = ?, "claimed_by" = null, "claimed_at" = null, "lease_expires_at" = null, "dialled_at" = null, "attempts" = attempts + 1, "next_call_at" = ?, "last_outcome" = ?, "last_called_at" = ?, "reached_at" = coalesce(?, "reached_at") where "id" = ? and "claimed_by" = ? and "status" in ('claimed', 'queued') returning *`;
const CALL = `insert into "calls" ("answers", "callback_at", "caller_id", "campaign_contact_id", "campaign_id", "contact_id", "ended_at", "idempotency_key", "notes", "outcome", "provider", "session_id", "started_at") values ('{}', ?, ?, ?, ?, ?, ?, ?, null, ?, ?, null, ?) returning "id"`;

/** The claim, with the row lock Postgres needs (dialect.ts skipLocked); SQLite's single writer needs none. */
function claimSql(postgres: boolean, zones: number): string {
  const zoneList = zones ? ` or "c"."timezone" in (${Array(zones).fill('?').join(', ')})` : '';
  return (
    `update "campaign_contacts" set "status" = 'claimed', "claimed_by" = ?, "claimed_at" = ?, "lease_expires_at" = ?, "dialled_at" = null ` +
    `where "id" = (select "cc"."id" from "campaign_contacts" as "cc" inner join "contacts" as "c" on "c"."id" = "cc"."contact_id" ` +
    `where "cc"."campaign_id" = ? and "cc"."status" = 'queued' and "cc"."next_call_at" <= ? ` +
    `and not exists (select 1 from "opt_outs" as "o" where o.phone_e164 = c.phone_e164) ` +
    `and ("c"."timezone" is null${zoneList}) ` +
    `order by "cc"."priority" desc, "cc"."next_call_at" asc, "cc"."id" asc limit 1${postgres ? ' for update of "cc" skip locked' : ''}) ` +
    `and "status" = 'queued' returning *`
  );
}

function countersSql(rows: number): string {
  return (
    `insert into "campaign_counters" ("campaign_id", "key", "shard", "value") values ${Array(rows).fill('(?, ?, ?, ?)').join(', ')} ` +
    `on conflict ("campaign_id", "key", "shard") do update set "value" = campaign_counters.value + excluded.value`
  );
}

/**
 * The full cycle of raw.ts, statement for statement (claimNext.ts, assignmentView.ts,
 * holdAssignment.ts, recordOutcome.ts, applyOutcome.ts), on one driver connection.
 */
async function driverCycle(
  c: Conn,
  postgres: boolean,
  campaign: CampaignRecord,
  zones: string[],
  user: User,
  key: string,
  random: () => number,
): Promise<boolean> {
  const now = Date.now();
  // call.next: the access check, then one transaction for held-or-claim
  await c.q(CAMPAIGN, [campaign.id]);
  await c.q(MEMBERSHIP, [campaign.id, user.id]);
  const claimed = await c.tx(async () => {
    await c.q(`select "id" from "users" where "id" = ?${postgres ? ' for update' : ''}`, [user.id]);
    await c.q(HELD, [user.id]);
    if (now - lastRelease >= 1000) {
      lastRelease = now;
      await c.q(EXPIRED, [now, campaign.id]);
    }
    const [row] = await c.q(claimSql(postgres, zones.length), [
      user.id,
      now,
      now + campaign.leaseSeconds * 1000,
      campaign.id,
      now,
      ...zones,
    ]);
    if (!row) return undefined;
    const windowStart = now - (now % 3600_000);
    await c.q(RATE, [`claims:${user.id}`, windowStart, windowStart, windowStart]);
    await c.q(STATE, ['idle', now, campaign.id, user.id, 'idle']);
    return row;
  });
  if (!claimed) return false;
  const contactId = claimed.contact_id as number;
  await c.q(CONTACT, [contactId]);
  await c.q(HISTORY, [contactId]);
  // call.dialled
  await c.tx(async () => {
    await c.q(DIALLED, [Date.now(), claimed.id, user.id]);
    await c.q(STATE, ['on_call', Date.now(), campaign.id, user.id, 'on_call']);
  });
  // call.outcome
  const chosen = chooseOutcome(NO_SESSIONS, random);
  const [row] = await c.q(QUEUE_ROW, [claimed.id]);
  await c.q(CAMPAIGN, [campaign.id]);
  const end = Date.now();
  const callbackAt = chosen.callbackAt ? Date.parse(chosen.callbackAt) : null;
  await c.tx(async () => {
    const outcome = chosen.outcome as AnyOutcome;
    const attempts = row!.attempts as number;
    const firstReach = REACHED_OUTCOMES.includes(outcome) && row!.reached_at === null;
    const step = nextStep(outcome, attempts, campaign.maxAttempts, campaign.retryRules, end, callbackAt);
    await c.q(FINISH, [
      step.done ? 'done' : 'queued',
      step.nextCallAt,
      outcome,
      end,
      firstReach ? end : null,
      claimed.id,
      user.id,
    ]);
    await c.q(CALL, [
      callbackAt,
      user.id,
      claimed.id,
      campaign.id,
      contactId,
      end,
      key,
      outcome,
      campaign.telephony,
      (row!.dialled_at as number | null) ?? now,
    ]);
    await c.q(STATE, ['idle', end, campaign.id, user.id, 'idle']);
    const deltas: Record<string, number> = {
      calls: 1,
      [`outcome:${outcome}`]: 1,
      [quarterKey(end)]: 1,
      [`caller:${user.id}:calls`]: 1,
      ...(attempts === 0 ? { 'funnel:called': 1 } : {}),
      ...(firstReach ? { 'funnel:reached': 1 } : {}),
    };
    const keys = Object.keys(deltas).sort();
    const shard = shardFor(user.id);
    await c.q(
      countersSql(keys.length),
      keys.flatMap((k) => [campaign.id, k, shard, deltas[k]]),
    );
  });
  return true;
}

// claimNext.ts returns lapsed leases in the claim at most once a second per campaign.
let lastRelease = -Infinity;

/** A runner on the database raw.ts seeded: one SQLite connection, or a pg pool of `concurrency`. */
export function driverRunner(
  url: string,
  campaign: CampaignRecord,
  zones: string[],
  concurrency: number,
): DriverRunner {
  if (url.startsWith('sqlite:')) {
    const conn = sqliteConn(url.slice('sqlite:'.length));
    return {
      cycle: (user, key, random) => driverCycle(conn, false, campaign, zones, user, key, random),
      close: async () => conn.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  return {
    async cycle(user, key, random) {
      const client = await pool.connect();
      try {
        return await driverCycle(pgConn(client), true, campaign, zones, user, key, random);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
