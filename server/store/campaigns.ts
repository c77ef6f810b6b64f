import type { CallingHours, CampaignStatus, RetryRules, Script } from '../../protocol';
import type { Queryable } from './db';
import { bool, runStatement } from './dialect';
import { fromJson, toJson } from './json';

export interface CampaignRecord {
  id: number;
  name: string;
  status: CampaignStatus;
  scriptId: number;
  joinToken: string;
  timezone: string;
  callingHours: CallingHours;
  allowAnyHour: boolean;
  maxAttempts: number;
  retryRules: RetryRules;
  leaseSeconds: number;
  defaultCountry: string;
  telephony: 'phone' | 'twilio' | 'simulated';
  withholdNumber: boolean;
  targetSeats: string[];
  webhookUrl: string | null;
  /** Signs webhook bodies; made when a URL is first set. Organisers see it, coordinators do not. */
  webhookSecret: string | null;
  /** Days to keep call notes and answers; null keeps them. */
  retentionDays: number | null;
  script: Script;
  createdAt: number;
  updatedAt: number;
}

interface CampaignRow {
  id: number;
  name: string;
  status: CampaignStatus;
  script_id: number;
  join_token: string;
  timezone: string;
  calling_hours: string;
  allow_any_hour: number | boolean;
  max_attempts: number;
  retry_rules: string;
  lease_seconds: number;
  default_country: string;
  telephony: CampaignRecord['telephony'];
  withhold_number: number | boolean;
  target_seats: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  retention_days: number | null;
  created_at: number;
  updated_at: number;
  script_body: string;
  script_questions: string;
  script_reminder: string | null;
}

const toRecord = (r: CampaignRow): CampaignRecord => ({
  id: r.id,
  name: r.name,
  status: r.status,
  scriptId: r.script_id,
  joinToken: r.join_token,
  timezone: r.timezone,
  callingHours: fromJson(r.calling_hours, {} as CallingHours),
  allowAnyHour: bool(r.allow_any_hour),
  maxAttempts: r.max_attempts,
  retryRules: fromJson(r.retry_rules, {}),
  leaseSeconds: r.lease_seconds,
  defaultCountry: r.default_country,
  telephony: r.telephony,
  withholdNumber: bool(r.withhold_number),
  targetSeats: fromJson(r.target_seats, []),
  webhookUrl: r.webhook_url ?? null,
  webhookSecret: r.webhook_secret ?? null,
  retentionDays: r.retention_days ?? null,
  script: {
    body: r.script_body,
    questions: fromJson(r.script_questions, []),
    reminderBody: r.script_reminder,
  },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const selectCampaigns = (db: Queryable) =>
  db('campaigns as c')
    .join('scripts as s', 's.id', 'c.script_id')
    .select(
      'c.*',
      's.body as script_body',
      's.questions as script_questions',
      's.reminder_body as script_reminder',
    );

export async function findCampaign(db: Queryable, id: number): Promise<CampaignRecord | undefined> {
  // Read on every claim and outcome: one prepared statement, the same columns as selectCampaigns.
  const [row] = await runStatement<CampaignRow>(
    db,
    `select "c".*, "s"."body" as "script_body", "s"."questions" as "script_questions", "s"."reminder_body" as "script_reminder" ` +
      `from "campaigns" as "c" inner join "scripts" as "s" on "s"."id" = "c"."script_id" where "c"."id" = ?`,
    [id],
  );
  return row ? toRecord(row) : undefined;
}

export async function findCampaignByJoinToken(
  db: Queryable,
  token: string,
): Promise<CampaignRecord | undefined> {
  const row = await selectCampaigns(db).where('c.join_token', token).first();
  return row ? toRecord(row as CampaignRow) : undefined;
}

export async function listCampaigns(db: Queryable): Promise<CampaignRecord[]> {
  const rows = (await selectCampaigns(db).orderBy('c.id', 'desc')) as CampaignRow[];
  return rows.map(toRecord);
}

type Editable = Omit<CampaignRecord, 'id' | 'scriptId' | 'script' | 'createdAt' | 'updatedAt'>;

const toColumns = (c: Partial<Editable>) => {
  const cols: Record<string, unknown> = {};
  if (c.name !== undefined) cols.name = c.name;
  if (c.status !== undefined) cols.status = c.status;
  if (c.joinToken !== undefined) cols.join_token = c.joinToken;
  if (c.timezone !== undefined) cols.timezone = c.timezone;
  if (c.callingHours !== undefined) cols.calling_hours = toJson(c.callingHours);
  if (c.allowAnyHour !== undefined) cols.allow_any_hour = c.allowAnyHour;
  if (c.maxAttempts !== undefined) cols.max_attempts = c.maxAttempts;
  if (c.retryRules !== undefined) cols.retry_rules = toJson(c.retryRules);
  if (c.leaseSeconds !== undefined) cols.lease_seconds = c.leaseSeconds;
  if (c.defaultCountry !== undefined) cols.default_country = c.defaultCountry;
  if (c.telephony !== undefined) cols.telephony = c.telephony;
  if (c.withholdNumber !== undefined) cols.withhold_number = c.withholdNumber;
  if (c.targetSeats !== undefined) cols.target_seats = toJson(c.targetSeats);
  if (c.webhookUrl !== undefined) cols.webhook_url = c.webhookUrl;
  if (c.webhookSecret !== undefined) cols.webhook_secret = c.webhookSecret;
  if (c.retentionDays !== undefined) cols.retention_days = c.retentionDays;
  return cols;
};

export async function insertCampaign(
  db: Queryable,
  // retentionDays is optional here: callers written before it existed keep compiling, and null is the default.
  c: Omit<Editable, 'retentionDays'> &
    Partial<Pick<Editable, 'retentionDays'>> & {
      script: Script;
      createdBy: number | null;
    },
  now: number,
): Promise<number> {
  const [script] = await db('scripts')
    .insert({
      name: c.name,
      body: c.script.body,
      questions: toJson(c.script.questions),
      reminder_body: c.script.reminderBody ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  const [row] = await db('campaigns')
    .insert({
      ...toColumns(c),
      script_id: (script as { id: number }).id,
      created_by: c.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

export async function updateCampaign(
  db: Queryable,
  id: number,
  scriptId: number,
  c: Partial<Editable> & { script?: Script },
  now: number,
): Promise<void> {
  await db('campaigns')
    .where({ id })
    .update({ ...toColumns(c), updated_at: now });
  if (c.script) {
    await db('scripts')
      .where({ id: scriptId })
      .update({
        body: c.script.body,
        questions: toJson(c.script.questions),
        reminder_body: c.script.reminderBody ?? null,
        updated_at: now,
      });
  }
}

/** Campaigns a caller has joined and still belongs to, newest first. */
export async function listCampaignsForCaller(db: Queryable, userId: number): Promise<CampaignRecord[]> {
  const rows = (await selectCampaigns(db)
    .join('campaign_callers as m', 'm.campaign_id', 'c.id')
    .where('m.user_id', userId)
    .whereNull('m.removed_at')
    .whereNot('c.status', 'archived')
    .orderBy('m.joined_at', 'desc')) as CampaignRow[];
  return rows.map(toRecord);
}

/** Campaigns that keep call notes and answers for a limited time, with how long. */
export async function campaignsWithRetention(
  db: Queryable,
): Promise<Array<{ id: number; retentionDays: number }>> {
  const rows: Array<{ id: number; retention_days: number }> = await db('campaigns')
    .whereNotNull('retention_days')
    .select('id', 'retention_days');
  return rows.map((r) => ({ id: r.id, retentionDays: Number(r.retention_days) }));
}
