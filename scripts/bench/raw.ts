// The raw baseline for the load figures: the statements one call cycle runs (call.next →
// call.dialled → call.outcome), called through the store functions straight on the database
// driver in this one process — no HTTP, no sockets, no broadcasts. See docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import knex from 'knex';
import type { AnyOutcome, CallingHours, User } from '../../protocol';
import { DEFAULT_RETRY_RULES, REACHED_OUTCOMES } from '../../protocol';
import { campaignForCaller } from '../../server/calling/access';
import { nextStep } from '../../server/calling/retry';
import { quarterKey } from '../../server/stats/quarters';
import { callHistory, insertCall } from '../../server/store/calls';
import { addMembership, setCallerState } from '../../server/store/callers';
import { findCampaign, insertCampaign } from '../../server/store/campaigns';
import type { CampaignRecord } from '../../server/store/campaigns';
import { contactZones, findContact, upsertContacts } from '../../server/store/contacts';
import { bumpCounters, shardFor } from '../../server/store/counters';
import type { Db } from '../../server/store/db';
import { openDatabase } from '../../server/store/db';
import { knexConfig } from '../../server/store/dialect';
import type { SqliteDriver } from '../../server/store/dialect';
import { migrateLatest } from '../../server/store/migrate';
import * as queue from '../../server/store/queue';
import { hitRateLimit } from '../../server/store/rateLimits';
import { insertUser, lockUser, toUser } from '../../server/store/users';
import { chooseOutcome } from '../load/outcomes';
import { scratchPostgres } from '../load/scratchDb';
import { percentile } from './lib';
import { NO_SESSIONS, driverRunner } from './rawDriver';

const USAGE = `npx tsx scripts/bench/raw.ts [options]     (DATABASE_URL=postgres://... for Postgres)
  --contacts N      contacts queued in one campaign (default 16000, at most 100,000)
  --callers C       simulated callers, taken round-robin (default 1000)
  --concurrency K   cycles in flight at once (default 1: one after another)
  --cycles M        stop after M cycles (default: when the queue has nothing due)
  --driver D        better-sqlite3 (default, the app's) or sqlite3 (SQLite only)
  --level L         full (default): every statement of the three handlers, through the store functions (knex);
                    driver: the same statements prepared once and run straight on the driver (no knex);
                    core: claim, dialled, finish + call + counters, through the store functions
  --app X           the app's cycles/s on the same database, to print app/raw (the app's time per cycle ÷ raw's)`;

interface Args {
  contacts: number;
  callers: number;
  concurrency: number;
  cycles: number;
  driver: SqliteDriver;
  level: 'full' | 'driver' | 'core';
  app: number | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    contacts: 16_000,
    callers: 1000,
    concurrency: 1,
    cycles: Infinity,
    driver: 'better-sqlite3',
    level: 'full',
    app: null,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, v] = [argv[i]!, argv[i + 1] ?? ''];
    const n = Number(v);
    if (flag === '--driver' && (v === 'sqlite3' || v === 'better-sqlite3')) a.driver = v;
    else if (flag === '--level' && (v === 'full' || v === 'driver' || v === 'core')) a.level = v;
    else if (!Number.isFinite(n) || n <= 0) throw new Error(`bad ${flag} ${v}\n${USAGE}`);
    else if (flag === '--contacts') a.contacts = Math.min(n, 100_000);
    else if (flag === '--callers') a.callers = n;
    else if (flag === '--concurrency') a.concurrency = n;
    else if (flag === '--cycles') a.cycles = n;
    else if (flag === '--app') a.app = n;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return a;
}

/** One campaign calling at any hour, `contacts` queued contacts and `callers` joined callers. */
async function seed(db: Db, contacts: number, callers: number) {
  const now = Date.now();
  const organiser = await insertUser(
    db,
    { name: 'Raw organiser', email: 'raw@example.org', role: 'organiser' },
    now,
  );
  const allDay = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '23:59' }]]),
  ) as CallingHours;
  const campaignId = await insertCampaign(
    db,
    {
      name: 'Raw',
      status: 'active',
      joinToken: `raw${now}`,
      timezone: 'Europe/London',
      callingHours: allDay,
      allowAnyHour: true,
      maxAttempts: 3,
      retryRules: DEFAULT_RETRY_RULES,
      leaseSeconds: 900,
      defaultCountry: 'GB',
      telephony: 'phone',
      withholdNumber: false,
      targetSeats: [],
      webhookUrl: null,
      webhookSecret: null,
      script: { body: 'Hi {{first_name}}', questions: [] },
      createdBy: organiser.id,
    },
    now,
  );
  for (let i = 0; i < contacts; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, contacts - i) }, (_, j) => ({
      externalId: null,
      firstName: `Raw${i + j}`,
      lastName: 'Test',
      // The load generator's generated numbers (+44 7700 9xxxxx) and the gazetteer's zone for them.
      phone: `+4477009${String(i + j).padStart(5, '0')}`,
      email: null,
      postcode: 'BS5 6AA',
      timezone: 'Europe/London',
    }));
    await queue.enqueue(db, campaignId, await upsertContacts(db, batch, now), now - 1000);
  }
  const users: User[] = [];
  for (let i = 0; i < callers; i++) {
    const row = await insertUser(
      db,
      { name: `Raw caller ${i}`, email: `raw-${i}@example.org`, role: 'caller' },
      now,
    );
    await addMembership(db, campaignId, row.id, now);
    users.push(toUser(row));
  }
  return { campaign: (await findCampaign(db, campaignId))!, users };
}

