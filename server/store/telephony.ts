import type { ProviderStatus } from '../../protocol';
import type { Queryable } from './db';

export interface ProviderCallRow {
  id: number;
  provider: string;
  provider_call_id: string;
  campaign_contact_id: number;
  campaign_id: number;
  caller_id: number;
  call_id: number | null;
  status: ProviderStatus;
  ringing_at: number | null;
  answered_at: number | null;
  ended_at: number | null;
  duration_seconds: number | null;
  created_at: number;
  updated_at: number;
}

export interface ProviderCallUpdate {
  provider: string;
  providerCallId: string;
  assignmentId: number;
  campaignId: number;
  callerId: number;
  status: ProviderStatus;
  durationSeconds: number | null;
}

const ENDED: ProviderStatus[] = ['completed', 'busy', 'no_answer', 'failed', 'canceled'];

/**
 * Records a status for a provider's call leg, creating the row on first sight. Times are set
 * once (the first ringing, the first answer, the end); a late, out-of-order callback never
 * moves an ended call back to ringing.
 */
export async function recordProviderStatus(
  db: Queryable,
  u: ProviderCallUpdate,
  now: number,
): Promise<ProviderCallRow> {
  const existing = await db<ProviderCallRow>('provider_calls')
    .where({ provider_call_id: u.providerCallId })
    .first();
  if (!existing) {
    await db('provider_calls')
      .insert({
        provider: u.provider,
        provider_call_id: u.providerCallId,
        campaign_contact_id: u.assignmentId,
        campaign_id: u.campaignId,
        caller_id: u.callerId,
        status: 'queued',
        created_at: now,
        updated_at: now,
      })
      .onConflict('provider_call_id')
      .ignore();
  }
  const row = (await db<ProviderCallRow>('provider_calls')
    .where({ provider_call_id: u.providerCallId })
    .first())!;
  if (ENDED.includes(row.status)) return row;
  const change: Partial<ProviderCallRow> = { status: u.status, updated_at: now };
  if (u.status === 'ringing' && row.ringing_at === null) change.ringing_at = now;
  if (u.status === 'answered' && row.answered_at === null) change.answered_at = now;
  if (ENDED.includes(u.status)) {
    change.ended_at = now;
    change.duration_seconds = u.durationSeconds ?? 0;
  }
  await db('provider_calls').where({ id: row.id }).update(change);
  return { ...row, ...change };
}

export const isEnded = (s: ProviderStatus): boolean => ENDED.includes(s);

/** The newest provider leg of this caller's work on a queue row that no outcome has claimed yet. */
export async function latestUnlinkedCall(
  db: Queryable,
  assignmentId: number,
  callerId: number,
): Promise<ProviderCallRow | undefined> {
  return db<ProviderCallRow>('provider_calls')
    .where({ campaign_contact_id: assignmentId, caller_id: callerId })
    .whereNull('call_id')
    .orderBy('id', 'desc')
    .first();
}

/** Ties a provider leg to the outcome's call row (both ways), inside the outcome's transaction. */
export async function linkProviderCall(
  db: Queryable,
  leg: Pick<ProviderCallRow, 'id' | 'provider_call_id'>,
  callId: number,
): Promise<void> {
  await db('provider_calls').where({ id: leg.id }).update({ call_id: callId });
  await db('calls').where({ id: callId }).update({ provider_call_id: leg.provider_call_id });
}

export async function findProviderCall(
  db: Queryable,
  providerCallId: string,
): Promise<ProviderCallRow | undefined> {
  return db<ProviderCallRow>('provider_calls').where({ provider_call_id: providerCallId }).first();
}

// ---- follow-up texts ------------------------------------------------------------

export interface SmsRow {
  id: number;
  provider_message_id: string | null;
  call_id: number;
  contact_id: number;
  caller_id: number;
  body: string;
  status: string;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export async function insertSms(
  db: Queryable,
  m: { callId: number; contactId: number; callerId: number; body: string },
  now: number,
): Promise<number> {
  const [row] = await db('sms_messages')
    .insert({
      call_id: m.callId,
      contact_id: m.contactId,
      caller_id: m.callerId,
      body: m.body,
      status: 'sending',
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

export async function updateSms(
  db: Queryable,
  id: number,
  change: { providerMessageId?: string; status: string; error?: string | null },
  now: number,
): Promise<void> {
  await db('sms_messages')
    .where({ id })
    .update({
      ...(change.providerMessageId ? { provider_message_id: change.providerMessageId } : {}),
      // Twilio's words, cut to the columns' widths: Postgres would refuse a longer one.
      status: change.status.slice(0, 20),
      error: change.error?.slice(0, 200) ?? null,
      updated_at: now,
    });
}

export async function findSmsByProviderId(db: Queryable, sid: string): Promise<SmsRow | undefined> {
  return db<SmsRow>('sms_messages').where({ provider_message_id: sid }).first();
}

export async function countRecentSms(db: Queryable, callerId: number, since: number): Promise<number> {
  const row = await db('sms_messages')
    .where({ caller_id: callerId })
    .andWhere('created_at', '>=', since)
    .count<{ n: number | string }>({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}
