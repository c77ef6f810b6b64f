// After a run, the database is the judge: every contact claimed at most once per attempt,
// every acknowledged outcome stored exactly once, the counters in step with the calls.
import type { Knex } from 'knex';
import type { AckedOutcome } from './recorder';
import { readAllCounters } from '../../server/store/counters';

interface QueueRow {
  id: number;
  attempts: number;
  purpose: 'first' | 'reminder';
  booked_at: number | null;
  status: string;
  lease_expires_at: number | null;
}
interface CallRow {
  id: number;
  campaign_contact_id: number;
  caller_id: number | null;
  started_at: number;
  ended_at: number;
  outcome: string;
  idempotency_key: string;
}

export interface Verification {
  contacts: number;
  calls: number;
  acked: number;
  /** Acked outcomes missing, or stored under another key or outcome. */
  lost: string[];
  /** Queue rows whose calls do not match their attempts. */
  attemptMismatches: number[];
  /** Two calls on one queue row whose holds overlapped: one contact claimed twice for one attempt. */
  doubleClaims: Array<[number, number]>;
  /** Calls of this run stored without the caller ever getting the ack (in flight at the end). */
  unacked: number;
  /** Rows claimed with a lease that ran out more than `staleMs` ago. */
  stuck: number;
  claimedNow: number;
  counterCalls: number;
  ok: boolean;
}

export async function verifyRun(
  db: Knex,
  campaignId: number,
  acked: AckedOutcome[],
  opts: { runId?: string; now?: number; staleMs?: number } = {},
): Promise<Verification> {
  const rows: QueueRow[] = await db('campaign_contacts')
    .where({ campaign_id: campaignId })
    .select('id', 'attempts', 'purpose', 'booked_at', 'status', 'lease_expires_at');
  const calls: CallRow[] = await db('calls')
    .where({ campaign_id: campaignId })
    .orderBy('id')
    .select('id', 'campaign_contact_id', 'caller_id', 'started_at', 'ended_at', 'outcome', 'idempotency_key');
  const counted = (await readAllCounters(db, campaignId)).calls ?? 0;

  const byRow = new Map<number, CallRow[]>();
  for (const c of calls) byRow.set(c.campaign_contact_id, [...(byRow.get(c.campaign_contact_id) ?? []), c]);

  // Each finished attempt adds one call and one to attempts; a booking starts the reminder's
  // attempts from 0, so those rows count only the calls after the booking.
  const attemptMismatches: number[] = [];
  for (const r of rows) {
    const rowCalls = byRow.get(r.id) ?? [];
    const counted =
      r.purpose === 'reminder' && r.booked_at !== null
        ? rowCalls.filter((c) => Number(c.ended_at) > Number(r.booked_at)).length
        : rowCalls.length;
    if (counted !== r.attempts) attemptMismatches.push(r.id);
  }

  // A call runs from its claim (or dial) to its outcome; two on one row that overlap were held at once.
  const doubleClaims: Array<[number, number]> = [];
  for (const rowCalls of byRow.values()) {
    for (let i = 0; i < rowCalls.length; i++)
      for (let j = i + 1; j < rowCalls.length; j++)
        if (Number(rowCalls[j]!.started_at) < Number(rowCalls[i]!.ended_at))
          doubleClaims.push([rowCalls[i]!.id, rowCalls[j]!.id]);
  }

  const byId = new Map(calls.map((c) => [c.id, c]));
  const lost: string[] = [];
  for (const a of acked) {
    const c = byId.get(a.callId);
    if (!c || c.idempotency_key !== a.idempotencyKey || c.outcome !== a.outcome)
      lost.push(
        `${a.idempotencyKey} → call ${a.callId}: ${c ? `${c.idempotency_key}/${c.outcome}` : 'missing'}`,
      );
  }
  const ackedKeys = new Set(acked.map((a) => a.idempotencyKey));
  const ours = opts.runId ? calls.filter((c) => c.idempotency_key.startsWith(`${opts.runId}-`)) : calls;
  const unacked = ours.filter((c) => !ackedKeys.has(c.idempotency_key)).length;
  const storedKeys = new Set(calls.map((c) => c.idempotency_key));
  if (storedKeys.size !== calls.length) lost.push('an idempotency key is stored twice');

  const now = opts.now ?? Date.now();
  const claimed = rows.filter((r) => r.status === 'claimed');
  const stuck = claimed.filter((r) => Number(r.lease_expires_at) < now - (opts.staleMs ?? 0)).length;
  const counterCalls = counted;
  return {
    contacts: rows.length,
    calls: calls.length,
    acked: acked.length,
    lost,
    attemptMismatches,
    doubleClaims,
    unacked,
    stuck,
    claimedNow: claimed.length,
    counterCalls,
    ok:
      !lost.length &&
      !attemptMismatches.length &&
      !doubleClaims.length &&
      counterCalls === calls.length &&
      (opts.staleMs === undefined || stuck === 0),
  };
}

export function describeVerification(v: Verification): string[] {
  const lines = [
    `database: ${v.contacts} queue rows, ${v.calls} calls stored, ${v.acked} outcomes acked`,
    `double claims (two overlapping holds on one queue row): ${v.doubleClaims.length}`,
    `queue rows whose calls ≠ attempts: ${v.attemptMismatches.length}`,
    `acked outcomes not stored exactly once as acked: ${v.lost.length}`,
    `stored but never acked (in flight at the end): ${v.unacked}`,
    `calls counter ${v.counterCalls} vs calls rows ${v.calls}${v.counterCalls === v.calls ? '' : ' MISMATCH'}`,
    `claimed now: ${v.claimedNow}, stuck past their lease: ${v.stuck}`,
  ];
  for (const l of v.lost.slice(0, 5)) lines.push(`  lost: ${l}`);
  for (const [a, b] of v.doubleClaims.slice(0, 5)) lines.push(`  double claim: calls ${a} and ${b}`);
  lines.push(v.ok ? 'VERIFIED' : 'VERIFICATION FAILED');
  return lines;
}