/** Park–Miller: the same outcome sequence every run. */
function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

interface Cycle {
  db: Db;
  campaign: CampaignRecord;
  user: User;
  zones: string[];
  key: string;
  random: () => number;
}

// claimNext.ts returns lapsed leases in the claim at most once a second per campaign.
let lastRelease = -Infinity;

/**
 * call.next, call.dialled and call.outcome: the handlers' database work, statement for
 * statement and in their transactions (claimNext.ts, assignmentView.ts, holdAssignment.ts,
 * recordOutcome.ts, applyOutcome.ts). Left out: the coalesced stats snapshot (a few reads
 * per campaign every 250 ms, not per cycle), HTTP and sockets.
 */
async function fullCycle({ db, campaign, user, zones, key, random }: Cycle): Promise<boolean> {
  const now = Date.now();
  const leaseMs = campaign.leaseSeconds * 1000;
  // call.next: access check, then one transaction for held-or-claim
  await campaignForCaller(db, campaign.id, user);
  const claimed = await db.transaction(async (trx) => {
    await lockUser(trx, user.id);
    await queue.heldBy(trx, user.id);
    if (now - lastRelease >= 1000) {
      lastRelease = now;
      await queue.releaseExpired(trx, now, campaign.id);
    }
    const row = await queue.claimNext(trx, {
      campaignId: campaign.id,
      userId: user.id,
      now,
      leaseMs,
      campaignZoneOpen: true,
      openZones: zones,
    });
    if (!row) return undefined;
    await hitRateLimit(trx, `claims:${user.id}`, 3600_000, now);
    await setCallerState(trx, campaign.id, user.id, 'idle', now);
    return row;
  });
  if (!claimed) return false;
  // assignmentView: the contact and its history (the session index is kept between claims,
  // sessionIndex.ts; with no sessions seeded, no session rows are read)
  await findContact(db, claimed.contact_id);
  await callHistory(db, claimed.contact_id);
  // call.dialled (holdAssignment.ts)
  await db.transaction(async (trx) => {
    await queue.markDialled(trx, claimed.id, user.id, Date.now());
    await setCallerState(trx, campaign.id, user.id, 'on_call', Date.now());
  });
  // call.outcome: the queue row and campaign, then one transaction (phone campaign: no
  // provider leg to link; no webhook URL: no contact read, no outbox row)
  const chosen = chooseOutcome(NO_SESSIONS, random);
  const row = (await queue.findQueueRow(db, claimed.id))!;
  const fresh = (await findCampaign(db, row.campaign_id))!;
  const end = Date.now();
  const callbackAt = chosen.callbackAt ? Date.parse(chosen.callbackAt) : null;
  await db.transaction(async (trx) => {
    const outcome = chosen.outcome as AnyOutcome;
    const firstReach = REACHED_OUTCOMES.includes(outcome) && row.reached_at === null;
    const step = nextStep(outcome, row.attempts, fresh.maxAttempts, fresh.retryRules, end, callbackAt);
    await queue.finishClaim(trx, row.id, user.id, {
      ...step,
      outcome,
      now: end,
      ...(firstReach ? { reachedAt: end } : {}),
    });
    const callId = await insertCall(trx, {
      campaignContactId: row.id,
      campaignId: campaign.id,
      contactId: row.contact_id,
      callerId: user.id,
      startedAt: row.dialled_at ?? now,
      endedAt: end,
      outcome,
      notes: null,
      answers: {},
      sessionId: null,
      callbackAt,
      provider: campaign.telephony,
      idempotencyKey: key,
    });
    await setCallerState(trx, campaign.id, user.id, 'idle', end);
    await bumpCounters(
      trx,
      campaign.id,
      {
        calls: 1,
        [`outcome:${outcome}`]: 1,
        [quarterKey(end)]: 1,
        [`caller:${user.id}:calls`]: 1,
        ...(row.attempts === 0 ? { 'funnel:called': 1 } : {}),
        ...(firstReach ? { 'funnel:reached': 1 } : {}),
      },
      shardFor(user.id),
    );
    return callId;
  });
  return true;
}

