import type { AnyOutcome } from '../../protocol';
import type { Queryable } from './db';
import { runStatement } from './dialect';
import { toJson } from './json';

export interface NewCall {
  campaignContactId: number;
  campaignId: number;
  contactId: number;
  callerId: number;
  startedAt: number;
  endedAt: number;
  outcome: AnyOutcome;
  notes: string | null;
  answers: Record<string, string>;
  sessionId: number | null;
  callbackAt: number | null;
  provider: string;
  idempotencyKey: string;
}

export async function insertCall(db: Queryable, c: NewCall): Promise<number> {
  const [row] = await runStatement<{ id: number }>(
    db,
    `insert into "calls" ("campaign_contact_id", "campaign_id", "contact_id", "caller_id", "started_at", "ended_at", ` +
      `"outcome", "notes", "answers", "session_id", "callback_at", "provider", "idempotency_key") ` +
      `values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning "id"`,
    [
      c.campaignContactId,
      c.campaignId,
      c.contactId,
      c.callerId,
      c.startedAt,
      c.endedAt,
      c.outcome,
      c.notes,
      toJson(c.answers),
      c.sessionId,
      c.callbackAt,
      c.provider,
      c.idempotencyKey,
    ],
  );
  return row!.id;
}

export async function findCallByIdempotencyKey(
  db: Queryable,
  key: string,
): Promise<{ id: number; caller_id: number } | undefined> {
  return db('calls').where({ idempotency_key: key }).first('id', 'caller_id');
}

export interface HistoryRow {
  ended_at: number;
  outcome: AnyOutcome;
  caller: string | null;
  notes: string | null;
}

/** A contact's earlier calls, newest first, with who made them. */
export async function callHistory(db: Queryable, contactId: number, limit = 10): Promise<HistoryRow[]> {
  return runStatement<HistoryRow>(
    db,
    `select "k"."ended_at", "k"."outcome", "u"."name" as "caller", "k"."notes" from "calls" as "k" ` +
      `left join "users" as "u" on "u"."id" = "k"."caller_id" where "k"."contact_id" = ? ` +
      `order by "k"."ended_at" desc limit ${Math.trunc(limit)}`,
    [contactId],
  );
}

/** Calls recorded in a campaign since a moment (uses the (campaign_id, ended_at) index). */
export async function countCallsSince(db: Queryable, campaignId: number, since: number): Promise<number> {
  const row = await db('calls')
    .where({ campaign_id: campaignId })
    .andWhere('ended_at', '>=', since)
    .count<{ n: number | string }>({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

/** One caller's calls in a campaign since a moment, counted per outcome. */
export async function callerOutcomesSince(
  db: Queryable,
  campaignId: number,
  callerId: number,
  since: number,
): Promise<Partial<Record<AnyOutcome, number>>> {
  const rows: Array<{ outcome: AnyOutcome; n: number | string }> = await db('calls')
    .where({ campaign_id: campaignId, caller_id: callerId })
    .andWhere('ended_at', '>=', since)
    .groupBy('outcome')
    .select('outcome')
    .count({ n: '*' });
  return Object.fromEntries(rows.map((r) => [r.outcome, Number(r.n)]));
}

/** The caller, contact and end of one recorded call: enough to decide whether a follow-up may go. */
export async function findCallForFollowUp(
  db: Queryable,
  id: number,
): Promise<{ id: number; caller_id: number; contact_id: number; ended_at: number } | undefined> {
  return db('calls').where({ id }).first('id', 'caller_id', 'contact_id', 'ended_at');
}