/** The floor: claim, dialled, and finish + call row + counters, nothing else. */
async function coreCycle({ db, campaign, user, zones, key, random }: Cycle): Promise<boolean> {
  const now = Date.now();
  const filter = { campaignId: campaign.id, userId: user.id, now, leaseMs: 900_000 };
  const row = await db.transaction((trx) =>
    queue.claimNext(trx, { ...filter, campaignZoneOpen: true, openZones: zones }),
  );
  if (!row) return false;
  await queue.markDialled(db, row.id, user.id, Date.now());
  const outcome = chooseOutcome(NO_SESSIONS, random).outcome as AnyOutcome;
  const end = Date.now();
  await db.transaction(async (trx) => {
    const step = nextStep(outcome, row.attempts, campaign.maxAttempts, campaign.retryRules, end, null);
    await queue.finishClaim(trx, row.id, user.id, { ...step, outcome, now: end });
    await insertCall(trx, {
      ...{ campaignContactId: row.id, campaignId: campaign.id, contactId: row.contact_id, callerId: user.id },
      ...{
        startedAt: now,
        endedAt: end,
        outcome,
        notes: null,
        answers: {},
        sessionId: null,
        callbackAt: null,
      },
      ...{ provider: campaign.telephony, idempotencyKey: key },
    });
    await bumpCounters(
      trx,
      campaign.id,
      { calls: 1, [`outcome:${outcome}`]: 1, [quarterKey(end)]: 1 },
      shardFor(user.id),
    );
  });
  return true;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : null;
  const scratch = pgUrl ? await scratchPostgres(pgUrl, 'rr_raw') : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-raw-'));
  const file = path.join(dir, 'raw.db');
  const url = scratch?.url ?? `sqlite:${file}`;
  try {
    // Migrated and seeded through the app's own connection settings, then measured on the chosen driver.
    const setup = openDatabase(url);
    await migrateLatest(setup);
    const seedStart = performance.now();
    const { campaign, users } = await seed(setup, args.contacts, args.callers);
    const zones = await contactZones(setup, campaign.id);
    await setup.destroy();
    const driver = scratch ? 'pg' : args.driver;
    console.log(
      `${driver}, ${args.level} cycle: ${args.contacts} contacts, ${args.callers} callers, concurrency ${args.concurrency}` +
        ` (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s)`,
    );
    const db = knex(knexConfig(url, { sqliteDriver: args.driver }));
    const viaDriver = args.level === 'driver' ? driverRunner(url, campaign, zones, args.concurrency) : null;
    const cycle = args.level === 'core' ? coreCycle : fullCycle;
    const random = seeded(42);
    const times: number[] = [];
    let next = 0;
    let empty = false;
    const worker = async () => {
      while (!empty && next < args.cycles) {
        const i = next++;
        const t0 = performance.now();
        const user = users[i % users.length]!;
        const key = `raw-${i}`;
        const done = viaDriver
          ? await viaDriver.cycle(user, key, random)
          : await cycle({ db, campaign, user, zones, key, random });
        if (done) times.push(performance.now() - t0);
        else empty = true;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: args.concurrency }, worker));
    const seconds = (performance.now() - t0) / 1000;
    await viaDriver?.close();
    const n = ((await db('calls').count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n;
    const doubled = await db('calls')
      .groupBy('campaign_contact_id')
      .havingRaw('count(*) > 1')
      .select('campaign_contact_id');
    await db.destroy();
    if (Number(n) !== times.length || doubled.length)
      throw new Error(`${n} calls stored for ${times.length} cycles`);

    times.sort((a, b) => a - b);
    const rate = times.length / seconds;
    console.log(`cycles: ${times.length} in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} cycles/s`);
    console.log(
      `per cycle: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, ` +
        `max ${times[times.length - 1]!.toFixed(2)} ms`,
    );
    // The app's time per cycle over raw's: how many times the work of the bare statements the
    // app spends on a cycle (the goal is at most 3).
    if (args.app)
      console.log(
        `app/raw (time per cycle): ${rate.toFixed(0)} / ${args.app} = ${(rate / args.app).toFixed(2)}`,
      );
  } finally {
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
